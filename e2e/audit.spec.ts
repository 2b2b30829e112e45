import ExcelJS from 'exceljs';
import { AuditPage } from './pages/AuditPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';

const OPERATOR = 'Lê Thị Hoa – Văn phòng';

test('changes are logged with the operator, before and after, and exported', async ({
  page,
  request,
  host,
  app,
  settings,
}) => {
  test.slow();
  const audit = new AuditPage(page);
  // No operator yet: the status line and the audit page ask for one.
  await expect(app.status.getByRole('link', { name: 'Chưa đặt người thao tác' })).toBeVisible();
  await app.goTo('Nhật ký thay đổi');
  await expect(page.getByText('Chưa đặt tên người thao tác')).toBeVisible();

  await app.goTo('Cài đặt');
  await settings.field('Người thao tác').fill(OPERATOR);
  await settings.save('Lưu cài đặt');
  await expect(app.status.getByText(`Người thao tác: ${OPERATOR}`)).toBeVisible();

  // The register's next number goes from 125 to 130, as the secretariat would through Quyết định.
  const api = apiCaller(request, host);
  const register = (await api('registers.create', {
    name: 'Sổ vàng 2021',
    suffix: '/KT',
    nextNumber: 125,
  })) as {
    id: number;
    revision: number;
  };
  await api('registers.update', {
    id: register.id,
    revision: register.revision,
    name: 'Sổ vàng 2021',
    prefix: '',
    suffix: '/KT',
    padding: 0,
    nextNumber: 130,
  });

  await app.goTo('Nhật ký thay đổi');
  await expect(page.getByText('Chưa đặt tên người thao tác')).toHaveCount(0);
  await expect(page.getByText('2 thay đổi')).toBeVisible();
  const changed = audit.row(OPERATOR, 'Sổ vàng', 'Sửa');
  await expect(changed).toHaveCount(1);
  await audit.expand(changed);
  await expect(audit.before()).toContainText('Số tiếp theo: 125');
  await expect(audit.after()).toContainText('Số tiếp theo: 130');
  await expect(audit.after()).toContainText('Tên: Sổ vàng 2021');

  await audit.search('so vang');
  await expect(page.getByText('2 thay đổi')).toBeVisible();
  await audit.search('không có chữ này');
  await expect(page.getByText('Không có thay đổi nào khớp bộ lọc.')).toBeVisible();
  await audit.search('');
  await audit.filterEntity('Sổ vàng');
  await expect(page.getByText('2 thay đổi')).toBeVisible();

  const download = await audit.exportExcel();
  expect(download.suggestedFilename()).toMatch(/^Nhật ký thay đổi - \d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText(/^Đã xuất 2 dòng nhật ký/)).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Nhật ký thay đổi');
  expect(sheet?.getRow(2).getCell(2).value).toBe(OPERATOR);
  expect(sheet?.getRow(2).getCell(3).value).toBe('Sổ vàng');
  expect(sheet?.getRow(2).getCell(4).value).toBe('Sửa');
  expect(String(sheet?.getRow(2).getCell(7).value)).toContain('Số tiếp theo: 130');

  // The web host cannot open folders: it shows where the log files are, to copy.
  await app.goTo('Cài đặt');
  await page.getByRole('button', { name: 'Mở thư mục nhật ký' }).click();
  await expect(page.getByText(/hoi-nghi.*logs|logs$/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sao chép đường dẫn' })).toBeVisible();
});
