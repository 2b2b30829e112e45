import type { Locator, Page } from '@playwright/test';

/** "Nhập danh sách từ Excel": choose a file, review, fix, commit. */
export class ImportPage {
  readonly summary: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByTestId('import-summary');
    this.rows = page.getByRole('table', { name: 'Các dòng sẽ nhập' });
  }

  /** Chooses the file through the system dialog, as a person would. */
  async chooseFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Chọn tệp Excel' }).click();
    await (await chooser).setFiles(path);
  }

  async fixRow(row: number): Promise<void> {
    await this.page.getByRole('button', { name: `Sửa dòng ${row}` }).click();
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Maps a column of the file, named by its heading, to one of the list's fields. */
  async mapColumn(heading: string, field: string): Promise<void> {
    await this.page.getByRole('combobox', { name: `Ghép với: ${heading}`, exact: true }).click();
    await this.page.getByRole('option', { name: field, exact: true }).click();
  }

  /** What the page says when it read no row from the sheet. */
  problem(): Locator {
    return this.page.getByRole('alert');
  }

  /** The tick that says whether a row of the file is written. */
  includeRow(row: number): Locator {
    return this.page.getByRole('checkbox', { name: `Nhập dòng ${row}`, exact: true });
  }

  /** The explicit choice to write rows already in the conference ("Vẫn ghi cả N dòng đã có"). */
  writeAlreadyListed(): Locator {
    return this.page.getByRole('checkbox', { name: /^Vẫn ghi cả \d+ dòng đã có$/ });
  }

  commitButton(): Locator {
    return this.page.getByRole('button', { name: /^Ghi \d+ dòng vào danh sách$/ });
  }
}
