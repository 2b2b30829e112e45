import type { Kysely } from 'kysely';
import type { Counts, PollState, VotingRule } from '../../../shared/voting';
import { appendAudit } from '../../audit/log';
import { findConference } from '../../conferences/queries';
import { awardOf, readAwardFacts } from '../../nominees/award-facts';
import { AppError, notFound } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import type { HandlersOf } from '../../core/dispatcher';
import type { pollMethods } from '../../../shared/api/contract-polls';
import type { Database } from '../../db/schema';
import { pollDocumentHandlers } from './documents';
import { countsOf, listPolls, readPoll } from './queries';
import { checkCounts, countsFromEncoded, encodeMarks, type Mark } from '../tally';

type PollHandlers = HandlersOf<typeof pollMethods>;

const STATE_LABEL: Record<PollState, string> = {
  draft: 'đang soạn',
  voting: 'đang bỏ phiếu',
  counting: 'đang kiểm phiếu',
  closed: 'đã kết thúc',
};

function wrongState(state: PollState, action: string): AppError {
  return new AppError('CONFLICT', `Cuộc bỏ phiếu ${STATE_LABEL[state]}: không thể ${action}.`, { state });
}

async function ruleById(db: Kysely<Database>, id: number): Promise<VotingRule> {
  const row = await db.selectFrom('voting_rules').select('rule').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`quy tắc biểu quyết #${id}`);
  return JSON.parse(row.rule) as VotingRule;
}

/** Nominees must belong to the conference, exist and not be withdrawn. */
async function checkNominees(db: Kysely<Database>, conferenceId: number, ids: number[]): Promise<void> {
  const rows = await db
    .selectFrom('nominees')
    .select(['id', 'full_name', 'status', 'deleted_at', 'conference_id'])
    .where('id', 'in', ids)
    .execute();
  const usable = rows.filter((r) => r.conference_id === conferenceId && !r.deleted_at && r.status !== 'rut');
  if (usable.length !== new Set(ids).size) {
    const bad = rows.filter((r) => !usable.includes(r)).map((r) => r.full_name);
    throw new AppError(
      'VALIDATION',
      `Có đối tượng đã bị xóa, đã rút hoặc không thuộc hội nghị này${bad.length ? `: ${bad.join(', ')}` : ''}.`,
      { fields: [{ path: 'nomineeIds', key: 'invalid' }] },
    );
  }
}

/** Writes a poll's totals and each nominee's votes; call inside a transaction. */
async function storeCounts(trx: Kysely<Database>, pollId: number, counts: Counts, at: string): Promise<void> {
  await trx
    .updateTable('polls')
    .set({
      ballots_issued: counts.ballotsIssued,
      ballots_returned: counts.ballotsReturned,
      valid: counts.valid,
      invalid: counts.invalid,
      updated_at: at,
    })
    .where('id', '=', pollId)
    .execute();
  for (const v of counts.votes) {
    await trx
      .updateTable('poll_nominees')
      .set({ agree: v.agree, disagree: v.disagree, abstain: v.abstain })
      .where('poll_id', '=', pollId)
      .where('nominee_id', '=', v.nomineeId)
      .execute();
  }
}

/** Per-nominee lines for the audit log, with the name first so the row reads without the ids. */
function named<T extends { nomineeId: number }>(
  nominees: { nomineeId: number; fullName: string }[],
  lines: T[],
): (T & { fullName: string })[] {
  const names = new Map(nominees.map((n) => [n.nomineeId, n.fullName]));
  return lines.map((line) => ({ fullName: names.get(line.nomineeId) ?? '', ...line }));
}

/** Counts with each nominee named, or null when none were entered yet. */
const namedCounts = (nominees: { nomineeId: number; fullName: string }[], counts: Counts | null) =>
  counts && { ...counts, votes: named(nominees, counts.votes) };

