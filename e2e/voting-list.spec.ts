import type { APIRequestContext, Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { NomineesPage } from './pages/NomineesPage';
import { VotingPages } from './pages/PollPage';
import { StagePage } from './pages/StagePage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import type { WebHost } from './support/web-host';

const TITLE = 'Bình xét đề nghị tặng Giấy khen năm 2026';
const COLLECTIVES = [
  'Chi bộ Trường THCS Kỳ Hoa',
  'Ban Tuyên giáo Thị ủy',
  'Đảng bộ phường Kỳ Trinh',
  'Chi bộ Bảo hiểm xã hội thị xã',
  'Văn phòng Thị ủy',
  'Chi bộ Công an phường Hưng Trí',
  'Ủy ban Kiểm tra Thị ủy',
  'Đảng bộ xã Kỳ Hà',
  'Chi bộ Trạm Y tế phường Kỳ Liên',
  'Đoàn Thanh niên thị xã',
  'Hội Chữ thập đỏ thị xã',
  'Ban Dân vận Thị ủy',
  'Chi bộ Trường Mầm non Sông Trí',
  'Đảng bộ phường Kỳ Thịnh',
  'Chi bộ Khối Mặt trận',
];
const PEOPLE = Array.from({ length: 22 }, (_, i) => `Nguyễn Thị Phương Thảo ${i + 1}`);

/**
 * A list as a unit sends it, 15 collectives (not in A–Z order) and 22 individuals, entered mixed,
 * a council of five with no teller, and a poll over all 37 picked in reverse, counted: every third
 * one fails. `close` closes it too.
 */
async function arrange(request: APIRequestContext, host: WebHost, close: boolean) {
  const call = apiCaller(request, host);
  const api = async (method: string, data: object) => (await call(method, data)) as Record<string, unknown>;
  const conference = (await api('conferences.createSample', {})) as { id: number };
  const ids: number[] = [];
  for (let i = 0; i < PEOPLE.length; i++) {
    const person = { kind: 'ca_nhan', fullName: PEOPLE[i], unitName: 'Trường THCS Kỳ Hoa, phường Kỳ Hoa' };
    ids.push((await api('nominees.create', { conferenceId: conference.id, ...person })).id as number);
    if (i < COLLECTIVES.length) {
      const collective = { kind: 'tap_the', fullName: COLLECTIVES[i], unitName: 'Đảng bộ Thị xã Kỳ Anh' };
      ids.push((await api('nominees.create', { conferenceId: conference.id, ...collective })).id as number);
    }
  }
  for (const [i, role] of ['chu_tich', 'thanh_vien', 'thanh_vien', 'thanh_vien', 'thanh_vien'].entries()) {
    const council = (await api('council.add', {
      conferenceId: conference.id,
      name: `Thành viên ${i + 1}`,
      role,
    })) as { members: { id: number }[] };
    const member = council.members.at(-1);
    if (member) await api('council.setPresence', { id: member.id, presence: 'present' });
  }
  const rules = (await api('rules.list', {})) as unknown as { id: number; rule: { name: string } }[];
  const ruleId = rules.find((r) => r.rule.name === 'Từ 70% số thành viên dự họp')?.id;
  type Poll = { id: number; revision: number; nominees: { nomineeId: number }[] };
  let poll = (await api('polls.create', {
    conferenceId: conference.id,
    title: TITLE,
    ruleId,
    nomineeIds: [...ids].reverse(),
  })) as unknown as Poll;
  for (const state of ['voting', 'counting'])
    poll = (await api('polls.setState', { id: poll.id, revision: poll.revision, state })) as unknown as Poll;
  if (!close) return;
  poll = (await api('polls.saveCounts', {
    id: poll.id,
    revision: poll.revision,
    counts: {
      ballotsIssued: 5,
      ballotsReturned: 5,
      valid: 5,
      invalid: 0,
      votes: poll.nominees.map((n, i) => ({
        nomineeId: n.nomineeId,
        agree: i % 3 === 2 ? 2 : 5,
        disagree: i % 3 === 2 ? 3 : 0,
        abstain: 0,
      })),
    },
  })) as unknown as Poll;
  await api('polls.close', { id: poll.id, revision: poll.revision });
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Where each phrase first begins a line, and whether they come in the order given. */
function inOrder(text: string, starts: string[]): number[] {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  return starts.map((start) => lines.findIndex((line) => line.startsWith(start)));
}

/** Text that its box shows whole: not cut off, and on a single line. */
async function expectWhole(locator: Locator): Promise<void> {
  const box = await locator.evaluate((el) => {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    return { overflows: el.scrollWidth > el.clientWidth + 1, lines: tops.size };
  });
  const text = await locator.textContent();
  expect(box.overflows, `${text} is cut off`).toBe(false);
  expect(box.lines, `${text} wraps`).toBe(1);
}

test('ballots, counts and the nominee list follow the list: sections, then the file’s order', async ({
  page,
  host,
  request,
  app,
}) => {
  await arrange(request, host, false);
  await page.reload();
  const voting = new VotingPages(page);

  const nominees = new NomineesPage(page);
  await app.goTo('Đối tượng');
  await expect(nominees.heading).toBeVisible();
  await nominees.orderBy('Theo thứ tự trong danh sách');
  await expect(nominees.nameButtons().first()).toHaveText(COLLECTIVES[0] ?? '');
  await expect(nominees.nameButtons().nth(1)).toHaveText(COLLECTIVES[1] ?? '');

  await app.goTo('Bình xét, bỏ phiếu');
  await voting.openPoll(TITLE);
  const ballots = await voting.download('In phiếu bầu');
  const order = inOrder(pdfText(await ballots.path()), [
    'I. TẬP THỂ',
    `1 ${COLLECTIVES[0]}`,
    `2 ${COLLECTIVES[1]}`,
    `15 ${COLLECTIVES[14]}`,
    'II. CÁ NHÂN',
    `16 ${PEOPLE[0]}`,
    `37 ${PEOPLE[21]}`,
  ]);
  expect(
    order.every((line) => line >= 0),
    JSON.stringify(order),
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);

  const cells = await voting.firstCells(voting.countsTable());
  expect(cells.slice(0, 3)).toEqual(['I. TẬP THỂ', '1', '2']);
  expect(cells[16]).toBe('II. CÁ NHÂN');
  await expect(voting.countsTable().getByRole('row').nth(2)).toContainText(COLLECTIVES[0] ?? '');
});

test('minutes ask for the tellers, then carry dotted lines, disagree votes and written dates', async ({
  page,
  host,
  request,
  app,
}) => {
  await arrange(request, host, true);
  await page.reload();
  const voting = new VotingPages(page);
  await app.goTo('Bình xét, bỏ phiếu');
  await voting.openPoll(TITLE);

  const results = voting.results();
  expect((await voting.firstCells(results)).slice(0, 2)).toEqual(['I. TẬP THỂ', '1']);
  const failed = results.getByRole('row').filter({ hasText: COLLECTIVES[2] ?? '' });
  await expect(failed).toContainText('Không đạt');
  await expectWhole(failed.getByText('Không đạt'));
  await expectWhole(results.getByRole('columnheader', { name: 'Đồng ý', exact: true }));

  await page.getByRole('button', { name: 'Tải biên bản kiểm phiếu' }).click();
  const dialog = voting.tellersDialog();
  await expect(dialog).toContainText('Ban kiểm phiếu');
  await expect(dialog.getByRole('link', { name: 'Mở trang Hội đồng' })).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Lập biên bản, ghi tên bằng tay' }).click();
  const text = pdfText(await (await download).path());
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('1. ………………………………………… – Trưởng ban;');
  expect(flat).not.toContain('Chưa ghi tên');
  // "Không đồng ý" wraps inside its narrow header cell.
  expect(flat).toContain('Đồng ý Không Tỷ lệ % Kết quả đồng ý');
  expect(flat).toMatch(/vào lúc \d{2} giờ \d{2}, ngày \d{2} tháng \d{1,2} năm \d{4}/);
  expect(flat).not.toMatch(/ngày \d{2}\/\d{2}\/\d{4}/);
  expect(flat).toMatch(/3 Đảng bộ phường Kỳ Trinh 2 3 40,00 Không đạt/);
});

test('the hall sees a summary, then the result a page at a time, at one readable size', async ({
  page,
  host,
  request,
}) => {
  await arrange(request, host, true);
  const stage = new StagePage(page);
  await stage.open(host.url);
  const projector = await stage.openProjector();
  await stage.showPoll(TITLE);

  // 37 nominees and their section headings: five pages of ten lines after the summary.
  await expect(stage.onScreen).toHaveText('Đang chiếu: Kết quả biểu quyết · Trang 1/6');
  await expect(projector.content).toContainText('25/37 trường hợp đạt');
  await expect(projector.content).toContainText('Tiêu chuẩn đạt: Từ 70% số thành viên dự họp');
  await expect(projector.content).toContainText('Có mặt 5/5 thành viên: đủ tỷ lệ, kết quả có giá trị');

  await stage.next();
  await expect(stage.onScreen).toHaveText('Đang chiếu: Kết quả biểu quyết · Trang 2/6');
  await expect(projector.content).toContainText('Trang 2/6');
  const rows = projector.pollRows();
  // The column headings, then "I. TẬP THỂ" and nine collectives.
  await expect(rows).toHaveCount(11);
  await expect(rows.nth(1)).toHaveText('I. TẬP THỂ');
  await expect(rows.nth(2)).toContainText(COLLECTIVES[0] ?? '');
  const notPassed = rows
    .filter({ hasText: COLLECTIVES[2] ?? '' })
    .getByRole('cell')
    .last();
  await expect(notPassed).toHaveText('KHÔNG ĐẠT');
  await expectWhole(notPassed);
  // Every line has the same height: a tenth of the table, whatever the number of nominees.
  const heights = await rows.evaluateAll((all) =>
    all.slice(1).map((row) => row.getBoundingClientRect().height),
  );
  expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(1);
  const screenHeight = await projector.page.evaluate<number>('window.innerHeight');
  expect(Math.min(...heights)).toBeGreaterThan(screenHeight / 20);

  await page.keyboard.press('PageDown');
  await expect(projector.content).toContainText('Trang 3/6');
  await expect(projector.pollRows().nth(1)).toHaveText('I. TẬP THỂ (tiếp)');
  for (let i = 0; i < 4; i++) await stage.next();
  await expect(stage.onScreen).toHaveText('Đang chiếu: Kết quả biểu quyết · Trang 6/6');
  await stage.previous();
  await expect(projector.content).toContainText('Trang 5/6');
});
