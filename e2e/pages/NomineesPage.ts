import type { Locator, Page } from '@playwright/test';

/** "Đối tượng đề nghị khen thưởng": the list of a conference's nominees. */
export class NomineesPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly counts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Đối tượng đề nghị khen thưởng' });
    this.search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    this.table = page.getByRole('table', { name: 'Danh sách đối tượng' });
    this.counts = page.getByTestId('nominee-counts');
  }

  async startImport(): Promise<void> {
    await this.page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  }

  /** The data rows, in the order shown (the header row left out). */
  rows(): Locator {
    return this.table.locator('tbody tr[aria-rowindex]');
  }

  nameButtons(): Locator {
    return this.rows().locator('td:nth-child(3) button');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** A column header, by its visible title. */
  column(title: string): Locator {
    return this.table.getByRole('columnheader', { name: title, exact: true });
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader').getByRole('button', { name: column }).click();
  }

  /** Picks an order from the "Sắp xếp" list above the table. */
  async orderBy(option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Sắp xếp', exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async filter(label: 'Loại' | 'Đơn vị' | 'Hình thức' | 'Trạng thái', option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Scrolls the table, a screenful at a time, until a nominee's row is drawn (rows out of view are not). */
  async reveal(name: string): Promise<Locator> {
    const button = this.table.getByRole('button', { name, exact: true });
    const scroller = this.table.locator('xpath=..');
    for (let screen = 0; screen < 50 && (await button.count()) === 0; screen++) {
      const moved = await scroller.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollBy(0, el.clientHeight * 0.8);
        return el.scrollTop !== before;
      });
      if (!moved) break;
      // The next screenful of rows is drawn on the scroll event.
      await this.page.waitForTimeout(50);
    }
    return button;
  }

  async edit(name: string): Promise<void> {
    await (await this.reveal(name)).click();
  }
}
