import ExcelJS from 'exceljs';
import { AwardsPage } from './pages/AwardsPage';
import { DecisionsPage } from './pages/DecisionsPage';
import { RewardMoney } from './pages/RewardMoney';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';

test('a coefficient set on a form gives the decision its reward money, and the payment list downloads with it', async ({
  page,
  host,
  request,
  app,
}) => {
  const api = apiCaller(request, host);
  const awards = (await api('awards.list', {})) as { id: number; name: string }[];
  const formId = (name: string) => awards.find((a) => a.name === name)?.id ?? null;
  const conference = (await api('conferences.create', {
    title: 'Hội nghị tổng kết công tác thi đua năm 2024',
    kind: 'tong_ket',
    startsAt: '2025-01-10',
    organiser: 'Ủy ban nhân dân thị xã Kỳ Anh',
    placeName: 'Kỳ Anh',
  })) as { id: number };
  for (const [fullName, unitName, form] of [
    ['Đinh Thị Thơm', 'Trường Tiểu học Kỳ Phương', 'Giấy khen'],
    ['Phạm Văn Hải', 'Dân quân tự vệ', 'Lao động tiên tiến'],
  ] as const) {
    await api('nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      unitName,
      awardFormId: formId(form),
      status: 'duoc_duyet',
    });
  }
  await page.reload();
  const money = new RewardMoney(page);

  // The shipped base salaries are listed with the decree that set them.
  await app.goTo('Cài đặt');
  await expect(money.salaryRow('01/07/2024')).toContainText('2.340.000');
  await expect(money.salaryRow('01/07/2024')).toContainText('Nghị định 73/2024/NĐ-CP');

  // Giấy khen ships without a coefficient (the decree ties it to who confers it): the office sets one.
  const catalogue = new AwardsPage(page);
  await app.goTo('Hình thức khen thưởng');
  await expect(catalogue.cell('Giấy khen', 'Tiền thưởng (hệ số)')).toHaveText('Chưa đặt');
  await expect(catalogue.cell('Lao động tiên tiến', 'Tiền thưởng (hệ số)')).toHaveText(
    'Cá nhân: 0,3Tập thể: –',
  );
  await catalogue.edit('Giấy khen');
  await expect(page.getByRole('dialog')).toContainText('Chưa ghi căn cứ cho hệ số.');
  await money.fillCoefficients({
    individual: '0,15',
    collective: '0,3',
    source: 'Quy chế thi đua, khen thưởng của UBND thị xã, Điều 20',
  });
  await expect(page.getByRole('dialog')).not.toContainText('Chưa ghi căn cứ cho hệ số.');
  await catalogue.submit('Lưu');
  await expect(catalogue.cell('Giấy khen', 'Tiền thưởng (hệ số)')).toHaveText('Cá nhân: 0,15Tập thể: 0,3');

  // The decision of 15/01/2025 uses the base salary then in force: 2,340,000 đ.
  const decisions = new DecisionsPage(page);
  await app.goTo('Quyết định khen thưởng');
  await decisions.addDecision({ number: '15/QĐ-UBND', date: '15/01/2025' });
  await decisions.awardAllApprovedConfirmed('15/QĐ-UBND', 'Khen thưởng 2 đối tượng');
  await expect(decisions.awardRows()).toHaveCount(2);
  await expect(decisions.awardRows().filter({ hasText: 'Phạm Văn Hải' })).toContainText('710.000');
  await expect(decisions.awardRows().filter({ hasText: 'Đinh Thị Thơm' })).toContainText('360.000');
  // 0,3 × 2,340,000 = 702,000 and 0,15 × 2,340,000 = 351,000, each rounded up to 10,000 đ.
  await expect(page.getByText('2 khen thưởng kèm tiền thưởng, tổng cộng 1.070.000 đồng.')).toBeVisible();
  await expect(page.getByText('Bằng chữ: Một triệu không trăm bảy mươi nghìn đồng')).toBeVisible();

  const download = await money.exportPaymentList();
  expect(download.suggestedFilename()).toBe('Danh sách nhận tiền thưởng - QĐ 15-QĐ-UBND.xlsx');
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const amounts: unknown[] = [];
  const texts: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (Number(cell.col) === 5 && typeof cell.value === 'number') amounts.push(cell.value);
      if (typeof cell.value === 'string') texts.push(cell.value);
    }),
  );
  // Giấy khen (rank 700) is listed before Lao động tiên tiến (600), as in the decision.
  expect(amounts).toEqual([360_000, 710_000, 1_070_000]);
  expect(texts).toContain('Phạm Văn Hải');
  expect(texts).toContain('Bằng chữ: Một triệu không trăm bảy mươi nghìn đồng');

  // Changing the coefficient afterwards changes nothing already issued.
  await app.goTo('Hình thức khen thưởng');
  await catalogue.edit('Giấy khen');
  await money.fillCoefficients({ individual: '1' });
  await catalogue.submit('Lưu');
  await expect(catalogue.cell('Giấy khen', 'Tiền thưởng (hệ số)')).toHaveText('Cá nhân: 1,0Tập thể: 0,3');
  await app.goTo('Quyết định khen thưởng');
  await expect(page.getByText('2 khen thưởng kèm tiền thưởng, tổng cộng 1.070.000 đồng.')).toBeVisible();
});
