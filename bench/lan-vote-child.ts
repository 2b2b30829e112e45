import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CoreContext } from '../src/main/core/context';
import { EventBus } from '../src/main/core/event-bus';
import { FileRegistry } from '../src/main/core/file-registry';
import { openDatabase } from '../src/main/db/open';
import { WriteGate } from '../src/main/jobs/gate';
import { inProcessJobs } from '../src/main/jobs/runner';
import { EvotingService } from '../src/main/voting/lan/service';

/**
 * The laptop's side of the phone benchmarks, in a process of its own so that the simulated
 * phones do not share its event loop: opens electronic voting for a poll on 127.0.0.1 and
 * answers "status" on stdin with the operator's counter as JSON. Arguments: data folder, poll
 * id, port.
 */
async function main(): Promise<void> {
  const [dataDir = '', pollId = '0', port = '0'] = process.argv.slice(2);
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
  const service = new EvotingService(context, (message, error) => console.error(message, error));
  await service.start(Number(pollId), '127.0.0.1', Number(port));
  process.stdout.write('READY\n');
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'status') process.stdout.write(`${JSON.stringify(await service.status(Number(pollId)))}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
