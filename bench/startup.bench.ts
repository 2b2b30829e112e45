import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filledCore } from './nominees.bench';
import { defineBenchmark } from './types';
import { startHost } from './web-host';

/** POSTs one call to a running host and resolves when its answer has arrived whole. */
function firstAnswer(url: string, method: string): Promise<void> {
  const address = new URL(url);
  const token = address.searchParams.get('token') ?? '';
  return new Promise((resolve, reject) => {
    const req = request(
      `${address.origin}/api/${method}`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean };
          if (reply.ok) resolve();
          else reject(new Error(`${method} failed: ${Buffer.concat(chunks).toString('utf8')}`));
        });
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

async function stop(host: ChildProcess): Promise<void> {
  if (host.exitCode !== null) return;
  host.kill('SIGTERM');
  await new Promise((resolve) => host.once('exit', resolve));
}

/** From spawning the built web host to the first list of conferences it answers. */
async function coldStart(dir: string): Promise<number> {
  const start = performance.now();
  const { host, url } = await startHost(dir);
  try {
    await firstAnswer(url, 'conferences.list');
    return performance.now() - start;
  } finally {
    await stop(host);
  }
}

/**
 * The floor of a start: a Node process that opens the same file with better-sqlite3, listens and
 * answers the same first question from one query (what any start must at least do).
 */
const FLOOR_HOST = `
const http = require('node:http');
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
const server = http.createServer((req, res) => {
  const rows = db.prepare('select id, title from conferences where archived_at is null').all();
  res.end(JSON.stringify({ ok: true, value: rows }));
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port + '/?token=floor'));
`;

async function floorStart(dir: string): Promise<number> {
  const start = performance.now();
  const host = spawn(process.execPath, ['-e', FLOOR_HOST, join(dir, 'hoi-nghi.sqlite')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: join(__dirname, '..'),
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      host.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)/.exec(out)?.[1];
        if (found) resolve(found);
      });
      host.once('exit', (code) => reject(new Error(`floor host exited with ${code}`)));
    });
    await firstAnswer(url, 'conferences.list');
    return performance.now() - start;
  } finally {
    await stop(host);
  }
}

const filledFolder = async (): Promise<{ dir: string }> => {
  const filled = await filledCore(100_000);
  await filled.core.close();
  return { dir: filled.dir };
};

const removeFolder = ({ dir }: { dir: string }): Promise<void> => {
  rmSync(dir, { recursive: true, force: true });
  return Promise.resolve();
};

const COLD_START = "the host's first answer over a SQLite file in the data folder, and its floor";

export const startupBenchmarks = [
  defineBenchmark<{ dir: string }>({
    name: 'cold_start_100k_ms',
    group: 'cold_start_100k',
    unit: 'ms',
    sqliteOnly: COLD_START,
    setup: filledFolder,
    run: ({ dir }) => coldStart(dir),
    teardown: removeFolder,
  }),
  defineBenchmark<{ dir: string }>({
    name: 'cold_start_100k_floor_ms',
    group: 'cold_start_100k',
    unit: 'ms',
    sqliteOnly: COLD_START,
    setup: filledFolder,
    run: ({ dir }) => floorStart(dir),
    teardown: removeFolder,
  }),
  defineBenchmark<{ root: string }>({
    name: 'cold_start_empty_ms',
    group: 'cold_start_empty',
    unit: 'ms',
    sqliteOnly: COLD_START,
    setup: () => Promise.resolve({ root: mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-')) }),
    // A folder never used before: the first start creates and migrates the database.
    run: ({ root }) => coldStart(mkdtempSync(join(root, 'run-'))),
    teardown: ({ root }) => removeFolder({ dir: root }),
  }),
  defineBenchmark<{ root: string }>({
    name: 'cold_start_empty_floor_ms',
    group: 'cold_start_empty',
    unit: 'ms',
    sqliteOnly: COLD_START,
    setup: () => Promise.resolve({ root: mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-')) }),
    // The same first question on a file holding only the conferences table.
    run: async ({ root }) => {
      const dir = mkdtempSync(join(root, 'run-'));
      const Database = (await import('better-sqlite3')).default;
      const db = new Database(join(dir, 'hoi-nghi.sqlite'));
      db.exec('create table conferences (id integer primary key, title text, archived_at text)');
      db.close();
      return floorStart(dir);
    },
    teardown: ({ root }) => removeFolder({ dir: root }),
  }),
];
