import { type Locator, type Page } from '@playwright/test';

export interface RegisterFields {
  name: string;
  prefix?: string;
  suffix?: string;
  padding?: number;
  nextNumber?: number;
}

export interface DecisionFields {
  number: string;
  /** dd/mm/yyyy, typed as a person would. */
  date: string;
  issuer?: string;
  signerCapacity?: string;
  signerTitle?: string;
  signerName?: string;
  register?: string;
}

/** "Quyết định khen thưởng": registers, the open conference's decisions, and a decision's awards. */
export class DecisionsPage {
  readonly heading: Locator;
  readonly registers: Locator;
  readonly decisions: Locator;
  readonly awards: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Quyết định khen thưởng', level: 2 });
    this.registers = page.getByRole('table', { name: 'Các sổ vàng' });
    this.decisions = page.getByRole('table', { name: 'Các quyết định khen thưởng' });
    this.awards = page.getByRole('table', { name: 'Danh sách khen thưởng theo quyết định' });
    this.dialog = page.getByRole('dialog');
  }

  /** A text field of the open dialog, by its label. */
  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  async addRegister(fields: RegisterFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm sổ vàng' }).click();
    await this.field('Tên sổ').fill(fields.name);
    if (fields.prefix !== undefined) await this.field('Tiền tố').fill(fields.prefix);
    if (fields.suffix !== undefined) await this.field('Hậu tố').fill(fields.suffix);
    if (fields.padding !== undefined) await this.field('Số chữ số').fill(String(fields.padding));
    if (fields.nextNumber !== undefined) await this.field('Số tiếp theo').fill(String(fields.nextNumber));
    await this.dialog.getByRole('button', { name: 'Thêm sổ', exact: true }).click();
  }

  async addDecision(fields: DecisionFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
    await this.field('Số quyết định').fill(fields.number);
    const date = this.field('Ngày ký');
    await date.click();
    await date.fill(fields.date);
    await date.press('Tab');
    const text: [keyof DecisionFields, string][] = [
      ['issuer', 'Cơ quan ban hành'],
      ['signerCapacity', 'Thẩm quyền ký'],
      ['signerTitle', 'Chức vụ người ký'],
      ['signerName', 'Họ tên người ký'],
    ];
    for (const [key, label] of text) {
      const value = fields[key];
      if (value !== undefined) await this.field(label).fill(value);
    }
    if (fields.register !== undefined) {
      await this.dialog.getByRole('combobox', { name: 'Sổ vàng' }).click();
      await this.page.getByRole('option', { name: fields.register, exact: true }).click();
    }
    await this.dialog.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
  }

  /** Opens the edit dialog of a decision from its row. */
  async editDecision(number: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Sửa quyết định ${number}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Sửa quyết định ${number}` });
    await dialog.waitFor();
    return dialog;
  }

  async saveDialog(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  }

  /** Asks to award everyone approved; the confirmation that names the numbers opens (or a notice). */
  async awardAllApproved(): Promise<void> {
    await this.page.getByRole('button', { name: 'Khen thưởng tất cả đối tượng được duyệt' }).click();
  }

  /** The confirmation that says which register numbers an assignment gives. */
  awardConfirmation(decisionNumber: string): Locator {
    return this.page.getByRole('dialog', { name: `Khen thưởng theo quyết định ${decisionNumber}?` });
  }

  /** Awards everyone approved and confirms with the button named by what it does. */
  async awardAllApprovedConfirmed(decisionNumber: string, confirm: string): Promise<void> {
    await this.awardAllApproved();
    await this.awardConfirmation(decisionNumber).getByRole('button', { name: confirm, exact: true }).click();
  }

  /** Opens the dialog for a new decision, without filling it. */
  async openNewDecision(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm quyết định khen thưởng' });
    await dialog.waitFor();
    return dialog;
  }

  /** The awards table's rows as [STT, name, unit, form, register number]. */
  awardRows(): Locator {
    return this.awards.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
}
