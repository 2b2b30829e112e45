import type { Kysely } from 'kysely';
import type { ProjectorSetting, ProjectorShowInput } from '../../shared/projector';
import { AppError, notFound } from '../core/app-error';
import type { Database } from '../db/schema';
import { findPollRow } from '../voting/polls/write-queries';

export const POLL_NOT_CLOSED = 'Chỉ chiếu được kết quả của cuộc bỏ phiếu đã kết thúc kiểm phiếu.';

/** What the projector shows next: the chosen screen over the current setting (a poll only once closed). */
export async function chosenSetting(
  db: Kysely<Database>,
  current: ProjectorSetting,
  input: ProjectorShowInput,
): Promise<ProjectorSetting> {
  switch (input.screen) {
    case 'ceremony':
      return { ...current, screen: 'ceremony', batchSize: input.batchSize, batchIndex: input.batchIndex };
    case 'poll': {
      const poll = await findPollRow(db, input.pollId);
      if (!poll || poll.conference_id !== input.conferenceId)
        throw notFound(`cuộc bỏ phiếu #${input.pollId}`);
      if (poll.state !== 'closed') throw new AppError('CONFLICT', POLL_NOT_CLOSED);
      // A result always opens on its summary: how many passed, the rule, the quorum.
      return { ...current, screen: 'poll', pollId: input.pollId, pollPage: 0 };
    }
    case 'evoting': {
      const poll = await findPollRow(db, input.pollId);
      if (!poll || poll.conference_id !== input.conferenceId)
        throw notFound(`cuộc bỏ phiếu #${input.pollId}`);
      return { ...current, screen: 'evoting', pollId: input.pollId };
    }
    default:
      return { ...current, screen: input.screen };
  }
}
