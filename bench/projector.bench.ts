import { chromium, type Browser, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCore, benchDatabaseUrl, removeBenchData } from './engine';
import { startHost } from './web-host';
import { defineBenchmark, type Benchmark } from './types';

const BATCH_SIZE = 10;
const BATCHES = 40;

interface Running {
  dir: string;
  host: ChildProcess;
  browser: Browser;
  operator: Page;
  projector: Page;
  conferenceId: number;
  /** Index of the batch on screen. */
  batch: number;
}

const nameAt = (i: number) => `Nguyễn Văn Thứ ${String(i + 1).padStart(4, '0')}`;

/** A conference of BATCHES × BATCH_SIZE approved Giấy khen honorees, opened, through the core. */
async function arrange(dir: string): Promise<number> {
  const core = await benchCore({ dataDir: dir, log: () => undefined });
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  try {
    const conference = (await call('conferences.create', {
      title: 'Hội nghị tổng kết thi đua năm 2024',
      kind: 'tong_ket',
      startsAt: '2024-12-20',
    })) as { id: number };
    await call('conferences.open', { id: conference.id });
    const forms = (await call('awards.list', {})) as { id: number; name: string }[];
    const awardFormId = forms.find((f) => f.name === 'Giấy khen')?.id;
    for (let i = 0; i < BATCHES * BATCH_SIZE; i++) {
      await call('nominees.create', {
        conferenceId: conference.id,
        kind: 'ca_nhan',
        fullName: nameAt(i),
        unitName: 'Đảng bộ phường Sông Trí',
        awardFormId,
        status: 'duoc_duyet',
      });
    }
    await call('projector.show', { conferenceId: conference.id, screen: 'ceremony', batchSize: BATCH_SIZE });
    return conference.id;
  } finally {
    await core.close();
  }
}

/**
 * Starts watching the projector page for its first name to read `name`; awaited before the
 * click, so the change cannot slip by before the observer is in place. Scripts are passed as
 * text: they run in the page, where neither this file's types nor tsx's helpers exist.
 */
async function watchFor(projector: Page, name: string): Promise<void> {
  await projector.evaluate(`
    window.benchShown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const first = document.querySelector('[aria-label="Nội dung màn hình chiếu"] li > div');
        if (first && first.textContent === ${JSON.stringify(name)}) {
          observer.disconnect();
          resolve(Date.now());
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    undefined; // evaluate would otherwise wait for the promise it was handed
  `);
}

export const projectorBenchmarks: Benchmark[] = [
  defineBenchmark<Running>({
    name: 'projector_update_ms',
    unit: 'ms',
    setup: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-'));
      const conferenceId = await arrange(dir);
      const { host, url } = await startHost(dir, await benchDatabaseUrl(dir));
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
      });
      // Two windows of one browser, as on the operator's laptop: the stage panel and the projector.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const operator = await context.newPage();
      await operator.goto(`${url}#/stage`);
      await operator.getByRole('button', { name: 'Tiếp', exact: true }).waitFor();
      const projector = await context.newPage();
      await projector.setViewportSize({ width: 1920, height: 1080 });
      await projector.goto(`${url}#/projector`);
      await projector.getByText(nameAt(0), { exact: true }).waitFor();
      return { dir, host, browser, operator, projector, conferenceId, batch: 0 };
    },
    // Clock times of both pages on one machine: the click in the operator page to the moment
    // the projector page's DOM shows the next batch's first name.
    run: async (state) => {
      if (state.batch === BATCHES - 1) throw new Error('Out of batches: raise BATCHES for more runs.');
      const expected = nameAt((state.batch + 1) * BATCH_SIZE);
      await watchFor(state.projector, expected);
      const next = state.operator.getByRole('button', { name: 'Tiếp', exact: true });
      const clickedAt = await next.evaluate((button: { click(): void }) => {
        const at = Date.now();
        button.click();
        return at;
      });
      const shownAt = (await state.projector.evaluate(
        'Promise.race([window.benchShown, new Promise((_, no) => setTimeout(() => no(new Error("not shown in 10 s")), 10000))])',
      )) as number;
      state.batch += 1;
      return shownAt - clickedAt;
    },
    teardown: async ({ dir, host, browser }) => {
      await browser.close();
      host.kill('SIGTERM');
      await new Promise((resolve) => host.once('exit', resolve));
      await removeBenchData(dir);
    },
  }),
];
