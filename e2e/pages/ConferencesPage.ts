import type { Locator, Page } from '@playwright/test';

/** "Danh sách hội nghị": the list, its search and the row actions. */
export class ConferencesPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly showArchived: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Danh sách hội nghị' });
    this.search = page.getByRole('searchbox', { name: 'Tìm theo tên hội nghị' });
    this.showArchived = page.getByRole('checkbox', { name: 'Hiện cả hội nghị đã lưu trữ' });
    this.table = page.getByRole('table', { name: 'Các hội nghị' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Tạo hội nghị mới' }).first().click();
  }

  /** Waits for the app to move to the overview, so a later navigation cannot race it. */
  async createSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tạo hội nghị mẫu' }).first().click();
    await this.page.waitForURL(/#\/conference$/);
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  async open(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Mở hội nghị “${title}”` }).click();
  }

  async edit(title: string): Promise<void> {
    await this.page.getByRole('link', { name: `Sửa hội nghị “${title}”` }).click();
  }

  async archive(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Lưu trữ hội nghị “${title}”` }).click();
  }

  async undoArchive(): Promise<void> {
    await this.page.getByRole('button', { name: 'Hoàn tác' }).click();
  }
}
