import { enableCompileCache } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from '../node-version';
import { parseHostArgs } from './cli';

/**
 * `npm run web [-- --port 4780 --data-dir DIR]` (out/main/host.js). This entry only checks the
 * Node version and the command line: the host and better-sqlite3 are loaded afterwards, by a
 * dynamic import, because a bundler hoists static imports above any check and better-sqlite3
 * crashes on an old Node before it could say anything.
 */
function here(): string {
  // Bundled as CommonJS or ESM depending on the build; both give the folder of this file.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

function run(): void {
  const problem = nodeVersionProblem();
  if (problem !== null) {
    console.error(problem);
    process.exitCode = 1;
    return;
  }
  const command = parseHostArgs(process.argv.slice(2));
  if (command.kind === 'help') {
    console.log(command.text);
    return;
  }
  if (command.kind === 'usage-error') {
    console.error(`${command.message}\n\n${command.text}`);
    process.exitCode = 2;
    return;
  }
  const entryDir = here();
  // Later starts reuse the compiled host from disk (Node 22's compile cache).
  enableCompileCache?.();
  import('./main-host')
    .then(({ startHost }) => startHost(command.options, entryDir))
    .catch((error: unknown) => {
      console.error('Không khởi động được máy chủ web / The web host did not start:', error);
      process.exit(1);
    });
}

run();
