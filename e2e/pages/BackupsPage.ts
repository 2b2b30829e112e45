import type { Locator, Page } from '@playwright/test';

/** "Sao lưu dữ liệu": the backups folder, the list of copies, restore and undo. */
export class BackupsPage {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sao lưu dữ liệu', level: 2 });
    this.rows = page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('cell') });
    this.dialog = page.getByRole('dialog');
  }

  async backUpNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await this.page.getByText(/^Đã sao lưu:/).waitFor();
  }

  /** A row of the list by the reason shown, newest first. */
  row(reason: string, index = 0): Locator {
    return this.rows.filter({ hasText: reason }).nth(index);
  }

  async viewContents(row: Locator): Promise<void> {
    await row.getByRole('button', { name: 'Xem nội dung' }).click();
  }

  /** Opens the confirmation of a row's restore, and confirms it. */
  async restore(row: Locator): Promise<void> {
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    await this.dialog.getByText('sẽ được thay').waitFor();
    await this.dialog.getByRole('button', { name: 'Khôi phục' }).click();
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Hoàn tác' });
  }
}
