import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface AgendaItemFields {
  title: string;
  /** The kind as the list shows it, e.g. "Báo cáo". */
  kind: string;
  presenter?: string;
  presenterTitle?: string;
  /** Typed as a person would, so "2.5" can be tried. */
  duration: string;
}

/** "Chương trình hội nghị": the open conference's programme. */
export class AgendaPage {
  readonly heading: Locator;
  readonly items: Locator;
  readonly dialog: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Chương trình hội nghị', level: 2 });
    this.items = page.getByRole('table', { name: 'Các mục của chương trình' });
    this.dialog = page.getByRole('dialog');
    this.summary = page.getByRole('region', { name: 'Tóm tắt chương trình' });
  }

  /** Opens the dialog and fills it; `submit` false leaves it open (to see a field error). */
  async addItem(fields: AgendaItemFields, submit = true): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm mục', exact: true }).click();
    await this.fill(fields);
    if (submit) {
      await this.save();
      await expect(this.dialog).toBeHidden();
    }
  }

  async fill(fields: AgendaItemFields): Promise<void> {
    await this.dialog.getByRole('textbox', { name: 'Nội dung', exact: true }).fill(fields.title);
    await this.dialog.getByRole('combobox', { name: 'Loại' }).click();
    await this.page.getByRole('option', { name: fields.kind, exact: true }).click();
    if (fields.presenter !== undefined)
      await this.dialog.getByRole('textbox', { name: 'Người trình bày', exact: true }).fill(fields.presenter);
    if (fields.presenterTitle !== undefined)
      await this.dialog.getByRole('textbox', { name: 'Chức vụ người trình bày' }).fill(fields.presenterTitle);
    await this.duration().fill(fields.duration);
  }

  duration(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Thời lượng (phút)' });
  }

  /** Opens the edit dialog of an item from its row. */
  async editItem(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Sửa: ${title}`, exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  presenter(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Người trình bày', exact: true });
  }

  /** The notice a dialog shows when its record changed elsewhere or the data was restored. */
  conflictAlert(): Locator {
    return this.dialog.getByRole('alert').filter({ hasText: 'Bản ghi đã thay đổi' });
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Thêm vào chương trình|Lưu)$/ }).click();
  }

  /** Item rows in order (the header row has no "Mục n:" name). */
  rows(): Locator {
    return this.items.getByRole('row', { name: /^Mục \d+:/ });
  }

  row(title: string): Locator {
    return this.items.getByRole('row', { name: new RegExp(`^Mục \\d+: ${title}`) });
  }

  /** Focuses the row and moves it with Alt+↑ / Alt+↓, as a keyboard user would. */
  async moveByKeyboard(title: string, direction: 'up' | 'down'): Promise<void> {
    const row = this.row(title);
    await row.focus();
    await row.press(direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
  }

  async printProgramme(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'In chương trình (PDF)' }).click();
    return download;
  }

  async startRun(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bắt đầu điều hành' }).click();
  }

  async expectOrder(titles: string[]): Promise<void> {
    await expect(this.rows()).toHaveCount(titles.length);
    for (const [i, title] of titles.entries()) {
      await expect(this.rows().nth(i)).toHaveAccessibleName(`Mục ${i + 1}: ${title}`);
    }
  }
}

/** "Điều hành hội nghị": run mode. */
export class RunPage {
  readonly heading: Locator;
  readonly current: Locator;
  readonly times: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Điều hành hội nghị', level: 2 });
    this.current = page.getByRole('region', { name: 'Mục đang diễn ra' });
    this.times = page.getByRole('table', { name: 'Giờ dự kiến và giờ thực tế' });
  }

  /** The big clock: "Đã trôi qua", "Còn lại" or "Quá giờ". */
  timer(label: string): Locator {
    return this.current.getByRole('timer', { name: new RegExp(`^${label}: `) });
  }

  highlightedRow(): Locator {
    return this.times.locator('tr[aria-current="step"]');
  }
}
