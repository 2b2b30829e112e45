import type { Locator, Page } from '@playwright/test';

/** "Thông tin hội nghị": the open conference's details. */
export class ConferenceOverviewPage {
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 2 });
  }

  /** The value shown under a label, e.g. "Cơ quan tổ chức". */
  value(label: string): Locator {
    return this.page.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Sửa thông tin' }).click();
  }
}
