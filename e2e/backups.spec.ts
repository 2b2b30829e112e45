import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import { BackupsPage } from './pages/BackupsPage';

const OLD = 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05';
const NEW = 'Hội nghị tổng kết công tác thi đua năm 2026';

test('a backup is restored after confirming, and the restore is undone', async ({
  app,
  page,
  host,
  request,
}) => {
  const api = apiCaller(request, host);
  const backups = new BackupsPage(page);
  await api('conferences.create', { title: OLD, kind: 'so_ket', startsAt: '2021-05-19' });

  await app.goTo('Sao lưu dữ liệu');
  await expect(backups.heading).toBeVisible();
  await backups.backUpNow();
  const manual = backups.row('Sao lưu thủ công');
  await expect(manual).toBeVisible();

  // Something changes after the backup.
  await api('conferences.create', { title: NEW, kind: 'tong_ket', startsAt: '2026-12-20' });

  await backups.viewContents(manual);
  await expect(backups.dialog.getByRole('cell', { name: OLD })).toBeVisible();
  await expect(backups.dialog.getByText(NEW)).toHaveCount(0);
  await backups.dialog.getByRole('button', { name: 'Đóng' }).click();

  await backups.restore(manual);
  await expect(backups.undoButton()).toBeVisible();
  await expect(backups.row('Trước khi khôi phục')).toBeVisible();

  await app.goTo('Danh sách hội nghị');
  await expect(page.getByText(OLD).first()).toBeVisible();
  await expect(page.getByRole('main').getByText(NEW)).toHaveCount(0);

  await backups.undoButton().click();
  await expect(page.getByText('Đã hoàn tác')).toBeVisible();
  await expect(page.getByRole('main').getByText(NEW).first()).toBeVisible();
  await expect(page.getByRole('main').getByText(OLD).first()).toBeVisible();
});

test('a folder that is not a full path is refused with a Vietnamese message', async ({ app, page }) => {
  const backups = new BackupsPage(page);
  await app.goTo('Sao lưu dữ liệu');
  await page.getByRole('button', { name: 'Đổi thư mục' }).click();
  await backups.dialog.getByRole('textbox', { name: 'Đường dẫn thư mục' }).fill('usb/sao-luu');
  await backups.dialog.getByRole('button', { name: 'Lưu thư mục' }).click();
  await expect(backups.dialog.getByRole('alert')).toContainText('Hãy nhập đường dẫn đầy đủ');
  await backups.dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('mặc định', { exact: true })).toBeVisible();
});

test('the page says when automatic copies went to the default folder because the USB drive is gone', async ({
  app,
  page,
  host,
  request,
}) => {
  const api = apiCaller(request, host);
  const usb = join(host.dataDir, 'usb');
  await api('conferences.create', { title: OLD, kind: 'so_ket', startsAt: '2021-05-19' });
  await api('backups.setFolder', { folder: usb });
  // The drive is pulled out while the app is closed; the copy taken on the next start falls back.
  await host.stop();
  rmSync(usb, { recursive: true, force: true });
  writeFileSync(usb, 'không phải thư mục');
  await host.restart();

  await app.open(host.url);
  await app.goTo('Sao lưu dữ liệu');
  const notice = page.getByRole('alert').filter({ hasText: 'Không ghi được vào thư mục sao lưu đã chọn' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Thư mục “${usb}” không dùng được`);
  await expect(notice).toContainText(`thư mục mặc định “${join(host.dataDir, 'backups')}”`);
});

test('a data file found damaged at start is said on every page, and restoring a backup mends it', async ({
  app,
  page,
  host,
  request,
}) => {
  const api = apiCaller(request, host);
  const backups = new BackupsPage(page);
  await api('conferences.create', { title: OLD, kind: 'so_ket', startsAt: '2021-05-19' });
  // Closing takes the copy that will be restored; then many rows, and a page in the middle broken.
  await host.stop();
  damageDataFile(join(host.dataDir, 'hoi-nghi.sqlite'));
  await host.restart();
  await app.open(host.url);

  const alert = page.getByRole('alert').filter({ hasText: 'Tệp dữ liệu bị hỏng' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('không ghi gì vào tệp này');
  await alert.getByRole('link', { name: 'Mở trang Sao lưu' }).click();
  await expect(backups.heading).toBeVisible();

  await backups.restore(backups.row('Khi đóng ứng dụng'));
  await expect(alert).toHaveCount(0);
  await app.goTo('Danh sách hội nghị');
  await expect(page.getByRole('main').getByText(OLD).first()).toBeVisible();
});

/** Adds enough rows to span many pages, then overwrites one page in the middle with noise. */
function damageDataFile(path: string): void {
  const sqlite = new BetterSqlite3(path);
  const insert = sqlite.prepare(
    "insert into conferences (title, title_folded, kind, starts_at, notes, created_at, updated_at) values (?, ?, 'khac', '2022-01-01', ?, 'x', 'x')",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < 500; i++) insert.run(`Hội nghị ${i}`, `hoi nghi ${i}`, 'Ghi chú. '.repeat(30));
  })();
  sqlite.close();
  const pageSize = 4096;
  const pages = statSync(path).size / pageSize;
  const fd = openSync(path, 'r+');
  writeSync(fd, randomBytes(pageSize), 0, pageSize, Math.floor(pages / 2) * pageSize);
  closeSync(fd);
}
