import type { APIRequestContext } from '@playwright/test';
import { DecisionsPage } from './pages/DecisionsPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';
import type { WebHost } from './support/web-host';

/** A conference with approved nominees of two forms, entered lower form first, through the HTTP API. */
async function arrange(request: APIRequestContext, host: WebHost) {
  const api = apiCaller(request, host);
  const awards = (await api('awards.list', {})) as { id: number; name: string }[];
  const formId = (name: string) => awards.find((a) => a.name === name)?.id ?? null;
  const conference = (await api('conferences.create', {
    title: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05',
    kind: 'so_ket',
    startsAt: '2021-05-19',
    organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
    placeName: 'Kỳ Anh',
  })) as { id: number };
  const nominees: [string, string, string][] = [
    ['Đinh Thị Thơm', 'Đảng bộ xã Kỳ Hoa', 'Giấy khen'],
    ['Phạm Văn Hải', 'Dân quân tự vệ', 'Bằng khen'],
    ['Lê Thị Kim Liên', 'Văn phòng Thị ủy', 'Giấy khen'],
  ];
  for (const [fullName, unitName, form] of nominees) {
    await api('nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName,
      unitName,
      awardFormId: formId(form),
      status: 'duoc_duyet',
    });
  }
  // Proposed only: never awarded.
  await api('nominees.create', {
    conferenceId: conference.id,
    kind: 'ca_nhan',
    fullName: 'Ngô Hồng Thơm',
    awardFormId: formId('Giấy khen'),
    status: 'de_nghi',
  });
}

test('a decision numbers the approved honorees in its register, highest form first', async ({
  page,
  host,
  request,
  app,
}) => {
  await arrange(request, host);
  await page.reload();
  const decisions = new DecisionsPage(page);
  await app.goTo('Quyết định khen thưởng');
  await expect(decisions.heading).toBeVisible();

  await decisions.addRegister({ name: 'Sổ vàng 2021', suffix: '/KT', nextNumber: 125 });
  await expect(decisions.registers.getByRole('row', { name: /Sổ vàng 2021/ })).toContainText('125/KT');

  await decisions.addDecision({
    number: '123-QĐ/ThU',
    date: '19/05/2021',
    signerCapacity: 'T/M BAN THƯỜNG VỤ',
    signerTitle: 'BÍ THƯ',
    signerName: 'Nguyễn Văn Khánh',
    register: 'Sổ vàng 2021',
  });
  const row = decisions.decisions.getByRole('row', { name: /123-QĐ\/ThU/ });
  // The issuer came from the conference's organiser.
  await expect(row).toContainText('19/05/2021');
  await expect(row).toContainText('Ban Thường vụ Thị ủy Kỳ Anh');

  await decisions.awardAllApproved();
  await expect(page.getByText('Đã khen thưởng 3 đối tượng; quyết định có 3 khen thưởng.')).toBeVisible();
  await expect(decisions.awardRows()).toHaveCount(3);
  const rows = await decisions
    .awardRows()
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent ?? '')),
    );
  expect(rows).toEqual([
    ['1', 'Phạm Văn Hải', 'Dân quân tự vệ', 'Bằng khen', '125/KT'],
    ['2', 'Đinh Thị Thơm', 'Đảng bộ xã Kỳ Hoa', 'Giấy khen', '126/KT'],
    ['3', 'Lê Thị Kim Liên', 'Văn phòng Thị ủy', 'Giấy khen', '127/KT'],
  ]);
  await expect(row.getByRole('cell').nth(3)).toHaveText('3');
  await expect(decisions.registers.getByRole('row', { name: /Sổ vàng 2021/ })).toContainText('128/KT');

  // Again: nobody new, no number given twice.
  await decisions.awardAllApproved();
  await expect(page.getByText('Mọi đối tượng được duyệt đã có trong quyết định này.')).toBeVisible();
  await expect(decisions.awardRows()).toHaveCount(3);
  await expect(decisions.registers.getByRole('row', { name: /Sổ vàng 2021/ })).toContainText('128/KT');
});
