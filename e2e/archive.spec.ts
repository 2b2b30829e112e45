import { randomBytes } from 'node:crypto';
import { ArchiveDialogs } from './pages/ArchiveDialogs';
import { NomineesPage } from './pages/NomineesPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import { WebHost } from './support/web-host';

const TITLE = 'Hội nghị tổng kết Chỉ thị 05 năm 2021';
const PEOPLE = ['Đinh Thị Thơm', 'Nguyễn Văn Mến', 'Lê Thị Kim Liên'];

test('a conference exported on one laptop is imported on another, with its nominees', async ({
  page,
  request,
  host,
  app,
  conferences,
  overview,
}) => {
  test.slow();
  const archive = new ArchiveDialogs(page);
  const call = apiCaller(request, host);
  const conference = (await call('conferences.create', {
    title: TITLE,
    kind: 'tong_ket',
    startsAt: '2021-05-19',
    organiser: 'Thị ủy Kỳ Anh',
  })) as { id: number };
  for (const fullName of PEOPLE) {
    await call('nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      unitName: 'Đảng bộ xã Kỳ Hoa',
    });
  }
  await call('conferences.open', { id: conference.id });

  await page.goto(`${host.url}#/conference`);
  await expect(overview.title).toHaveText(TITLE);
  const download = await archive.exportOpenConference();
  expect(download.suggestedFilename()).toBe(`Lưu trữ - ${TITLE}.hoinghi`);
  await expect(
    page.getByText(/Đã lưu tệp “Lưu trữ - Hội nghị tổng kết Chỉ thị 05 năm 2021\.hoinghi”/),
  ).toBeVisible();
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);

  const other = await WebHost.start();
  try {
    await app.open(other.url);
    await expect(conferences.heading).toBeVisible();

    // A file that is not an archive is refused in the dialog, and nothing is added.
    await archive.choose({
      name: 'hong.hoinghi',
      mimeType: 'application/octet-stream',
      buffer: randomBytes(4096),
    });
    await expect(archive.dialog.getByRole('alert')).toContainText('không phải tệp hội nghị');
    await archive.close();

    await archive.choose(file);
    await expect(archive.dialog.getByRole('heading', { name: TITLE })).toBeVisible();
    await expect(archive.count('Đối tượng đề nghị khen thưởng')).toHaveText('3');
    await archive.confirm();
    await expect(archive.dialog.getByText(`Đã nhập hội nghị “${TITLE}” với 3 đối tượng.`)).toBeVisible();
    await archive.openImported();
    await expect(overview.title).toHaveText(TITLE);

    await app.goTo('Đối tượng khen thưởng');
    const nominees = new NomineesPage(page);
    await expect(nominees.heading).toBeVisible();
    await expect(nominees.rows()).toHaveCount(3);
    for (const name of PEOPLE) await expect(nominees.row(name)).toBeVisible();

    await app.open(other.url);
    await expect(conferences.row(TITLE)).toHaveCount(1);
  } finally {
    await other.dispose();
  }
});
