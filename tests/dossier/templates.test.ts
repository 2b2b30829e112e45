import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { call, callError, snapshotDatabase, useCores, useTempDir } from '../helpers';
import { bodyText } from './docx';
import { closedPollWorld } from './seed';

/**
 * The office's own templates: downloaded, edited the way Word saves a change (a sentence
 * rewritten, a tag moved), loaded back, and used; broken ones refused with nothing changed.
 */

/** The template in use, with `edit` applied to its body XML. */
async function editedTemplate(
  core: Core,
  conferenceId: number,
  kind: 'decision' | 'minutes',
  edit: (xml: string) => string,
): Promise<string> {
  const file = await call(core, 'dossier.templateFile', { conferenceId, kind });
  const zip = new PizZip(readFileSync(file.path));
  const xml = zip.file('word/document.xml')?.asText() ?? '';
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  zip.file('word/document.xml', edited);
  return zip.generate({ type: 'nodebuffer' }).toString('base64');
}

describe('Word templates the office owns', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function world() {
    const core = await openCore({ dataDir: dir() });
    const w = await closedPollWorld(core);
    const decisionText = async () =>
      bodyText(
        readFileSync(
          (await call(core, 'dossier.decisionDocument', { decisionId: w.decision.id, kind: 'decision' }))
            .path,
        ),
      );
    return { core, ...w, decisionText };
  }

  it('fills an edited template: a sentence changed and a tag moved', async () => {
    const { core, conference, decisionText } = await world();
    expect(await decisionText()).toContain('Xét đề nghị của Hội đồng Thi đua - Khen thưởng,');
    const content = await editedTemplate(core, conference.id, 'decision', (xml) =>
      xml
        .replace('Xét đề nghị của {proposer},', 'Theo đề nghị của Thường trực {proposer},')
        .replace('Quyết định có hiệu lực', 'XX')
        .replace('{executors}', 'Quyết định này có hiệu lực từ ngày ký. {executors}'),
    );
    const listed = await call(core, 'dossier.uploadTemplate', {
      conferenceId: conference.id,
      kind: 'decision',
      revision: null,
      contentBase64: content,
    });
    expect(listed.find((t) => t.kind === 'decision')).toMatchObject({ custom: true, revision: 1 });
    const text = await decisionText();
    expect(text).toContain('Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng,');
    expect(text).not.toContain('Xét đề nghị của');
    expect(text).toContain(
      'Điều 3. Quyết định này có hiệu lực từ ngày ký. Văn phòng Ban Thường vụ Thị ủy Kỳ Anh',
    );
    // The minutes keep the shipped template: templates are per document.
    expect(listed.find((t) => t.kind === 'minutes')).toMatchObject({ custom: false, revision: null });

    // The template downloaded now is the office's own.
    const again = await call(core, 'dossier.templateFile', { conferenceId: conference.id, kind: 'decision' });
    expect(bodyText(readFileSync(again.path))).toContain('Theo đề nghị của Thường trực {proposer},');

    const reset = await call(core, 'dossier.resetTemplate', {
      conferenceId: conference.id,
      kind: 'decision',
      revision: 1,
    });
    expect(reset.find((t) => t.kind === 'decision')).toMatchObject({ custom: false });
    expect(await decisionText()).toContain('Xét đề nghị của Hội đồng Thi đua - Khen thưởng,');
  });

  const BROKEN: [string, (xml: string) => string, RegExp][] = [
    [
      'an unknown tag',
      (xml) => xml.replace('Xét đề nghị của {proposer},', 'Xét đề nghị của {nguoiDeNghi},'),
      /thẻ «\{nguoiDeNghi\}» không có trong dữ liệu của văn bản này ở đoạn \d+ \(«Xét đề nghị của \{nguoiDeNghi\},»\)/,
    ],
    [
      'a tag not closed',
      (xml) => xml.replace('Xét đề nghị của {proposer},', 'Xét đề nghị của {proposer,'),
      /thẻ mở «\{» không có thẻ đóng «\}» «\{proposer,» ở đoạn \d+ \(«Xét đề nghị của \{proposer,»\)/,
    ],
    [
      'a loop not closed',
      (xml) => xml.replace('{/legalBases}', ''),
      /vòng lặp mở mà không đóng «\{legalBases\}»/,
    ],
  ];

  it.each(BROKEN)(
    'refuses %s, naming the paragraph and the tag, and keeps the template in use',
    async (_what, edit, message) => {
      const { core, conference, decisionText } = await world();
      // The office's template in use first: a refused file must leave it, not the shipped one.
      const good = await editedTemplate(core, conference.id, 'decision', (xml) =>
        xml.replace('Xét đề nghị của {proposer},', 'Theo đề nghị của {proposer},'),
      );
      await call(core, 'dossier.uploadTemplate', {
        conferenceId: conference.id,
        kind: 'decision',
        revision: null,
        contentBase64: good,
      });
      // The shipped sentence back, then the break being tested.
      const broken = await editedTemplate(core, conference.id, 'decision', (xml) =>
        edit(xml.replace('Theo đề nghị của {proposer},', 'Xét đề nghị của {proposer},')),
      );
      const snapshot = await snapshotDatabase(core.context.store);
      const error = await callError(core, 'dossier.uploadTemplate', {
        conferenceId: conference.id,
        kind: 'decision',
        revision: 1,
        contentBase64: broken,
      });
      expect(error.code).toBe('FILE_REJECTED');
      expect(error.message).toMatch(/^Mẫu văn bản không hợp lệ: /);
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/Mẫu đang dùng được giữ nguyên\.$/);
      expect(await snapshotDatabase(core.context.store)).toEqual(snapshot);
      expect(await decisionText()).toContain('Theo đề nghị của Hội đồng Thi đua - Khen thưởng,');
    },
  );

  it('refuses a file that is not a .docx, and a tag of another document', async () => {
    const { core, conference } = await world();
    const snapshot = await snapshotDatabase(core.context.store);
    const notDocx = await callError(core, 'dossier.uploadTemplate', {
      conferenceId: conference.id,
      kind: 'minutes',
      revision: null,
      contentBase64: Buffer.from('không phải tệp Word').toString('base64'),
    });
    expect(notDocx).toMatchObject({ code: 'FILE_REJECTED' });
    expect(notDocx.message).toContain('không phải tệp Word .docx');
    // The decision's {authority} means nothing in the minutes.
    const minutes = await editedTemplate(core, conference.id, 'minutes', (xml) =>
      xml.replace('{venue}', '{authority}'),
    );
    const foreign = await callError(core, 'dossier.uploadTemplate', {
      conferenceId: conference.id,
      kind: 'minutes',
      revision: null,
      contentBase64: minutes,
    });
    expect(foreign.message).toContain('thẻ «{authority}» không có trong dữ liệu của văn bản này');
    expect(await snapshotDatabase(core.context.store)).toEqual(snapshot);
  });

  it('refuses a small file that would unpack to more than 40 MB, before unpacking it', async () => {
    const { core, conference } = await world();
    const zip = new PizZip();
    zip.file('word/document.xml', `<w:document>${'a'.repeat(48 * 1024 * 1024)}</w:document>`);
    const bomb = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await callError(core, 'dossier.uploadTemplate', {
      conferenceId: conference.id,
      kind: 'minutes',
      revision: null,
      contentBase64: bomb.toString('base64'),
    });
    expect(error).toMatchObject({ code: 'FILE_REJECTED' });
    expect(error.message).toContain('nội dung giải nén quá lớn');
  });

  it('refuses a file above 5 MB before reading it', async () => {
    const { core, conference } = await world();
    const snapshot = await snapshotDatabase(core.context.store);
    const error = await callError(core, 'dossier.uploadTemplate', {
      conferenceId: conference.id,
      kind: 'minutes',
      revision: null,
      contentBase64: Buffer.alloc(5 * 1024 * 1024 + 10, 1).toString('base64'),
    });
    expect(error.code).toBe('FILE_REJECTED');
    expect(error.message).toContain('lớn hơn 5 MB');
    expect(await snapshotDatabase(core.context.store)).toEqual(snapshot);
  });
});

describe('a conference archive', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('carries the office templates to the conference it creates', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference } = await closedPollWorld(core);
    const content = await editedTemplate(core, conference.id, 'decision', (xml) =>
      xml.replace('Xét đề nghị của {proposer},', 'Theo đề nghị của {proposer},'),
    );
    await call(core, 'dossier.uploadTemplate', {
      conferenceId: conference.id,
      kind: 'decision',
      revision: null,
      contentBase64: content,
    });
    const archive = await call(core, 'archive.export', { conferenceId: conference.id });
    const imported = await call(core, 'archive.import', {
      fileName: 'hoi-nghi.hoinghi',
      contentBase64: readFileSync(archive.path).toString('base64'),
    });
    const listed = await call(core, 'dossier.list', { conferenceId: imported.conferenceId });
    expect(listed.find((t) => t.kind === 'decision')).toMatchObject({ custom: true });
    const file = await call(core, 'dossier.templateFile', {
      conferenceId: imported.conferenceId,
      kind: 'decision',
    });
    expect(bodyText(readFileSync(file.path))).toContain('Theo đề nghị của {proposer},');
  });
});
