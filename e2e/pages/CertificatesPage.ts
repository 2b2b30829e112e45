import type { Download, Locator, Page } from '@playwright/test';

/** "In giấy khen": what prints, in order, and the batch print with its progress. */
export class CertificatesPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'In giấy khen', level: 2 });
    this.table = page.getByRole('table', { name: 'Giấy khen sẽ in' });
    this.progress = page.getByRole('progressbar', { name: 'Tiến độ in giấy khen' });
  }

  async choose(
    label: 'Mẫu giấy khen' | 'Quyết định' | 'Hình thức' | 'Loại đối tượng' | 'Đơn vị',
    option: string,
  ): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** The names in the table, top to bottom: the order the certificates print in. */
  async names(): Promise<string[]> {
    return this.rows().locator('td:nth-child(3) p:first-child').allInnerTexts();
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kiểm tra trước khi in', exact: true }).click();
  }

  /**
   * Prints the batch and returns the PDF the browser downloads; when the pre-flight check finds
   * problems the app asks first, and this answers "Vẫn in".
   */
  async print(options: { expectProblems: boolean }): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 90_000 });
    await this.page.getByRole('button', { name: 'In giấy khen (PDF)', exact: true }).click();
    if (options.expectProblems) await this.acceptProblems();
    return download;
  }

  /** A row's own print button: "In" before its first print, "In lại" after. */
  rowPrintButton(name: string, reprint: boolean): Locator {
    return this.table.getByRole('button', {
      name: `${reprint ? 'In lại' : 'In'} giấy khen của ${name}`,
      exact: true,
    });
  }

  async reprint(name: string, options: { expectProblems: boolean }): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.table.getByRole('button', { name: `In lại giấy khen của ${name}`, exact: true }).click();
    if (options.expectProblems) await this.acceptProblems();
    return download;
  }

  private async acceptProblems(): Promise<void> {
    await this.page
      .getByRole('dialog', { name: 'Có vấn đề trước khi in' })
      .getByRole('button', { name: 'Vẫn in', exact: true })
      .click();
  }
}
