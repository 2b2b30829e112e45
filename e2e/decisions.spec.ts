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
  return { api, conferenceId: conference.id };
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

  // First the confirmation says which numbers would be given; Escape gives none.
  await decisions.awardAllApproved();
  const confirmation = decisions.awardConfirmation('123-QĐ/ThU');
  await expect(confirmation).toContainText(
    'Cấp 3 số sổ vàng từ 125/KT đến 127/KT (sổ “Sổ vàng 2021”) cho 3 đối tượng được duyệt',
  );
  await expect(confirmation).toContainText('Gồm: 1 Bằng khen, 2 Giấy khen.');
  await expect(confirmation).toContainText('Sau đó số tiếp theo của sổ là 128/KT.');
  await expect(confirmation).toContainText('không bao giờ được dùng lại');
  await expect(confirmation.getByRole('button', { name: 'Hủy', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirmation).toBeHidden();
  await expect(page.getByText('Quyết định chưa khen thưởng ai.')).toBeVisible();
  await expect(decisions.registers.getByRole('row', { name: /Sổ vàng 2021/ })).toContainText('125/KT');
  // Hủy gives none either.
  await decisions.awardAllApproved();
  await confirmation.getByRole('button', { name: 'Hủy', exact: true }).click();
  await expect(confirmation).toBeHidden();
  await expect(page.getByText('Quyết định chưa khen thưởng ai.')).toBeVisible();

  await decisions.awardAllApprovedConfirmed('123-QĐ/ThU', 'Cấp 3 số và khen thưởng');
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

interface StoredDecision {
  id: number;
  revision: number;
  number: string;
  issuer: string;
  signerName: string;
}

test('the decision dialog keeps what was typed when another window changed the decision meanwhile', async ({
  page,
  host,
  request,
  app,
}) => {
  const { api, conferenceId } = await arrange(request, host);
  const listed = async () =>
    ((await api('decisions.list', { conferenceId })) as StoredDecision[]).find(
      (d) => d.number === '123-QĐ/ThU',
    );
  await api('decisions.create', {
    conferenceId,
    number: '123-QĐ/ThU',
    date: '2021-05-19',
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
    signerName: 'Nguyễn Văn Khánh',
  });
  await page.reload();
  const decisions = new DecisionsPage(page);
  await app.goTo('Quyết định khen thưởng');
  const dialog = await decisions.editDecision('123-QĐ/ThU');
  const signer = decisions.field('Họ tên người ký');
  await signer.fill('Trần Thị Lan');

  // Another window changes the issuer of the same decision after this dialog opened.
  const before = await listed();
  if (!before) throw new Error('decision not listed');
  await api('decisions.update', {
    id: before.id,
    revision: before.revision,
    number: before.number,
    date: '2021-05-19',
    issuer: 'Ban Thường vụ Tỉnh ủy Hà Tĩnh',
    signerName: before.signerName,
  });

  await decisions.saveDialog();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Bản ghi đã được thay đổi ở cửa sổ khác. Tải lại để xem bản mới.');
  await expect(alert).toContainText('Cơ quan ban hành: «Ban Thường vụ Tỉnh ủy Hà Tĩnh»');
  await expect(signer).toHaveValue('Trần Thị Lan');
  expect((await listed())?.signerName).toBe('Nguyễn Văn Khánh');

  // Saved again knowing what changed, on the latest copy: what was typed is what is stored.
  await decisions.saveDialog();
  await expect(page.getByText('Đã lưu quyết định 123-QĐ/ThU.')).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(await listed()).toMatchObject({ signerName: 'Trần Thị Lan', issuer: 'Ban Thường vụ Thị ủy Kỳ Anh' });
});

test('the decision dialog: the register just added is chosen, a date that does not exist is named, Escape in the date keeps the dialog, a repeated number is refused', async ({
  page,
  host,
  request,
  app,
}) => {
  const { api, conferenceId } = await arrange(request, host);
  await api('decisions.create', {
    conferenceId,
    number: '123-QĐ/ThU',
    date: '2021-05-19',
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
  });
  await page.reload();
  const decisions = new DecisionsPage(page);
  await app.goTo('Quyết định khen thưởng');
  await decisions.addRegister({ name: 'Sổ vàng 2021', suffix: '/KT', nextNumber: 125 });
  await expect(decisions.registers.getByRole('row', { name: /Sổ vàng 2021/ })).toBeVisible();

  const dialog = await decisions.openNewDecision();
  await expect(dialog.getByRole('combobox', { name: 'Sổ vàng' })).toHaveValue('Sổ vàng 2021');

  await decisions.field('Số quyết định').fill('123-QĐ/ThU');
  const date = decisions.field('Ngày ký');
  await date.click();
  await date.fill('31/02/2021');
  // Escape closes the calendar only: the dialog and what was typed stay.
  await date.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(decisions.field('Số quyết định')).toHaveValue('123-QĐ/ThU');
  await date.press('Tab');
  await expect(date).toHaveValue('31/02/2021');
  await expect(dialog).toContainText('“31/02/2021” không phải là ngày có thật');
  await dialog.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
  await expect(dialog).toContainText('“31/02/2021” không phải là ngày có thật');
  await expect(dialog).not.toContainText('Không được để trống');

  await date.fill('28/05/2021');
  await date.press('Tab');
  await dialog.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
  // Same number, same issuer, same year: refused under the number, nothing added.
  await expect(decisions.field('Số quyết định')).toHaveAccessibleDescription(
    /Đã có quyết định số 123-QĐ\/ThU của Ban Thường vụ Thị ủy Kỳ Anh ngày 19\/05\/2021/,
  );
  expect(await api('decisions.list', { conferenceId })).toHaveLength(1);

  await decisions.field('Số quyết định').fill('124-QĐ/ThU');
  await dialog.getByRole('button', { name: 'Thêm quyết định', exact: true }).click();
  await expect(page.getByText('Đã thêm quyết định 124-QĐ/ThU.')).toBeVisible();
  const added = (
    (await api('decisions.list', { conferenceId })) as { number: string; registerId: number | null }[]
  ).find((d) => d.number === '124-QĐ/ThU');
  expect(added?.registerId).not.toBeNull();
});
