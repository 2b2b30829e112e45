import { writeFile } from 'node:fs/promises';
import { formatDocumentDate } from '../../../shared/dates';
import type { Denominator } from '../../../shared/voting';
import { AppError } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import type { Handlers } from '../../core/dispatcher';
import { documentHeading } from '../../documents/heading';
import { exportFileName, writeExport } from '../../exports/files';
import { renderBallots } from '../ballots-pdf';
import { listMembers } from '../council/queries';
import { renderMinutes } from '../minutes-pdf';
import { readPoll } from './queries';
import { electronicBallotCount } from '../lan/queries';

/** How documents name what a threshold is a share of. */
export const DENOMINATOR_LABEL: Record<Denominator, string> = {
  all_members: 'tổng số thành viên Hội đồng',
  members_present: 'số thành viên dự họp',
  ballots_issued: 'số phiếu phát ra',
  ballots_returned: 'số phiếu thu vào',
  valid_ballots: 'số phiếu hợp lệ',
};

export function pollDocumentHandlers(
  ctx: CoreContext,
): Pick<Handlers, 'polls.ballotsPdf' | 'polls.minutesPdf'> {
  const { db } = ctx.store;

  // Rendered in memory as before; written like every other export so that it travels by handle.
  const save = (name: string, pdf: Buffer, rows: number) =>
    writeExport({
      dir: ctx.exportsDir,
      files: ctx.files,
      fileName: name,
      rows,
      write: (path) => writeFile(path, pdf),
    });

  const context = async (pollId: number) => {
    const poll = await readPoll(db, pollId);
    return { poll, ...(await documentHeading(db, poll.conferenceId)) };
  };

  return {
    'polls.ballotsPdf': async ({ id, copies }) => {
      const { poll, organiser, partyHeader } = await context(id);
      // One ballot per member in the room; written opinions come on paper of their own.
      const { present, totalMembers } = poll.attendance;
      const count = copies ?? (present > 0 ? present : totalMembers);
      if (count < 1) {
        throw new AppError(
          'VALIDATION',
          'Chưa có thành viên nào có mặt: hãy điểm danh hoặc nhập số phiếu cần in.',
        );
      }
      const pdf = await renderBallots({
        organisation: organiser.toUpperCase(),
        partyHeader,
        pollTitle: poll.title,
        nominees: poll.nominees.map((n) => ({
          kind: n.kind,
          name: n.fullName,
          unit: n.unitName,
          awardForm: n.awardFormName,
        })),
        copies: count,
        firstSerial: 1,
      });
      return save(exportFileName('Phiếu bầu', poll.title, 'pdf'), pdf, count);
    },

    'polls.minutesPdf': async ({ id }) => {
      const { poll, conference, settings, organiser, partyHeader } = await context(id);
      if (!poll.counts || !poll.tally)
        throw new AppError('VALIDATION', 'Chưa có kết quả kiểm phiếu để lập biên bản.');
      const members = await listMembers(db, poll.conferenceId);
      const tellers = members.filter((m) => m.role === 'kiem_phieu');
      const chair = members.find((m) => m.role === 'chu_tich');
      const when = poll.closedAt ?? ctx.now().toISOString();
      const local = new Date(when);
      const pad = (n: number) => String(n).padStart(2, '0');
      const date = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
      const byId = new Map(poll.nominees.map((n) => [n.nomineeId, n]));
      const { numerator, denominator } = poll.rule.threshold;
      const pdf = await renderMinutes({
        organisation: organiser.toUpperCase(),
        partyHeader,
        placeName: conference.placeName || settings.placeName,
        date,
        subject: `(V/v: ${poll.title})`,
        time: `${pad(local.getHours())} giờ ${pad(local.getMinutes())}, ${formatDocumentDate(date)}`,
        venue: conference.venue || conference.placeName,
        tellers: tellers.map((m, i) => ({ name: m.name, role: i === 0 ? 'Trưởng ban' : 'Thành viên' })),
        totalMembers: poll.attendance.totalMembers,
        present: poll.attendance.present,
        writtenOpinions: poll.attendance.writtenOpinions,
        ballotsIssued: poll.counts.ballotsIssued,
        ballotsReturned: poll.counts.ballotsReturned,
        electronicBallots: await electronicBallotCount(db, id),
        valid: poll.counts.valid,
        invalid: poll.counts.invalid,
        ruleText: `${poll.rule.strict ? 'Trên' : 'Từ'} ${numerator}/${denominator} ${DENOMINATOR_LABEL[poll.rule.denominator]}`,
        denominatorLabel: DENOMINATOR_LABEL[poll.rule.denominator],
        denominatorValue: poll.tally.denominatorValue,
        quorumMet: poll.tally.quorumMet,
        rows: poll.tally.results.map((r) => ({
          kind: byId.get(r.nomineeId)?.kind ?? 'ca_nhan',
          name: byId.get(r.nomineeId)?.fullName ?? '',
          unit: byId.get(r.nomineeId)?.unitName ?? '',
          agree: r.agree,
          disagree: r.disagree,
          percent: r.percent,
          verdict: r.verdict,
        })),
        presidium: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair?.name ?? settings.signerName },
      });
      return save(exportFileName('Biên bản kiểm phiếu', poll.title, 'pdf'), pdf, poll.tally.results.length);
    },
  };
}
