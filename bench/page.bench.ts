import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { filledCore } from './nominees.bench';
import { defineBenchmark, timeMs } from './types';

const HOST = join(__dirname, '..', 'out', 'main', 'host.js');

interface Running {
  dir: string;
  host: ChildProcess;
  url: string;
  browser: Browser;
}

function startHost(dataDir: string): Promise<{ host: ChildProcess; url: string }> {
  if (!existsSync(HOST)) throw new Error('The web host is not built: run "npm run build" first.');
  const host = spawn(process.execPath, [HOST, '--port', '0', '--data-dir', dataDir], {
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

export const pageBenchmarks = [
  defineBenchmark<Running>({
    name: 'nominees_page_10k_first_render_ms',
    unit: 'ms',
    setup: async () => {
      const filled = await filledCore(10_000);
      await filled.core.close();
      const { host, url } = await startHost(filled.dir);
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      });
      return { dir: filled.dir, host, url, browser };
    },
    // A fresh browser context each run (no cache): from navigation to the first rows on screen.
    run: async ({ url, browser }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      try {
        return await timeMs(async () => {
          await page.goto(`${url}#/nominees`);
          await page
            .getByRole('table', { name: 'Danh sách đối tượng' })
            .locator('tbody tr[aria-rowindex]')
            .first()
            .waitFor({ state: 'visible', timeout: 30_000 });
        });
      } finally {
        await context.close();
      }
    },
    teardown: async ({ dir, host, browser }) => {
      await browser.close();
      host.kill('SIGTERM');
      await new Promise((resolve) => host.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  }),
];
