import type { Download, Locator, Page } from '@playwright/test';

/** "Nhật ký thay đổi": the audit log with its filters, rows and export. */
export class AuditPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Nhật ký thay đổi' });
  }

  /** The table row of a change, found by words it shows (operator, object, action, content). */
  row(...texts: string[]): Locator {
    let row = this.table.getByRole('row');
    for (const text of texts) row = row.filter({ hasText: text });
    return row;
  }

  async expand(row: Locator): Promise<void> {
    await row.getByRole('button', { name: 'Xem trước và sau' }).click();
  }

  before(): Locator {
    return this.table.getByRole('group', { name: 'Trước' });
  }

  after(): Locator {
    return this.table.getByRole('group', { name: 'Sau' });
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Tìm trong nội dung' }).fill(text);
  }

  async filterEntity(word: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Đối tượng', exact: true }).click();
    await this.page.getByRole('option', { name: word, exact: true }).click();
  }

  async exportExcel(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Xuất Excel' }).click();
    return download;
  }
}
