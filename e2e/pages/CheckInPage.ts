import type { Locator, Page } from '@playwright/test';

/** "Điểm danh": one search box, the results, the success line and the latest check-ins. */
export class CheckInPage {
  readonly heading: Locator;
  readonly box: Locator;
  readonly results: Locator;
  readonly recent: Locator;
  readonly success: Locator;
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Điểm danh đại biểu' });
    this.box = page.getByRole('textbox', { name: 'Tìm tên hoặc quét số thẻ' });
    this.results = page.getByRole('region', { name: 'Kết quả tìm' });
    this.recent = page.getByRole('region', { name: 'Vừa điểm danh' });
    this.success = page.getByRole('status').filter({ hasText: 'Đã điểm danh:' });
    this.refusal = page.getByRole('alert');
  }

  /** What the page says when the conference has no delegates yet. */
  get noDelegates(): Locator {
    return this.page.getByRole('heading', { name: 'Chưa có đại biểu nào để điểm danh' });
  }

  /** "Có mặt 2/3" in large type. */
  attendance(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Có mặt \d+\/\d+$/ });
  }

  /** Types as a person does, letter by letter. */
  async type(text: string): Promise<void> {
    await this.box.fill('');
    await this.box.pressSequentially(text, { delay: 30 });
  }

  /** A barcode scanner types the number fast, then Enter. */
  async scan(badge: string): Promise<void> {
    await this.box.fill('');
    await this.box.pressSequentially(badge, { delay: 5 });
    await this.box.press('Enter');
  }
}
