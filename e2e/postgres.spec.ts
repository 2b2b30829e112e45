import { test as base, expect } from '@playwright/test';
import { createTestDatabase, databaseUrl, dropTestDatabase, prepareTemplate } from '../tests/pg/databases';
import { startTestPostgres, type TestPostgres } from '../tests/pg/server';
import { AppFrame } from './pages/AppFrame';
import { BackupsPage } from './pages/BackupsPage';
import { ConferenceFormPage } from './pages/ConferenceFormPage';
import { ConferencesPage } from './pages/ConferencesPage';
import { NomineeDialog } from './pages/NomineeDialog';
import { NomineesPage } from './pages/NomineesPage';
import { WebHost } from './support/web-host';

/**
 * An office on one PostgreSQL database: two web hosts (two server processes, as two secretaries'
 * windows would be served) on the same data.
 */
let server: TestPostgres;

const test = base.extend<{ shared: { url: string; first: WebHost; second: WebHost } }>({
  // Playwright reads a fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  shared: async ({}, use) => {
    const name = await createTestDatabase(server.url);
    const url = databaseUrl(server.url, name);
    const [first, second] = await Promise.all([
      WebHost.start({ databaseUrl: url }),
      WebHost.start({ databaseUrl: url }),
    ]);
    await use({ url, first, second });
    await Promise.all([first.dispose(), second.dispose()]);
    await dropTestDatabase(server.url, name);
  },
});

test.beforeAll(async () => {
  server = await startTestPostgres();
  await prepareTemplate(server.url);
});

test.afterAll(async () => {
  await server.stop();
});

test('two windows served by two processes work on one server database, its search included', async ({
  shared,
  browser,
}) => {
  const title = 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026';
  const pageA = await browser.newPage();
  const pageB = await browser.newPage();
  const appA = new AppFrame(pageA);
  const appB = new AppFrame(pageB);
  await appA.open(shared.first.url);
  await appB.open(shared.second.url);
  await expect(new ConferencesPage(pageB).heading).toBeVisible();

  // Window A creates a conference through the form.
  const listA = new ConferencesPage(pageA);
  await listA.startNew();
  const form = new ConferenceFormPage(pageA);
  await form.fill({ title, kind: 'Tổng kết', startDate: '20/12/2026' });
  await form.submit();
  await pageA.waitForURL(/#\/conference$/);

  // Window B, served by the other process and left on its list, shows it without being touched:
  // the change crossed between the processes as a NOTIFY.
  const listB = new ConferencesPage(pageB);
  await expect(listB.row(title)).toBeVisible();

  // Window A enters two nominees; window B opens the conference and searches them on the server.
  await appA.goTo('Đối tượng khen thưởng');
  const nomineesA = new NomineesPage(pageA);
  const dialog = new NomineeDialog(pageA);
  for (const [name, unit] of [
    ['Trần Thị Ánh', 'Đảng bộ phường Kỳ Phương'],
    ['Lê Văn Bình', 'Đảng bộ xã Kỳ Hoa'],
  ] as const) {
    await pageA.getByRole('button', { name: 'Thêm đối tượng' }).click();
    await dialog.field('Họ và tên').fill(name);
    await dialog.combo('Đơn vị').fill(unit);
    await dialog.submit('Thêm');
    await expect(nomineesA.row(name)).toBeVisible();
  }
  await listB.open(title);
  await expect(appB.openConferenceTitle()).toHaveText(title);
  await appB.goTo('Đối tượng khen thưởng');
  const nomineesB = new NomineesPage(pageB);
  await expect(nomineesB.counts).toContainText('0 tập thể, 2 cá nhân');
  // The name, then the place: two phrases ("anh", "ky phuong"), counted and paged from one read
  // of the matches.
  await nomineesB.search.fill('ánh kỳ phương');
  await expect(nomineesB.counts).toContainText('0 tập thể, 1 cá nhân');
  await expect(nomineesB.rows()).toHaveCount(1);
  await expect(nomineesB.row('Trần Thị Ánh')).toContainText('Đảng bộ phường Kỳ Phương');
  // One phrase, through the trigram index, written without its marks.
  await nomineesB.search.fill('ky hoa');
  await expect(nomineesB.rows()).toHaveCount(1);
  await expect(nomineesB.row('Lê Văn Bình')).toBeVisible();

  // The backups page says that the server's own backups apply, and how.
  await appB.goTo('Sao lưu dữ liệu');
  const backups = new BackupsPage(pageB);
  await expect(backups.heading).toBeVisible();
  await expect(pageB.getByText('Dữ liệu nằm trên máy chủ PostgreSQL')).toBeVisible();
  const database = new URL(shared.url).pathname.slice(1);
  await expect(pageB.getByLabel('Sao lưu (tạo một tệp .dump):')).toContainText(
    `-d ${database} -Fc -f hoi-nghi-`,
  );
  await expect(pageB.getByRole('button', { name: 'Sao lưu ngay' })).toHaveCount(0);

  // The settings page says where the data is, without the password.
  await appB.goTo('Cài đặt');
  await expect(pageB.getByText('Cơ sở dữ liệu trên máy chủ PostgreSQL')).toBeVisible();
  await expect(pageB.getByText(/^postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\//)).toBeVisible();
  await pageA.close();
  await pageB.close();
});
