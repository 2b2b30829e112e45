/**
 * The oldest Node.js the app runs on, checked before anything heavy is loaded. The same floor is
 * in package.json (`engines`, enforced at install by .npmrc's engine-strict) and in
 * scripts/check-node.cjs; the development tools set it (react-router asks for 22.22, ESLint for
 * 22.13), and better-sqlite3 13 crashes outright on Node 20.
 */
export const MIN_NODE_VERSION = '22.22.0';

/** [major, minor, patch] of "22.12.0", "v22.12.0" or "22.12.0-nightly"; missing parts are 0. */
function parts(version: string): [number, number, number] {
  const [major, minor, patch] = version
    .replace(/^v/, '')
    .split(/[.+-]/)
    .map((part) => Number.parseInt(part, 10));
  const number = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value : 0);
  return [number(major), number(minor), number(patch)];
}

export function isNodeRecentEnough(version: string, minimum: string = MIN_NODE_VERSION): boolean {
  const found = parts(version);
  const wanted = parts(minimum);
  for (let index = 0; index < 3; index += 1) {
    const difference = (found[index] ?? 0) - (wanted[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** What to install, in Vietnamese then English, on one line each. */
export function oldNodeMessage(version: string, minimum: string = MIN_NODE_VERSION): string {
  const wanted = minimum.replace(/\.0$/, '');
  return [
    `Hội nghị cần Node.js ${wanted} trở lên, máy đang chạy ${version}: hãy cài Node 22 LTS từ https://nodejs.org hoặc chạy "nvm install" (phiên bản ghi trong .nvmrc).`,
    `Hội nghị needs Node.js ${wanted} or newer, this is ${version}: install Node 22 LTS from https://nodejs.org or run "nvm install" (the version is in .nvmrc).`,
  ].join('\n');
}

/**
 * Null when `version` is recent enough, else the message to print before exiting with code 1.
 * The shells call this first and load the rest of the app (better-sqlite3 with it) only after.
 */
export function nodeVersionProblem(version: string = process.versions.node): string | null {
  return isNodeRecentEnough(version) ? null : oldNodeMessage(`v${version.replace(/^v/, '')}`);
}
