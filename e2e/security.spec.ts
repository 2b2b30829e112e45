import { openSync, closeSync, ftruncateSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ImportPage } from './pages/ImportPage';
import { NomineesPage } from './pages/NomineesPage';
import { apiCaller } from './support/api';
import { expect, test } from './support/fixtures';

// Page-side code is passed as text: the e2e code is compiled without the DOM's types.

/** Collects the page's Content-Security-Policy violations from now on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(`
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(event.effectiveDirective + ' ' + event.blockedURI));`);
  return () => page.evaluate<string[]>('[...window.violations]');
}

/**
 * Tries what an injected string could do. Code Playwright evaluates is exempt from the policy,
 * so the attempts run later, in the page's own tasks (a timer), where the policy applies.
 */
const ATTEMPTS = `new Promise((resolve) => {
  const script = document.createElement('script');
  script.textContent = 'window.inlineRan = true';
  document.body.append(script);
  setTimeout('window.stringTimerRan = true', 0);
  const link = document.createElement('a');
  link.href = 'javascript:window.linkRan = true';
  link.textContent = 'Liên kết lạ';
  document.body.append(link);
  setTimeout(() => {
    const attempt = (run) => {
      try {
        return String(run());
      } catch (error) {
        return error.name;
      }
    };
    const evalRan = attempt(() => eval('1 + 1'));
    const functionRan = attempt(() => new Function('return 2')());
    link.click();
    setTimeout(() => resolve({
      inline: window.inlineRan ?? false,
      stringTimer: window.stringTimerRan ?? false,
      evalRan,
      functionRan,
      link: window.linkRan ?? false,
    }), 300);
  }, 0);
})`;

/** A file of `bytes` zero bytes (sparse: it costs no disk). */
function emptyFile(dir: string, name: string, bytes: number): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

test.describe('the page runs with no more power than a web page', () => {
  test('has no Node: no require, process, module or Buffer', async ({ page, app }) => {
    await expect(app.header).toBeVisible();
    const globals = await page.evaluate<string[]>(
      "['require', 'process', 'module', 'Buffer', 'global', '__dirname'].filter((name) => name in window)",
    );
    expect(globals).toEqual([]);
  });

  test('runs no inline script, no eval and no javascript: link', async ({ page, app }) => {
    await expect(app.header).toBeVisible();
    const violations = await watchViolations(page);

    const ran = await page.evaluate(ATTEMPTS);

    expect(ran).toEqual({
      inline: false,
      stringTimer: false,
      evalRan: 'EvalError',
      functionRan: 'EvalError',
      link: false,
    });
    const seen = await violations();
    expect(seen).toEqual(expect.arrayContaining(['script-src-elem inline', 'script-src eval']));
    // The page is still the app, not a page the link navigated to.
    await expect(app.header).toBeVisible();
  });

  test('cannot send data to another address', async ({ page, app, host }) => {
    await expect(app.header).toBeVisible();
    const violations = await watchViolations(page);
    // Another port of this same machine is another origin: a likely place for something to listen.
    const elsewhere = `http://127.0.0.1:${Number(new URL(host.origin).port) + 1}/thu`;
    const outcome = await page.evaluate<string>(
      `fetch(${JSON.stringify(elsewhere)}, { method: 'POST', body: 'dữ liệu' }).then(() => 'sent', (e) => e.name)`,
    );
    expect(outcome).toBe('TypeError');
    await expect.poll(violations).toContainEqual(`connect-src ${elsewhere}`);
  });
});

test.describe('the web host', () => {
  test('listens on 127.0.0.1 only', async ({ host }) => {
    const port = Number(new URL(host.origin).port);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    // 127.0.0.2 is this machine too; a server bound to every address would answer there.
    expect(await accepts('127.0.0.2', port)).toBe(false);
  });

  test('changes nothing for a call from another page, even with the token', async ({ host, request }) => {
    const refused = await request.post(`${host.origin}/api/conferences.create`, {
      headers: { authorization: `Bearer ${host.token}`, origin: 'http://evil.example' },
      data: { title: 'Không được tạo', kind: 'khac', startsAt: '2026-01-01' },
    });
    expect(refused.status()).toBe(403);
    expect(await apiCaller(request, host)('conferences.list', {})).toEqual([]);
  });
});

test.describe('files too large are refused before they are read', () => {
  test('an Excel list over 20 MB, with the reason in Vietnamese and nothing sent', async ({
    page,
    conferences,
    app,
  }, testInfo) => {
    await conferences.createSample();
    await app.goTo('Đối tượng khen thưởng');
    await new NomineesPage(page).startImport();
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/imports.')) uploads.push(request.url());
    });

    const big = emptyFile(testInfo.outputDir, 'danh-sach-qua-lon.xlsx', 20 * 1024 * 1024 + 1);
    await new ImportPage(page).chooseFile(big);

    await expect(page.getByRole('alert')).toContainText('Tệp lớn hơn 20 MB, không thể nhập.');
    expect(uploads).toEqual([]);
  });

  test('a certificate template file over its limit', async ({ page, app }, testInfo) => {
    await page.goto(`${app.page.url().split('#')[0]}#/templates`);
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/templates.import')) uploads.push(request.url());
    });
    const big = emptyFile(testInfo.outputDir, 'mau-qua-lon.hoinghi-mau.json', 80 * 1024 * 1024);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Nhập tệp mẫu' }).click();
    await (await chooser).setFiles(big);

    await expect(page.getByText(/Tệp lớn hơn \d+ MB: không phải tệp mẫu giấy khen/)).toBeVisible();
    expect(uploads).toEqual([]);
  });
});
