import { chromium, type Browser } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { filledCore } from './nominees.bench';
import { startHost } from './web-host';
import { benchDatabaseUrl, removeBenchData } from './engine';
import { defineBenchmark, timeMs } from './types';

interface Running {
  dir: string;
  host: ChildProcess;
  url: string;
  browser: Browser;
}

export const pageBenchmarks = [
  defineBenchmark<Running>({
    name: 'nominees_page_10k_first_render_ms',
    unit: 'ms',
    setup: async () => {
      const filled = await filledCore(10_000);
      await filled.core.close();
      const { host, url } = await startHost(filled.dir, await benchDatabaseUrl(filled.dir));
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
      await removeBenchData(dir);
    },
  }),
];
