import type { APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { CertificatesPage } from './pages/CertificatesPage';
import { DecisionsPage } from './pages/DecisionsPage';
import { TemplateEditorPage, TemplatesPage } from './pages/TemplateEditorPage';
import { apiCaller } from './support/api';
import { approvedKyAnh } from './support/ky-anh';
import { expect, test } from './support/fixtures';
import type { WebHost } from './support/web-host';

const SHIPPED = 'Giấy khen (tiêu đề Đảng)';
const COPY = 'Giấy khen Kỳ Anh 2021';

interface Award {
  id: number;
  fullName: string;
  honorific: 'ong' | 'ba' | null;
  awardFormRank: number;
  registerNumber: string;
}

/** The sample conference with the Kỳ Anh fixture's 54 honorees, all approved, through the HTTP API. */
async function arrange(request: APIRequestContext, host: WebHost) {
  const api = apiCaller(request, host);
  const { conferenceId, nomineeIds } = await approvedKyAnh(api);
  expect(nomineeIds).toHaveLength(54);
  return { api, conferenceId };
}

const pdfPages = (path: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
const pageText = (path: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, ' ')
    .normalize('NFC');

test('a copied template, adjusted in millimetres, prints the 54 certificates in rank order', async ({
  page,
  host,
  request,
  app,
}) => {
  test.setTimeout(180_000);
  const { api, conferenceId } = await arrange(request, host);
  await page.reload();

  // The award decision for all 54, numbered in a register, recorded as the secretariat would.
  const decisions = new DecisionsPage(page);
  await app.goTo('Quyết định khen thưởng');
  await expect(decisions.heading).toBeVisible();
  await decisions.addRegister({ name: 'Sổ vàng năm 2021', suffix: '/KT', nextNumber: 125 });
  await expect(decisions.registers.getByRole('row', { name: /Sổ vàng năm 2021/ })).toContainText('125/KT');
  await decisions.addDecision({
    number: '123-QĐ/ThU',
    date: '19/05/2021',
    issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
    signerCapacity: 'T/M BAN THƯỜNG VỤ',
    signerTitle: 'BÍ THƯ',
    signerName: 'Võ Hồng Hải',
    register: 'Sổ vàng năm 2021',
  });
  await expect(decisions.decisions.getByRole('row', { name: /123-QĐ\/ThU/ })).toBeVisible();
  await decisions.awardAllApprovedConfirmed('123-QĐ/ThU', 'Cấp 54 số và khen thưởng');
  await expect(page.getByText('Đã khen thưởng 54 đối tượng; quyết định có 54 khen thưởng.')).toBeVisible();
  const [decision] = (await api('decisions.list', { conferenceId })) as { id: number }[];
  const awards = (await api('decisions.awards', { id: decision?.id ?? 0 })) as Award[];
  expect(awards).toHaveLength(54);

  // Copy the shipped template: the app opens the copy in the editor.
  const templates = new TemplatesPage(page);
  await app.goTo('Mẫu giấy khen');
  await expect(templates.heading).toBeVisible();
  await templates.copy(SHIPPED, COPY);
  const editor = new TemplateEditorPage(page);
  await expect(editor.heading(COPY)).toBeVisible();
  await expect(editor.fieldLines('recipient').first()).toBeVisible();

  // The recipient: a larger size and lower on the sheet; the preview follows.
  await editor.field('Người nhận').click();
  await editor.setNumber('Cỡ chữ (pt)', 26);
  await editor.setNumber('Y (mm)', 75);
  await expect(editor.fieldBox('recipient')).toHaveAttribute('y', '75');
  await expect
    .poll(async () => Number(await editor.fieldLines('recipient').first().getAttribute('font-size')))
    .toBeCloseTo((26 * 25.4) / 72, 3);

  // An arrow key nudges the selected field by half a millimetre; undo takes it back.
  await editor.field('Người nhận').focus();
  await page.keyboard.press('ArrowDown');
  await expect(editor.number('Y (mm)')).toHaveValue('75.5');
  await editor.button('Hoàn tác').click();
  await expect(editor.number('Y (mm)')).toHaveValue('75');

  // Dragging moves the box in half millimetres, and the whole drag is one undo step.
  await editor.dragField('recipient', 0, 40);
  await expect(editor.number('Y (mm)')).not.toHaveValue('75');
  const dragged = Number(await editor.number('Y (mm)').inputValue());
  expect(dragged).toBeGreaterThan(75);
  expect(dragged * 2).toBe(Math.round(dragged * 2));
  await editor.button('Hoàn tác').click();
  await expect(editor.number('Y (mm)')).toHaveValue('75');
  await editor.save();

  const saved = (await api('templates.list', {})) as {
    id: number;
    name: string;
    version: number;
    fields: { key: string; y: number; size: number }[];
  }[];
  const copy = saved.find((t) => t.name === COPY);
  const recipient = copy?.fields.find((f) => f.key === 'recipient');
  expect(recipient).toMatchObject({ y: 75, size: 26 });
  expect(copy?.version).toBeGreaterThan(1);

  // The batch: the copied template, every award of the decision, highest form first.
  const certificates = new CertificatesPage(page);
  await app.goTo('In giấy khen');
  await expect(certificates.heading).toBeVisible();
  await certificates.choose('Mẫu giấy khen', COPY);
  await expect(certificates.rows()).toHaveCount(54);
  expect(await certificates.names()).toEqual(awards.map((a) => a.fullName));
  // Nothing is printed yet: each row offers to print it, none to print it again.
  await expect(certificates.table.getByRole('button', { name: /^In lại giấy khen của / })).toHaveCount(0);
  await expect(certificates.rowPrintButton(awards[0]?.fullName ?? '', false)).toBeVisible();

  // Whether the app will ask before printing depends on the fixture's longest names.
  const check = (await api('certificates.check', { conferenceId, templateId: copy?.id })) as {
    count: number;
    problems: unknown[];
  };
  expect(check.count).toBe(54);
  const download = await certificates.print({ expectProblems: check.problems.length > 0 });
  await expect(page.getByText(/^Đã in 54 giấy khen: .*\.pdf$/)).toBeVisible();
  const path = await download.path();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  // One page per award, in the decision's certificate order, and ranks never go up.
  expect(pdfPages(path)).toBe(54);
  for (let i = 1; i < awards.length; i++) {
    expect(awards[i]?.awardFormRank ?? 0).toBeLessThanOrEqual(awards[i - 1]?.awardFormRank ?? 0);
  }
  for (const [index, award] of awards.entries()) {
    const text = pageText(path, index + 1);
    expect(text, `page ${index + 1}`).toContain(award.fullName.normalize('NFC'));
    expect(text, `page ${index + 1}`).toContain(award.registerNumber);
  }

  // Every row now says it was printed once.
  await expect(certificates.rows().filter({ hasText: '1 lần' })).toHaveCount(54);

  // A jammed sheet: reprint just that one certificate.
  const first = awards[0];
  if (!first) throw new Error('no award');
  const one = (await api('certificates.check', {
    conferenceId,
    templateId: copy?.id,
    awardIds: [first.id],
  })) as { problems: unknown[] };
  const reprint = await certificates.reprint(first.fullName, { expectProblems: one.problems.length > 0 });
  const reprinted = await reprint.path();
  expect(pdfPages(reprinted)).toBe(1);
  expect(pageText(reprinted, 1)).toContain(first.fullName.normalize('NFC'));
  await expect(certificates.rows().first()).toContainText('2 lần');
});

interface StoredTemplate {
  id: number;
  name: string;
  version: number;
  revision: number;
  page: object;
  partyHeader: boolean;
  fields: { key: string; y: number }[];
  printBackground: boolean;
  offset: object;
}

test('a template saved from an editor opened before another window changed it is refused, then saved on purpose', async ({
  page,
  host,
  request,
  app,
}) => {
  const api = apiCaller(request, host);
  const shipped = ((await api('templates.list', {})) as StoredTemplate[]).find((t) => t.name === SHIPPED);
  const copy = (await api('templates.copy', { id: shipped?.id, name: COPY })) as StoredTemplate;

  const templates = new TemplatesPage(page);
  await app.goTo('Mẫu giấy khen');
  await templates.open(COPY);
  const editor = new TemplateEditorPage(page);
  await expect(editor.heading(COPY)).toBeVisible();
  await editor.field('Người nhận').click();
  await editor.setNumber('Y (mm)', 80);

  // Another window moves the same field elsewhere and renames the template, and saves first.
  const { name: _n, page: sheet, partyHeader, fields, printBackground, offset } = copy;
  const other = (await api('templates.save', {
    id: copy.id,
    revision: copy.revision,
    body: {
      name: 'Giấy khen đổi ở cửa sổ khác',
      page: sheet,
      partyHeader,
      printBackground,
      offset,
      fields: fields.map((f) => (f.key === 'recipient' ? { ...f, y: 60 } : f)),
    },
  })) as StoredTemplate;

  // This editor's save is refused: the notice says why and what the other window changed,
  // and what was typed here is still on screen.
  await editor.button('Lưu').click();
  await expect(editor.conflict).toBeVisible();
  await expect(editor.conflict).toContainText(
    'Bản ghi đã được thay đổi ở cửa sổ khác. Tải lại để xem bản mới.',
  );
  await expect(editor.conflict).toContainText('Tên mẫu: «Giấy khen đổi ở cửa sổ khác»');
  await expect(editor.conflict).toContainText('Các trường khác vị trí hoặc định dạng: «Người nhận»');
  await expect(editor.number('Y (mm)')).toHaveValue('80');
  await expect(editor.fieldBox('recipient')).toHaveAttribute('y', '80');
  await expect(editor.heading(COPY)).toBeVisible();
  const kept = (await api('templates.get', { id: copy.id })) as StoredTemplate;
  expect(kept).toMatchObject({ name: 'Giấy khen đổi ở cửa sổ khác', revision: other.revision });
  expect(kept.fields.find((f) => f.key === 'recipient')?.y).toBe(60);

  // Saving again, having seen the other version, keeps what was typed here.
  await editor.save();
  await expect(editor.conflict).toBeHidden();
  const saved = (await api('templates.get', { id: copy.id })) as StoredTemplate;
  expect(saved).toMatchObject({ name: COPY, version: other.version + 1 });
  expect(saved.fields.find((f) => f.key === 'recipient')?.y).toBe(80);
});

test('at 1024 × 768 a clicked field moves with the arrow keys beside its properties, under the decision’s signer', async ({
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
    signerCapacity: 'T/M BAN THƯỜNG VỤ',
    signerTitle: 'BÍ THƯ',
    signerName: 'Võ Hồng Hải',
    placeName: 'Kỳ Anh',
  });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.reload();

  const templates = new TemplatesPage(page);
  await app.goTo('Mẫu giấy khen');
  await templates.copy(SHIPPED, COPY);
  const editor = new TemplateEditorPage(page);
  await expect(editor.heading(COPY)).toBeVisible();

  // The sample is shown under the conference's decision: its signer, not an invented one.
  await expect(editor.subject).toHaveValue('Người nhận mẫu, theo quyết định 123-QĐ/ThU');
  await expect(editor.fieldLines('signerName')).toHaveText(['Võ Hồng Hải']);

  // The properties stay beside the sheet, not below it.
  const sheet = await editor.preview.boundingBox();
  const properties = await editor.properties.boundingBox();
  expect(properties?.x ?? 0).toBeGreaterThan((sheet?.x ?? 0) + (sheet?.width ?? 0));
  expect(properties?.y ?? Infinity).toBeLessThan((sheet?.y ?? 0) + (sheet?.height ?? 0));

  // A mouse click selects a field and the arrow keys then move it: 0.5 mm, 5 mm with Shift.
  await editor.field('Người ký').click();
  await expect(editor.field('Người ký')).toHaveAttribute('aria-pressed', 'true');
  const x = Number(await editor.number('X (mm)').inputValue());
  const y = Number(await editor.number('Y (mm)').inputValue());
  await page.keyboard.press('ArrowUp');
  await expect(editor.number('Y (mm)')).toHaveValue(String(y - 0.5));
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(editor.number('X (mm)')).toHaveValue(String(x - 5));
  await expect(editor.fieldBox('signerName')).toHaveAttribute('x', String(x - 5));

  // One run of arrow presses is one undo step, like a drag.
  await editor.button('Hoàn tác').click();
  await expect(editor.number('X (mm)')).toHaveValue(String(x));
  await expect(editor.number('Y (mm)')).toHaveValue(String(y));
});
