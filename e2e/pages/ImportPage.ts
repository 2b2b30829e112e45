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

  commitButton(): Locator {
    return this.page.getByRole('button', { name: /^Ghi \d+ dòng vào danh sách$/ });
  }
}
