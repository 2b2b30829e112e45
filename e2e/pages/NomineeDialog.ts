import type { Locator, Page } from '@playwright/test';

/** The nominee form dialog (also used to fix a row of an import). */
export class NomineeDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  /** Selects and unit pickers are comboboxes. */
  combo(label: string): Locator {
    return this.dialog.getByRole('combobox', { name: label, exact: true });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.combo(label).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async submit(name: 'Lưu' | 'Thêm' | 'Áp dụng'): Promise<void> {
    await this.dialog.getByRole('button', { name, exact: true }).click();
  }
}
