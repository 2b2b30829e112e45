import type { APIRequestContext } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ImportPage } from './pages/ImportPage';
import { NomineesPage } from './pages/NomineesPage';
import { StatisticsPage } from './pages/StatisticsPage';
import { expect, test } from './support/fixtures';
import { apiCaller } from './support/api';
import type { WebHost } from './support/web-host';
import { KY_ANH_XLSX } from '../tests/fixtures';

const EARLIER = 'Hội nghị tổng kết thi đua năm 2023';
const CURRENT = 'Hội nghị tổng kết thi đua năm 2024';

interface Seeded {
  kind: 'tap_the' | 'ca_nhan' | 'ho_gia_dinh';
  fullName: string;
  unitName: string;
  form: string;
  status: 'de_nghi' | 'duoc_duyet' | 'khong_duoc_duyet' | 'rut';
}

/** Two conferences through the HTTP API, as a script would; the later one is left open. */
async function arrange(request: APIRequestContext, host: WebHost) {
  const api = apiCaller(request, host);
  const awards = (await api('awards.list', {})) as { id: number; name: string }[];
  const formId = (name: string) => awards.find((a) => a.name === name)?.id ?? null;
  const add = async (title: string, startsAt: string, nominees: Seeded[]) => {
    const conference = (await api('conferences.create', { title, kind: 'tong_ket', startsAt })) as {
      id: number;
    };
    for (const { form, ...n } of nominees) {
      await api('nominees.create', { conferenceId: conference.id, ...n, awardFormId: formId(form) });
    }
  };
  await add(EARLIER, '2023-12-20', [
    {
      kind: 'ca_nhan',
      fullName: 'Đinh Thị Thơm',
      unitName: 'Đảng bộ xã Kỳ Hoa',
      form: 'Giấy khen',
      status: 'de_nghi',
    },
    {
      kind: 'ca_nhan',
      fullName: 'Hoàng Văn Nam',
      unitName: 'Đảng bộ xã Kỳ Hoa',
      form: 'Giấy khen',
      status: 'de_nghi',
    },
  ]);
  await add(CURRENT, '2024-12-19', [
    {
      kind: 'tap_the',
      fullName: 'Chi bộ Khối dân',
      unitName: 'Chi bộ Khối dân',
      form: 'Bằng khen',
      status: 'duoc_duyet',
    },
    {
      kind: 'ca_nhan',
      fullName: 'Đinh Thị Thơm',
      unitName: 'Đảng bộ xã Kỳ Hoa',
      form: 'Giấy khen',
      status: 'duoc_duyet',
    },
    {
      kind: 'ca_nhan',
      fullName: 'Lê Thị Kim Liên',
      unitName: 'Đảng bộ xã Kỳ Hoa',
      form: 'Giấy khen',
      status: 'duoc_duyet',
    },
    {
      kind: 'ca_nhan',
      fullName: 'Nguyễn Văn Mến',
      unitName: 'Đảng bộ xã Kỳ Hoa',
      form: 'Giấy khen',
      status: 'duoc_duyet',
    },
    {
      kind: 'ca_nhan',
      fullName: 'Bùi Thị Yến',
      unitName: 'Đảng bộ xã Kỳ Hoa',
      form: 'Giấy khen',
      status: 'rut',
    },
  ]);
}

test('the statistics of the open conference, beside an earlier one, exported to Excel', async ({
  page,
  host,
  request,
  app,
}) => {
  await arrange(request, host);
  await page.reload();
  const stats = new StatisticsPage(page);

  await app.goTo('Thống kê');
  await expect(stats.heading).toBeVisible();
  // Someone is approved, so only the approved count: the withdrawn Bùi Thị Yến does not.
  await expect(stats.numbers('Theo loại đối tượng', 'Cá nhân')).toHaveText(['3']);
  await expect(stats.numbers('Theo hình thức khen thưởng', 'Bằng khen')).toHaveText(['1']);
  await expect(stats.numbers('Theo trạng thái', 'Rút')).toHaveText(['1']);
  await expect(stats.numbers('Theo đơn vị', 'Tổng cộng')).toHaveText(['4']);

  await stats.compare(EARLIER);
  await expect(
    stats.table('Theo loại đối tượng').getByRole('columnheader', { name: 'Chênh lệch' }),
  ).toBeVisible();
  await expect(stats.numbers('Theo loại đối tượng', 'Cá nhân')).toHaveText(['3', '2', '+1']);
  await expect(stats.numbers('Theo loại đối tượng', 'Tập thể')).toHaveText(['1', '0', '+1']);
  await expect(stats.numbers('Theo trạng thái', 'Đề nghị')).toHaveText(['0', '2', '−2']);
  await expect(page.getByText(`Hội nghị so sánh: ${EARLIER}`)).toBeVisible();

  const download = await stats.exportExcel();
  expect(download.suggestedFilename()).toBe(`Thống kê - ${CURRENT}.xlsx`);
  await expect(page.getByText(/^Đã lưu tệp thống kê: .*Thống kê - .*\.xlsx$/)).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Thống kê');
  expect(sheet).toBeDefined();
  const cells: unknown[] = [];
  sheet?.eachRow((row) => cells.push(row.getCell(1).value, row.getCell(2).value, row.getCell(3).value));
  expect(cells).toContain(`Thống kê khen thưởng – ${CURRENT}`);
  expect(cells).toContain(`Hội nghị so sánh: ${EARLIER}`);

  await stats.stopComparing();
  await expect(
    stats.table('Theo loại đối tượng').getByRole('columnheader', { name: 'Số lượng' }),
  ).toBeVisible();
  await expect(stats.numbers('Theo loại đối tượng', 'Cá nhân')).toHaveText(['3']);
});

test('the Kỳ Anh collectives count as units, not as "Chưa rõ đơn vị"', async ({ page, app, conferences }) => {
  const nominees = new NomineesPage(page);
  const importer = new ImportPage(page);
  const stats = new StatisticsPage(page);

  await conferences.createSample();
  await app.goTo('Đối tượng khen thưởng');
  await nominees.startImport();
  await importer.chooseFile(KY_ANH_XLSX);
  await expect(importer.summary).toContainText('54 dòng: 23 tập thể, 31 cá nhân');
  await importer.commitButton().click();
  await expect(page.getByText('Đã ghi 54 đối tượng vào danh sách.')).toBeVisible();

  await app.goTo('Thống kê');
  await expect(stats.heading).toBeVisible();
  await expect(stats.numbers('Theo đơn vị', 'Tổng cộng')).toHaveText(['54']);
  // The 23 collectives have no unit in the file: each counts as its own unit.
  await expect(stats.row('Theo đơn vị', 'Chưa rõ đơn vị')).toHaveCount(0);
  // Honoured itself and through two of its members; a collective with no members alone.
  await expect(stats.numbers('Theo đơn vị', 'Đảng bộ Công an thị xã')).toHaveText(['3']);
  await expect(stats.numbers('Theo đơn vị', 'Chi bộ Khối dân')).toHaveText(['6']);
  await expect(stats.numbers('Theo đơn vị', 'Chi bộ thôn 1 xã Sông Trí')).toHaveText(['1']);
  await expect(stats.unitNote).toBeVisible();
});
