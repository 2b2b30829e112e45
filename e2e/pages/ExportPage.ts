import type { Download, Locator, Page } from '@playwright/test';

/** "Xuất danh sách khen thưởng": options of the honoree list and the export buttons. */
export class ExportPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Xuất danh sách khen thưởng' });
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  status(label: string): Locator {
    return this.page
      .getByRole('group', { name: /Trạng thái/ })
      .getByRole('checkbox', { name: label, exact: true });
  }

  column(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Hiện cột ${name}`, exact: true });
  }

  async moveColumnUp(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Đưa cột ${name} lên` }).click();
  }

  /** Clicks an export button and returns the file the browser downloads. */
  async download(
    button: 'Xuất Excel' | 'Xuất PDF' | 'Xuất kết quả (Excel)' | 'Xuất kết quả (PDF)',
  ): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button, exact: true }).click();
    return download;
  }
}
