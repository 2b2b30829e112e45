import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every page: header, sidebar and status line. */
export class AppFrame {
  readonly header: Locator;
  readonly navigation: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.navigation = page.getByRole('navigation');
    this.status = page.getByRole('status');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** The header button that collapses or expands the sidebar, named for what it will do. */
  sidebarToggle(): Locator {
    return this.header.getByRole('button', { name: /^(Thu gọn|Mở rộng) thanh bên$/ });
  }

  /** A titled group of the sidebar ("Trước hội nghị", "Hệ thống"…). */
  navGroup(name: string): Locator {
    return this.navigation.getByRole('group', { name, exact: true });
  }

  async goTo(section: string): Promise<void> {
    await this.navigation.getByRole('link', { name: section }).click();
  }

  /** The title of the open conference, as the header shows it. */
  openConferenceTitle(): Locator {
    return this.header.getByTestId('open-conference-title');
  }
}
