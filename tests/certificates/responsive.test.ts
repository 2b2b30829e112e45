import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerRunner } from '../../src/main/certificates/runner';
import { pdfPages } from '../documents/poppler';
import { call, useCores, useTempDir } from '../helpers';
import { seedDecision, shippedTemplateId } from './seed';

/** Far above the 50 ms aim, so a loaded test machine does not fail it; a stuck call takes seconds. */
const PROMPT_MS = 1500;
const COUNT = 300;

/** The print worker from the TypeScript sources through tsx, as the built app runs its bundle. */
const sourceWorker = () =>
  workerRunner(resolve(__dirname, '../../src/main/certificates/print-worker.ts'), {
    execArgv: ['--import', 'tsx'],
  });

describe('a large certificate print in its worker', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('reads, checks and draws off the core’s thread while lists answer promptly', async () => {
    const core = await openCore({
      dataDir: dir(),
      certificates: { runner: sourceWorker(), log: () => undefined },
    });
    const people = Array.from({ length: COUNT }, (_, i) => ({
      fullName: `Người thứ ${i + 1}`,
      form: 'Giấy khen' as const,
    }));
    const { conferenceId } = await seedDecision(core, people);
    const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
    const pages: number[] = [];
    core.events.subscribe((e) => {
      if (e.type === 'job.progress' && e.jobId === 'job-large-batch') pages.push(e.done);
    });

    const print = call(core, 'certificates.print', { conferenceId, templateId, jobId: 'job-large-batch' });
    let finished = false;
    void print.finally(() => (finished = true)).catch(() => undefined);
    // Calls answered while the worker reads the awards and draws their pages.
    const latencies: number[] = [];
    while (!finished) {
      const start = performance.now();
      const listed = await call(core, 'conferences.list', {});
      latencies.push(performance.now() - start);
      expect(listed.map((c) => c.id)).toContain(conferenceId);
      await new Promise((r) => setTimeout(r, 20));
    }
    const file = await print;

    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(PROMPT_MS);
    expect(pages.some((done) => done > 0 && done < COUNT)).toBe(true);
    expect(pdfPages(readFileSync(file.path))).toBe(COUNT);
    const recorded = await core.context.store.db
      .selectFrom('certificate_prints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('job_id', '=', 'job-large-batch')
      .executeTakeFirstOrThrow();
    expect(recorded.n).toBe(COUNT);
  }, 120_000);

  it('refuses in the worker with the problems found, as the core would', async () => {
    const core = await openCore({
      dataDir: dir(),
      certificates: { runner: sourceWorker(), log: () => undefined },
    });
    const { conferenceId } = await seedDecision(core, [
      { fullName: 'Đinh Thị Thơm', form: 'Giấy khen', registerNumber: '' },
    ]);
    const templateId = await shippedTemplateId(core, 'Giấy khen (tiêu đề Đảng)');
    const result = await core.dispatch('certificates.print', {
      conferenceId,
      templateId,
      jobId: 'job-refused',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.details?.problems).toHaveLength(1);
    const empty = await core.dispatch('certificates.print', {
      conferenceId,
      templateId,
      awardIds: [999_999],
      jobId: 'job-empty-selection',
    });
    expect(empty).toMatchObject({ ok: false, error: { code: 'EMPTY_SELECTION' } });
  }, 60_000);
});
