import type { APIRequestContext } from '@playwright/test';
import { VotingPages } from './pages/PollPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import type { WebHost } from './support/web-host';

const STALE = 'Bản ghi đã được thay đổi ở cửa sổ khác. Tải lại để xem bản mới.';

interface Revised {
  id: number;
  revision: number;
}

/**
 * A council of five, all present, two nominees and a poll over them being counted, made through
 * the HTTP API; `api` is then "another window" working on the same records.
 */
async function arrange(request: APIRequestContext, host: WebHost) {
  const call = apiCaller(request, host);
  const api = async <T>(method: string, data: object) => (await call(method, data)) as T;
  const conference = await api<{ id: number }>('conferences.createSample', {});
  const nominees: number[] = [];
  for (const fullName of ['Đinh Thị Thơm', 'Nguyễn Văn Mến']) {
    const nominee = await api<{ id: number }>('nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      unitName: 'Đảng bộ xã Kỳ Hoa',
    });
    nominees.push(nominee.id);
  }
  for (let i = 0; i < 5; i++) {
    const council = await api<{ members: { id: number }[] }>('council.add', {
      conferenceId: conference.id,
      name: `Thành viên ${i + 1}`,
    });
    const member = council.members.at(-1);
    if (member) await api('council.setPresence', { id: member.id, presence: 'present' });
  }
  const rules = await api<{ id: number; rule: { name: string } }[]>('rules.list', {});
  const ruleId = rules.find((r) => r.rule.name === 'Quá bán tổng số thành viên')?.id;
  let poll = await api<Revised>('polls.create', {
    conferenceId: conference.id,
    title: 'Bình xét đề nghị tặng Giấy khen',
    ruleId,
    nomineeIds: nominees,
  });
  for (const state of ['voting', 'counting']) {
    poll = await api<Revised>('polls.setState', { id: poll.id, revision: poll.revision, state });
  }
  return { api, conferenceId: conference.id, poll, nominees };
}

test('counts typed on an old view of a poll are refused, kept in the form, and saved on the second try', async ({
  page,
  host,
  request,
  app,
}) => {
  const { api, poll, nominees } = await arrange(request, host);
  await page.reload();
  const voting = new VotingPages(page);
  await app.goTo('Bình xét, bỏ phiếu');
  await voting.openPoll('Bình xét đề nghị tặng Giấy khen');

  await voting.fillTotals({ issued: 5, returned: 5, valid: 5, invalid: 0 });
  await voting.fillVotes('Đinh Thị Thơm', 4, 1);
  await voting.fillVotes('Nguyễn Văn Mến', 2, 3);
  // Meanwhile another teller enters a paper ballot in another window.
  await api('polls.addBallot', { id: poll.id, marks: { [String(nominees[0])]: 'agree' } });

  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  const alert = voting.conflictAlert();
  await expect(alert).toContainText(STALE);
  // The latest figures are named beside what was typed, which stays in the form.
  await expect(alert).toContainText('Số phiếu thu vào: «1»');
  await expect(alert).toContainText('Đồng ý: Đinh Thị Thơm: «1»');
  await expect(page.getByRole('textbox', { name: 'Số phiếu thu vào' })).toHaveValue('5');
  await expect(page.getByRole('textbox', { name: 'Đồng ý: Đinh Thị Thơm', exact: true })).toHaveValue('4');

  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã lưu kết quả kiểm phiếu.')).toBeVisible();
  await expect(alert).toBeHidden();
  const row = (name: string) => voting.results().getByRole('row').filter({ hasText: name });
  await expect(row('Đinh Thị Thơm')).toContainText('80,00');
  await expect(row('Nguyễn Văn Mến')).toContainText('Không đạt');
  const saved = await api<{ counts: { ballotsReturned: number } }>('polls.get', { id: poll.id });
  expect(saved.counts.ballotsReturned).toBe(5);
});

test('a council member edited in the dialog after another window renamed them: the typed name wins on the second save', async ({
  page,
  host,
  request,
  app,
}) => {
  const { api, conferenceId } = await arrange(request, host);
  await page.reload();
  const voting = new VotingPages(page);
  await app.goTo('Hội đồng thi đua');

  const dialog = await voting.editMember('Thành viên 3');
  await dialog.getByRole('textbox', { name: 'Họ và tên' }).fill('Võ Thị Sáu');
  await dialog.getByRole('textbox', { name: 'Chức vụ' }).fill('Phó Chủ tịch UBND');
  // Meanwhile another window renames the same member.
  const council = await api<{ members: (Revised & { name: string })[] }>('council.list', { conferenceId });
  const member = council.members.find((m) => m.name === 'Thành viên 3');
  await api('council.update', { id: member?.id, revision: member?.revision, name: 'Trần Thị Bích' });

  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  const alert = voting.conflictAlert();
  await expect(alert).toContainText(STALE);
  await expect(alert).toContainText('Họ và tên: «Trần Thị Bích»');
  await expect(dialog.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue('Võ Thị Sáu');
  await expect(dialog.getByRole('textbox', { name: 'Chức vụ' })).toHaveValue('Phó Chủ tịch UBND');

  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
  const members = page.getByRole('table', { name: 'Thành viên hội đồng' });
  await expect(members.getByRole('row').filter({ hasText: 'Võ Thị Sáu' })).toContainText('Phó Chủ tịch UBND');
  await expect(members).not.toContainText('Trần Thị Bích');
});
