/**
 * Electron main process: thin glue. Identity and userData are frozen before anything reads them;
 * one instance only; the renderer is served from app:// with a strict CSP; every IPC call is
 * validated in ipc.ts and answers `{ ok, value | message }`; the OS work lives in plain Node
 * modules (atomic-write, backups, disk, print, reveal) and the window's life (quit handshake,
 * session end, crashes) in lifecycle.ts. Loaded for real by test/main/main-process.test.ts against a
 * recording stub of `electron`.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { QUIT_READY_CHANNEL, QuitReplySchema } from '../src-renderer/platform/desktop-api';
import { writeFileAtomic } from './atomic-write';
import { backupFolderStatus, defaultBackupFolder, listBackupFiles, readBackupFile, writeBackupFile } from './backups';
import { checkSpaceFor, storageSpace } from './disk';
import { UserError } from './errors';
import { createIpcHandlers } from './ipc';
import { createWindowLifecycle, type WindowLifecycle } from './lifecycle';
import { cleanStalePrintFolders, printPdf } from './print';
import { createAppProtocolHandler } from './protocol';
import { isRevealAllowed } from './reveal';
import { APP_ORIGIN, APP_SCHEME, denyWebview, denyWindowOpen, guardNavigation, isPermissionAllowed, isTrustedOrigin } from './security';

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
  // The dev server only while developing: a packaged build never loads a URL from the environment.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
  const rendererRoot = join(import.meta.dirname, '../renderer');
  const configPath = join(app.getPath('userData'), 'app-config', 'config.json');
  /** Files saved through the save dialog in this session ("Mở thư mục" may show them). */
  const savedFiles = new Set<string>();
  let mainWindow: BrowserWindow | undefined;
  let lifecycle: WindowLifecycle | undefined;

  // Before `ready` (Electron requires it): app:// is a standard, secure origin with fetch, and V8 keeps
  // the compiled code of its scripts between starts (code cache; by default only http(s) get one):
  // compiling the start-up code anew at every start was most of its cost (issue 19).
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
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
      savedFiles.add(resolve(result.filePath));
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
    async printPdf(args) {
      await printPdf(args, {
        tempDir: app.getPath('temp'),
        createWindow: () =>
          new BrowserWindow({
            show: false,
            webPreferences: {
              sandbox: true,
              contextIsolation: true,
              nodeIntegration: false,
              plugins: true,
              disableBlinkFeatures: 'Auxclick',
            },
          }),
        openPath: (path) => shell.openPath(path),
      });
    },
    async revealInFolder(path) {
      if (!isRevealAllowed(path, { folders: [await backupFolder()], savedFiles })) {
        throw new UserError('Chỉ mở được thư mục sao lưu hoặc tệp vừa lưu bằng ứng dụng.');
      }
      shell.showItemInFolder(path);
    },
    writeBackup: async ({ bytes, reason }) => writeBackupFile(await backupFolder(), bytes, reason, new Date()),
    listBackups: async () => listBackupFiles(await backupFolder()),
    readBackup: async (name) => readBackupFile(await backupFolder(), name),
    backupStatus: async () => backupFolderStatus(await backupFolder(), undefined, new Date()),
    async chooseBackupFolder() {
      const result = await dialog.showOpenDialog(mainWindow!, {
        defaultPath: await backupFolder(),
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return undefined;
      await writeFileAtomic(configPath, new TextEncoder().encode(JSON.stringify({ backupFolder: folder })));
      return backupFolderStatus(folder, undefined, new Date());
    },
    storageSpace: async () => storageSpace(app.getPath('userData'), await backupFolder()),
    checkSpaceFor: async (bytesNeeded) => checkSpaceFor(app.getPath('userData'), bytesNeeded),
  });

  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, arg) => handler(event, arg));
  }

  // The renderer's answer to BEFORE_QUIT: only from the main window's own app:// frame.
  ipcMain.on(QUIT_READY_CHANNEL, (event, reply: unknown) => {
    if (!mainWindow || mainWindow.isDestroyed() || event.sender !== mainWindow.webContents) return;
    if (!isTrustedOrigin(event.senderFrame?.url ?? '', devServerUrl)) return;
    const parsed = QuitReplySchema.safeParse(reply);
    if (parsed.success) lifecycle?.onQuitReply(parsed.data);
  });

  function createWindow(): void {
    const window = new BrowserWindow({
      width: 1280,
      height: 860,
      minWidth: 960,
      minHeight: 640,
      title: PRODUCT_NAME,
      show: false,
      backgroundColor: '#ffffff',
      // Inside the app (asar): electron-builder.yml packs assets/icon.png with out/**.
      icon: join(app.getAppPath(), 'assets', 'icon.png'),
      webPreferences: {
        preload: join(import.meta.dirname, '../preload/preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        // V8 keeps the compiled start-up code from the first start on (app:// has codeCache), not
        // only from the third, as for a web page (issue 19's start-up).
        v8CacheOptions: 'bypassHeatCheck',
      },
    });
    mainWindow = window;
    const life = createWindowLifecycle(window, {
      showMessageBox: (request) => dialog.showMessageBox(window, request),
      now: () => Date.now(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    });
    lifecycle = life;
    window.once('ready-to-show', () => window.show());
    window.on('close', (event) => life.onClose(event));
    window.on('query-session-end', (event) => life.onQuerySessionEnd(event));
    window.on('session-end', () => life.onSessionEnd());
    window.on('unresponsive', () => life.onUnresponsive());
    window.on('responsive', () => life.onResponsive());
    window.webContents.on('render-process-gone', (_event, details) => life.onRenderProcessGone(details));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  }

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(isPermissionAllowed(permission, details.requestingUrl)),
    );
    session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
      isPermissionAllowed(permission, requestingOrigin),
    );
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    void cleanStalePrintFolders(app.getPath('temp'), new Date());
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());
}
