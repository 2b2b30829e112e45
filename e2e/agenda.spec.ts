import { execFileSync } from 'node:child_process';
import { AgendaPage, RunPage } from './pages/AgendaPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';

test('builds the programme, reorders it by keyboard, prints it and runs it with the timer', async ({
  page,
  host,
  request,
  app,
}) => {
  test.setTimeout(90_000);
  const api = apiCaller(request, host);
  const fields = {
    title: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05',
    kind: 'so_ket',
    startsAt: '2021-05-19T07:30',
    organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    placeName: 'Kỳ Anh',
  };
  const conference = (await api('conferences.create', fields)) as { id: number };
  await page.reload();
  const agenda = new AgendaPage(page);
  await app.goTo('Chương trình hội nghị');
  await expect(agenda.heading).toBeVisible();

  // An empty programme cannot be run: the message says why.
  await agenda.startRun();
  await expect(page.getByRole('alert')).toContainText('Chương trình hội nghị chưa có mục nào');

  await agenda.addItem({
    title: 'Khai mạc hội nghị',
    kind: 'Khai mạc',
    presenter: 'Đinh Thị Thơm',
    duration: '15',
  });
  // A fraction of a minute is refused under the field and nothing is saved.
  await agenda.addItem(
    {
      title: 'Báo cáo sơ kết 5 năm',
      kind: 'Báo cáo',
      presenter: 'Nguyễn Văn Hải',
      presenterTitle: 'Phó Bí thư Thường trực Thị ủy',
      duration: '2.5',
    },
    false,
  );
  await agenda.save();
  await expect(agenda.dialog).toContainText('Thời lượng phải là số phút nguyên dương');
  // A zero is shown as the mistake it is, never quietly turned into 1.
  await agenda.duration().fill('0');
  await agenda.save();
  await expect(agenda.duration()).toHaveValue('0');
  await expect(agenda.dialog).toContainText('Thời lượng phải là số phút nguyên dương');
  await agenda.duration().fill('30');
  await agenda.save();
  await expect(agenda.dialog).toBeHidden();
  await agenda.addItem({ title: 'Tham luận của xã Kỳ Hoa', kind: 'Tham luận', duration: '10' });

  await agenda.expectOrder(['Khai mạc hội nghị', 'Báo cáo sơ kết 5 năm', 'Tham luận của xã Kỳ Hoa']);
  await expect(agenda.row('Báo cáo sơ kết 5 năm')).toContainText('07:45 – 08:15');
  await expect(agenda.summary).toContainText('08:25');

  // Alt+↑ on the focused row moves it, says so, and the times follow.
  await agenda.moveByKeyboard('Tham luận của xã Kỳ Hoa', 'up');
  await agenda.expectOrder(['Khai mạc hội nghị', 'Tham luận của xã Kỳ Hoa', 'Báo cáo sơ kết 5 năm']);
  await expect(page.getByText('Đã chuyển “Tham luận của xã Kỳ Hoa” đến vị trí 2 trên 3.')).toBeAttached();
  await expect(agenda.row('Tham luận của xã Kỳ Hoa')).toBeFocused();
  await expect(agenda.row('Báo cáo sơ kết 5 năm')).toContainText('07:55 – 08:25');
  await page.reload();
  await agenda.expectOrder(['Khai mạc hội nghị', 'Tham luận của xã Kỳ Hoa', 'Báo cáo sơ kết 5 năm']);

  const pdf = await agenda.printProgramme();
  expect(pdf.suggestedFilename()).toBe('Chương trình - Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05.pdf');
  const text = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], { encoding: 'utf8' });
  expect(text).toContain('CHƯƠNG TRÌNH HỘI NGHỊ');
  expect(text.indexOf('Tham luận của xã Kỳ Hoa')).toBeLessThan(text.indexOf('Báo cáo sơ kết 5 năm'));
  expect(text).toContain('07:55 - 08:25');

  // The run starts now (the core stamps the real time), so the programme is moved to start now:
  // the first item is on time, the second one starts 15 minutes before its plan.
  const now = new Date();
  const clock = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  const { revision } = (await api('conferences.get', { id: conference.id })) as { revision: number };
  await api('conferences.update', {
    id: conference.id,
    revision,
    ...fields,
    startsAt: `2021-05-19T${clock}`,
  });
  // From here the page's clock is one the test can move forward, to make an item overrun.
  await page.clock.install();
  await page.reload();
  await agenda.startRun();
  const run = new RunPage(page);
  await expect(run.heading).toBeVisible();
  await expect(run.current).toContainText('Khai mạc hội nghị');
  await expect(run.current).toContainText('Mục 1/3');
  await expect(run.highlightedRow()).toContainText('Khai mạc hội nghị');
  // The clock ticks each second.
  await expect(run.timer('Đã trôi qua')).toHaveAccessibleName(/Đã trôi qua: 00:0[1-9]/, { timeout: 5_000 });
  await expect(run.current).toContainText('Đúng giờ');

  await page.keyboard.press('ArrowRight');
  await expect(run.current).toContainText('Mục 2/3');
  await expect(run.current).toContainText('Tham luận của xã Kỳ Hoa');
  await expect(run.highlightedRow()).toContainText('Tham luận của xã Kỳ Hoa');
  await expect(run.times.getByRole('row', { name: /Khai mạc hội nghị/ })).not.toContainText('chưa diễn ra');
  // Planned 15 minutes after the first began, started at once: within its length, not "on time".
  await expect(run.current).toContainText(/Sớm 1[45] phút so với chương trình/);
  await expect(run.current).toContainText('Trong thời lượng');
  await expect(run.current).not.toContainText('Đúng giờ');

  // Ten minutes planned: after 9½ it turns amber, after 11 it is red and counts the overrun.
  await page.clock.fastForward('09:30');
  await expect(run.current).toContainText('Sắp hết giờ');
  await expect(run.current).toHaveAttribute('data-timer-state', 'near_end');
  await page.clock.fastForward('01:30');
  await expect(run.current).toContainText('Quá giờ');
  await expect(run.timer('Quá giờ')).toHaveAccessibleName(/Quá giờ: \+01:0\d/);

  await page.keyboard.press('ArrowLeft');
  await expect(run.current).toContainText('Mục 1/3');
  await page.getByRole('button', { name: 'Kết thúc chương trình' }).click();
  await expect(page.getByText('Chương trình đã kết thúc.')).toBeVisible();
  await expect(run.times.getByRole('row', { name: /Báo cáo sơ kết 5 năm/ })).toContainText('chưa diễn ra');
});

