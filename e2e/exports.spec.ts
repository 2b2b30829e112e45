import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExportPage } from './pages/ExportPage';
import { ImportPage } from './pages/ImportPage';
import { NomineesPage } from './pages/NomineesPage';
import { expect, test } from './support/fixtures';
import { KY_ANH_XLSX } from '../tests/fixtures';

const text = (value: ExcelJS.CellValue): string => (typeof value === 'string' ? value : String(value ?? ''));

test('the imported Kỳ Anh list, approved, exports to Excel and PDF in the official layout', async ({
  page,
  host,
  app,
  conferences,
}) => {
  test.slow();
  const nominees = new NomineesPage(page);
  const importer = new ImportPage(page);
  const exporter = new ExportPage(page);

  await conferences.createSample();
  await app.goTo('Đối tượng khen thưởng');
  await nominees.startImport();
  await importer.chooseFile(KY_ANH_XLSX);
  await expect(importer.summary).toContainText('54 dòng: 23 tập thể, 31 cá nhân');
  await importer.commitButton().click();
  await expect(page.getByText('Đã ghi 54 đối tượng vào danh sách.')).toBeVisible();

  // Before the council approves anyone, the list attached to a decision is empty: say so.
  await app.goTo('Xuất danh sách');
  await expect(exporter.heading).toBeVisible();
  await exporter.page.getByRole('button', { name: 'Xuất Excel', exact: true }).click();
  await expect(page.getByText(/Không có đối tượng nào phù hợp với lựa chọn/)).toBeVisible();

  // Approve all 54 at once, as the decision does.
  await app.goTo('Đối tượng khen thưởng');
  // "Select all" asks the core for every matching id, so its tick follows a moment later.
  await expect(nominees.counts).toContainText('23 tập thể, 31 cá nhân');
  await page.getByRole('checkbox', { name: 'Chọn tất cả' }).click();
  await expect(page.getByText('Đã chọn 54')).toBeVisible();
  await page.getByRole('combobox', { name: 'Đặt trạng thái' }).click();
  await page.getByRole('option', { name: 'Được duyệt', exact: true }).click();
  await expect(page.getByText('Đã cập nhật 54 đối tượng.')).toBeVisible();

  await app.goTo('Xuất danh sách');
  await exporter
    .field('Tiêu đề danh sách')
    .fill('Danh sách tập thể, cá nhân điển hình tiên tiến được tôn vinh, khen thưởng');
  await exporter.field('Số quyết định').fill('123-QĐ/ThU');
  await exporter.field('Ngày quyết định').fill('19/05/2021');
  await exporter.field('Cơ quan ban hành quyết định').fill('Ban Thường vụ Thị ủy');
  await exporter.field('Thẩm quyền ký').fill('T/M Ban Thường vụ');
  await exporter.field('Chức vụ người ký').fill('Bí thư');
  await exporter.field('Họ tên người ký').fill('Nguyễn Văn A');
  await exporter.field('Tên tệp (không cần phần mở rộng)').fill('Danh sách: khen thưởng 2021?');

  const excel = await exporter.download('Xuất Excel');
  expect(excel.suggestedFilename()).toBe('Danh sách- khen thưởng 2021-.xlsx');
  const saved = page.getByRole('status').filter({ hasText: 'Tệp vừa xuất' });
  await expect(saved).toContainText('Danh sách- khen thưởng 2021-.xlsx');
  await expect(saved).toContainText('Trình duyệt đã tải tệp xuống');
  // The browser got the very bytes the core wrote, by a link rather than through the page.
  const onDisk = readFileSync(join(host.dataDir, 'exports', 'Danh sách- khen thưởng 2021-.xlsx'));
  expect(readFileSync(await excel.path()).equals(onDisk)).toBe(true);
  expect(excel.url()).toMatch(/\/files\/[A-Za-z0-9_-]{24}\?token=/);
  // The link works once: asked again, the host has forgotten it.
  const again = await page.request.get(excel.url());
  expect(again.status()).toBe(404);
  expect(await again.text()).toContain('đã được dùng hoặc đã hết hạn');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await excel.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const cells: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(text(cell.value))));
  expect(cells).toContain('BAN THƯỜNG VỤ THỊ ỦY KỲ ANH');
  expect(cells).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(cells).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC TÔN VINH, KHEN THƯỞNG');
  expect(cells).toContain(
    '(Kèm theo Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021 của Ban Thường vụ Thị ủy)',
  );
  expect(cells).toContain('I. TẬP THỂ');
  expect(cells).toContain('II. CÁ NHÂN');
  expect(cells).toContain('Đinh Thị Thơm');
  expect(cells).toContain('(Danh sách có 23 tập thể và 31 cá nhân)');
  expect(cells).toContain('T/M BAN THƯỜNG VỤ');
  expect(cells).toContain('Nguyễn Văn A');
  const numbers: number[] = [];
  sheet.getColumn(1).eachCell((cell) => {
    if (typeof cell.value === 'number') numbers.push(cell.value);
  });
  expect(numbers).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));

  const pdf = await exporter.download('Xuất PDF');
  const pdfText = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC TÔN VINH, KHEN THƯỞNG');
  expect(pdfText).toContain('Đinh Thị Thơm');
  expect(pdfText).toContain('(Danh sách có 23 tập thể và 31 cá nhân)');

  // The options are remembered for the next export of this conference.
  await page.reload();
  await expect(exporter.field('Số quyết định')).toHaveValue('123-QĐ/ThU');
  await expect(exporter.field('Họ tên người ký')).toHaveValue('Nguyễn Văn A');
});

test('a list without any status chosen is refused before anything is written', async ({
  page,
  host,
  app,
  conferences,
}) => {
  const exporter = new ExportPage(page);
  await conferences.createSample();
  await app.goTo('Xuất danh sách');
  await exporter.status('Được duyệt').uncheck();
  await page.getByRole('button', { name: 'Xuất Excel', exact: true }).click();
  await expect(page.getByText('Không được để trống')).toBeVisible();
  expect(existsSync(join(host.dataDir, 'exports'))).toBe(false);
});
