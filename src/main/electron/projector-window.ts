import { BrowserWindow, screen } from 'electron';
import { secureWebPreferences } from './web-preferences';

let projectorWindow: BrowserWindow | null = null;

/**
 * The projector window: the app's own page at #/projector, full screen on a display other than
 * the primary one when a projector is plugged in, else an ordinary window the operator can drag
 * there. A second call focuses the open window instead of opening another.
 */
export function openProjectorWindow(options: {
  preloadFile: string;
  devServerUrl: string | undefined;
  rendererFile: string;
}): Promise<void> {
  if (projectorWindow && !projectorWindow.isDestroyed()) {
    projectorWindow.show();
    projectorWindow.focus();
    return Promise.resolve();
  }
  const primary = screen.getPrimaryDisplay();
  const external = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const window = new BrowserWindow({
    title: 'Màn hình chiếu',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    show: false,
    webPreferences: secureWebPreferences(options.preloadFile),
    ...(external
      ? { x: external.bounds.x, y: external.bounds.y, fullscreen: true }
      : { width: 1024, height: 768 }),
  });
  window.setMenuBarVisibility(false);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    projectorWindow = null;
  });
  projectorWindow = window;
  const loaded = options.devServerUrl
    ? window.loadURL(`${options.devServerUrl}#/projector`)
    : window.loadFile(options.rendererFile, { hash: '/projector' });
  return loaded;
}
