/**
 * A strict, recording stand-in for the `electron` module, for loading the real src-main/index.ts
 * under vitest (test/main/main-process.test.ts). Every call that matters is appended to `log` in
 * order; windows and webContents are EventEmitters the test drives like Electron would.
 * Anything index.ts uses that is not implemented here throws (strict), so a new Electron call is
 * noticed instead of silently doing nothing.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventable(extra: Record<string, unknown> = {}): PreventableEvent & Record<string, unknown> {
  const e = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true;
    },
  };
  return e;
}

export interface StubOptions {
  base: string;
  singleInstanceLock?: boolean;
  isPackaged?: boolean;
  appPath?: string;
  /** What the print window's webContents.print reports. */
  printResult?: { success: boolean; failureReason: string };
  /** Makes loadURL of print windows (file:// URLs) reject. */
  failFileLoad?: boolean;
  messageBoxResponse?: number;
}

export type ElectronStub = ReturnType<typeof createElectronStub>;

export function createElectronStub(options: StubOptions) {
  const log: string[] = [];
  const windows: FakeBrowserWindow[] = [];
  let ready = false;
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const handlers = new Map<string, (event: unknown, arg?: unknown) => unknown>();
  const listeners = new Map<string, Array<(event: unknown, ...args: unknown[]) => void>>();
  const messageBoxes: Array<Record<string, unknown>> = [];
  const openedPaths: string[] = [];
  const shownInFolder: string[] = [];
  let permissionRequestHandler:
    | ((wc: unknown, permission: string, cb: (granted: boolean) => void, details: { requestingUrl: string; isMainFrame: boolean }) => void)
    | undefined;
  let permissionCheckHandler: ((wc: unknown, permission: string, origin: string, details: object) => boolean) | undefined;
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  let nextId = 1;

  const paths: Record<string, string> = {
    appData: join(options.base, 'appData'),
    documents: join(options.base, 'Documents'),
    temp: join(options.base, 'temp'),
    home: join(options.base, 'home'),
  };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    quit: () => {
      log.push('app.quit');
    },
    setPath: (name: string, value: string) => {
      log.push(`app.setPath:${name}`);
      paths[name] = value;
    },
    getPath: (name: string) => {
      const p = paths[name];
      if (!p) throw new Error(`stub: getPath(${name}) not set`);
      return p;
    },
    setName: (name: string) => log.push(`app.setName:${name}`),
    getVersion: () => '0.1.0',
    getAppPath: () => options.appPath ?? join(options.base, 'resources', 'app.asar'),
    requestSingleInstanceLock: () => {
      log.push('app.requestSingleInstanceLock');
      return options.singleInstanceLock ?? true;
    },
    whenReady: () => readyPromise,
  });

  class FakeWebContents extends EventEmitter {
    readonly id = nextId++;
    readonly sent: Array<[string, ...unknown[]]> = [];
    windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
    reloads = 0;
    crashedOnPurpose = 0;
    printCalls: Array<Record<string, unknown>> = [];
    constructor(readonly owner: FakeBrowserWindow) {
      super();
    }
    send(channel: string, ...args: unknown[]) {
      this.sent.push([channel, ...args]);
    }
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler;
    }
    reload() {
      this.reloads++;
      log.push(`reload#${this.owner.id}`);
    }
    forcefullyCrashRenderer() {
      this.crashedOnPurpose++;
    }
    print(opts: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void) {
      this.printCalls.push(opts);
      const result = options.printResult ?? { success: true, failureReason: '' };
      setTimeout(() => callback(result.success, result.failureReason), 0);
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly id = nextId++;
    readonly webContents: FakeWebContents;
    destroyed = false;
    shown = false;
    minimized = false;
    focused = 0;
    restored = 0;
    loadedUrls: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      super();
      log.push(`new BrowserWindow#${this.id}`);
      if (!ready) throw new Error('stub: BrowserWindow created before ready');
      this.webContents = new FakeWebContents(this);
      windows.push(this);
      app.emit('web-contents-created', preventable(), this.webContents);
    }
    async loadURL(url: string) {
      log.push(`loadURL#${this.id}:${url}`);
      this.loadedUrls.push(url);
      if (options.failFileLoad && url.startsWith('file:')) throw new Error('ERR_FAILED (-2) loading file');
    }
    show() {
      this.shown = true;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.restored++;
      this.minimized = false;
    }
    focus() {
      this.focused++;
    }
    isDestroyed() {
      return this.destroyed;
    }
    /** Like Electron: 'close' (preventable), then 'closed' and window-all-closed. */
    close() {
      if (this.destroyed) return;
      const event = preventable();
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    }
    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      log.push(`destroyed#${this.id}`);
      this.emit('closed');
      if (windows.every((w) => w.destroyed)) app.emit('window-all-closed');
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, arg?: unknown) => unknown) => {
        log.push(`ipcMain.handle:${channel}`);
        if (handlers.has(channel)) throw new Error(`stub: second handler for ${channel}`);
        handlers.set(channel, fn);
      },
      on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => {
        log.push(`ipcMain.on:${channel}`);
        listeners.set(channel, [...(listeners.get(channel) ?? []), fn]);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        log.push(`protocol.registerSchemesAsPrivileged:${JSON.stringify(schemes)}`);
        if (ready) throw new Error('stub: registerSchemesAsPrivileged after ready');
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        log.push(`protocol.handle:${scheme}`);
        if (!ready) throw new Error('stub: protocol.handle before ready');
        protocolHandler = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof permissionRequestHandler) => {
          log.push('session.setPermissionRequestHandler');
          permissionRequestHandler = h;
        },
        setPermissionCheckHandler: (h: typeof permissionCheckHandler) => {
          log.push('session.setPermissionCheckHandler');
          permissionCheckHandler = h;
        },
      },
    },
    dialog: {
      showMessageBox: async (_window: unknown, request: Record<string, unknown>) => {
        messageBoxes.push(request);
        return { response: options.messageBoxResponse ?? 0, checkboxChecked: false };
      },
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    shell: {
      openPath: async (path: string) => {
        openedPaths.push(path);
        return '';
      },
      showItemInFolder: (path: string) => {
        shownInFolder.push(path);
      },
    },
  };

  return {
    electron,
    log,
    windows,
    handlers,
    listeners,
    messageBoxes,
    openedPaths,
    shownInFolder,
    paths,
    /** Fires app 'ready' (whenReady resolves); waits for its then-callbacks. */
    async ready() {
      ready = true;
      log.push('ready');
      resolveReady();
      await new Promise((r) => setTimeout(r, 0));
    },
    permissionRequest: (permission: string, requestingUrl: string) =>
      new Promise<boolean>((resolve) => {
        if (!permissionRequestHandler) throw new Error('no permission request handler');
        permissionRequestHandler(undefined, permission, resolve, { requestingUrl, isMainFrame: true });
      }),
    permissionCheck: (permission: string, origin: string) => {
      if (!permissionCheckHandler) throw new Error('no permission check handler');
      return permissionCheckHandler(undefined, permission, origin, {});
    },
    protocolHandler: () => protocolHandler,
    /** Sends an IPC message as a renderer would: ipcMain.on listeners of the channel. */
    emitIpc(channel: string, event: { sender: unknown; senderFrame: { url: string } | null }, ...args: unknown[]) {
      for (const fn of listeners.get(channel) ?? []) fn(event, ...args);
    },
    invoke(channel: string, arg?: unknown, frameUrl = 'app://renderer/index.html') {
      const fn = handlers.get(channel);
      if (!fn) throw new Error(`no handler for ${channel}`);
      return fn({ senderFrame: { url: frameUrl }, sender: windows[0]?.webContents }, arg);
    },
  };
}
