import ExcelJS from 'exceljs';
import { CheckInPage } from './pages/CheckInPage';
import { DelegatesPage } from './pages/DelegatesPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';

/** A small delegate list as a unit would send it: a title, the heading, a group row, NFD text. */
async function delegateList(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đại biểu');
  sheet.addRow(['DANH SÁCH ĐẠI BIỂU']);
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Số ghế', 'Số thẻ']);
  sheet.addRow(['I', 'KHÁCH MỜI']);
  sheet.addRow([1, 'Ông Nguyễn Văn A', 'Bí thư', 'Đảng ủy xã Kỳ Hoa', 'A1', '0123']);
  sheet.addRow([
    2,
    'Bà Đinh Thị Thơm'.normalize('NFD'),
    'Chủ tịch Hội Phụ nữ',
    'Phường Sông Trí',
    'A2',
    '0124',
  ]);
  sheet.addRow([3, 'Ông Trần Đức Long', 'Giám đốc', 'Sở Văn hóa', 'A3', '0125']);
  sheet.addRow([4, 'Bà Lê Thị Hoa', 'Giáo viên', 'Trường THCS Kỳ Hoa', 'B1', '0125']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CONFERENCE = { title: 'Hội nghị tổng kết công tác năm 2024', kind: 'tong_ket', startsAt: '2024-12-20' };

test('imports a delegate list from Excel, leaving out a row whose badge repeats', async ({
  page,
  host,
  request,
  app,
}) => {
  await apiCaller(request, host)('conferences.create', CONFERENCE);
  await page.reload();

  const delegates = new DelegatesPage(page);
  await app.goTo('Đại biểu');
  await expect(delegates.heading).toBeVisible();
  await delegates.importFile('dai-bieu.xlsx', await delegateList());
  // The repeated badge is a problem: that row starts left out and says why.
  const repeated = delegates.importPreview.getByRole('row', { name: /Lê Thị Hoa/ });
  await expect(repeated).toContainText('Số thẻ lặp lại: 0125 (dòng 6)');
  await expect(repeated.getByRole('checkbox', { name: 'Ghi dòng 7' })).not.toBeChecked();
  await delegates.commitButton().click();
  await expect(page.getByText('Đã thêm 3 đại biểu.')).toBeVisible();
  await expect(delegates.table.getByRole('row', { name: /Bà Đinh Thị Thơm/ })).toContainText('KHÁCH MỜI');
  await expect(delegates.table.getByRole('row')).toHaveCount(4);
});

test('checks delegates in by name and by badge, refuses plainly, and undoes one', async ({
  page,
  host,
  request,
  app,
}) => {
  // A dozen check-ins and refusals, each waiting for the live count: more than the default budget.
  test.slow();
  const api = apiCaller(request, host);
  const conference = (await api('conferences.create', CONFERENCE)) as { id: number };
  const people = [
    { honorific: 'ong', fullName: 'Nguyễn Văn A', unitName: 'Đảng ủy xã Kỳ Hoa', badge: '0123' },
    { honorific: 'ba', fullName: 'Đinh Thị Thơm', unitName: 'Phường Sông Trí', badge: '0124' },
    { honorific: 'ong', fullName: 'Trần Đức Long', unitName: 'Sở Văn hóa', badge: '0125' },
  ];
  for (const person of people) await api('delegates.create', { conferenceId: conference.id, ...person });
  await page.reload();

  const desk = new CheckInPage(page);
  await app.goTo('Điểm danh');
  await expect(desk.heading).toBeVisible();
  await expect(desk.box).toBeFocused();
  await expect(desk.attendance()).toHaveText('Có mặt 0/3');

  // By name: a few letters without marks, then Enter on the first result.
  await desk.type('thom');
  await expect(desk.results.getByText('Bà Đinh Thị Thơm')).toBeVisible();
  await desk.box.press('Enter');
  await expect(desk.success).toContainText(/Đã điểm danh: Bà Đinh Thị Thơm – \d\d:\d\d/);
  await expect(desk.attendance()).toHaveText('Có mặt 1/3');
  await expect(desk.box).toHaveValue('');

  // By clicking a result.
  await desk.type('duc lo');
  await desk.results.getByRole('button', { name: 'Điểm danh Ông Trần Đức Long' }).click();
  await expect(desk.success).toContainText('Đã điểm danh: Ông Trần Đức Long');
  await expect(desk.attendance()).toHaveText('Có mặt 2/3');

  // By badge: the scanner types the number and Enter.
  await desk.scan('0123');
  await expect(desk.success).toContainText('Đã điểm danh: Ông Nguyễn Văn A');
  await expect(desk.attendance()).toHaveText('Có mặt 3/3');

  // Refusals are plain and change nothing.
  await desk.scan('0123');
  await expect(desk.refusal).toContainText(/Ông Nguyễn Văn A đã điểm danh lúc \d\d:\d\d/);
  await desk.scan('9999');
  await expect(desk.refusal).toContainText('Không có đại biểu nào mang số thẻ 9999.');
  await expect(desk.attendance()).toHaveText('Có mặt 3/3');

  // Undo one from the latest check-ins.
  await desk.recent.getByRole('button', { name: 'Hoàn tác điểm danh Ông Trần Đức Long' }).click();
  await expect(desk.attendance()).toHaveText('Có mặt 2/3');
  await expect(desk.recent).not.toContainText('Trần Đức Long');
});

test('a delegate changed in another window is not overwritten unseen: the dialog keeps what was typed', async ({
  page,
  host,
  request,
  app,
}) => {
  const api = apiCaller(request, host);
  const conference = (await api('conferences.create', CONFERENCE)) as { id: number };
  const created = (await api('delegates.create', {
    conferenceId: conference.id,
    honorific: 'ong',
    fullName: 'Nguyễn Văn A',
    title: 'Bí thư',
    badge: '0123',
  })) as { id: number; revision: number };
  await page.reload();
  const delegates = new DelegatesPage(page);
  await app.goTo('Đại biểu');
  const dialog = await delegates.edit('Ông Nguyễn Văn A');
  const seat = dialog.getByRole('textbox', { name: 'Số ghế' });
  await seat.fill('B-03');

  // Meanwhile another window changes the delegate's title.
  await api('delegates.update', {
    ...created,
    honorific: 'ong',
    fullName: 'Nguyễn Văn A',
    title: 'Phó Bí thư',
  });

  await dialog.getByRole('button', { name: 'Lưu' }).click();
  const alert = dialog.getByRole('alert').filter({ hasText: 'Bản ghi đã thay đổi' });
  await expect(alert).toContainText('Bản ghi đã được thay đổi ở cửa sổ khác. Tải lại để xem bản mới.');
  await expect(alert).toContainText('Chức vụ: «Phó Bí thư»');
  await expect(seat).toHaveValue('B-03');

  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const row = delegates.table.getByRole('row', { name: /Ông Nguyễn Văn A/ });
  // The whole form is saved as the person saw and confirmed it: their seat and the title it showed.
  await expect(row).toContainText('B-03');
  await expect(row).not.toContainText('Phó Bí thư');
});

test('check-in with no delegates says why and leads to the delegate list', async ({
  page,
  app,
  conferences,
}) => {
  await conferences.createSample();
  const checkIn = new CheckInPage(page);
  await app.goTo('Điểm danh');
  await expect(checkIn.heading).toBeVisible();
  await expect(checkIn.noDelegates).toBeVisible();
  await expect(checkIn.box).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nhập đại biểu từ Excel' })).toBeVisible();
  await page.getByRole('link', { name: 'Đến trang Đại biểu' }).click();
  await expect(new DelegatesPage(page).heading).toBeVisible();
});
