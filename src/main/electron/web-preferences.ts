import type { WebPreferences } from 'electron';

/**
 * The settings of every window the app opens: the page is isolated from Node and Electron and
 * reaches the core only through the preload's bridge. One function, so a new window cannot
 * forget one of them; a test reads it.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}
