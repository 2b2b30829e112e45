import type { Page } from '@playwright/test';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import { AppFrame } from './pages/AppFrame';
import { BackupsPage } from './pages/BackupsPage';
import { NomineeDialog } from './pages/NomineeDialog';
import { NomineesPage } from './pages/NomineesPage';
import { RecordGuard } from './pages/RecordGuard';

const BEFORE = 'Lê Văn Có';
const TYPED = 'Lê Văn Có (bổ sung hồ sơ)';

interface Nominee {
  id: number;
  revision: number;
  fullName: string;
}

/** A conference (opened) with one nominee, and a backup of it taken in the second window. */
async function setUp(api: ReturnType<typeof apiCaller>) {
  const conference = (await api('conferences.create', {
    title: 'Hội nghị tổng kết công tác thi đua năm 2026',
    kind: 'tong_ket',
    startsAt: '2026-12-20',
  })) as { id: number };
  const nominee = (await api('nominees.create', {
    conferenceId: conference.id,
    kind: 'ca_nhan',
    fullName: BEFORE,
  })) as Nominee;
  return { conferenceId: conference.id, nominee };
}

/** The first window: the nominee list with the nominee's dialog open and a new name typed. */
async function typeInDialog(page: Page, app: AppFrame): Promise<NomineeDialog> {
  const nominees = new NomineesPage(page);
  const dialog = new NomineeDialog(page);
  await app.goTo('Đối tượng khen thưởng');
  await nominees.edit(BEFORE);
  await dialog.field('Họ và tên').fill(TYPED);
  return dialog;
}

/** The second window restores the backup it takes first (named "Sao lưu thủ công"). */
async function restoreInOtherWindow(other: Page, url: string, before: () => Promise<void>) {
  const app = new AppFrame(other);
  const backups = new BackupsPage(other);
  await app.open(url);
  await app.goTo('Sao lưu dữ liệu');
  await backups.backUpNow();
  await before();
  await backups.restore(backups.row('Sao lưu thủ công'));
  // A restore copies, checks and reopens the file: allow it the time a loaded laptop needs.
  await expect(backups.undoButton()).toBeVisible({ timeout: 30_000 });
}

test('a window that missed the restore saves an edit it opened before: refused, typed values kept', async ({
  app,
  page,
  context,
  host,
  request,
}) => {
  const api = apiCaller(request, host);
  const { nominee } = await setUp(api);
  // This window hears nothing from the core, as if its event stream had dropped.
  await page.route('**/api/events**', (route) => route.abort());
  await app.open(host.url);
  const dialog = await typeInDialog(page, app);

  const other = await context.newPage();
  await restoreInOtherWindow(other, host.url, async () => {
    // Another window edits the nominee after the backup; the restore takes it back.
    await api('nominees.update', {
      id: nominee.id,
      revision: nominee.revision,
      kind: 'ca_nhan',
      fullName: BEFORE,
      notes: 'x',
    });
  });

  await dialog.submit('Lưu');
  const guard = new RecordGuard(dialog.dialog);
  await expect(guard.conflict).toContainText(
    'Bản ghi đã được thay đổi ở cửa sổ khác. Tải lại để xem bản mới.',
  );
  await expect(guard.conflict).toContainText('Những gì bạn đã nhập vẫn còn nguyên trong biểu mẫu');
  await expect(guard.conflict).toContainText(`Họ và tên: «${BEFORE}»`);
  await expect(dialog.field('Họ và tên')).toHaveValue(TYPED);
  expect(((await api('nominees.get', { id: nominee.id })) as Nominee).fullName).toBe(BEFORE);

  // Saving again is a choice made on the latest copy, and it is written.
  await dialog.submit('Lưu');
  await expect(dialog.dialog).toBeHidden();
  expect(((await api('nominees.get', { id: nominee.id })) as Nominee).fullName).toBe(TYPED);
});

test('a restore in another window marks an open form stale: nothing is sent until it is reloaded', async ({
  app,
  page,
  context,
  host,
  request,
}) => {
  const api = apiCaller(request, host);
  const { nominee } = await setUp(api);
  await app.open(host.url);
  const dialog = await typeInDialog(page, app);

  const other = await context.newPage();
  await restoreInOtherWindow(other, host.url, () => Promise.resolve());

  const guard = new RecordGuard(dialog.dialog);
  await expect(guard.restored).toBeVisible();
  await expect(dialog.dialog.getByRole('button', { name: 'Lưu', exact: true })).toBeDisabled();
  await expect(dialog.field('Họ và tên')).toHaveValue(TYPED);
  expect(((await api('nominees.get', { id: nominee.id })) as Nominee).fullName).toBe(BEFORE);

  await guard.reloadButton().click();
  await expect(guard.restored).toBeHidden();
  await expect(dialog.field('Họ và tên')).toHaveValue(TYPED);
  await dialog.submit('Lưu');
  await expect(dialog.dialog).toBeHidden();
  expect(((await api('nominees.get', { id: nominee.id })) as Nominee).fullName).toBe(TYPED);
});

test('an edit saved in another window while the dialog is open is not overwritten silently', async ({
  app,
  page,
  host,
  request,
}) => {
  const api = apiCaller(request, host);
  const { nominee } = await setUp(api);
  await app.open(host.url);
  const dialog = await typeInDialog(page, app);
  const nominees = new NomineesPage(page);

  // The other window's change reaches this one (its list shows it) while the dialog is open.
  await api('nominees.update', {
    id: nominee.id,
    revision: nominee.revision,
    kind: 'ca_nhan',
    fullName: 'Lê Văn Có',
    position: 'Bí thư chi bộ',
  });
  await expect(nominees.table).toContainText('Bí thư chi bộ');

  await dialog.submit('Lưu');
  const guard = new RecordGuard(dialog.dialog);
  await expect(guard.conflict).toContainText('Bản ghi đã được thay đổi ở cửa sổ khác.');
  await expect(guard.conflict).toContainText('Chức vụ: «Bí thư chi bộ»');
  await expect(dialog.field('Họ và tên')).toHaveValue(TYPED);
  expect(((await api('nominees.get', { id: nominee.id })) as Nominee).fullName).toBe(BEFORE);
});
