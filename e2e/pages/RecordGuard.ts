import type { Locator, Page } from '@playwright/test';

/** The notices of a form whose record changed elsewhere or whose database was restored. */
export class RecordGuard {
  readonly conflict: Locator;
  readonly restored: Locator;

  constructor(scope: Page | Locator) {
    this.conflict = scope.getByRole('alert').filter({ hasText: 'Bản ghi đã thay đổi' });
    this.restored = scope.getByRole('alert').filter({ hasText: 'Dữ liệu vừa được khôi phục' });
  }

  reloadButton(): Locator {
    return this.restored.getByRole('button', { name: 'Tải lại bản ghi' });
  }
}
