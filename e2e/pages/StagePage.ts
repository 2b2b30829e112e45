import { expect, type Locator, type Page } from '@playwright/test';

/** #/stage: the operator's panel that drives the projector. */
export class StagePage {
  readonly heading: Locator;
  readonly onScreen: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Điều khiển màn hình chiếu' });
    this.onScreen = page.getByRole('status').filter({ hasText: 'Đang chiếu' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/stage`);
    await expect(this.heading).toBeVisible();
  }

  async show(screen: 'Trống' | 'Biểu trưng' | 'Chương trình'): Promise<void> {
    await this.page.getByRole('button', { name: screen, exact: true }).click();
  }

  async showCeremony(batchSize: number): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Số người mỗi đợt' }).fill(String(batchSize));
    await this.page.getByRole('button', { name: 'Khen thưởng', exact: true }).click();
  }

  async showPoll(title: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Cuộc bỏ phiếu đã kết thúc' }).click();
    await this.page.getByRole('option', { name: title, exact: true }).click();
    await this.page.getByRole('button', { name: 'Kết quả biểu quyết', exact: true }).click();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tiếp', exact: true }).click();
  }

  async previous(): Promise<void> {
    await this.page.getByRole('button', { name: 'Trước', exact: true }).click();
  }

  /** Opens the projector through the button; in the browser that is a new window. */
  async openProjector(): Promise<ProjectorScreen> {
    const popup = this.page.waitForEvent('popup');
    await this.page.getByRole('button', { name: 'Mở màn hình chiếu' }).click();
    return new ProjectorScreen(await popup);
  }
}

/** #/projector: the hall's screen; read only. */
export class ProjectorScreen {
  readonly content: Locator;

  constructor(readonly page: Page) {
    this.content = page.getByRole('region', { name: 'Nội dung màn hình chiếu' });
  }

  names(): Locator {
    return this.content.getByRole('listitem');
  }

  /** A page of a poll's result: its rows, section headings included. */
  pollRows(): Locator {
    return this.content.getByRole('table', { name: 'Kết quả biểu quyết' }).getByRole('row');
  }
}
