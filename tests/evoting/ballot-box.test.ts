import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Store } from '../../src/main/db/open';
import { BallotBox } from '../../src/main/voting/lan/ballot-box';
import {
  decodeHandCode,
  handCode,
  HAND_CODE_LENGTH,
  hashHex,
  newSlipSecret,
} from '../../src/main/voting/lan/codes';
import { call, useCores, useTempDir } from '../helpers';
import { queryRows, queryValue } from '../db-access';
import { columnNames } from '../pg-tools-a';
import { nth, phone, slipsFor, votingPoll } from './seed';

const ballotCount = async (store: Store, pollId: number) =>
  Number(await queryValue(store, sql`select count(*) from poll_ballots where poll_id = ${pollId}`));

describe('electronic voting: the ballot box', () => {
  const dir = useTempDir();
  const openCore = useCores();

  async function setUp(options: Parameters<typeof votingPoll>[1] = {}, limits = {}) {
    const core = await openCore({ dataDir: dir() });
    const seeded = await votingPoll(core, options);
    const slips = await slipsFor(core, seeded.pollId);
    const box = await BallotBox.open(seeded.pollId, {
      db: () => core.context.store.db,
      now: () => new Date(),
      write: (work) => core.context.gate.write(work),
      ...limits,
    });
    return { core, box, slips, ...seeded, store: core.context.store };
  }

  it('prints 128-bit secrets and stores only a hash of what phones send', async () => {
    const { core, slips, store } = await setUp();
    expect(slips).toHaveLength(7);
    expect(new Set(slips.map((s) => s.code)).size).toBe(7);
    for (const slip of slips) {
      expect(slip.code).toHaveLength(HAND_CODE_LENGTH);
      expect(decodeHandCode(slip.code)?.length).toBe(16);
      expect(slip.label).toMatch(/^[0-9A-Z]{6}$/);
    }
    const stored = JSON.stringify(await queryRows(store, sql`select * from vote_slips`));
    const auditText = JSON.stringify(await queryRows(store, sql`select * from audit_log`));
    for (const slip of slips) {
      const { keys } = phone(slip);
      expect(stored).not.toContain(slip.code);
      expect(stored).not.toContain(keys.auth);
      expect(stored).toContain(hashHex(keys.auth));
      expect(auditText).not.toContain(slip.code);
    }
    await core.close();
  });

  it('reads the hand-typed code forgivingly and refuses a mistyped one', () => {
    const secret = newSlipSecret();
    const code = handCode(secret);
    const typed = `${code.slice(0, 5).toLowerCase()} ${code.slice(5)}`.replace(/0/g, 'O').replace(/1/g, 'l');
    expect(decodeHandCode(typed)?.equals(secret)).toBe(true);
    expect(decodeHandCode(code.slice(1))).toBeNull();
    expect(decodeHandCode(`${code.slice(0, 25)}U`)).toBeNull();
  });

  it('shows the ballot in sections, commits a vote before the receipt and never links a secret slip to anyone', async () => {
    const { box, slips, store, pollId } = await setUp();
    const slip = slips[0];
    if (!slip) throw new Error('no slip');
    const read = await box.read('10.0.0.5', phone(slip).keys.auth);
    expect(read.status).toBe(200);
    const ballot = read.body.ballot as { sections: { title: string; nominees: { name: string }[] }[] };
    expect(ballot.sections.map((s) => s.title)).toEqual(['I. TẬP THỂ', 'II. CÁ NHÂN']);
    expect(ballot.sections[0]?.nominees.map((n) => n.name)).toEqual([
      'Phòng Tổ chức',
      'Trường Tiểu học Kỳ Anh',
    ]);

    const answer = await box.submit('10.0.0.5', phone(slip).ballot('ad-aa'));
    expect(answer.status).toBe(200);
    expect(answer.body.receipt).toMatch(/^[0-9A-Z]{6}$/);
    // Committed by the time the receipt exists: a second connection sees it.
    const rows = await queryRows(
      store,
      sql`select marks, source from poll_ballots where poll_id = ${pollId}`,
    );
    expect(rows).toEqual([{ marks: 'ad-aa', source: 'electronic' }]);
    const [slipRow] = await queryRows<{
      member_id: number | null;
      seal_key: string | null;
      used_at: string | null;
      marks: string | null;
    }>(store, sql`select member_id, seal_key, used_at, marks from vote_slips where label = ${slip.label}`);
    if (!slipRow) throw new Error('no slip row');
    expect(slipRow.member_id).toBeNull();
    expect(slipRow.seal_key).toBeNull();
    expect(slipRow.used_at).not.toBeNull();
    expect(slipRow.marks).toBeNull();
    // Nothing ties the ballot row to the slip: no column in common but the poll.
    const ballotColumns = await columnNames(store, 'poll_ballots');
    expect(ballotColumns).toContain('marks');
    expect(ballotColumns).not.toContain('slip_id');
  });

  it('answers a resend with the same receipt, and a used slip with the time it was used', async () => {
    const { box, slips, store, pollId } = await setUp();
    const slip = slips[1];
    if (!slip) throw new Error('no slip');
    const sealed = phone(slip).ballot('aaaaa');
    const first = await box.submit('10.0.0.6', sealed);
    const again = await box.submit('10.0.0.6', sealed);
    expect(again).toEqual(first);
    const other = await box.submit('10.0.0.6', phone(slip).ballot('ddddd'));
    expect(other.status).toBe(409);
    expect(other.body.message).toMatch(/^Phiếu này đã được sử dụng lúc \d\d:\d\d\.$/);
    const reopened = await box.read('10.0.0.7', phone(slip).keys.auth);
    expect(reopened.status).toBe(409);
    expect(reopened.body.message).toBe(other.body.message);
    expect(await ballotCount(store, pollId)).toBe(1);
  });

  it('refuses two sends of one slip at once but one, and keeps one ballot', async () => {
    const { box, slips, store, pollId } = await setUp();
    const slip = slips[2];
    if (!slip) throw new Error('no slip');
    const answers = await Promise.all(
      ['aaaaa', 'ddddd', 'a-a-a'].map((m) => box.submit('10.0.0.8', phone(slip).ballot(m))),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(2);
    expect(await ballotCount(store, pollId)).toBe(1);
  });

  it('enforces the quota on the laptop as on paper', async () => {
    const { box, slips, store, pollId } = await setUp({ quota: 2 });
    const slip = slips[0];
    if (!slip) throw new Error('no slip');
    const over = await box.submit('10.0.0.9', phone(slip).ballot('aaa--'));
    expect(over.status).toBe(422);
    expect(over.body.message).toContain('quá số lượng được bầu (2)');
    expect(await ballotCount(store, pollId)).toBe(0);
    expect((await box.submit('10.0.0.9', phone(slip).ballot('aa-d-'))).status).toBe(200);
  });

  it('refuses an altered or malformed ballot and leaves the slip unused', async () => {
    const { box, slips } = await setUp();
    const slip = slips[0];
    if (!slip) throw new Error('no slip');
    const sealed = phone(slip).ballot('aaaaa');
    const flipped = { ...sealed, c: `${sealed.c.slice(0, -1)}${sealed.c.endsWith('0') ? '1' : '0'}` };
    expect((await box.submit('10.0.0.9', flipped)).status).toBe(400);
    expect((await box.submit('10.0.0.9', phone(slip).ballot('aaaa'))).status).toBe(422);
    expect((await box.submit('10.0.0.9', phone(slip).ballot('aaxaa'))).status).toBe(422);
    expect((await box.submit('10.0.0.9', { a: sealed.a, iv: 'zz', c: sealed.c })).status).toBe(400);
    expect((await box.read('10.0.0.9', sealed.a)).status).toBe(200);
  });

  it('counts wrong codes, limits them per address and requests per slip', async () => {
    const { box, slips } = await setUp({}, { wrongCodesPerAddress: 3, requestsPerSlip: 4 });
    const guess = () => newSlipSecret().toString('hex');
    for (let i = 0; i < 3; i++) expect((await box.read('10.0.0.66', guess())).status).toBe(403);
    expect((await box.read('10.0.0.66', 'not hex')).status).toBe(429);
    expect((await box.read('10.0.0.66', phone(slips[0] ?? nth(slips, 1)).keys.auth)).status).toBe(429);
    expect(box.wrongCodes).toBe(3);
    expect(box.blocked).toBe(2);
    // Another phone is not held up by the guesser.
    const slip = slips[3];
    if (!slip) throw new Error('no slip');
    for (let i = 0; i < 4; i++) expect((await box.read('10.0.0.67', phone(slip).keys.auth)).status).toBe(200);
    expect((await box.read('10.0.0.67', phone(slip).keys.auth)).status).toBe(429);
    expect((await box.read('10.0.0.68', phone(nth(slips, 4)).keys.auth)).status).toBe(200);
    expect(box.wrongCodes).toBe(3);
  });

  it('refuses slips of another poll and ballots once the poll has left voting', async () => {
    const { core, box, slips, conferenceId, poll } = await setUp();
    const other = await call(core, 'polls.create', {
      conferenceId,
      title: 'Cuộc khác',
      ruleId: nth(await call(core, 'rules.list', {}), 0).id,
      nomineeIds: poll.nominees.map((n) => n.nomineeId),
    });
    const otherSlips = await slipsFor(core, other.id, 1);
    const foreign = await box.read('10.0.0.9', phone(nth(otherSlips, 0)).keys.auth);
    expect(foreign.status).toBe(410);
    expect(foreign.body.message).toBe('Phiếu này không thuộc cuộc bỏ phiếu đang mở.');
    await call(core, 'polls.setState', { id: poll.id, revision: poll.revision, state: 'counting' });
    const late = await box.submit('10.0.0.9', phone(nth(slips, 0)).ballot('aaaaa'));
    expect(late.status).toBe(410);
    expect(late.body.message).toContain('đã kết thúc');
  });

  it('links a named poll’s slip and ballot to its member', async () => {
    const { box, slips, store, pollId } = await setUp({ named: true });
    expect(slips.every((s) => s.memberName)).toBe(true);
    const slip = nth(slips, 0);
    const read = await box.read('10.0.0.9', phone(slip).keys.auth);
    expect((read.body.ballot as { memberName: string }).memberName).toBe(slip.memberName);
    expect((await box.submit('10.0.0.9', phone(slip).ballot('a----'))).status).toBe(200);
    const rows = await queryRows(
      store,
      sql`select m.name, s.marks from vote_slips s join council_members m on m.id = s.member_id
        where s.poll_id = ${pollId} and s.used_at is not null`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({ name: slip.memberName, marks: 'a----' });
  });
});

describe('electronic voting: the order of ballots', () => {
  const dir = useTempDir();
  const openCore = useCores();

  it('keeps no trace of the order ballots came in, and counts the same ballots', async () => {
    const core = await openCore({ dataDir: dir() });
    const { pollId } = await votingPoll(core, { members: 40 });
    const slips = await slipsFor(core, pollId, 40);
    const box = await BallotBox.open(pollId, {
      db: () => core.context.store.db,
      now: () => new Date(),
      write: (work) => core.context.gate.write(work),
    });
    // 40 different ballots: the first nominees' marks spell the ballot's number in base 3.
    const sent = slips.map((_, i) =>
      [i % 3, Math.floor(i / 3) % 3, Math.floor(i / 9) % 3, Math.floor(i / 27) % 3, 0]
        .map((d) => 'ad-'[d])
        .join(''),
    );
    for (const [i, slip] of slips.entries()) {
      expect((await box.submit(`10.0.1.${i + 2}`, phone(slip).ballot(nth(sent, i)))).status).toBe(200);
    }
    const stored = (
      await queryRows<{ marks: string }>(
        core.context.store,
        sql`select marks from poll_ballots where poll_id = ${pollId} order by id`,
      )
    ).map((r) => r.marks);
    expect([...stored].sort()).toEqual([...sent].sort());
    // In the order sent, at most a few would sit where they arrived by chance (about 1 expected).
    expect(stored.filter((marks, i) => marks === sent[i]).length).toBeLessThan(8);
  });
});
