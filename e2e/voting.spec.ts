import type { APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { VotingPages } from './pages/PollPage';
import { expect, test } from './support/fixtures';
import { apiCaller } from './support/api';
import type { WebHost } from './support/web-host';

/** Arranges a council and nominees through the HTTP API, as a script would. */
async function arrange(request: APIRequestContext, host: WebHost) {
  const call = apiCaller(request, host);
  const api = async (method: string, data: object) => (await call(method, data)) as Record<string, unknown>;
  const conference = (await api('conferences.createSample', {})) as { id: number };
  const awards = (await api('awards.list', {})) as unknown as { id: number; name: string }[];
  const giayKhen = awards.find((a) => a.name === 'Giấy khen')?.id;
  for (const fullName of ['Đinh Thị Thơm', 'Nguyễn Văn Mến']) {
    await api('nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      awardFormId: giayKhen,
      unitName: 'Đảng bộ xã Kỳ Hoa',
    });
  }
  const roles = ['chu_tich', 'kiem_phieu', 'thanh_vien', 'thanh_vien', 'thanh_vien'];
  for (const [i, role] of roles.entries()) {
    await api('council.add', { conferenceId: conference.id, name: `Thành viên ${i + 1}`, role });
  }
}

test('a council votes on the proposed Giấy khen: presence, ballots, counts, result, minutes', async ({
  page,
  host,
  request,
  app,
}) => {
  await arrange(request, host);
  await page.reload();
  const voting = new VotingPages(page);

  await app.goTo('Hội đồng thi đua');
  await expect(voting.quorumBanner()).toContainText('Có mặt 0/5');
  for (const member of ['Thành viên 1', 'Thành viên 2', 'Thành viên 3', 'Thành viên 4']) {
    await voting.markPresent(member);
  }
  await expect(voting.quorumBanner()).toContainText('Có mặt 4/5 – đủ 2/3');

  await app.goTo('Bình xét, bỏ phiếu');
  await voting.createPoll('Bình xét đề nghị tặng Giấy khen', 'Từ 70% số thành viên dự họp', 'Giấy khen');
  await expect(page.getByRole('heading', { name: 'Bình xét đề nghị tặng Giấy khen' })).toBeVisible();
  // A draft shows who is on its ballot before anything is printed.
  await expect(voting.ballotList().getByRole('row', { name: /Đinh Thị Thơm/ })).toBeVisible();

  const ballots = await voting.download('In phiếu bầu');
  expect(ballots.suggestedFilename()).toMatch(/^Phiếu bầu - .*\.pdf$/);
  const ballotsText = execFileSync('pdftotext', ['-layout', await ballots.path(), '-'], { encoding: 'utf8' });
  expect(ballotsText).toContain('PHIẾU BẦU');
  expect(ballotsText).toContain('Đinh Thị Thơm');

  await page.getByRole('button', { name: 'Bắt đầu bỏ phiếu' }).click();
  await page.getByRole('button', { name: 'Chuyển sang kiểm phiếu' }).click();

  // First a count that does not add up: refused with the reason, nothing saved.
  await voting.fillTotals({ issued: 4, returned: 5, valid: 4, invalid: 0 });
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByRole('alert')).toContainText('Số phiếu thu vào (5) lớn hơn số phiếu phát ra (4).');

  await voting.fillTotals({ issued: 4, returned: 4, valid: 4, invalid: 0 });
  await voting.fillVotes('Đinh Thị Thơm', 3, 1);
  await voting.fillVotes('Nguyễn Văn Mến', 2, 2);
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(voting.results().getByRole('row').filter({ hasText: 'Đinh Thị Thơm' })).toContainText('75,00');
  await expect(voting.results().getByRole('row').filter({ hasText: 'Đinh Thị Thơm' })).toContainText('Đạt');
  await expect(voting.results().getByRole('row').filter({ hasText: 'Nguyễn Văn Mến' })).toContainText(
    'Không đạt',
  );

  // Closing says first what it does; Escape leaves the poll counting.
  let confirmation = await voting.askToClose('Bình xét đề nghị tặng Giấy khen');
  await expect(confirmation).toContainText('Theo quy tắc Từ 70% số thành viên dự họp');
  await expect(confirmation).toContainText('1/2 đối tượng đạt, 1 không đạt.');
  await expect(confirmation).toContainText('1 đối tượng đạt chuyển trạng thái sang “Được duyệt”.');
  await expect(confirmation).toContainText(
    '1 đối tượng không đạt chuyển trạng thái sang “Không được duyệt”.',
  );
  await expect(confirmation).toContainText('Có mặt 4/5 thành viên Hội đồng.');
  await expect(confirmation.getByRole('button', { name: 'Hủy', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirmation).toBeHidden();
  await expect(page.getByText('Đang kiểm phiếu', { exact: true })).toBeVisible();

  confirmation = await voting.askToClose('Bình xét đề nghị tặng Giấy khen');
  await confirmation.getByRole('button', { name: 'Kết thúc và công bố', exact: true }).click();
  await expect(page.getByText('Đã kết thúc', { exact: true })).toBeVisible();

  const minutes = await voting.download('Tải biên bản kiểm phiếu');
  const minutesText = execFileSync('pdftotext', ['-layout', await minutes.path(), '-'], { encoding: 'utf8' });
  expect(minutesText).toContain('BIÊN BẢN KIỂM PHIẾU');
  expect(minutesText).toMatch(/Số phiếu hợp lệ:\s*4/);
  expect(minutesText).toContain('75,00');

  await page.getByRole('link', { name: 'Trình chiếu kết quả' }).click();
  const screen = page.getByRole('region', { name: 'KẾT QUẢ BỎ PHIẾU' });
  await expect(screen.getByRole('heading', { name: 'Kết quả biểu quyết' })).toBeVisible();
  await expect(screen).toContainText('1/2 trường hợp đạt');
  await page.keyboard.press('Escape');

  await app.goTo('Đối tượng khen thưởng');
  await expect(page.getByRole('row').filter({ hasText: 'Đinh Thị Thơm' })).toContainText('Được duyệt');
});

test('a rule preset is copied with its own threshold, and ballots are counted one by one', async ({
  page,
  host,
  request,
  app,
}) => {
  await arrange(request, host);
  await page.reload();
  const voting = new VotingPages(page);
  await app.goTo('Hội đồng thi đua');
  for (const member of ['Thành viên 1', 'Thành viên 2', 'Thành viên 3']) await voting.markPresent(member);
  await expect(voting.quorumBanner()).toContainText('Có mặt 3/5 – chưa đủ 2/3');
  await voting.markPresent('Thành viên 4');

  await app.goTo('Bình xét, bỏ phiếu');
  await page.getByRole('button', { name: 'Sao chép quy tắc “Từ 70% số thành viên dự họp”' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Tên quy tắc' }).fill('Từ 75% số thành viên dự họp');
  await dialog.getByRole('textbox', { name: 'Tỷ lệ đạt: tử số' }).fill('75');
  await dialog.getByRole('button', { name: 'Lưu quy tắc' }).click();
  await expect(page.getByRole('table', { name: 'Các quy tắc biểu quyết' })).toContainText('≥ 75/100');

  await voting.createPoll('Bình xét theo từng phiếu', 'Từ 75% số thành viên dự họp', 'Giấy khen');
  await page.getByRole('button', { name: 'Bắt đầu bỏ phiếu' }).click();
  await page.getByRole('button', { name: 'Chuyển sang kiểm phiếu' }).click();
  await page.getByRole('tab', { name: 'Nhập từng phiếu' }).click();
  for (let i = 0; i < 3; i++) {
    await page
      .getByRole('radiogroup', { name: 'Phiếu cho Đinh Thị Thơm' })
      .getByText('Đồng ý', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Thêm phiếu này' }).click();
    await expect(page.getByText(`Đã nhập ${i + 1} phiếu.`)).toBeVisible();
  }
  await page.getByRole('checkbox', { name: 'Phiếu không hợp lệ' }).check();
  await page.getByRole('button', { name: 'Thêm phiếu này' }).click();
  await expect(page.getByText('Đã nhập 4 phiếu.')).toBeVisible();
  // 3 agree of 4 present is exactly 75 %: passes at "≥ 75%".
  await expect(voting.results().getByRole('row').filter({ hasText: 'Đinh Thị Thơm' })).toContainText('Đạt');
  await expect(voting.results().getByRole('row').filter({ hasText: 'Nguyễn Văn Mến' })).toContainText(
    'Không đạt',
  );
});
