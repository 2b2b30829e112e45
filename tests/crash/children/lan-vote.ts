import { join } from 'node:path';
import type { CoreContext } from '../../../src/main/core/context';
import { EventBus } from '../../../src/main/core/event-bus';
import { FileRegistry } from '../../../src/main/core/file-registry';
import { openDatabase } from '../../../src/main/db/open';
import { WriteGate } from '../../../src/main/jobs/gate';
import { inProcessJobs } from '../../../src/main/jobs/runner';
import { EvotingService } from '../../../src/main/voting/lan/service';

/**
 * A laptop taking votes from phones until it is killed: opens the database, opens electronic
 * voting for a poll on 127.0.0.1 and says READY. Arguments: data folder, poll id, port, the
 * folder of the phone page.
 */
async function main() {
  const [dataDir = '', pollId = '0', port = '0', pageDir = ''] = process.argv.slice(2);
  const store = await openDatabase(join(dataDir, 'hoi-nghi.sqlite'));
  const context: CoreContext = {
    store,
    events: new EventBus(),
    now: () => new Date(),
    version: '0.0.0',
    exportsDir: join(dataDir, 'exports'),
    dataDir,
    files: new FileRegistry(),
    shell: {},
    gate: new WriteGate(),
    jobs: inProcessJobs({}),
  };
  const service = new EvotingService(context, (message, error) => console.error(message, error), {
    phonePageDir: pageDir,
    limits: { requestsPerSlip: 10_000, wrongCodesPerAddress: 10_000 },
  });
  await service.start(Number(pollId), '127.0.0.1', Number(port));
  process.stdout.write('READY\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
