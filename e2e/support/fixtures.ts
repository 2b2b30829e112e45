import { test as base } from '@playwright/test';
import { AppFrame } from '../pages/AppFrame';
import { ConferenceFormPage } from '../pages/ConferenceFormPage';
import { ConferenceOverviewPage } from '../pages/ConferenceOverviewPage';
import { ConferencesPage } from '../pages/ConferencesPage';
import { SettingsPage } from '../pages/SettingsPage';
import { WebHost } from './web-host';

interface Fixtures {
  host: WebHost;
  app: AppFrame;
  conferences: ConferencesPage;
  conferenceForm: ConferenceFormPage;
  overview: ConferenceOverviewPage;
  settings: SettingsPage;
}

/** Each test gets its own web host and data folder, and a page opened at the printed address. */
export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await WebHost.start();
    await use(host);
    await host.dispose();
  },
  app: async ({ page, host }, use) => {
    const app = new AppFrame(page);
    await app.open(host.url);
    await use(app);
  },
  conferences: async ({ page }, use) => use(new ConferencesPage(page)),
  conferenceForm: async ({ page }, use) => use(new ConferenceFormPage(page)),
  overview: async ({ page }, use) => use(new ConferenceOverviewPage(page)),
  settings: async ({ page }, use) => use(new SettingsPage(page)),
});

export { expect } from '@playwright/test';
