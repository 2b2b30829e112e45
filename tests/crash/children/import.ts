import { readFileSync } from 'node:fs';
import { importHandlers } from '../../../src/main/imports/handlers';
import { ImportSessions } from '../../../src/main/imports/sessions';
import { must, openChildCore, say } from './child-core';
import type { OpenedList } from './opened-list';

// node import.cjs <dataDir> <opened.json> [databaseUrl]: takes up the list as the app's
// `imports.open` read it in the parent, commits it once through `imports.commit` (into the file
// in dataDir, or the PostgreSQL database) and waits to be killed.
const [dataDir = '', openedFile = '', databaseUrl] = process.argv.slice(2);

async function main(): Promise<void> {
  const sessions = new ImportSessions();
  const dispatch = await openChildCore(dataDir, (ctx) => importHandlers(ctx, sessions), databaseUrl);
  const session = sessions.create(JSON.parse(readFileSync(openedFile, 'utf8')) as OpenedList);
  say(`ready ${session.rows.length}`);
  say('started commit');
  await must(dispatch, 'imports.commit', { importId: session.id });
  say('done commit');
  setInterval(() => undefined, 60_000);
}

void main();
