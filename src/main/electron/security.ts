// Types only: the rules below take Electron's objects as arguments, so that a unit test can
// drive them with stand-ins and no Electron binary.

/** The page the app loads: the dev server in development, the bundled file otherwise. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(appUrl);
    if (own.protocol === 'file:') return target.protocol === 'file:' && target.pathname === own.pathname;
    return target.origin === own.origin;
  } catch {
    return false;
  }
}

/** What isTrustedSender reads of Electron's WebFrameMain. */
export interface SenderFrame {
  parent: unknown;
  url: string;
}

/** IPC is answered only for the app's own top-level page, never for a frame or another page. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url, appUrl);
}

interface Preventable {
  preventDefault(): void;
}

/** The parts of Electron's WebContents that hardenApp touches. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of Electron's app, session and shell that hardenApp touches. */
export interface ElectronParts {
  app: {
    on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
    whenReady(): Promise<unknown>;
  };
  session: {
    defaultSession: {
      setPermissionRequestHandler(
        handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
      ): void;
      setPermissionCheckHandler(handler: () => boolean): void;
    };
  };
  shell: { openExternal(url: string): Promise<void> };
}

/**
 * Window-wide rules: no navigation away from the app, no new windows, no permissions
 * (camera, notifications, ...), and links to http(s) open in the system browser instead.
 */
export function hardenApp(electron: ElectronParts, getAppUrl: () => string): void {
  const { app, session, shell } = electron;
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, getAppUrl())) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, getAppUrl())) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
