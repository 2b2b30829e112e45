import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { queryRows } from '../db-access';
import { call, callError, useCores, useTempDir } from '../helpers';
import { votingPoll } from './seed';

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8');
const pages = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())?.[1]);

describe('electronic voting: the slips PDF', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('prints one slip per member present by default, eight to a sheet, with the address and codes', async () => {
    const core = await openCore({ dataDir: dir() });
    const { pollId } = await votingPoll(core, { members: 9 });
    const file = await call(core, 'evoting.slipsPdf', { pollId, address: '127.0.0.1', port: 8765 });
    expect(file.rows).toBe(9);
    expect(pages(file.path)).toBe(2);
    const text = pdfText(file.path);
    expect(text.match(/PHIẾU BẦU ĐIỆN TỬ/g)).toHaveLength(9);
    expect(text.match(/http:\/\/127\.0\.0\.1:8765\//g)).toHaveLength(9);
    const labels = (
      await queryRows<{ label: string }>(core.context.store, sql`select label from vote_slips`)
    ).map((r) => `${r.label.slice(0, 3)}-${r.label.slice(3)}`);
    for (const label of labels) expect(text).toContain(label);
    // The typed code: three groups of five, then two of five and one character.
    expect(text.match(/\b[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}\b/g)).toHaveLength(9);
    expect(text.match(/\b[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]\b/g)).toHaveLength(9);

    const more = await call(core, 'evoting.slipsPdf', {
      pollId,
      address: '127.0.0.1',
      port: 8765,
      copies: 16,
    });
    expect(pages(more.path)).toBe(2);
    expect((await call(core, 'evoting.status', { pollId })).slips).toBe(25);
  });

  it('refuses an address the laptop does not have and a poll already counted', async () => {
    const core = await openCore({ dataDir: dir() });
    const { pollId, poll } = await votingPoll(core);
    expect((await callError(core, 'evoting.slipsPdf', { pollId, address: '203.0.113.9' })).code).toBe(
      'VALIDATION',
    );
    await call(core, 'polls.setState', { id: pollId, revision: poll.revision, state: 'counting' });
    expect((await callError(core, 'evoting.slipsPdf', { pollId, address: '127.0.0.1' })).code).toBe(
      'CONFLICT',
    );
  });
});
