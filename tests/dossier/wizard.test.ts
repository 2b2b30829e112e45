import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, countRows, useCores, useTempDir } from '../helpers';
import { closedPoll, DECISION } from './seed';

/**
 * "Lập hồ sơ khen thưởng": what the wizard is prefilled with, and the folder it writes. The
 * decision and its numbers go through decisions.create and decisions.assign (tested there).
 */
describe('the dossier wizard', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('plans from the closed poll, then writes the four files into the decision’s folder', async () => {
    const core = await openCore({ dataDir: dir(), now: () => new Date(2021, 4, 25, 9, 0) });
    const { poll, ids, conference } = await closedPoll(core);
    const plan = await call(core, 'dossier.plan', { pollId: poll.id });
    expect(plan).toMatchObject({
      pollTitle: 'Bình xét khen thưởng sơ kết Chỉ thị 05',
      nomineeIds: ids.slice(0, 3),
      collectives: 1,
      individuals: 2,
      existing: null,
    });
    expect(plan.defaults).toMatchObject({ date: '2021-05-25', placeName: 'Kỳ Anh' });

    const decision = await call(core, 'decisions.create', { conferenceId: conference.id, ...DECISION });
    await call(core, 'decisions.assign', {
      decisionId: decision.id,
      revision: decision.revision,
      nomineeIds: plan.nomineeIds,
    });
    const again = await call(core, 'dossier.plan', { pollId: poll.id });
    expect(again.existing).toEqual({ decisionId: decision.id, number: '125-QĐ/ThU' });

    const written = await call(core, 'dossier.writeAll', { pollId: poll.id, decisionId: decision.id });
    expect(basename(written.folder)).toBe('Hồ sơ khen thưởng - QĐ 125-QĐ-ThU');
    expect(written.files.map((f) => f.fileName)).toEqual([
      'Biên bản họp Hội đồng Thi đua - Khen thưởng.docx',
      'Tờ trình đề nghị khen thưởng.docx',
      'Quyết định khen thưởng.docx',
      'Danh sách nhận tiền thưởng.docx',
    ]);
    expect(readdirSync(written.folder).sort()).toEqual(written.files.map((f) => f.fileName).sort());

    // Running it again rewrites the files beside the first ones and gives no number twice.
    const awards = await countRows(core.context.store, 'decision_awards');
    const rewritten = await call(core, 'dossier.writeAll', { pollId: poll.id, decisionId: decision.id });
    expect(rewritten.files[0]?.fileName).toBe('Biên bản họp Hội đồng Thi đua - Khen thưởng (2).docx');
    expect(await countRows(core.context.store, 'decision_awards')).toBe(awards);
  });
});
