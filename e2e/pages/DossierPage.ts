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