export function pollHandlers(ctx: CoreContext): PollHandlers {
  const { db } = ctx.store;
  const now = () => ctx.now().toISOString();

  const pollRow = async (id: number) => {
    const poll = await db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
    if (!poll) throw notFound(`cuộc bỏ phiếu #${id}`);
    return poll;
  };
  const changed = (conferenceId: number) => {
    ctx.events.emit({ type: 'polls.changed', conferenceId });
    ctx.events.emit({ type: 'nominees.changed', conferenceId });
  };

  const setNominees = async (trx: Kysely<Database>, pollId: number, ids: number[]) => {
    await trx.deleteFrom('poll_nominees').where('poll_id', '=', pollId).execute();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 200) {
      await trx
        .insertInto('poll_nominees')
        .values(
          unique.slice(i, i + 200).map((nominee_id, k) => ({ poll_id: pollId, nominee_id, position: i + k })),
        )
        .execute();
    }
  };

  return {
    'polls.list': async ({ conferenceId }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      return listPolls(db, conferenceId);
    },
    'polls.get': ({ id }) => readPoll(db, id),

    'polls.create': async ({ conferenceId, title, ruleId, nomineeIds }) => {
      if (!(await findConference(db, conferenceId))) throw notFound(`hội nghị #${conferenceId}`);
      const rule = await ruleById(db, ruleId);
      await checkNominees(db, conferenceId, nomineeIds);
      const id = await db.transaction().execute(async (trx) => {
        const poll = await trx
          .insertInto('polls')
          .values({
            conference_id: conferenceId,
            title,
            rule: JSON.stringify(rule),
            state: 'draft',
            created_at: now(),
            updated_at: now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await setNominees(trx, poll.id, nomineeIds);
        await appendAudit(trx, now(), {
          conferenceId,
          entity: 'poll',
          entityId: poll.id,
          action: 'create',
          after: { title, rule: rule.name, nomineeIds },
        });
        return poll.id;
      });
      changed(conferenceId);
      return readPoll(db, id);
    },

    'polls.update': async ({ id, title, ruleId, nomineeIds }) => {
      const poll = await pollRow(id);
      if (poll.state !== 'draft') throw wrongState(poll.state, 'sửa tiêu đề, quy tắc hay danh sách');
      const rule = await ruleById(db, ruleId);
      await checkNominees(db, poll.conference_id, nomineeIds);
      const before = await readPoll(db, id);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('polls')
          .set({ title, rule: JSON.stringify(rule), updated_at: now() })
          .where('id', '=', id)
          .execute();
        await setNominees(trx, id, nomineeIds);
        await appendAudit(trx, now(), {
          conferenceId: poll.conference_id,
          entity: 'poll',
          entityId: id,
          action: 'update',
          before: {
            title: before.title,
            rule: before.rule.name,
            nomineeIds: before.nominees.map((n) => n.nomineeId),
          },
          after: { title, rule: rule.name, nomineeIds },
        });
      });
      changed(poll.conference_id);
      return readPoll(db, id);
    },

    'polls.setState': async ({ id, state }) => {
      const poll = await pollRow(id);
      const from = poll.state;
      const allowed = (from === 'draft' && state === 'voting') || (from === 'voting' && state === 'counting');
      if (!allowed)
        throw wrongState(from, state === 'voting' ? 'bắt đầu bỏ phiếu' : 'chuyển sang kiểm phiếu');
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('polls').set({ state, updated_at: now() }).where('id', '=', id).execute();
        await appendAudit(trx, now(), {
          conferenceId: poll.conference_id,
          entity: 'poll',
          entityId: id,
          action: 'state',
          detail: poll.title,
          before: from,
          after: state,
        });
      });
      changed(poll.conference_id);
      return readPoll(db, id);
    },

    'polls.saveCounts': async ({ id, counts }) => {
      const poll = await pollRow(id);
      if (poll.state !== 'counting') throw wrongState(poll.state, 'nhập kết quả kiểm phiếu');
      const detail = await readPoll(db, id);
      const rule = JSON.parse(poll.rule) as VotingRule;
      const problems = checkCounts(
        counts,
        detail.nominees.map((n) => n.nomineeId),
        detail.attendance,
        rule,
      );
      if (problems.length > 0) {
        throw new AppError('VALIDATION', 'Số liệu kiểm phiếu chưa khớp; chưa có gì được ghi.', { problems });
      }
      await db.transaction().execute(async (trx) => {
        await storeCounts(trx, id, counts, now());
        await appendAudit(trx, now(), {
          conferenceId: poll.conference_id,
          entity: 'poll',
          entityId: id,
          action: 'counts',
          detail: poll.title,
          before: namedCounts(detail.nominees, countsOf(poll, detail.nominees)),
          after: namedCounts(detail.nominees, counts),
        });
      });
      changed(poll.conference_id);
      return readPoll(db, id);
    },

    'polls.addBallot': async ({ id, invalid, marks }) => {
      const poll = await pollRow(id);
      if (poll.state !== 'counting') throw wrongState(poll.state, 'nhập phiếu');
      const detail = await readPoll(db, id);
      const ids = detail.nominees.map((n) => n.nomineeId);
      const byId: Record<number, Mark> = {};
      for (const [key, mark] of Object.entries(marks)) {
        if (!ids.includes(Number(key)))
          throw new AppError('VALIDATION', 'Phiếu có tên không thuộc cuộc bỏ phiếu này.');
        byId[Number(key)] = mark;
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('poll_ballots')
          .values({ poll_id: id, invalid: invalid ? 1 : 0, marks: encodeMarks(ids, byId), created_at: now() })
          .execute();
        const ballots = await trx
          .selectFrom('poll_ballots')
          .select(['invalid', 'marks'])
          .where('poll_id', '=', id)
          .execute();
        const issued = poll.ballots_issued ?? detail.attendance.present + detail.attendance.writtenOpinions;
        const counts = countsFromEncoded(
          Math.max(issued, ballots.length),
          ids,
          ballots.map((b) => ({ invalid: b.invalid === 1, encoded: b.marks })),
        );
        await storeCounts(trx, id, counts, now());
        // Totals before and after; the ballot row itself keeps the marks (and no voter).
        await appendAudit(trx, now(), {
          conferenceId: poll.conference_id,
          entity: 'poll',
          entityId: id,
          action: 'ballot',
          detail: `${poll.title} – phiếu số ${ballots.length}`,
          before: namedCounts(detail.nominees, countsOf(poll, detail.nominees)),
          after: namedCounts(detail.nominees, counts),
        });
      });
      changed(poll.conference_id);
      return readPoll(db, id);
    },

    'polls.close': async ({ id }) => {
      const poll = await pollRow(id);
      if (poll.state !== 'counting') throw wrongState(poll.state, 'kết thúc');
      const detail = await readPoll(db, id);
      if (!detail.counts || !detail.tally) throw new AppError('VALIDATION', 'Chưa nhập kết quả kiểm phiếu.');
      if (detail.problems.length > 0) {
        throw new AppError('VALIDATION', 'Số liệu kiểm phiếu chưa khớp; hãy sửa trước khi kết thúc.', {
          problems: detail.problems,
        });
      }
      const { attendance, tally } = detail;
      if (!tally.quorumMet) {
        const { numerator, denominator } = detail.rule.quorum;
        throw new AppError(
          'VALIDATION',
          `Không đủ số thành viên tham gia: có mặt ${attendance.present}/${attendance.totalMembers}` +
            `${detail.rule.writtenOpinionsCount && attendance.writtenOpinions ? ` (và ${attendance.writtenOpinions} ý kiến bằng văn bản)` : ''}, ` +
            `cần từ ${numerator}/${denominator} tổng số thành viên. Cuộc bỏ phiếu chưa thể kết thúc.`,
          { quorum: false },
        );
      }
      await checkNominees(
        db,
        poll.conference_id,
        detail.nominees.map((n) => n.nomineeId),
      );
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('polls')
          .set({
            state: 'closed',
            attendance: JSON.stringify(attendance),
            closed_at: now(),
            updated_at: now(),
          })
          .where('id', '=', id)
          .execute();
        for (const r of tally.results) {
          await trx
            .updateTable('poll_nominees')
            .set({ verdict: r.verdict })
            .where('poll_id', '=', id)
            .where('nominee_id', '=', r.nomineeId)
            .execute();
          // A tie at the quota line is left for the council to settle: the status stays as it was.
          if (r.verdict === 'tie_at_quota') continue;
          await trx
            .updateTable('nominees')
            .set({ status: r.verdict === 'passed' ? 'duoc_duyet' : 'khong_duoc_duyet', updated_at: now() })
            .where('id', '=', r.nomineeId)
            .execute();
        }
        await appendAudit(trx, now(), {
          conferenceId: poll.conference_id,
          entity: 'poll',
          entityId: id,
          action: 'close',
          detail: poll.title,
          after: { attendance, results: named(detail.nominees, tally.results) },
        });
      });
      changed(poll.conference_id);
      return readPoll(db, id);
    },

    'polls.reopen': async ({ id, reason }) => {
      const poll = await pollRow(id);
      if (poll.state !== 'closed') throw wrongState(poll.state, 'mở lại');
      const nominees = await db
        .selectFrom('poll_nominees')
        .select('nominee_id')
        .where('poll_id', '=', id)
        .execute();
      const nomineeIds = nominees.map((n) => n.nominee_id);
      await db.transaction().execute(async (trx) => {
        const statusesBefore = await readAwardFacts(trx, nomineeIds);
        await trx
          .updateTable('polls')
          .set({ state: 'counting', attendance: null, closed_at: null, updated_at: now() })
          .where('id', '=', id)
          .execute();
        await trx.updateTable('poll_nominees').set({ verdict: null }).where('poll_id', '=', id).execute();
        await trx
          .updateTable('nominees')
          .set({ status: 'de_nghi', updated_at: now() })
          .where('id', 'in', nomineeIds)
          .where('status', 'in', ['duoc_duyet', 'khong_duoc_duyet'])
          .execute();
        await appendAudit(trx, now(), {
          conferenceId: poll.conference_id,
          entity: 'poll',
          entityId: id,
          action: 'reopen',
          detail: reason,
          // The approvals the close gave are taken back: the log shows whose.
          before: { state: 'closed', nominees: statusesBefore.map(awardOf) },
          after: { state: 'counting', nominees: (await readAwardFacts(trx, nomineeIds)).map(awardOf) },
        });
      });
      changed(poll.conference_id);
      return readPoll(db, id);
    },
    ...pollDocumentHandlers(ctx),
  };
}
