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
