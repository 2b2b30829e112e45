import { expect, type Locator, type Page } from '@playwright/test';

/** #/ceremony: who received, who was absent, who received on someone's behalf. */
export class CeremonyPage {
  readonly counts: Locator;

  constructor(readonly page: Page) {
    this.counts = page.getByRole('status').filter({ hasText: 'Đã nhận' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/ceremony`);
    await expect(this.page.getByRole('heading', { name: 'Trao khen thưởng', level: 2 })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  async mark(name: string, status: 'Đã nhận' | 'Vắng' | 'Nhận thay'): Promise<void> {
    await this.page
      .getByRole('group', { name: `Ghi nhận cho ${name}` })
      .getByRole('button', { name: status })
      .click();
  }

  proxyDialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
