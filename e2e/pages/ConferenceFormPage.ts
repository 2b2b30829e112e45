import type { Locator, Page } from '@playwright/test';

export interface ConferenceFields {
  title?: string;
  kind?: 'Sơ kết' | 'Tổng kết' | 'Khác';
  campaign?: string;
  organiser?: string;
  placeName?: string;
  venue?: string;
  /** dd/mm/yyyy, as a person types it. */
  startDate?: string;
  startTime?: string;
  endDate?: string;
  endTime?: string;
  notes?: string;
}

/** The create / edit form of a conference. */
export class ConferenceFormPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async fill(fields: ConferenceFields): Promise<void> {
    const text: [keyof ConferenceFields, string][] = [
      ['title', 'Tên hội nghị'],
      ['campaign', 'Chuyên đề, phong trào'],
      ['organiser', 'Cơ quan tổ chức'],
      ['placeName', 'Địa danh ghi trên văn bản'],
      ['venue', 'Địa điểm tổ chức'],
      ['notes', 'Ghi chú'],
    ];
    for (const [key, label] of text) {
      const value = fields[key];
      if (value !== undefined) await this.field(label).fill(value);
    }
    if (fields.kind) await this.page.getByRole('radio', { name: fields.kind }).check();
    if (fields.startDate !== undefined) await this.typeDate('Ngày bắt đầu', fields.startDate);
    if (fields.endDate !== undefined) await this.typeDate('Ngày kết thúc', fields.endDate);
    if (fields.startTime !== undefined) await this.page.getByLabel('Giờ bắt đầu').fill(fields.startTime);
    if (fields.endTime !== undefined) await this.page.getByLabel('Giờ kết thúc').fill(fields.endTime);
  }

  /** Dates are typed as dd/mm/yyyy and confirmed by leaving the field, as with a keyboard. */
  private async typeDate(label: string, value: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(value);
    await input.press('Tab');
  }

  async submit(name: 'Tạo hội nghị' | 'Lưu' = 'Tạo hội nghị'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }
}
