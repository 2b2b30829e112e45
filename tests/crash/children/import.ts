import { readFileSync } from 'node:fs';
import { importHandlers } from '../../../src/main/imports/handlers';
import { must, openChildCore, say } from './child-core';

// node import.cjs <dataDir> <conferenceId> <file.xlsx>: reads the list, then commits it once
// and waits to be killed.
const [dataDir = '', conferenceId = '', file = ''] = process.argv.slice(2);

async function main(): Promise<void> {
  const dispatch = await openChildCore(dataDir, importHandlers);
  const preview = await must<{ importId: string; rows: unknown[] }>(dispatch, 'imports.open', {
    conferenceId: Number(conferenceId),
    fileName: 'danh-sach-10000.xlsx',
    contentBase64: readFileSync(file).toString('base64'),
  });
  say(`ready ${preview.rows.length}`);
  say('started commit');
  await must(dispatch, 'imports.commit', { importId: preview.importId });
  say('done commit');
  setInterval(() => undefined, 60_000);
}

void main();
