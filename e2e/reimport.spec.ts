import { ImportPage } from './pages/ImportPage';
import { NomineesPage } from './pages/NomineesPage';
import { expect, test } from './support/fixtures';
import { KY_ANH_XLSX } from '../tests/fixtures';

test('importing the Kỳ Anh list twice leaves the rows already there unticked and writes none unless chosen', async ({
  page,
  app,
  conferences,
}, testInfo) => {
  const nominees = new NomineesPage(page);
  const importer = new ImportPage(page);

  await conferences.createSample();
  await app.goTo('Đối tượng khen thưởng');
  await nominees.startImport();
  await importer.chooseFile(KY_ANH_XLSX);
  await importer.commitButton().click();
  await expect(page.getByText('Đã ghi 54 đối tượng vào danh sách.')).toBeVisible();
  await expect(nominees.counts).toContainText('23 tập thể, 31 cá nhân');

  await nominees.startImport();
  await importer.chooseFile(KY_ANH_XLSX);
  await expect(importer.summary).toContainText('54 dòng đã có trong hội nghị');
  await expect(page.getByText('54 dòng đã có trong danh sách hội nghị nên chưa được chọn')).toBeVisible();
  await expect(importer.includeRow(8)).not.toBeChecked();
  await expect(importer.includeRow(37)).not.toBeChecked();
  await expect(importer.commitButton()).toHaveText('Ghi 0 dòng vào danh sách');
  await expect(importer.commitButton()).toBeDisabled();
  // The note is on the row, in the tab shown first, wholly inside the window.
  const note = importer.rows.getByText('Đã có trong danh sách hội nghị').first();
  await expect(note).toBeVisible();
  for (const [width, height] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.getByRole('heading', { name: 'Nhập danh sách từ Excel' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`import-again-${width}.png`) });
    await note.scrollIntoViewIfNeeded();
    await expect(note).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: testInfo.outputPath(`import-again-${width}-rows.png`) });
  }

  await importer.writeAlreadyListed().check();
  await expect(importer.commitButton()).toHaveText('Ghi 54 dòng vào danh sách');
  await expect(
    page.getByText('Trong đó 54 dòng đã có trong hội nghị sẽ được ghi thêm lần nữa.'),
  ).toBeVisible();
  await importer.writeAlreadyListed().uncheck();
  await expect(importer.includeRow(8)).not.toBeChecked();

  // One row chosen on purpose is the only one written.
  await importer.includeRow(8).check();
  await expect(importer.commitButton()).toHaveText('Ghi 1 dòng vào danh sách');
  await importer.commitButton().click();
  await expect(page.getByText('Đã ghi 1 đối tượng vào danh sách.')).toBeVisible();
  await expect(nominees.counts).toContainText('24 tập thể, 31 cá nhân');
});
