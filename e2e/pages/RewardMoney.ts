import type { Download, Locator, Page } from '@playwright/test';

/**
 * Reward money across the pages that hold it: the coefficients in the award form dialog, the
 * base salary table in "Cài đặt", and a decision's reward card with its payment list.
 */
export class RewardMoney {
  readonly salaries: Locator;

  constructor(readonly page: Page) {
    this.salaries = page.getByRole('table', { name: 'Bảng mức lương cơ sở' });
  }

  /** Fills the open award form dialog's reward fields, as a person types them ("0,3"). */
  async fillCoefficients(fields: {
    individual?: string;
    collective?: string;
    source?: string;
  }): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    if (fields.individual !== undefined) {
      await dialog.getByRole('textbox', { name: 'Hệ số cá nhân', exact: true }).fill(fields.individual);
    }
    if (fields.collective !== undefined) {
      await dialog.getByRole('textbox', { name: 'Hệ số tập thể', exact: true }).fill(fields.collective);
    }
    if (fields.source !== undefined) {
      await dialog.getByRole('textbox', { name: 'Căn cứ (điều, khoản)', exact: true }).fill(fields.source);
    }
  }

  /** The base salary row in force from `date` (dd/mm/yyyy). */
  salaryRow(date: string): Locator {
    return this.salaries
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: date, exact: true }) });
  }

  /** Writes the payment list of the selected decision and returns the browser's download. */
  async exportPaymentList(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Xuất danh sách nhận tiền thưởng (Excel)' }).click();
    return download;
  }
}
