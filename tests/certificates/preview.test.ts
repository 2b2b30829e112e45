import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_TEXT } from '../../src/main/certificates/text';
import { pdfPages } from '../documents/poppler';
import { call, callError, useCores, useTempDir } from '../helpers';
import { PEOPLE, seedDecision, shippedTemplateId } from './seed';

const dir = useTempDir();
const openCore = useCores();

describe('certificate preview and calibration', () => {
  it('lays out the template as edited with a sample, or with an honoree’s text', async () => {
    const core = await openCore({ dataDir: dir() });
    const { awardIds } = await seedDecision(core, PEOPLE);
    const template = await call(core, 'templates.get', {
      id: await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)'),
    });
    const {
      id: _i,
      version: _v,
      builtIn: _b,
      hasBackground: _h,
      hasEmblem: _e,
      updatedAt: _u,
      ...body
    } = template;

    const sample = await call(core, 'certificates.preview', { body });
    expect(sample).toMatchObject({ widthMm: 297, heightMm: 210, text: SAMPLE_TEXT });
    const recipient = sample.fields.find((f) => f.key === 'recipient');
    expect(recipient?.lines.map((l) => l.text).join(' ')).toBe('Ông Nguyễn Văn Mến');

    // An unsaved edit shows at once: the recipient box moved down 5 mm.
    const moved = body.fields.map((f) => (f.key === 'recipient' ? { ...f, y: f.y + 5 } : f));
    const edited = await call(core, 'certificates.preview', {
      body: { ...body, fields: moved },
      awardId: awardIds[0] ?? 0,
    });
    const editedRecipient = edited.fields.find((f) => f.key === 'recipient');
    expect(editedRecipient?.y).toBe((recipient?.y ?? 0) + 5);
    expect(edited.text).toMatchObject({
      recipient: 'Bà Đinh Thị Thơm',
      positionUnit: 'Bí thư Chi bộ, Đảng bộ xã Kỳ Hoa',
      registerNumber: '100/KT',
      datedLine: 'Kỳ Anh, ngày 19 tháng 5 năm 2021',
    });
    expect((await callError(core, 'certificates.preview', { body, awardId: 9999 })).code).toBe('NOT_FOUND');
  });

  it('shows the sample under a chosen decision with that decision’s signer, never an invented one', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seedDecision(core, PEOPLE);
    const {
      id: _i,
      version: _v,
      builtIn: _b,
      hasBackground: _h,
      hasEmblem: _e,
      updatedAt: _u,
      ...body
    } = await call(core, 'templates.get', { id: await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)') });
    const decision = await call(core, 'decisions.create', {
      conferenceId,
      number: '45-QĐ/ThU',
      date: '2021-06-02',
      issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
      signerCapacity: 'T/M Ban Thường vụ',
      signerTitle: 'Phó Bí thư',
      signerName: 'Võ Hồng Hải',
      placeName: 'Kỳ Anh',
    });

    const preview = await call(core, 'certificates.preview', { body, decisionId: decision.id });
    expect(preview.text).toMatchObject({
      recipient: SAMPLE_TEXT.recipient,
      signerTitle: 'PHÓ BÍ THƯ',
      signerName: 'Võ Hồng Hải',
    });
    // The date's own wording is the documents' business; the number and place are the decision's.
    expect(preview.text.decisionLine).toMatch(/^Quyết định số 45-QĐ\/ThU ngày 0?2 tháng 6 năm 2021$/);
    expect(preview.text.datedLine).toMatch(/^Kỳ Anh, ngày 0?2 tháng 6 năm 2021$/);
    const signer = preview.fields.find((f) => f.key === 'signerName');
    expect(signer?.lines.map((l) => l.text).join(' ')).toBe('Võ Hồng Hải');
    expect((await callError(core, 'certificates.preview', { body, decisionId: 9999 })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('writes a one-page calibration sheet named after the template', async () => {
    const core = await openCore({ dataDir: dir() });
    const id = await shippedTemplateId(core, 'Bằng khen (400 × 300 mm)');
    const file = await call(core, 'certificates.calibration', { id });
    expect(file.fileName).toBe('Căn chỉnh - Bằng khen (400 × 300 mm).pdf');
    expect(pdfPages(readFileSync(file.path))).toBe(1);
  });
});
