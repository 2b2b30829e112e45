import type { Locator, Page } from '@playwright/test';

/** "Cài đặt" (or "Settings" in English). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async chooseLanguage(name: 'Tiếng Việt' | 'English'): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
  }

  async save(name: 'Lưu cài đặt' | 'Save settings'): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }
}
