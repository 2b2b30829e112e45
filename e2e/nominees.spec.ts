import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ImportPage } from './pages/ImportPage';
import { NomineeDialog } from './pages/NomineeDialog';
import { NomineesPage } from './pages/NomineesPage';
import { expect, test } from './support/fixtures';
import { KY_ANH_XLSX } from '../tests/fixtures';

/** The shared list with one award form nobody has in the catalogue (row 40, Phạm Kim Hà). */
async function listWithOneProblem(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(KY_ANH_XLSX);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('fixture has no sheet');
  sheet.getCell('F40').value = 'Bằng khen hạng Nhất';
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'ky-anh-co-loi.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

test('import the Kỳ Anh list, fix the flagged row, then find, sort and edit nominees', async ({
  page,
  app,
  conferences,
}, testInfo) => {
  const nominees = new NomineesPage(page);
  const importer = new ImportPage(page);
  const dialog = new NomineeDialog(page);

  await conferences.createSample();
  await app.goTo('Đối tượng khen thưởng');
  await expect(page.getByRole('heading', { name: 'Chưa có đối tượng nào' })).toBeVisible();
  await nominees.startImport();
  await importer.chooseFile(await listWithOneProblem(testInfo.outputDir));

  await expect(importer.summary).toContainText('54 dòng: 23 tập thể, 31 cá nhân');
  await expect(importer.summary).toContainText('1 dòng có lỗi');
  await expect(importer.rows).toContainText(
    'Hình thức khen thưởng không có trong danh mục: “Bằng khen hạng Nhất”',
  );
  await expect(importer.commitButton()).toBeDisabled();

  await importer.fixRow(40);
  await dialog.choose('Hình thức khen thưởng', 'Giấy khen');
  await dialog.submit('Áp dụng');
  await expect(importer.summary).toContainText('Không có lỗi');
  await importer.commitButton().click();

  await expect(page.getByText('Đã ghi 54 đối tượng vào danh sách.')).toBeVisible();
  await expect(nominees.counts).toContainText('23 tập thể, 31 cá nhân');

  await nominees.search.fill('dinh thi thom');
  await expect(nominees.rows()).toHaveCount(1);
  await expect(nominees.row('Đinh Thị Thơm')).toContainText('Đảng bộ Công an thị xã');
  // A unit typed with words left out: "thập đỏ" and "kỳ anh" of Hội Chữ thập đỏ thị xã Kỳ Anh.
  await nominees.search.fill('thập đỏ kỳ anh');
  await expect(nominees.rows()).toHaveCount(1);
  await expect(nominees.row('Nguyễn Hữu Đại')).toBeVisible();
  await nominees.search.fill('');

  await nominees.filter('Loại', 'Cá nhân');
  await expect(nominees.counts).toContainText('0 tập thể, 31 cá nhân');
  await nominees.sortBy('Họ và tên / Tên tập thể');
  // By given name: Cường, Diên, then Đ…
  await expect(nominees.nameButtons().nth(0)).toHaveText('Ngô Ngọc Cường');
  await expect(nominees.nameButtons().nth(1)).toHaveText('Đặng Diên');
  await expect(nominees.row('Phạm Kim Hà')).toContainText('Giấy khen');

  await nominees.edit('Đinh Thị Thơm');
  await dialog.field('Chức vụ').fill('Phó Trưởng Công an thị xã');
  await dialog.submit('Lưu');
  await expect(page.getByText('Đã lưu “Đinh Thị Thơm”.')).toBeVisible();
  await expect(nominees.row('Đinh Thị Thơm')).toContainText('Phó Trưởng Công an thị xã');
});

test('a nominee is added by hand, validated in Vietnamese, then deleted with undo', async ({
  page,
  app,
  conferences,
}) => {
  const nominees = new NomineesPage(page);
  const dialog = new NomineeDialog(page);
  await conferences.createSample();
  await app.goTo('Đối tượng khen thưởng');

  await page.getByRole('button', { name: 'Thêm đối tượng' }).click();
  await dialog.field('Năm sinh hoặc ngày sinh').fill('31/02/1970');
  await dialog.submit('Thêm');
  await expect(dialog.field('Họ và tên')).toHaveAccessibleDescription('Không được để trống');
  await expect(dialog.field('Năm sinh hoặc ngày sinh')).toHaveAccessibleDescription(
    'Ngày giờ không hợp lệ (dd/mm/yyyy)',
  );
  await dialog.field('Họ và tên').fill('Trần Thị Ánh');
  await dialog.field('Năm sinh hoặc ngày sinh').fill('1985');
  await dialog.combo('Đơn vị').fill('Đảng bộ phường Kỳ Phương');
  await dialog.submit('Thêm');
  await expect(nominees.row('Trần Thị Ánh')).toContainText('Đảng bộ phường Kỳ Phương');
  await expect(nominees.counts).toContainText('0 tập thể, 1 cá nhân');

  await page.getByRole('checkbox', { name: 'Chọn Trần Thị Ánh' }).check();
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Chưa có đối tượng nào' })).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(nominees.row('Trần Thị Ánh')).toBeVisible();
});
