import { app, session, shell, type WebContents, type WebFrameMain } from 'electron';

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

/** IPC is answered only for the app's own top-level page, never for a frame or another page. */
export function isTrustedSender(frame: WebFrameMain | null, appUrl: string): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl);
}

/**
 * Window-wide rules: no navigation away from the app, no new windows, no permissions
 * (camera, notifications, ...), and links to http(s) open in the system browser instead.
 */
export function hardenApp(getAppUrl: () => string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
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
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
