import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { openDatabase, type Store, rawSqlite } from '../../src/main/db/open';
import { MIGRATIONS } from '../../src/main/db/migrations';

const ROOT = resolve(__dirname, '../..');

/** How many kills each crash test makes; lower it locally with HOI_NGHI_CRASH_RUNS. */
export const KILLS = Number(process.env.HOI_NGHI_CRASH_RUNS ?? 50);

/** The seed of the kill moments: set HOI_NGHI_CRASH_SEED to replay a failing run. */
export function crashSeed(): number {
  const given = process.env.HOI_NGHI_CRASH_SEED;
  return given === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(given);
}

/** mulberry32: small, seedable, good enough to spread kill moments. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Stands in for packages a child bundles but never calls: loading exceljs alone costs about
 * 400 ms of CPU, paid by every child. A call into the stand-in throws, so a child that did need
 * the package fails loudly instead of passing.
 */
function leaveOut(packages: string[]): Plugin {
  return {
    name: 'leave-out',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) =>
        packages.includes(args.path) ? { path: args.path, namespace: 'left-out' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
        contents: `module.exports = new Proxy({}, { get(_, key) {
          if (key === '__esModule') return undefined;
          throw new Error(${JSON.stringify(`${args.path} is left out of this crash child`)});
        } });`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Bundles a child script into one CommonJS file. Started through tsx, a child that loads the
 * core takes about 2 s of CPU before it does anything; bundled, a few hundred milliseconds, which
 * is what keeps 150 kills affordable. The packages go into the bundle too (all but the native
 * SQLite binding, and PostgreSQL's driver, which a child on a SQLite file never loads): one file parsed is about half the start-up of Node resolving and reading
 * kysely's and zod's many files. `unused` names packages the child's code imports but never
 * calls, left out to shorten its start-up further.
 */
export async function bundleChild(name: string, outDir: string, unused: string[] = []): Promise<string> {
  const outfile = resolve(outDir, `${name}.cjs`);
  await build({
    entryPoints: [resolve(__dirname, 'children', `${name}.ts`)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3', 'pg', 'pg-native'],
    // import('pg') as require: an ESM import would not look in NODE_PATH, where the parent puts
    // the repository's packages for the child.
    supported: { 'dynamic-import': false },
    plugins: [leaveOut(unused)],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** What the parent saw of one child, read after it died (the pipe holds all it wrote). */
export interface KilledChild {
  /** Operations the child announced it was starting / had finished, by kind. */
  started: Map<string, number>;
  done: Map<string, number>;
  /** The kind of the operation under way when the child died, if any. */
  inFlight: string | null;
  /** Milliseconds from the first `started` line to the first `done` line, if seen. */
  firstOpMs: number | null;
}

export type KillMoment =
  /** This many milliseconds after the child announced its first operation. */
  | { afterStartMs: number }
  /** Right after its first operation finished (to measure how long one takes). */
  | { afterFirstDone: true };

const CHILD_TIMEOUT_MS = 60_000;

/**
 * Runs a bundled child that prints `ready`, then `started <kind>` / `done <kind>` around each
 * operation, and kills it with SIGKILL at the moment asked. Rejects if the child ends any other
 * way (an error in the child must not pass as a crash).
 */
export function runAndKill(bundle: string, args: string[], moment: KillMoment): Promise<KilledChild> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      env: { ...process.env, NODE_PATH: resolve(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new Map<string, number>();
    const done = new Map<string, number>();
    let inFlight: string | null = null;
    let firstStartAt: number | null = null;
    let firstOpMs: number | null = null;
    let pending = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const safety = setTimeout(kill, CHILD_TIMEOUT_MS);

    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, kind = ''] = line.split(' ');
        if (word === 'started') {
          started.set(kind, (started.get(kind) ?? 0) + 1);
          inFlight = kind;
          if (firstStartAt === null) {
            firstStartAt = performance.now();
            if ('afterStartMs' in moment) killTimer = setTimeout(kill, moment.afterStartMs);
          }
        } else if (word === 'done') {
          done.set(kind, (done.get(kind) ?? 0) + 1);
          inFlight = null;
          if (firstOpMs === null && firstStartAt !== null) {
            firstOpMs = performance.now() - firstStartAt;
            if ('afterFirstDone' in moment) kill();
          }
        }
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(safety);
      clearTimeout(killTimer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`the child ended by itself (code ${code}, signal ${signal}): ${stderr}`));
      } else if (stderr.trim() !== '') {
        reject(new Error(`the child wrote errors before it was killed: ${stderr}`));
      } else if (firstStartAt === null && 'afterStartMs' in moment) {
        reject(new Error('the child never started its operation'));
      } else {
        resolvePromise({ started, done, inFlight, firstOpMs });
      }
    });
  });
}

/**
 * Opens the database as the app does after a crash and checks the file: no migration left to
 * run, SQLite's integrity check, foreign keys and the search index all clean.
 */
export async function reopenChecked(dataDir: string): Promise<Store> {
  const store = await openDatabase(resolve(dataDir, 'hoi-nghi.sqlite'));
  try {
    const last = Object.keys(MIGRATIONS).sort().at(-1);
    if (store.schemaVersion !== last) throw new Error(`schema at ${store.schemaVersion}, expected ${last}`);
    const integrity = rawSqlite(store).pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity_check: ${String(integrity)}`);
    const orphans = rawSqlite(store).pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) throw new Error(`foreign_key_check: ${JSON.stringify(orphans.slice(0, 5))}`);
    // Throws SQLITE_CORRUPT_VTAB when the full-text index and the nominees disagree.
    rawSqlite(store).prepare("insert into nominee_search (nominee_search) values ('integrity-check')").run();
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Runs the kills one after another, naming the seed and run in any failure so it can be replayed. */
export async function eachKill(
  seed: number,
  kills: number,
  body: (run: number, random: () => number) => Promise<void>,
): Promise<void> {
  const random = prng(seed);
  for (let run = 0; run < kills; run++) {
    try {
      await body(run, random);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`crash run ${run} failed (HOI_NGHI_CRASH_SEED=${seed}): ${message}`, { cause: error });
    }
  }
}
