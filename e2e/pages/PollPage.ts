import type { Download, Locator, Page } from '@playwright/test';

/** The council page, the polls list and one poll, as the secretary uses them. */
export class VotingPages {
  constructor(readonly page: Page) {}

  quorumBanner(): Locator {
    return this.page.getByTestId('quorum-banner');
  }

  async markPresent(member: string): Promise<void> {
    const row = this.page.getByRole('row').filter({ hasText: member });
    await row.getByText('Có mặt', { exact: true }).click();
  }

  /** Opens a member's edit dialog from the council table. */
  async editMember(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Sửa thông tin ${name}`, exact: true }).click();
    return this.page.getByRole('dialog', { name: 'Sửa thông tin thành viên hội đồng' });
  }

  /** The notice that a save was based on an old copy of the record. */
  conflictAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Bản ghi đã thay đổi' });
  }

  /** The names on a poll's ballot, shown before voting starts. */
  ballotList(): Locator {
    return this.page.getByRole('table', { name: 'Danh sách trong phiếu' });
  }

  async openPoll(title: string): Promise<void> {
    await this.page.getByRole('link', { name: `Mở “${title}”` }).click();
    await this.page.getByRole('heading', { name: title }).waitFor();
  }

  async createPoll(title: string, rule: string, awardForm: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Tạo cuộc bỏ phiếu' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Nội dung bỏ phiếu' }).fill(title);
    await dialog.getByRole('combobox', { name: 'Quy tắc biểu quyết' }).click();
    await this.page.getByRole('option', { name: rule, exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Đối tượng: đề nghị hình thức' }).click();
    await this.page.getByRole('option', { name: awardForm, exact: true }).click();
    await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
  }

  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }

  async fillTotals(values: {
    issued: number;
    returned: number;
    valid: number;
    invalid: number;
  }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Số phiếu phát ra' }).fill(String(values.issued));
    await this.page.getByRole('textbox', { name: 'Số phiếu thu vào' }).fill(String(values.returned));
    await this.page.getByRole('textbox', { name: 'Số phiếu hợp lệ' }).fill(String(values.valid));
    await this.page.getByRole('textbox', { name: 'Số phiếu không hợp lệ' }).fill(String(values.invalid));
  }

  async fillVotes(name: string, agree: number, disagree: number): Promise<void> {
    await this.page.getByRole('textbox', { name: `Đồng ý: ${name}`, exact: true }).fill(String(agree));
    await this.page
      .getByRole('textbox', { name: `Không đồng ý: ${name}`, exact: true })
      .fill(String(disagree));
  }

  /** Asks to close the poll; the confirmation that says what closing does opens. */
  async askToClose(title: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Kết thúc và công bố kết quả' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Kết thúc và công bố kết quả “${title}”?` });
    await dialog.waitFor();
    return dialog;
  }

  results(): Locator {
    return this.page.getByRole('table', { name: 'Kết quả bỏ phiếu' });
  }

  countsTable(): Locator {
    return this.page.getByRole('table', { name: 'Nhập kết quả kiểm phiếu' });
  }

  /** The first cell of each row of a table: section headings and row numbers, in order. */
  async firstCells(table: Locator): Promise<string[]> {
    return table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.firstElementChild?.textContent?.trim() ?? ''));
  }

  /** The question asked before minutes are produced while the council names no teller. */
  tellersDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Chưa có tên Ban kiểm phiếu' });
  }

  /** The result as the hall sees it, opened from the poll page. */
  async openScreen(): Promise<Locator> {
    await this.page.getByRole('link', { name: 'Trình chiếu kết quả' }).click();
    return this.page.getByRole('region', { name: 'KẾT QUẢ BỎ PHIẾU' });
  }
}
