import type { Locator, Page } from '@playwright/test';

export interface AwardFields {
  name?: string;
  category?: 'Hình thức khen thưởng' | 'Danh hiệu thi đua' | 'Biểu dương';
  issuer?: string;
  rank?: string;
  aliases?: string;
  active?: boolean;
}

/** The table's columns, in order, as their headers read. */
export const AWARD_COLUMNS = [
  'Tên hình thức',
  'Loại',
  'Cơ quan ban hành',
  'Thứ bậc',
  'Tên gọi khác',
  'Tiền thưởng (hệ số)',
  'Đang dùng',
  'Thao tác',
] as const;

/** "Hình thức khen thưởng": the award forms catalogue and its add / edit dialog. */
export class AwardsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly showInactive: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Hình thức khen thưởng', level: 2 });
    this.table = page.getByRole('table', { name: 'Các hình thức khen thưởng' });
    this.showInactive = page.getByRole('switch', { name: 'Hiện cả hình thức ngừng dùng' });
    this.dialog = page.getByRole('dialog');
  }

  /** The row whose name is exactly `name` ("Giấy khen" does not find "Giấy khen của …"). */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  cell(name: string, column: (typeof AWARD_COLUMNS)[number]): Locator {
    return this.row(name).getByRole('cell').nth(AWARD_COLUMNS.indexOf(column));
  }

  /** The names in the order the table lists them. */
  async names(): Promise<string[]> {
    const rows = await this.table.getByRole('row').all();
    const names: string[] = [];
    // The first row holds the headers.
    for (const row of rows.slice(1)) names.push((await row.getByRole('cell').first().innerText()).trim());
    return names;
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm hình thức' }).first().click();
  }

  async edit(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Sửa hình thức “${name}”` }).click();
  }

  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  activeSwitch(): Locator {
    return this.dialog.getByRole('switch', { name: 'Đang dùng' });
  }

  async fill(fields: AwardFields): Promise<void> {
    const text: [keyof AwardFields, string][] = [
      ['name', 'Tên hình thức'],
      ['issuer', 'Cơ quan ban hành'],
      ['rank', 'Thứ bậc'],
      ['aliases', 'Tên gọi khác'],
    ];
    for (const [key, label] of text) {
      const value = fields[key];
      if (typeof value === 'string') await this.field(label).fill(value);
    }
    if (fields.category) await this.dialog.getByRole('radio', { name: fields.category }).check();
    if (fields.active !== undefined) await this.activeSwitch().setChecked(fields.active);
  }

  async submit(name: 'Thêm' | 'Lưu' = 'Thêm'): Promise<void> {
    await this.dialog.getByRole('button', { name, exact: true }).click();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
  }
}
