import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { AppError } from '../core/app-error';
import { createFileLogger } from '../logging/logger';
import { startCore } from '../process/client';
import { findCoreWorkerFile, spawnCoreWorker } from '../process/worker-spawn';
import type { HostOptions } from './cli';
import { defaultDataDir } from './data-dir';

/**
 * The web host itself: the app in a browser on 127.0.0.1. Prints the address with this run's
 * token; the page reads the token from it. Loaded by ./index.ts once Node is known to be recent
 * enough; `entryDir` is the folder of that entry (out/main), since this file may be bundled
 * into a chunk one folder below.
 */
async function main(options: HostOptions, entryDir: string): Promise<void> {
  const { port } = options;
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const staticDir = resolve(options.staticDir ?? join(entryDir, '..', 'renderer'));
  const version = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

  const exportsDir = options.exportsDir === undefined ? undefined : resolve(options.exportsDir);
  const databaseUrl = options.databaseUrl ?? (process.env.HOI_NGHI_DATABASE_URL || undefined);
  const logger = createFileLogger(dataDir, { console: true });
  logger.info(`Hội nghị ${version} (máy chủ web) khởi động`);
  // The core runs in a worker thread: this thread only serves HTTP, so it answers while a
  // long call runs.
  const workerFile = findCoreWorkerFile(entryDir);
  if (workerFile === null) throw new Error(`Không thấy tệp lõi ứng dụng (core-worker.js) cạnh ${entryDir}`);
  // The server (and the contract it checks bodies against) loads while the worker starts.
  const [core, { createHostServer }] = await Promise.all([
    startCore(spawnCoreWorker(workerFile), {
      options: {
        dataDir,
        version,
        logToConsole: true,
        ...(exportsDir ? { exportsDir } : {}),
        ...(databaseUrl ? { databaseUrl } : {}),
      },
      log: logger.error,
    }),
    import('./server'),
  ]);
  const token = randomBytes(24).toString('base64url');
  const server = createHostServer({ core, staticDir, token });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://127.0.0.1:${actualPort}/?token=${token}`;
  console.log(`Hội nghị đang chạy tại: ${url}`);
  console.log(`Dữ liệu: ${core.info.databasePath}`);
  console.log(`Tệp xuất: ${core.info.exportsDir}`);
  console.log(`Nhật ký: ${logger.file}`);
  console.log('Nhấn Ctrl+C để dừng.');

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void core.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Starts the host; on failure says why in Vietnamese and exits with code 1. */
export function startHost(options: HostOptions, entryDir: string): Promise<void> {
  return main(options, entryDir).catch((error: unknown) => {
    if (error instanceof AppError) {
      console.error(error.message);
    } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(
        'Cổng đã được dùng bởi chương trình khác. Hãy chọn cổng khác: npm run web -- --port 4781',
      );
    } else {
      console.error('Không khởi động được máy chủ web:', error);
    }
    process.exit(1);
  });
}
