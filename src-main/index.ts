/**
 * Electron main process: thin glue. Identity and userData are frozen before anything reads them;
 * one instance only; the renderer is served from app:// with a strict CSP; every IPC call is
 * validated in ipc.ts; the OS work lives in plain Node modules (atomic-write, backups, paths).
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BEFORE_QUIT_CHANNEL, QUIT_READY_CHANNEL } from '../src-renderer/platform/desktop-api';
import { writeFileAtomic } from './atomic-write';
import {
  backupFolderStatus,
  defaultBackupFolder,
  listBackupFiles,
  readBackupFile,
  writeBackupFile,
} from './backups';
import { createIpcHandlers } from './ipc';
import { createAppProtocolHandler } from './protocol';
import {
  APP_ORIGIN,
  APP_SCHEME,
  denyPermission,
  denyWebview,
  denyWindowOpen,
  guardNavigation,
} from './security';

// ── Identity, frozen from v1: never rename these (the userData folder and the data follow them).
const PRODUCT_NAME = 'Sổ Nêu Gương';
const USER_DATA_FOLDER = 'SoNeuGuong';
app.setPath('userData', join(app.getPath('appData'), USER_DATA_FOLDER));
app.setName(PRODUCT_NAME);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  const rendererRoot = join(import.meta.dirname, '../renderer');
  const configPath = join(app.getPath('userData'), 'app-config', 'config.json');
  let mainWindow: BrowserWindow | undefined;
  let quitReady = false;

  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (e, url) => guardNavigation(e, url, devServerUrl));
    contents.on('will-redirect', (e, url) => guardNavigation(e, url, devServerUrl));
    contents.on('will-attach-webview', (e) => denyWebview(e));
    contents.setWindowOpenHandler(() => denyWindowOpen());
  });

  async function backupFolder(): Promise<string> {
    try {
      const config = JSON.parse(await readFile(configPath, 'utf8')) as { backupFolder?: unknown };
      if (typeof config.backupFolder === 'string' && config.backupFolder) return config.backupFolder;
    } catch {
      // no config yet: default folder
    }
    return defaultBackupFolder(app.getPath('documents'));
  }

  const handlers = createIpcHandlers({
    devServerUrl,
    appInfo: () => ({
      appVersion: app.getVersion(),
      platform: 'electron',
      os: `${process.platform} ${process.arch}`,
      userDataPath: app.getPath('userData'),
    }),
    async saveFile({ suggestedName, bytes, filters }) {
      const result = await dialog.showSaveDialog(mainWindow!, {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters,
      });
      if (result.canceled || !result.filePath) return undefined;
      await writeFileAtomic(result.filePath, bytes);
      return { path: result.filePath };
    },
    async openFiles({ filters, multiple }) {
      const result = await dialog.showOpenDialog(mainWindow!, {
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (result.canceled) return [];
      return Promise.all(
        result.filePaths.map(async (path) => ({ name: path.split(/[\\/]/u).pop() ?? path, bytes: new Uint8Array(await readFile(path)) })),
      );
    },
    async printPdf({ bytes, suggestedName }) {
      // Load the PDF in a hidden window and open the system print dialog (never silent printing).
      const folder = join(app.getPath('temp'), 'so-neu-guong-print');
      await mkdir(folder, { recursive: true });
      const path = join(folder, suggestedName);
      await writeFile(path, bytes);
      const printWindow = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, disableBlinkFeatures: 'Auxclick' },
      });
      await printWindow.loadURL(pathToFileURL(path).toString());
      printWindow.webContents.print({ silent: false, printBackground: true }, (success) => {
        printWindow.destroy();
        // Fallback when the dialog could not open: let the system PDF viewer print it.
        if (!success) void shell.openPath(path);
      });
    },
    async revealInFolder(path) {
      shell.showItemInFolder(path);
    },
    writeBackup: async ({ bytes, reason }) => writeBackupFile(await backupFolder(), bytes, reason, new Date()),
    listBackups: async () => listBackupFiles(await backupFolder()),
    readBackup: async (name) => readBackupFile(await backupFolder(), name),
    backupStatus: async () => backupFolderStatus(await backupFolder()),
    async chooseBackupFolder() {
      const result = await dialog.showOpenDialog(mainWindow!, {
        defaultPath: await backupFolder(),
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return undefined;
      await writeFileAtomic(configPath, new TextEncoder().encode(JSON.stringify({ backupFolder: folder })));
      return backupFolderStatus(folder);
    },
  });

  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, arg) => handler(event, arg));
  }
  ipcMain.on(QUIT_READY_CHANNEL, () => {
    quitReady = true;
    mainWindow?.close();
  });

  function createWindow(): void {
    mainWindow = new BrowserWindow({
      width: 1280,
      height: 860,
      minWidth: 960,
      minHeight: 640,
      title: PRODUCT_NAME,
      show: false,
      backgroundColor: '#ffffff',
      icon: join(import.meta.dirname, '../../assets/icon.png'),
      webPreferences: {
        preload: join(import.meta.dirname, '../preload/preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('close', (event) => {
      if (quitReady || !mainWindow) return;
      // Ask the renderer for the quit backup, close when it answers or after 15 s.
      event.preventDefault();
      mainWindow.webContents.send(BEFORE_QUIT_CHANNEL);
      setTimeout(() => {
        quitReady = true;
        mainWindow?.close();
      }, 15_000);
    });
    mainWindow.on('closed', () => (mainWindow = undefined));
    void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  }

  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => denyPermission(permission, callback));
    session.defaultSession.setPermissionCheckHandler(() => false);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());
}
