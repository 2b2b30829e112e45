import type { APIRequestContext } from '@playwright/test';
import { CeremonyPage } from './pages/CeremonyPage';
import { StagePage } from './pages/StagePage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import type { WebHost } from './support/web-host';

const TITLE = 'Hội nghị tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW';
const AGENDA = [
  ['Báo cáo tổng kết 5 năm thực hiện Chỉ thị 05', 'bao_cao'],
  ['Công bố quyết định khen thưởng', 'khen_thuong'],
] as const;

/** An open conference with approved honorees of two forms, entered lower form first. */
async function arrange(request: APIRequestContext, host: WebHost) {
  const api = apiCaller(request, host);
  const awards = (await api('awards.list', {})) as { id: number; name: string }[];
  const formId = (name: string) => awards.find((a) => a.name === name)?.id ?? null;
  const conference = (await api('conferences.create', {
    title: TITLE,
    kind: 'tong_ket',
    startsAt: '2021-05-19',
    organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
  })) as { id: number };
  await api('conferences.open', { id: conference.id });
  const honorees: [string, string][] = [
    ['Đinh Thị Thơm', 'Giấy khen'],
    ['Phạm Văn Hải', 'Bằng khen'],
    ['Lê Thị Kim Liên', 'Giấy khen'],
    ['Nguyễn Văn Mến', 'Bằng khen'],
    ['Bùi Thị Yến', 'Bằng khen'],
  ];
  for (const [fullName, form] of honorees) {
    await api('nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      unitName: 'Đảng bộ xã Kỳ Hoa',
      awardFormId: formId(form),
      status: 'duoc_duyet',
    });
  }
  for (const [title, kind] of AGENDA) {
    await api('agenda.create', { conferenceId: conference.id, title, kind, durationMinutes: 15 });
  }
  return { api, conferenceId: conference.id };
}

test('the operator drives the projector window through the agenda, ceremony batches and back', async ({
  page,
  request,
  host,
}) => {
  const { api, conferenceId } = await arrange(request, host);
  const stage = new StagePage(page);
  await stage.open(host.url);
  const projector = await stage.openProjector();
  // The new window took the token out of its address bar, and shows the title card first.
  await expect(projector.content).toContainText(TITLE);
  expect(projector.page.url()).not.toContain('token=');

  await stage.show('Chương trình');
  // Before run mode the agenda screen shows the next planned item, with the clock.
  await expect(projector.content).toHaveAttribute('data-screen', 'agenda');
  await expect(projector.content).toContainText(AGENDA[0][0]);
  await expect(projector.content).toContainText(/\d\d:\d\d:\d\d/);
  // Run mode moves on (as the run page does): the projector follows without a touch.
  await api('agenda.start', { conferenceId });
  await api('agenda.next', { conferenceId });
  await expect(projector.content).toContainText(AGENDA[1][0]);

  await stage.showCeremony(2);
  await expect(projector.content).toContainText('Xin mời các đồng chí có tên sau lên nhận khen thưởng');
  await expect(projector.content).toContainText('Bằng khen');
  await expect(projector.names()).toHaveText([/Phạm Văn Hải/, /Nguyễn Văn Mến/]);
  await expect(stage.onScreen).toHaveText('Đang chiếu: Khen thưởng · Đợt 1/3');

  await stage.next();
  await expect(projector.names()).toHaveText([/Bùi Thị Yến/]);
  // The keyboard moves on as the button does.
  await page.keyboard.press('ArrowRight');
  await expect(projector.content).toContainText('Giấy khen');
  await expect(projector.names()).toHaveText([/Đinh Thị Thơm/, /Lê Thị Kim Liên/]);
  // The last batch is the end: "next" stays there.
  await stage.next();
  await expect(stage.onScreen).toHaveText('Đang chiếu: Khen thưởng · Đợt 3/3');

  await stage.previous();
  await expect(projector.names()).toHaveText([/Bùi Thị Yến/]);
  await page.keyboard.press('PageUp');
  await expect(projector.names()).toHaveText([/Phạm Văn Hải/, /Nguyễn Văn Mến/]);
  await stage.previous();
  await expect(projector.content).toHaveAttribute('data-screen', 'agenda');
  await expect(projector.content).toContainText(AGENDA[1][0]);
  await expect(projector.names()).toHaveCount(0);

  await stage.show('Trống');
  await expect(projector.content).toHaveAttribute('data-screen', 'blank');
  await expect(projector.content).not.toContainText(TITLE);

  // A restarted projector window shows the same screen.
  await stage.showCeremony(2);
  await expect(projector.names()).toHaveText([/Phạm Văn Hải/, /Nguyễn Văn Mến/]);
  await projector.page.reload();
  await expect(projector.names()).toHaveText([/Phạm Văn Hải/, /Nguyễn Văn Mến/]);
});

test('the secretariat records who received, who was absent and who received on their behalf', async ({
  page,
  request,
  host,
}) => {
  await arrange(request, host);
  const ceremony = new CeremonyPage(page);
  await ceremony.open(host.url);
  await expect(ceremony.counts).toHaveText('Tổng 5 · Đã nhận 0 · Nhận thay 0 · Vắng 0 · Chưa ghi 5');

  await ceremony.mark('Phạm Văn Hải', 'Đã nhận');
  await expect(ceremony.row('Phạm Văn Hải')).toContainText('Đã nhận');
  await ceremony.mark('Bùi Thị Yến', 'Vắng');
  await expect(ceremony.row('Bùi Thị Yến')).toContainText('Vắng');

  await ceremony.mark('Nguyễn Văn Mến', 'Nhận thay');
  const dialog = ceremony.proxyDialog();
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(dialog).toContainText('Hãy nhập họ tên người nhận thay.');
  await dialog.getByRole('textbox', { name: 'Họ và tên người nhận thay' }).fill('Nguyễn Thị Hoa');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(ceremony.row('Nguyễn Văn Mến')).toContainText('Nhận thay: Nguyễn Thị Hoa');
  await expect(ceremony.counts).toHaveText('Tổng 5 · Đã nhận 1 · Nhận thay 1 · Vắng 1 · Chưa ghi 2');

  await ceremony.row('Bùi Thị Yến').getByRole('button', { name: 'Bỏ ghi nhận' }).click();
  await expect(ceremony.counts).toHaveText('Tổng 5 · Đã nhận 1 · Nhận thay 1 · Vắng 0 · Chưa ghi 3');
});
