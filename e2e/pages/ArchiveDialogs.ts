import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** "Xuất tệp hội nghị" on the overview and "Nhập tệp hội nghị" with its dialog on the list. */
export class ArchiveDialogs {
  readonly dialog: Locator;
  readonly contents: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Nhập tệp hội nghị' });
    this.contents = this.dialog.getByRole('table', { name: 'Nội dung trong tệp' });
  }

  /** Exports the open conference from its overview and returns the browser's download. */
  async exportOpenConference(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Xuất tệp hội nghị' }).click();
    return download;
  }

  /** Picks a file through "Nhập tệp hội nghị" on the conferences list. */
  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Nhập tệp hội nghị' }).first().click();
    await (await chooser).setFiles(file);
  }

  /** The number shown beside a count label, e.g. "Đối tượng đề nghị khen thưởng". */
  count(label: string): Locator {
    return this.contents.getByRole('row').filter({ hasText: label }).getByRole('cell').last();
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  }

  /** Opens the imported conference; waits for the dialog to go, so the page behind is alone. */
  async openImported(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Mở hội nghị' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Đóng' }).click();
  }
}
