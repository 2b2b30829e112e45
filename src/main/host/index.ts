import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../core/app-error';
import { createFileLogger } from '../logging/logger';
import { startCore } from '../process/client';
import { findCoreWorkerFile, spawnCoreWorker } from '../process/worker-spawn';
import { defaultDataDir } from './data-dir';

/**
 * `npm run web [-- --port 4780 --data-dir DIR]`: the app in a browser on 127.0.0.1.
 * Prints the address with this run's token; the page reads the token from it.
 */
const DEFAULT_PORT = 4780;

function here(): string {
  // Bundled as CommonJS or ESM depending on the build; both give the folder of this file.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'static-dir': { type: 'string' },
      'exports-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Cổng không hợp lệ: ${values.port}`);
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const staticDir = resolve(values['static-dir'] ?? join(here(), '..', 'renderer'));
  const version = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

  const exportsDir = values['exports-dir'] === undefined ? undefined : resolve(values['exports-dir']);
  const logger = createFileLogger(dataDir, { console: true });
  logger.info(`Hội nghị ${version} (máy chủ web) khởi động`);
  // The core runs in a worker thread: this thread only serves HTTP, so it answers while a
  // long call runs.
  const workerFile = findCoreWorkerFile(here());
  if (workerFile === null) throw new Error(`Không thấy tệp lõi ứng dụng (core-worker.js) cạnh ${here()}`);
  // The server (and the contract it checks bodies against) loads while the worker starts.
  const [core, { createHostServer }] = await Promise.all([
    startCore(spawnCoreWorker(workerFile), {
      options: { dataDir, version, logToConsole: true, ...(exportsDir ? { exportsDir } : {}) },
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

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error('Cổng đã được dùng bởi chương trình khác. Hãy chọn cổng khác: npm run web -- --port 4781');
  } else {
    console.error('Không khởi động được máy chủ web:', error);
  }
  process.exit(1);
});
