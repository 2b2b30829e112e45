import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificateHandlers } from '../../src/main/certificates/handlers';
import { inProcessRunner, type PrintRunner } from '../../src/main/certificates/runner';
import { bodyOf } from '../../src/main/certificates/templates/queries';
import type { Core } from '../../src/main/app/create-core';
import { batchPrintInput } from '../../src/shared/certificates';
import type { AppEvent } from '../../src/shared/api/events';
import { pdfPages, pdfText, squeeze } from '../documents/poppler';
import { appErrorOf, call, callError, useCores, useTempDir } from '../helpers';
import { IN_RANK_ORDER, PEOPLE, seedDecision, shippedTemplateId, solidPng } from './seed';

const dir = useTempDir();
const openCore = useCores();

type Progress = Extract<AppEvent, { type: 'job.progress' }>;

function progressOf(core: Core, jobId: string): Progress[] {
  const seen: Progress[] = [];
  core.events.subscribe((e) => {
    if (e.type === 'job.progress' && e.jobId === jobId) seen.push(e);
  });
  return seen;
}

const printRows = (core: Core) =>
  core.context.store.db.selectFrom('certificate_prints').selectAll().orderBy('id').execute();

/** Files in the exports folder, temporary ones included. */
const exported = (core: Core): string[] =>
  existsSync(core.context.exportsDir) ? readdirSync(core.context.exportsDir) : [];

