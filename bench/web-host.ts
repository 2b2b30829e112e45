import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const HOST = join(__dirname, '..', 'out', 'main', 'host.js');

/**
 * Starts the built web host on a free port over `dataDir` (and the PostgreSQL database
 * `databaseUrl` when given); resolves with the address it prints.
 */
export function startHost(
  dataDir: string,
  databaseUrl?: string,
): Promise<{ host: ChildProcess; url: string }> {
  if (!existsSync(HOST)) throw new Error('The web host is not built: run "npm run build" first.');
  const server = databaseUrl === undefined ? [] : ['--database-url', databaseUrl];
  const host = spawn(process.execPath, [HOST, '--port', '0', '--data-dir', dataDir, ...server], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    host.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)?.[1];
      if (url) resolve({ host, url });
    });
    host.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
}