test('an item changed in another window is not overwritten unseen: the dialog keeps what was typed', async ({
  page,
  host,
  request,
  app,
}) => {
  const api = apiCaller(request, host);
  const conference = (await api('conferences.create', {
    title: 'Hội nghị tổng kết công tác năm 2023',
    kind: 'tong_ket',
    startsAt: '2023-12-20T08:00',
  })) as { id: number };
  await api('agenda.create', {
    conferenceId: conference.id,
    title: 'Báo cáo tổng kết công tác năm',
    kind: 'bao_cao',
    presenter: 'Nguyễn Văn Hải',
    durationMinutes: 30,
  });
  await page.reload();
  const agenda = new AgendaPage(page);
  await app.goTo('Chương trình hội nghị');
  await agenda.editItem('Báo cáo tổng kết công tác năm');
  await agenda.duration().fill('45');

  // Meanwhile another window gives the item a new presenter.
  const list = (await api('agenda.list', { conferenceId: conference.id })) as {
    items: { id: number; revision: number; title: string; kind: string; durationMinutes: number }[];
  };
  const item = list.items[0];
  if (!item) throw new Error('the programme has no item');
  await api('agenda.update', {
    id: item.id,
    revision: item.revision,
    title: item.title,
    kind: item.kind,
    presenter: 'Lê Văn Tám',
    durationMinutes: item.durationMinutes,
  });

  await agenda.save();
  const alert = agenda.conflictAlert();
  await expect(alert).toContainText('Bản ghi đã được thay đổi ở cửa sổ khác. Tải lại để xem bản mới.');
  await expect(alert).toContainText('Người trình bày: «Lê Văn Tám»');
  await expect(agenda.duration()).toHaveValue('45');
  await expect(agenda.presenter()).toHaveValue('Nguyễn Văn Hải');
  await expect(agenda.row('Báo cáo tổng kết công tác năm')).toContainText('Lê Văn Tám');

  // Saved again, now on the copy the person has seen: what was typed wins.
  await agenda.save();
  await expect(agenda.dialog).toBeHidden();
  const row = agenda.row('Báo cáo tổng kết công tác năm');
  await expect(row).toContainText('Nguyễn Văn Hải');
  await expect(row).toContainText('08:00 – 08:45');
});