describe('printing certificates', () => {
  it('writes two batches of one decision to two files named for their form, and never replaces one', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, decisionId } = await seedDecision(core, PEOPLE);
    const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
    const forms = new Map(
      (await call(core, 'awards.list', { includeInactive: true })).map((f) => [f.name, f.id]),
    );
    const batch = async (form: string, jobId: string) =>
      call(core, 'certificates.print', {
        conferenceId,
        templateId,
        decisionId,
        awardFormId: forms.get(form) ?? null,
        jobId,
      });
    const khen = await batch('Giấy khen', 'job-khen');
    const bieuDuong = await batch('Giấy biểu dương', 'job-bieu-duong');
    const khenAgain = await batch('Giấy khen', 'job-khen-2');
    expect([khen.fileName, bieuDuong.fileName, khenAgain.fileName]).toEqual([
      'Giấy khen - QĐ 123-QĐ-ThU.pdf',
      'Giấy biểu dương - QĐ 123-QĐ-ThU.pdf',
      'Giấy khen - QĐ 123-QĐ-ThU (2).pdf',
    ]);
    expect(exported(core).sort()).toEqual([khen.fileName, bieuDuong.fileName, khenAgain.fileName].sort());
    // Each file still holds its own batch.
    expect(pdfPages(readFileSync(khen.path))).toBe(khen.rows);
    expect(pdfPages(readFileSync(bieuDuong.path))).toBe(bieuDuong.rows);
    expect(khen.rows + bieuDuong.rows).toBeLessThan(PEOPLE.length);
  });

  it('writes one page per award in rank order, records each print and reports progress', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId, decisionId, awardIds } = await seedDecision(
      core,
      // Names typed decomposed (NFD) print composed.
      PEOPLE.map((p, i) => (i === 0 ? { ...p, fullName: p.fullName.normalize('NFD') } : p)),
    );
    const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
    const progress = progressOf(core, 'job-print-1');
    const file = await call(core, 'certificates.print', {
      conferenceId,
      templateId,
      decisionId,
      jobId: 'job-print-1',
    });

    expect(file.fileName).toBe('Bằng khen, Giấy khen, Giấy biểu dương - QĐ 123-QĐ-ThU.pdf');
    expect(file.rows).toBe(5);
    const pdf = readFileSync(file.path);
    expect(file.size).toBe(pdf.length);
    expect(Object.keys(file).sort()).toEqual(['fileName', 'handle', 'path', 'rows', 'size']);
    expect(pdfPages(pdf)).toBe(5);
    IN_RANK_ORDER.forEach((name, i) => {
      const page = squeeze(pdfText(pdf, i + 1));
      expect(page).toContain(name);
      expect(page).toContain('BAN THƯỜNG VỤ THỊ ỦY KỲ ANH');
    });
    expect(squeeze(pdfText(pdf, 3))).toContain('Bà Đinh Thị Thơm');
    expect(exported(core)).toEqual([file.fileName]);

    const template = await call(core, 'templates.get', { id: templateId });
    const rows = await printRows(core);
    expect(rows.map((r) => r.award_id).sort()).toEqual([...awardIds].sort());
    expect(rows.every((r) => r.template_id === templateId && r.template_version === template.version)).toBe(
      true,
    );
    expect(new Set(rows.map((r) => r.job_id))).toEqual(new Set(['job-print-1']));

    expect(progress[0]).toMatchObject({ label: 'certificates.jobLabel', done: 0, total: 5, finished: false });
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5, finished: true });
    expect(progress.filter((p) => p.finished)).toHaveLength(1);

    // A reprint of one is another record, with the same template version.
    await call(core, 'certificates.print', {
      conferenceId,
      templateId,
      awardIds: [awardIds[0] ?? 0],
      jobId: 'job-print-2',
    });
    expect((await printRows(core)).filter((r) => r.award_id === awardIds[0])).toHaveLength(2);
  });

  it('prints the background on plain paper, and names a mixed batch after the conference', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seedDecision(core, PEOPLE.slice(0, 2));
    await seedDecision(core, PEOPLE.slice(2), { number: '130-QĐ/ThU' }, conferenceId);
    const shipped = await shippedTemplateId(core, 'Bằng khen (400 × 300 mm)');
    const copy = await call(core, 'templates.copy', { id: shipped, name: 'Bằng khen có nền' });
    const withBackground = await call(core, 'templates.setImage', {
      id: copy.id,
      revision: copy.revision,
      slot: 'background',
      contentBase64: solidPng(16).toString('base64'),
    });
    await call(core, 'templates.save', {
      id: copy.id,
      revision: withBackground.revision,
      body: { ...bodyOf(copy), printBackground: true },
    });

    const file = await call(core, 'certificates.print', {
      conferenceId,
      templateId: copy.id,
      jobId: 'job-background',
    });
    expect(file.fileName).toBe(
      'Bằng khen, Giấy khen, Giấy biểu dương - Hội nghị tổng kết công tác năm 2023.pdf',
    );
    const pdf = readFileSync(file.path);
    expect(pdfPages(pdf)).toBe(5);
    expect(pdf.includes('/Subtype /Image')).toBe(true);
    expect((await printRows(core)).every((r) => r.template_version === 3)).toBe(true);
  });

  it('refuses a batch with problems unless they are accepted, writing nothing', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seedDecision(core, [
      { fullName: 'Đinh Thị Thơm', form: 'Giấy khen', honorific: 'ba', registerNumber: '' },
      { fullName: 'Nguyễn Văn Mến', form: 'Giấy khen' },
    ]);
    const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
    const progress = progressOf(core, 'job-problems');
    const error = await callError(core, 'certificates.print', {
      conferenceId,
      templateId,
      jobId: 'job-problems',
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Bà Đinh Thị Thơm: chưa được cấp số sổ vàng.');
    expect(error.details?.problems).toEqual([
      expect.objectContaining({ problem: 'noRegisterNumber', fullName: 'Đinh Thị Thơm' }),
    ]);
    expect(exported(core)).toEqual([]);
    expect(await printRows(core)).toEqual([]);
    expect(progress).toEqual([]);

    const file = await call(core, 'certificates.print', {
      conferenceId,
      templateId,
      acceptProblems: true,
      jobId: 'job-problems',
    });
    expect(pdfPages(readFileSync(file.path))).toBe(2);
    expect(await printRows(core)).toHaveLength(2);
  });

  it('stops on cancel part-way, leaving no file, no temporary file and no records', async () => {
    const core = await openCore({ dataDir: dir() });
    const people = Array.from({ length: 40 }, (_, i) => ({
      fullName: `Người thứ ${i + 1}`,
      form: 'Giấy khen' as const,
    }));
    const { conferenceId } = await seedDecision(core, people);
    const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
    const jobId = 'job-cancelled';
    const pagesDrawn: number[] = [];
    // The real engine in this thread; the test cancels through the handler once page 3 is drawn.
    const runner: PrintRunner = {
      ...inProcessRunner,
      print: (job, options) =>
        inProcessRunner.print(job, {
          ...options,
          onProgress: (done) => {
            pagesDrawn.push(done);
            options.onProgress(done);
            if (done === 3)
              void handlers['jobs.cancel']({ jobId }).then((r) => expect(r.cancelled).toBe(true));
          },
        }),
    };
    const handlers = certificateHandlers(core.context, { runner, log: () => undefined });
    const progress = progressOf(core, jobId);
    const input = batchPrintInput.parse({ conferenceId, templateId, jobId });
    const error = await appErrorOf(handlers['certificates.print'](input));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Đã hủy in; chưa tạo tệp nào.' });
    expect(Math.max(...pagesDrawn)).toBeLessThan(40);
    expect(exported(core)).toEqual([]);
    expect(await printRows(core)).toEqual([]);
    expect(progress.at(-1)).toMatchObject({ finished: true, total: 40 });
    expect(await handlers['jobs.cancel']({ jobId })).toEqual({ cancelled: false });

    // The same job id can run again once the cancelled one has ended.
    const again = certificateHandlers(core.context, { runner: inProcessRunner, log: () => undefined });
    const file = await again['certificates.print'](input);
    expect(pdfPages(readFileSync(file.path))).toBe(40);
  });

  it('cancels a batch before its first page', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conferenceId } = await seedDecision(core, PEOPLE);
    const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
    core.events.subscribe((e) => {
      if (e.type === 'job.progress' && !e.finished) void core.dispatch('jobs.cancel', { jobId: e.jobId });
    });
    const error = await callError(core, 'certificates.print', {
      conferenceId,
      templateId,
      jobId: 'job-early-cancel',
    });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Đã hủy in; chưa tạo tệp nào.' });
    expect(exported(core)).toEqual([]);
    expect(await printRows(core)).toEqual([]);
  });
});
