import { decisionHandlers } from '../../../src/main/decisions/handlers';
import { must, openChildCore, say } from './child-core';

// node numbering.cjs <dataDir> <conferenceId> <registerId> <nomineeIds,...>: makes decisions
// over and over, each numbering the whole batch from the register, until it is killed.
const [dataDir = '', conferenceId = '', registerId = '', ids = ''] = process.argv.slice(2);

async function main(): Promise<void> {
  const dispatch = await openChildCore(dataDir, decisionHandlers);
  const nomineeIds = ids.split(',').map(Number);
  say('ready');
  for (let round = 1; ; round++) {
    say('started assign');
    const decision = await must<{ id: number; revision: number }>(dispatch, 'decisions.create', {
      conferenceId: Number(conferenceId),
      // A run restarted after a kill starts again at round 1: its numbers must not repeat the last run's.
      number: `${process.pid}.${round}-QĐ/ThU`,
      date: '2021-05-19',
      issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
      signerCapacity: 'T/M BAN THƯỜNG VỤ',
      signerTitle: 'BÍ THƯ',
      signerName: 'Nguyễn Văn Khánh',
      placeName: 'Kỳ Anh',
      registerId: Number(registerId),
    });
    await must(dispatch, 'decisions.assign', {
      decisionId: decision.id,
      revision: decision.revision,
      nomineeIds,
    });
    say('done assign');
  }
}

void main();
