import type { Locator, Page } from '@playwright/test';

/** The voting page on a delegate's phone. */
export class PhoneBallotPage {
  constructor(readonly page: Page) {}

  /** Opens the slip as its QR code does: the address with the code after "#". */
  async scan(votingUrl: string, code: string): Promise<void> {
    await this.page.goto(`${votingUrl}#${code}`);
  }

  /** Opens the address printed on the slip and types the code by hand. */
  async typeCode(votingUrl: string, printedCode: string): Promise<void> {
    await this.page.goto(votingUrl);
    await this.page.getByRole('textbox', { name: 'Mã phiếu' }).fill(printedCode);
    await this.page.getByRole('button', { name: 'Mở phiếu' }).click();
  }

  section(title: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: title });
  }

  async choose(nominee: string, choice: 'Đồng ý' | 'Không đồng ý'): Promise<void> {
    await this.page
      .getByRole('group', { name: nominee })
      .getByRole('button', { name: choice, exact: true })
      .click();
  }

  /** "Xem lại phiếu", then "Gửi phiếu". */
  async reviewAndSend(): Promise<void> {
    await this.page.getByRole('button', { name: 'Xem lại phiếu' }).click();
    await this.page.getByRole('button', { name: 'Gửi phiếu' }).click();
  }

  receipt(): Locator {
    return this.page.getByRole('status');
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }
}
