import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CALL, IPC_EVENT } from '../shared/api/bridge';
import { AppError } from './core/app-error';
import { createCore, type Core } from './core/core';
import { configureFontsDir } from './documents/pdf';
import { installMenu } from './electron/menu';
import { openProjectorWindow } from './electron/projector-window';
import { hardenApp, isTrustedSender } from './electron/security';
import { secureWebPreferences } from './electron/web-preferences';
import { createFileLogger } from './logging/logger';

// Electron glue only: the window, the menu, and forwarding calls to the core.

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(__dirname, '../renderer/index.html');
const appUrl = (): string => devServerUrl ?? pathToFileURL(rendererFile).href;

// The web host uses the same folder, so both shells see the same conferences; tests point
// HOI_NGHI_DATA_DIR at a temporary folder.
app.setPath('userData', process.env.HOI_NGHI_DATA_DIR ?? join(app.getPath('appData'), 'hoi-nghi'));

let mainWindow: BrowserWindow | null = null;

const preloadFile = join(__dirname, '../preload/index.js');

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Hội nghị',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadFile),
  });
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}

function registerApi(core: Core): void {
  ipcMain.handle(IPC_CALL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, appUrl())) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối.' } };
    }
    return core.dispatch(typeof method === 'string' ? method : '', input);
  });
  core.events.subscribe((appEvent) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT, appEvent);
  });
}

async function chooseFolder(): Promise<string | null> {
  const options = {
    title: 'Chọn thư mục sao lưu',
    properties: ['openDirectory', 'createDirectory'],
  } as const;
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, { ...options, properties: [...options.properties] })
    : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** A folder or a written file in the program the system uses for it. */
async function openWithSystem(path: string): Promise<void> {
  // openPath resolves to an error text instead of rejecting.
  const failure = await shell.openPath(path);
  if (failure) throw new Error(failure);
}

async function start(): Promise<void> {
  hardenApp({ app, session, shell }, appUrl);
  await app.whenReady();
  installMenu(!app.isPackaged);
  // Fonts are unpacked from the asar archive when packaged (electron-builder.yml, asarUnpack).
  if (app.isPackaged) {
    configureFontsDir(join(process.resourcesPath, 'app.asar.unpacked', 'resources', 'fonts'));
  }
  const logger = createFileLogger(app.getPath('userData'));
  logger.info(`Hội nghị ${app.getVersion()} khởi động`);
  let core: Core;
  try {
    core = await createCore({
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      // Where a secretariat looks for files: Documents\Hội nghị, not the hidden data folder.
      exportsDir: join(app.getPath('documents'), 'Hội nghị'),
      log: logger.error,
      logJob: logger.job,
      shell: {
        chooseFolder,
        openProjectorWindow: () => openProjectorWindow({ preloadFile, devServerUrl, rendererFile }),
        openFolder: openWithSystem,
        openFile: openWithSystem,
        revealFile: (path) => {
          shell.showItemInFolder(path);
          return Promise.resolve();
        },
      },
    });
  } catch (error) {
    logger.error('Không mở được dữ liệu', error);
    const message = error instanceof AppError ? error.message : String(error);
    dialog.showErrorBox('Hội nghị không mở được dữ liệu', message);
    app.exit(1);
    return;
  }
  registerApi(core);
  mainWindow = createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void start();
}
