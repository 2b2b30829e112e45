import type { Download, Locator, Page } from '@playwright/test';

/** "Bỏ phiếu điện tử" on a poll's page, as the secretary runs it. */
export class ElectronicVotingPanel {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page
      .locator('.mantine-Card-root')
      .filter({ has: this.page.getByRole('heading', { name: 'Bỏ phiếu điện tử' }) });
  }

  counter(): Locator {
    return this.panel().getByRole('status');
  }

  async chooseNetwork(address: string, port: number): Promise<void> {
    await this.panel().getByRole('combobox', { name: 'Mạng nhận phiếu' }).selectOption(address);
    await this.panel().getByRole('textbox', { name: 'Cổng' }).fill(String(port));
  }

  async printSlips(copies: number): Promise<Download> {
    await this.panel().getByRole('textbox', { name: 'Số phiếu điện tử' }).fill(String(copies));
    const download = this.page.waitForEvent('download');
    await this.panel().getByRole('button', { name: 'In phiếu điện tử' }).click();
    return download;
  }

  async open(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Mở bỏ phiếu điện tử' }).click();
  }

  /** Puts the counter on the projector (in the browser, a window of its own). */
  async project(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Chiếu số phiếu lên màn hình' }).click();
  }

  async close(): Promise<void> {
    await this.panel().getByRole('button', { name: 'Đóng bỏ phiếu điện tử' }).click();
  }
}
