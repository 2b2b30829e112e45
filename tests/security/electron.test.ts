import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenApp,
  isTrustedSender,
  type ElectronParts,
  type GuardedContents,
} from '../../src/main/electron/security';
import { secureWebPreferences } from '../../src/main/electron/web-preferences';

const MAIN = resolve(__dirname, '../../src/main');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The text of the call's argument list, from `new BrowserWindow(` to its closing parenthesis. */
function argumentsAt(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return source.slice(open + 1, i);
  }
  throw new Error('unbalanced parentheses');
}

/** Every window the main process can open, wherever it is written (new windows included). */
const windows = sourcesUnder(MAIN).flatMap((path) => {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/new BrowserWindow\(/g)].map((match) => ({
    where: relative(MAIN, path),
    options: argumentsAt(source, (match.index ?? 0) + match[0].length - 1),
  }));
});

describe('the settings of every Electron window', () => {
  it('finds the main window at least', () => {
    expect(windows.map((w) => w.where)).toContain(join('electron', 'desktop.ts'));
  });

  it.each(windows)('$where: takes the shared secure settings, nothing added', ({ options }) => {
    const compact = options.replace(/\s+/g, '');
    expect(compact).toMatch(/webPreferences:secureWebPreferences\([^)]*\)/);
    // Nothing may loosen them after the fact (a spread or a second key).
    expect(compact.match(/webPreferences/g)).toHaveLength(1);
  });

  it('the shared settings isolate the page from Node and Electron', () => {
    const settings = secureWebPreferences('/app/preload.js');
    expect(settings).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(settings).not.toHaveProperty('nodeIntegrationInWorker', true);
    expect(settings).not.toHaveProperty('experimentalFeatures', true);
  });

  it('answers IPC only after checking the sender is the app page', () => {
    const handlers = sourcesUnder(MAIN).flatMap((path) => {
      const source = readFileSync(path, 'utf8');
      return [...source.matchAll(/ipcMain\.(handle|handleOnce|on|once)\(/g)].map((match) => ({
        where: relative(MAIN, path),
        body: argumentsAt(source, (match.index ?? 0) + match[0].length - 1),
      }));
    });
    expect(handlers.length).toBeGreaterThan(0);
    for (const { where, body } of handlers) {
      expect(body, where).toMatch(/if \(!isTrustedSender\(event\.senderFrame, /);
    }
  });

  it('gives the page a bridge of two functions and no raw IPC', () => {
    const preload = readFileSync(resolve(MAIN, '../preload/index.ts'), 'utf8');
    expect([...preload.matchAll(/exposeInMainWorld\(/g)]).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('hoiNghi', bridge\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});

type Listener = (event: { preventDefault(): void }, url: string) => void;
type ContentsCreated = (event: unknown, contents: GuardedContents) => void;

/** Stand-ins for Electron's app, session, shell and a window's webContents. */
function fakeElectron() {
  const appListeners = new Map<string, ContentsCreated>();
  let permissionRequest: Parameters<
    ElectronParts['session']['defaultSession']['setPermissionRequestHandler']
  >[0] = () => undefined;
  let permissionCheck: () => boolean = () => true;
  const openExternal = vi.fn(() => Promise.resolve());
  const parts: ElectronParts = {
    app: {
      on: (event, listener) => appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler) => (permissionRequest = handler),
        setPermissionCheckHandler: (handler) => (permissionCheck = handler),
      },
    },
    shell: { openExternal },
  };

  /** A new window's webContents, created after hardenApp ran, as Electron would announce it. */
  function newContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: (details: { url: string }) => { action: 'deny' } = () => ({ action: 'deny' });
    const contents: GuardedContents = {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler) => (openHandler = handler),
    };
    appListeners.get('web-contents-created')?.({}, contents);
    const emit = (event: string, url?: string): boolean => {
      const preventDefault = vi.fn();
      const listener = listeners.get(event);
      if (!listener) throw new Error(`no ${event} listener`);
      listener({ preventDefault }, url ?? '');
      return preventDefault.mock.calls.length > 0;
    };
    return {
      /** True when the navigation was stopped. */
      navigate: (url: string) => emit('will-navigate', url),
      redirect: (url: string) => emit('will-redirect', url),
      attachWebview: () => emit('will-attach-webview'),
      open: (url: string) => openHandler({ url }),
    };
  }

  const askPermission = (permission: string) =>
    new Promise<boolean>((resolvePromise) => permissionRequest({}, permission, resolvePromise));
  return { parts, newContents, openExternal, askPermission, checkPermission: () => permissionCheck() };
}

const FILE_APP = 'file:///C:/Program%20Files/Hoi%20nghi/resources/app.asar/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('hardenApp', () => {
  function hardened(appUrl = FILE_APP) {
    const electron = fakeElectron();
    hardenApp(electron.parts, () => appUrl);
    return electron;
  }

  it.each([
    ['another site', 'https://evil.example/', true],
    ['a javascript: URL', 'javascript:alert(1)', true],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>', true],
    ['another local file', 'file:///C:/Users/x/Downloads/trang.html', true],
    ['the app page at another route', `${FILE_APP}#/projector`, false],
    ['the app page itself', FILE_APP, false],
  ])('navigating to %s: stopped %s', (_, url, stopped) => {
    const contents = hardened().newContents();
    expect(contents.navigate(url)).toBe(stopped);
    expect(contents.redirect(url)).toBe(stopped);
  });

  it('with the dev server, allows only its origin', () => {
    const contents = hardened(DEV_APP).newContents();
    expect(contents.navigate('http://localhost:5173/#/nominees')).toBe(false);
    expect(contents.navigate('http://localhost:5174/')).toBe(true);
    expect(contents.navigate('http://127.0.0.1:5173/')).toBe(true);
  });

  it('opens no window: web links go to the system browser, anything else nowhere', () => {
    const electron = hardened();
    const contents = electron.newContents();
    expect(contents.open('https://thuvienphapluat.vn/')).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledWith('https://thuvienphapluat.vn/');
    for (const url of [
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      FILE_APP,
      'ms-settings:',
    ]) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach a <webview>', () => {
    expect(hardened().newContents().attachWebview()).toBe(true);
  });

  it('denies every permission request and check', async () => {
    const electron = hardened();
    await Promise.resolve();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(await electron.askPermission(permission)).toBe(false);
    }
    expect(electron.checkPermission()).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const top = (url: string) => ({ parent: null, url });
  it.each([
    ['the app page', top(FILE_APP), true],
    ['the app page at a route', top(`${FILE_APP}#/projector`), true],
    ['a frame inside the app page', { parent: top(FILE_APP), url: FILE_APP }, false],
    ['another local file', top('file:///C:/Users/x/trang.html'), false],
    ['another site', top('https://evil.example/'), false],
    ['an about:blank page', top('about:blank'), false],
    ['no frame (already gone)', null, false],
  ])('%s: %s', (_, frame, trusted) => {
    expect(isTrustedSender(frame, FILE_APP)).toBe(trusted);
  });

  it('with the dev server, trusts its origin only', () => {
    expect(isTrustedSender(top('http://localhost:5173/#/voting'), DEV_APP)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5173.evil.example/'), DEV_APP)).toBe(false);
  });
});
