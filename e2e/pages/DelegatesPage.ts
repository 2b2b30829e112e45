import type { Locator, Page } from '@playwright/test';

/** "Đại biểu": the list, and "Nhập từ Excel" with its preview. */
export class DelegatesPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly importPreview: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Đại biểu', exact: true });
    this.table = page.getByRole('table', { name: 'Đại biểu' });
    this.importPreview = page.getByRole('table', { name: 'Nhập danh sách đại biểu từ Excel' });
  }

  /** Chooses the file through the system dialog, as a person would. */
  async importFile(name: string, buffer: Buffer): Promise<void> {
    await this.page.getByRole('link', { name: 'Nhập từ Excel' }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Chọn tệp Excel' }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
  }

  /** Opens the edit dialog of a delegate from the row's pencil, named as the list writes it. */
  async edit(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Sửa ${name}`, exact: true }).click();
    return this.page.getByRole('dialog', { name: 'Sửa thông tin đại biểu' });
  }

  commitButton(): Locator {
    return this.page.getByRole('button', { name: /^Ghi \d+ đại biểu vào danh sách$/ });
  }
}
