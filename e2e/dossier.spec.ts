import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import PizZip from 'pizzip';
import { DossierPage, DossierWizard } from './pages/DossierPage';
import { VotingPages } from './pages/PollPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import type { WebHost } from './support/web-host';

const POLL = 'Bình xét khen thưởng sơ kết Chỉ thị 05';

/** A Party conference with its council, and a poll over two nominees counted and closed. */
async function arrange(request: APIRequestContext, host: WebHost) {
  const api = apiCaller(request, host);
  const conference = (await api('conferences.create', {
    title: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05',
    kind: 'so_ket',
    startsAt: '2021-05-19',
    organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    placeName: 'Kỳ Anh',
  })) as { id: number };
  const members = ['Nguyễn Văn Khánh', 'Trần Thị Hường', 'Võ Văn Ước'];
  for (const [i, name] of members.entries()) {
    const council = (await api('council.add', {
      conferenceId: conference.id,
      name,
      role: i === 0 ? 'chu_tich' : i === 1 ? 'thu_ky' : 'kiem_phieu',
    })) as { members: { id: number }[] };
    const member = council.members.at(-1);
    if (member) await api('council.setPresence', { id: member.id, presence: 'present' });
  }
  const awards = (await api('awards.list', {})) as { id: number; name: string }[];
  const ids: number[] = [];
  for (const fullName of ['Đinh Thị Thơm', 'Nguyễn Ngọc Ẩn']) {
    const nominee = (await api('nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      unitName: 'Đảng bộ xã Kỳ Hoa',
      awardFormId: awards.find((a) => a.name === 'Giấy khen')?.id ?? null,
    })) as { id: number };
    ids.push(nominee.id);
  }
  const rules = (await api('rules.list', {})) as { id: number; rule: { name: string } }[];
  const ruleId = rules.find((r) => r.rule.name === 'Quá bán tổng số thành viên')?.id;
  type Poll = { id: number; revision: number };
  let poll = (await api('polls.create', {
    conferenceId: conference.id,
    title: POLL,
    ruleId,
    nomineeIds: ids,
  })) as Poll;
  poll = (await api('polls.setState', { id: poll.id, revision: poll.revision, state: 'voting' })) as Poll;
  poll = (await api('polls.setState', { id: poll.id, revision: poll.revision, state: 'counting' })) as Poll;
  poll = (await api('polls.saveCounts', {
    id: poll.id,
    revision: poll.revision,
    counts: {
      ballotsIssued: 3,
      ballotsReturned: 3,
      valid: 3,
      invalid: 0,
      votes: ids.map((nomineeId) => ({ nomineeId, agree: 3, disagree: 0, abstain: 0 })),
    },
  })) as Poll;
  await api('polls.close', { id: poll.id, revision: poll.revision });
}

/** The text of a downloaded .docx's body. */
function docxText(path: string): string {
  const xml = new PizZip(readFileSync(path)).file('word/document.xml')?.asText() ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

test('the council minutes of a closed poll download as a Word file with its names and counts', async ({
  page,
  host,
  request,
  app,
}) => {
  await arrange(request, host);
  await page.reload();
  const voting = new VotingPages(page);
  await app.goTo('Bình xét, bỏ phiếu');
  await voting.openPoll(POLL);
  await page.getByRole('link', { name: 'Lập hồ sơ Word' }).click();

  const dossier = new DossierPage(page);
  await expect(dossier.heading).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Cuộc bỏ phiếu đã kết thúc' })).toHaveValue(POLL);
  await expect(dossier.template('Biên bản họp Hội đồng')).toContainText('Mẫu có sẵn');

  const download = await dossier.download('Biên bản họp Hội đồng');
  expect(download.suggestedFilename()).toBe(`Biên bản họp Hội đồng Thi đua - Khen thưởng - ${POLL}.docx`);
  const path = await download.path();
  const text = docxText(path);
  expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(text).toContain('BAN THƯỜNG VỤ THỊ ỦY KỲ ANH');
  expect(text).toContain('Đinh Thị Thơm');
  expect(text).toContain('Nguyễn Ngọc Ẩn');
  expect(text).toContain('số phiếu phát ra 3 phiếu');
  expect(text).toContain('Trần Thị Hường');
  expect(text).not.toMatch(/[{}]/);

  const proposal = await dossier.download('Tờ trình đề nghị khen thưởng');
  expect(docxText(await proposal.path())).toContain('TỜ TRÌNH');
});

test('the wizard records the decision and writes the folder once, then only rewrites the files', async ({
  page,
  host,
  request,
  app,
}) => {
  await arrange(request, host);
  await page.reload();
  const voting = new VotingPages(page);
  await app.goTo('Bình xét, bỏ phiếu');
  await voting.openPoll(POLL);

  const wizard = new DossierWizard(page);
  await wizard.open();
  await expect(wizard.dialog).toContainText('Đạt: 0 tập thể, 2 cá nhân.');
  await expect(wizard.field('Cơ quan ban hành')).toHaveValue('Ban Thường vụ Thị ủy Kỳ Anh');
  await wizard.field('Số quyết định').fill('126-QĐ/ThU');
  await wizard.run();
  await expect(wizard.dialog).toContainText('Hồ sơ khen thưởng - QĐ 126-QĐ-ThU');
  for (const name of ['Biên bản họp Hội đồng Thi đua - Khen thưởng.docx', 'Quyết định khen thưởng.docx'])
    await expect(wizard.dialog).toContainText(name);
  await wizard.dialog.getByRole('button', { name: 'Đóng', exact: true }).click();

  // A second run finds the decision and gives no number twice.
  await wizard.open();
  await expect(wizard.dialog).toContainText('Quyết định số 126-QĐ/ThU đã khen thưởng đủ');
  await wizard.dialog.getByRole('button', { name: 'Lập lại các văn bản' }).click();
  await expect(wizard.dialog).toContainText('Biên bản họp Hội đồng Thi đua - Khen thưởng (2).docx');
});
