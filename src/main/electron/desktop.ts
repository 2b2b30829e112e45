import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CALL, IPC_EVENT } from '../../shared/api/bridge';
import { AppError } from '../core/app-error';
import { createFileLogger } from '../logging/logger';
import { startCore, type CoreClient } from '../process/client';
import { spawnCoreProcess, CORE_PROCESS_FILE } from './core-process';
import { installMenu } from './menu';
import { openProjectorWindow } from './projector-window';
import { hardenApp, isTrustedSender } from './security';
import { secureWebPreferences } from './web-preferences';

// Electron glue only: the window, the menu, and forwarding calls to the core, which runs in a
// utilityProcess so that no database work ever runs on the thread that owns the windows.
// Loaded by src/main/index.ts once Node is known to be recent enough.

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
// Set by startDesktop from the entry's folder (out/main): this file may be bundled into a chunk
// one folder below it.
let rendererFile = '';
let preloadFile = '';
let coreProcessFile = '';
const appUrl = (): string => devServerUrl ?? pathToFileURL(rendererFile).href;

let mainWindow: BrowserWindow | null = null;

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

function registerApi(core: CoreClient): void {
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
  const logger = createFileLogger(app.getPath('userData'));
  logger.info(`Hội nghị ${app.getVersion()} khởi động`);
  let core: CoreClient;
  try {
    core = await startCore(spawnCoreProcess(coreProcessFile), {
      options: {
        dataDir: app.getPath('userData'),
        version: app.getVersion(),
        // Where a secretariat looks for files: Documents\Hội nghị, not the hidden data folder.
        exportsDir: join(app.getPath('documents'), 'Hội nghị'),
        // Fonts are unpacked from the asar archive when packaged (electron-builder.yml, asarUnpack).
        ...(app.isPackaged
          ? { fontsDir: join(process.resourcesPath, 'app.asar.unpacked', 'resources', 'fonts') }
          : {}),
      },
      log: logger.error,
      // Served here, in the process that owns the windows and dialogs, when the core asks.
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
  let closing = false;
  // Calls already answer with a typed error once the core is gone; the person is told once.
  void core.exited.then(() => {
    if (closing) return;
    dialog.showErrorBox(
      'Hội nghị gặp sự cố',
      'Lõi ứng dụng đã dừng đột ngột. Hãy đóng và mở lại ứng dụng; dữ liệu đã lưu trước đó vẫn còn nguyên.',
    );
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });
}

/** The desktop app; `entryDir` is the folder of the built entry, out/main. */
export function startDesktop(entryDir: string): void {
  rendererFile = join(entryDir, '../renderer/index.html');
  preloadFile = join(entryDir, '../preload/index.js');
  coreProcessFile = join(entryDir, CORE_PROCESS_FILE);
  // The web host uses the same folder, so both shells see the same conferences; tests point
  // HOI_NGHI_DATA_DIR at a temporary folder.
  app.setPath('userData', process.env.HOI_NGHI_DATA_DIR ?? join(app.getPath('appData'), 'hoi-nghi'));

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void start();
}
