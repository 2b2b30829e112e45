import { nodeVersionProblem } from './node-version';

/**
 * The Electron main process's entry (out/main/index.js). Electron brings its own Node, so this
 * check passes with any supported Electron; it is here so that both shells refuse an old Node
 * the same way, before better-sqlite3 is loaded. The app itself comes in by a dynamic import,
 * which a bundler cannot hoist above the check.
 */
const problem = nodeVersionProblem();
if (problem !== null) {
  console.error(problem);
  process.exit(1);
} else {
  import('./electron/desktop')
    .then(({ startDesktop }) => startDesktop(__dirname))
    .catch((error: unknown) => {
      console.error('Hội nghị không khởi động được / Hội nghị did not start:', error);
      process.exit(1);
    });
}
