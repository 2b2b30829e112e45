import type { Download, Locator, Page } from '@playwright/test';

/** "Hồ sơ khen thưởng (Word)": the documents of a closed poll or a decision, and their templates. */
export class DossierPage {
  readonly heading: Locator;
  readonly templates: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Hồ sơ khen thưởng (Word)' });
    this.templates = page.getByRole('table', { name: 'Các mẫu văn bản của hội nghị' });
  }

  /** Clicks a document's button and returns the file the browser downloads. */
  async download(
    document:
      | 'Biên bản họp Hội đồng'
      | 'Tờ trình đề nghị khen thưởng'
      | 'Quyết định khen thưởng'
      | 'Danh sách nhận tiền thưởng',
  ): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: document, exact: true }).click();
    return download;
  }

  /** The row of one template in the templates table. */
  template(document: string): Locator {
    return this.templates.getByRole('row').filter({ hasText: document });
  }
}

/** The "Lập hồ sơ khen thưởng" wizard opened from a closed poll. */
export class DossierWizard {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Lập hồ sơ khen thưởng' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lập hồ sơ khen thưởng' }).click();
  }

  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label });
  }

  /** Confirms the register numbers and runs the wizard to its end. */
  async run(): Promise<void> {
    await this.dialog.getByRole('checkbox', { name: /Tôi đã kiểm tra/ }).check();
    await this.dialog.getByRole('button', { name: 'Lập hồ sơ', exact: true }).click();
  }
}
