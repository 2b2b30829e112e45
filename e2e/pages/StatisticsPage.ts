import type { Download, Locator, Page } from '@playwright/test';

/** "Thống kê khen thưởng": counts of the open conference, optionally beside another one. */
export class StatisticsPage {
  readonly heading: Locator;
  readonly compareWith: Locator;
  /** How collectives are placed in the unit table. */
  readonly unitNote: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Thống kê khen thưởng' });
    this.compareWith = page.getByRole('combobox', { name: 'So sánh với' });
    this.unitNote = page.getByText(/^Theo đơn vị: tập thể có ghi đơn vị được tính vào đơn vị đó/);
  }

  /** One of the four tables, by its name: "Theo loại đối tượng", "Theo đơn vị"… */
  table(name: string): Locator {
    return this.page.getByRole('table', { name, exact: true });
  }

  /** A table's line, found by its label (the row header). */
  row(table: string, label: string): Locator {
    return this.table(table)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  /** The number cells of a line: one, or three when comparing (this, compared, difference). */
  numbers(table: string, label: string): Locator {
    return this.row(table, label).getByRole('cell');
  }

  async compare(conference: string): Promise<void> {
    await this.compareWith.click();
    await this.page.getByRole('option', { name: conference, exact: true }).click();
  }

  async stopComparing(): Promise<void> {
    await this.compare('Không so sánh');
  }

  async exportExcel(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Xuất Excel' }).click();
    return download;
  }
}
