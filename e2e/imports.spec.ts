import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ImportPage } from './pages/ImportPage';
import { NomineesPage } from './pages/NomineesPage';
import { expect, test } from './support/fixtures';

const SHOTS = '/tmp/shots-imports';

async function save(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** A list exported by a commendation web app: kinds and award forms as codes, and their lookup sheet. */
async function codedList(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const list = workbook.addWorksheet('Danh sach');
  list.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
  list.addRow(['STT', 'Họ và tên', 'Loại đối tượng', 'Chức vụ', 'Hình thức khen thưởng']);
  list.addRow([1, 'Trường Tiểu học Kỳ Hoa', 'TAPTHE', '', 10]);
  list.addRow([2, 'Gia đình ông Lê Văn Hải', 'HOGIADINH', '', 10]);
  list.addRow([3, 'Đại tá Lê Văn Tiến', 'CANHAN', 'Chỉ huy trưởng Ban Chỉ huy Quân sự thị xã', 20]);
  list.addRow([4, 'Bà Đinh Thị Thơm', 'CANHAN', 'Cán bộ', 20]);
  const lookup = workbook.addWorksheet('Danh muc');
  lookup.addRow(['Mã số', 'Hình thức khen thưởng']);
  lookup.addRow([10, 'Giấy khen']);
  lookup.addRow([20, 'Bằng khen']);
  return save(workbook, dir, 'phan-mem-khen-thuong.xlsx');
}

test('a list with kind and award form codes is read through its lookup sheet', async ({
  page,
  app,
  conferences,
}, testInfo) => {
  const nominees = new NomineesPage(page);
  const importer = new ImportPage(page);
  await conferences.createSample();
  await app.goTo('Đối tượng khen thưởng');
  await nominees.startImport();
  await expect(page.getByText('bấm nút “Ghi … dòng vào danh sách”')).toBeVisible();
  await importer.chooseFile(await codedList(testInfo.outputDir));

  await expect(importer.summary).toContainText('4 dòng: 1 tập thể, 2 cá nhân, 1 hộ gia đình');
  await expect(importer.summary).toContainText('Không có lỗi');
  await importer.tab(/^Tất cả/).click();
  const tien = importer.rows.getByRole('row', { name: /Lê Văn Tiến/ });
  await expect(tien).toContainText('Đại tá, Chỉ huy trưởng Ban Chỉ huy Quân sự thị xã');
  await expect(tien).toContainText('Bằng khen');
  await expect(importer.rows.getByRole('row', { name: /Gia đình ông Lê Văn Hải/ })).toContainText(
    'Giấy khen',
  );
  await page.screenshot({ path: `${SHOTS}/import-codes.png`, fullPage: true });
  await importer.commitButton().click();

  await expect(page.getByText('Đã ghi 4 đối tượng vào danh sách.')).toBeVisible();
  await expect(nominees.row('Lê Văn Tiến')).toContainText('Bằng khen');
  await expect(nominees.row('Trường Tiểu học Kỳ Hoa')).toContainText('Giấy khen');
});

test('a sheet whose name column is not recognised says so and is mapped by hand', async ({
  page,
  app,
  conferences,
}, testInfo) => {
  const nominees = new NomineesPage(page);
  const importer = new ImportPage(page);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow(['STT', 'Người được đề nghị', 'Đơn vị công tác']);
  sheet.addRow([1, 'Nguyễn Văn Mến', 'Xã Kỳ Hoa']);
  sheet.addRow([2, 'Đinh Thị Thơm', 'Đảng bộ Công an thị xã']);

  await conferences.createSample();
  await app.goTo('Đối tượng khen thưởng');
  await nominees.startImport();
  await importer.chooseFile(await save(workbook, testInfo.outputDir, 'cot-la.xlsx'));

  await expect(importer.problem()).toContainText('không tìm thấy cột chứa tên');
  await expect(importer.summary).toContainText('Chưa đọc được dòng nào');
  await page.screenshot({ path: `${SHOTS}/import-no-name-column.png`, fullPage: true });
  await importer.mapColumn('Người được đề nghị', 'Họ và tên / Tên tập thể');
  await expect(importer.summary).toContainText('2 dòng: 0 tập thể, 2 cá nhân');
  await expect(importer.problem()).toBeHidden();
  await expect(importer.commitButton()).toHaveText('Ghi 2 dòng vào danh sách');
});
