import { writeFile } from 'node:fs/promises';
import { AppError } from '../../core/app-error';
import type { CoreContext } from '../../core/context';
import type { Handlers } from '../../core/dispatcher';
import { documentHeading } from '../../documents/heading';
import { exportFileName, writeExport } from '../../exports/files';
import { renderBallots } from '../ballots-pdf';
import { renderMinutes } from '../minutes-pdf';
import { readMinutesInput } from './minutes-input';
import { readPoll } from './queries';

export { DENOMINATOR_LABEL } from './minutes-input';

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
      const { poll, ...heading } = await context(id);
      const { input } = await readMinutesInput(db, poll, heading, ctx.now());
      const pdf = await renderMinutes(input);
      return save(
        exportFileName('Biên bản kiểm phiếu', poll.title, 'pdf'),
        pdf,
        poll.tally?.results.length ?? 0,
      );
    },
  };
}
