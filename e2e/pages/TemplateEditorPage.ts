import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** "Mẫu giấy khen": the list of certificate templates. */
export class TemplatesPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Mẫu giấy khen', level: 2 });
    this.table = page.getByRole('table', { name: 'Các mẫu giấy khen' });
  }

  /** Opens a template in the editor from its row. */
  async open(template: string): Promise<void> {
    await this.table.getByRole('button', { name: `Mở mẫu “${template}”` }).click();
  }

  /** Copies a template under a new name; the app then opens the copy in the editor. */
  async copy(template: string, name: string): Promise<void> {
    await this.table.getByRole('button', { name: `Sao chép mẫu “${template}”` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Sao chép mẫu giấy khen' });
    await dialog.getByRole('textbox', { name: 'Tên mẫu mới' }).fill(name);
    await dialog.getByRole('button', { name: 'Sao chép', exact: true }).click();
  }
}

/** The template editor: the sheet drawn to scale, and the selected field's numbers. */
export class TemplateEditorPage {
  readonly preview: Locator;
  /** The notice that another window changed the template since the editor opened it. */
  readonly conflict: Locator;

  constructor(readonly page: Page) {
    this.preview = page.getByRole('group', { name: 'Bản xem trước giấy khen' });
    this.conflict = page.getByRole('alert').filter({ hasText: 'Bản ghi đã thay đổi' });
  }

  /** Whose text the preview shows: an honoree, the sample under a decision, or the sample. */
  get subject(): Locator {
    return this.page.getByRole('combobox', { name: 'Nội dung xem trước', exact: true });
  }

  /** The field properties: the selected field's numbers, font and alignment. */
  get properties(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Trường' });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 2 });
  }

  /** A field's box on the sheet, as a button named "Trường <name>". */
  field(name: string): Locator {
    return this.preview.getByRole('button', { name: `Trường ${name}`, exact: true });
  }

  /** The drawn lines of a field, found by its key (e.g. "recipient"). */
  fieldLines(key: string): Locator {
    return this.preview.locator(`[data-field="${key}"] text`);
  }

  fieldBox(key: string): Locator {
    return this.preview.locator(`[data-field="${key}"] > rect`);
  }

  number(
    label: 'X (mm)' | 'Y (mm)' | 'Rộng (mm)' | 'Cao (mm)' | 'Cỡ chữ (pt)' | 'Cỡ nhỏ nhất (pt)',
  ): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async setNumber(label: Parameters<TemplateEditorPage['number']>[0], value: number): Promise<void> {
    const input = this.number(label);
    await input.fill(String(value));
    await expect(input).toHaveValue(String(value));
  }

  button(name: 'Hoàn tác' | 'Làm lại' | 'Lưu' | 'In thử căn chỉnh' | 'Sao chép để sửa'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /**
   * Drags a field by screen pixels with the mouse. The pointer is first put on the field as
   * Playwright would for a click (scrolled into view, the layout settled, and the field, not one
   * overlapping it, under the pointer), then pressed and moved from there.
   */
  async dragField(key: string, dx: number, dy: number): Promise<void> {
    const field = this.page.locator(`g[data-field="${key}"]`);
    await field.hover();
    const box = await field.boundingBox();
    if (!box) throw new Error(`field ${key} is not drawn`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    // In steps, as a hand would, so the drag passes through several positions.
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await this.page.mouse.up();
  }

  async save(): Promise<void> {
    await this.button('Lưu').click();
    await expect(this.page.getByText(/^Đã lưu mẫu \(phiên bản \d+\)\.$/)).toBeVisible();
  }

  async calibration(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.button('In thử căn chỉnh').click();
    return download;
  }
}
