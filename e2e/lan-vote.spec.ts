import { devices, type APIRequestContext, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { ElectronicVotingPanel } from './pages/ElectronicVotingPanel';
import { PhoneBallotPage } from './pages/PhoneBallotPage';
import { VotingPages } from './pages/PollPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import type { WebHost } from './support/web-host';

const TITLE = 'Bình xét danh hiệu Lao động tiên tiến';
const PHONES = ['Pixel 5', 'iPhone 12', 'Galaxy S9+', 'iPhone SE', 'Pixel 7'] as const;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A council of seven, all present, and a secret poll in voting over a collective and two people. */
async function arrange(request: APIRequestContext, host: WebHost, quota: number | null = null) {
  const call = apiCaller(request, host);
  const api = async (method: string, data: object) => (await call(method, data)) as Record<string, unknown>;
  const conference = (await api('conferences.createSample', {})) as { id: number };
  const nomineeIds: number[] = [];
  for (const [kind, fullName] of [
    ['tap_the', 'Trường Tiểu học Kỳ Hoa'],
    ['ca_nhan', 'Đinh Thị Thơm'],
    ['ca_nhan', 'Nguyễn Văn Mến'],
  ]) {
    nomineeIds.push(
      ((await api('nominees.create', { conferenceId: conference.id, kind, fullName })) as { id: number }).id,
    );
  }
  const roles = [
    'chu_tich',
    'kiem_phieu',
    'thanh_vien',
    'thanh_vien',
    'thanh_vien',
    'thanh_vien',
    'thanh_vien',
  ];
  for (const [i, role] of roles.entries()) {
    const council = (await api('council.add', {
      conferenceId: conference.id,
      name: `Thành viên ${i + 1}`,
      role,
    })) as {
      members: { id: number }[];
    };
    await api('council.setPresence', { id: council.members.at(-1)?.id ?? 0, presence: 'present' });
  }
  const rules = (await call('rules.list', {})) as {
    id: number;
    rule: { name: string; quota: number | null };
  }[];
  const preset = rules.find((r) => r.rule.name === 'Từ 70% số thành viên dự họp');
  let ruleId = preset?.id;
  if (quota !== null && preset) {
    const copy = { ...preset.rule, name: `Từ 70% số thành viên dự họp, tối đa ${quota}`, quota };
    ruleId = ((await api('rules.save', { rule: copy })) as { id: number }).id;
  }
  const poll = (await api('polls.create', {
    conferenceId: conference.id,
    title: TITLE,
    ruleId,
    nomineeIds,
  })) as {
    id: number;
    revision: number;
  };
  await api('polls.setState', { id: poll.id, revision: poll.revision, state: 'voting' });
}

/** The codes to type by hand, as printed: two lines per slip, joined. */
function printedCodes(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' });
  const found = [
    ...text.matchAll(/([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5})\s+([0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z])\b/g),
  ];
  return found.map((m) => `${m[1]}-${m[2]}`);
}

async function phoneOf(browser: Browser, device: (typeof PHONES)[number]) {
  const { defaultBrowserType: _ignored, ...descriptor } = devices[device];
  const context = await browser.newContext({ ...descriptor, locale: 'vi-VN' });
  return new PhoneBallotPage(await context.newPage());
}

test('five phones vote on a secret poll, two more vote on paper, and the minutes count both', async ({
  page,
  host,
  request,
  app,
  browser,
}) => {
  test.setTimeout(120_000);
  await arrange(request, host);
  await page.reload();
  const voting = new VotingPages(page);
  const evoting = new ElectronicVotingPanel(page);
  await app.goTo('Bình xét, bỏ phiếu');
  await voting.openPoll(TITLE);

  const port = await freePort();
  await evoting.chooseNetwork('127.0.0.1', port);
  const slips = await evoting.printSlips(5);
  const codes = printedCodes(await slips.path());
  expect(codes).toHaveLength(5);
  await evoting.open();
  const url = `http://127.0.0.1:${port}/`;
  await expect(evoting.counter()).toContainText(`Đang nhận phiếu tại ${url}`);
  await expect(evoting.counter()).toContainText('Đã bỏ phiếu 0/5');

  const phones = await Promise.all(PHONES.map((device) => phoneOf(browser, device)));
  const [first, second, third, fourth, fifth] = phones as [PhoneBallotPage, ...PhoneBallotPage[]] &
    PhoneBallotPage[];
  const code = (i: number) => codes[i] ?? '';

  // One camera fails: the code is typed by hand.
  await first.typeCode(url, code(0).toLowerCase());
  await expect(first.section('I. TẬP THỂ')).toBeVisible();
  await expect(first.section('II. CÁ NHÂN')).toBeVisible();
  await first.choose('Trường Tiểu học Kỳ Hoa', 'Đồng ý');
  await first.choose('Đinh Thị Thơm', 'Đồng ý');
  await first.choose('Nguyễn Văn Mến', 'Không đồng ý');
  await first.reviewAndSend();
  await expect(first.receipt()).toContainText(/Phiếu của anh\/chị đã được ghi nhận lúc \d\d:\d\d/);
  await expect(first.receipt()).toContainText(/Mã xác nhận:\s*[0-9A-Z]{3}-[0-9A-Z]{3}/);

  for (const [i, phone] of [second, third, fourth].entries()) {
    await phone?.scan(url, code(i + 1));
    await phone?.choose('Trường Tiểu học Kỳ Hoa', 'Đồng ý');
    await phone?.choose('Đinh Thị Thơm', i === 2 ? 'Không đồng ý' : 'Đồng ý');
    await phone?.reviewAndSend();
    await expect(phone?.receipt() ?? page.locator('none')).toContainText('Mã xác nhận');
  }

  // A slip used again, on another phone: nothing to change.
  await fourth?.scan(url, code(0));
  await expect(fourth?.alert() ?? page.locator('none')).toContainText(
    /Phiếu này đã được sử dụng lúc \d\d:\d\d/,
  );
  await expect(fourth?.page.getByRole('button', { name: 'Gửi phiếu' }) ?? page.locator('none')).toHaveCount(
    0,
  );

  // The fifth phone's answer is lost on the way back; it sends again and gets a receipt, once.
  if (!fifth) throw new Error('no fifth phone');
  await fifth.scan(url, code(4));
  await fifth.choose('Đinh Thị Thơm', 'Đồng ý');
  await fifth.page.route('**/api/gui', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  await fifth.reviewAndSend();
  await expect(fifth.alert()).toContainText('Mất kết nối khi gửi');
  await fifth.page.unroute('**/api/gui');
  await fifth.page.getByRole('button', { name: 'Gửi lại' }).click();
  await expect(fifth.receipt()).toContainText('Mã xác nhận');
  await expect(evoting.counter()).toContainText('Đã bỏ phiếu 5/5');
  await expect(evoting.counter()).toContainText('0 mã sai');
  // The hall sees the count too, on the projector, and nothing of the votes.
  const projector = page.waitForEvent('popup');
  await evoting.project();
  const screen = (await projector).getByRole('region', { name: 'Nội dung màn hình chiếu' });
  await expect(screen).toContainText('Đã bỏ phiếu 5/5');
  await expect(screen).not.toContainText('Đinh Thị Thơm');

  await evoting.close();
  await expect(evoting.counter()).toContainText('Chưa mở nhận phiếu điện tử.');
  await page.getByRole('button', { name: 'Chuyển sang kiểm phiếu' }).click();

  // Two members without phones voted on paper.
  await page.getByRole('tab', { name: 'Nhập từng phiếu' }).click();
  for (const count of [6, 7]) {
    await page
      .getByRole('radiogroup', { name: 'Phiếu cho Nguyễn Văn Mến' })
      .getByText('Đồng ý', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Thêm phiếu này' }).click();
    await expect(page.getByText(`Đã nhập ${count} phiếu.`)).toBeVisible();
  }
  const confirmation = await voting.askToClose(TITLE);
  await confirmation.getByRole('button', { name: 'Kết thúc và công bố', exact: true }).click();
  await expect(page.getByText('Đã kết thúc', { exact: true })).toBeVisible();

  const minutes = await voting.download('Tải biên bản kiểm phiếu');
  const text = execFileSync('pdftotext', ['-layout', await minutes.path(), '-'], { encoding: 'utf8' });
  expect(text).toMatch(/Số phiếu phát ra:\s*7 phiếu/);
  expect(text).toMatch(/Số phiếu thu vào:\s*7 phiếu \(phiếu điện tử: 5; phiếu giấy: 2\)/);
  // Kỳ Hoa 4 + 0 paper, Thơm 4 (phones 1, 2, 3, 5), Mến 0 + 2 paper: of 7 present, 70% is 4.9.
  const row = (name: string) => text.split('\n').find((line) => line.includes(name)) ?? '';
  expect(row('Trường Tiểu học Kỳ Hoa')).toMatch(/\b4\b/);
  expect(row('Đinh Thị Thơm')).toMatch(/\b4\b/);
  expect(row('Nguyễn Văn Mến')).toMatch(/\b2\b/);
  for (const phone of phones) await phone.page.context().close();
});

test('a phone approving more than the quota is stopped before sending, and one too old to seal before marking', async ({
  page,
  host,
  request,
  app,
  browser,
}) => {
  await arrange(request, host, 1);
  await page.reload();
  const voting = new VotingPages(page);
  const evoting = new ElectronicVotingPanel(page);
  await app.goTo('Bình xét, bỏ phiếu');
  await voting.openPoll(TITLE);
  const port = await freePort();
  await evoting.chooseNetwork('127.0.0.1', port);
  const codes = printedCodes(await (await evoting.printSlips(1)).path());
  await evoting.open();

  // A browser without BigInt (Safari before 14) cannot seal: it is told so before marking anything.
  const old = await phoneOf(browser, 'iPhone SE');
  await old.page.addInitScript(() => Reflect.deleteProperty(globalThis, 'BigInt'));
  await old.scan(`http://127.0.0.1:${port}/`, codes[0] ?? '');
  await expect(old.alert()).toContainText('Trình duyệt trên điện thoại này quá cũ để bỏ phiếu điện tử');
  await expect(old.page.getByRole('textbox', { name: 'Mã phiếu' })).toHaveCount(0);
  expect(old.page.url()).not.toContain('#');
  await old.page.context().close();

  const phone = await phoneOf(browser, 'Pixel 5');
  await phone.scan(`http://127.0.0.1:${port}/`, codes[0] ?? '');
  await expect(phone.page.getByText('Đồng ý tối đa 1 người.')).toBeVisible();
  await phone.choose('Đinh Thị Thơm', 'Đồng ý');
  await phone.choose('Nguyễn Văn Mến', 'Đồng ý');
  await expect(phone.alert()).toContainText('Anh/chị đồng ý 2 người, quá số lượng được bầu (1). Hãy bỏ bớt.');
  await phone.page.getByRole('button', { name: 'Xem lại phiếu' }).click();
  await expect(phone.page.getByRole('button', { name: 'Gửi phiếu' })).toHaveCount(0);
  await phone.page.getByRole('button', { name: 'Sửa lại' }).click();
  await phone.choose('Nguyễn Văn Mến', 'Đồng ý');
  await phone.reviewAndSend();
  await expect(phone.receipt()).toContainText('Mã xác nhận');
  await expect(evoting.counter()).toContainText('Đã bỏ phiếu 1/1');
  await phone.page.context().close();
});
