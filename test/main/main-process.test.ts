/**
 * The real src-main/index.ts, loaded against a recording stub of `electron` (electron-stub.ts):
 * window options, order of registration, every deny rule, the single-instance path, the quit
 * handshake (a renderer that answers, one that asks the user, one that never answers), Windows
 * session end, crash and hang handling, and the print path. Mutating any of these in index.ts,
 * lifecycle.ts, print.ts or security.ts makes a test here fail.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BEFORE_QUIT_CHANNEL, IPC_CHANNELS, QUIT_READY_CHANNEL } from '../../src-renderer/platform/desktop-api';
import { CRASH_LOOP_MESSAGE, CRASH_MESSAGE, HANG_MESSAGE, QUIT_TIMEOUT_MS } from '../../src-main/lifecycle';
import { createElectronStub, preventable, type ElectronStub, type StubOptions } from './electron-stub';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'sng-main-'));
  await mkdir(join(base, 'temp'), { recursive: true });
  delete process.env.ELECTRON_RENDERER_URL;
});
afterEach(async () => {
  vi.useRealTimers();
  vi.doUnmock('electron');
  delete process.env.ELECTRON_RENDERER_URL;
  await rm(base, { recursive: true, force: true });
});

async function loadMain(opts: Partial<StubOptions> = {}, { fireReady = true } = {}): Promise<ElectronStub> {
  const stub = createElectronStub({ base, ...opts });
  vi.resetModules();
  vi.doMock('electron', () => ({ ...stub.electron, default: stub.electron }));
  await import('../../src-main/index');
  if (fireReady) await stub.ready();
  return stub;
}

const OWN_URL = 'app://renderer/index.html';
const mainWindow = (stub: ElectronStub) => stub.windows[0]!;
const flush = () => new Promise((r) => setTimeout(r, 0));
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

describe('main window', () => {
  it('is created with the sandboxed, isolated, node-free web preferences, an icon inside the app, and loads app://renderer', async () => {
    const stub = await loadMain();
    expect(stub.windows).toHaveLength(1);
    const { webPreferences, icon, show } = mainWindow(stub).options as {
      webPreferences: Record<string, unknown>;
      icon: string;
      show: boolean;
    };
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      v8CacheOptions: 'bypassHeatCheck',
    });
    expect(webPreferences.nodeIntegrationInWorker).toBeFalsy();
    expect(webPreferences.nodeIntegrationInSubFrames).toBeFalsy();
    expect(webPreferences.allowRunningInsecureContent).toBeFalsy();
    expect(String(webPreferences.preload)).toMatch(/[\\/]preload[\\/]preload\.cjs$/u);
    expect(icon).toBe(join(base, 'resources', 'app.asar', 'assets', 'icon.png'));
    expect(show).toBe(false);
    expect(mainWindow(stub).loadedUrls).toEqual([OWN_URL]);
    mainWindow(stub).emit('ready-to-show');
    expect(mainWindow(stub).shown).toBe(true);
  });

  it('freezes the identity before anything reads userData', async () => {
    const stub = await loadMain();
    expect(stub.log.slice(0, 3)).toEqual(['app.setPath:userData', 'app.setName:Sổ Nêu Gương', 'app.requestSingleInstanceLock']);
    expect(stub.paths.userData).toBe(join(base, 'appData', 'SoNeuGuong'));
  });

  it('registers in order: privileged scheme before ready, IPC handlers, then permissions and protocol, then the window', async () => {
    const stub = await loadMain();
    const at = (prefix: string) => stub.log.findIndex((l) => l.startsWith(prefix));
    const ready = at('ready');
    expect(at('protocol.registerSchemesAsPrivileged')).toBeGreaterThan(-1);
    expect(at('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
    expect(stub.log[at('protocol.registerSchemesAsPrivileged')]).toContain(
      '"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"codeCache":true}',
    );
    const handles = stub.log.filter((l) => l.startsWith('ipcMain.handle:')).map((l) => l.slice('ipcMain.handle:'.length));
    expect(handles.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const lastHandle = Math.max(...stub.log.map((l, i) => (l.startsWith('ipcMain.handle:') ? i : -1)));
    const window = at('new BrowserWindow#');
    expect(lastHandle).toBeLessThan(window);
    expect(at(`ipcMain.on:${QUIT_READY_CHANNEL}`)).toBeLessThan(window);
    for (const step of ['session.setPermissionRequestHandler', 'session.setPermissionCheckHandler', 'protocol.handle:app']) {
      expect(at(step)).toBeGreaterThan(ready);
      expect(at(step)).toBeLessThan(window);
    }
    expect(at('loadURL#')).toBeGreaterThan(at('protocol.handle:app'));
    expect(stub.protocolHandler()).toBeTypeOf('function');
  });

  it('the app:// handler serves the renderer folder with the CSP and refuses other hosts', async () => {
    const stub = await loadMain();
    const res = await stub.protocolHandler()!(new Request('app://evil/index.html'));
    expect(res.status).toBe(403);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('deny rules on every webContents', () => {
  it('will-navigate and will-redirect leave the app: prevented; our own page: allowed', async () => {
    const stub = await loadMain();
    const wc = mainWindow(stub).webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of [
        'https://evil.example/',
        'file:///etc/passwd',
        'app://evil/',
        'app://renderer.evil/',
        'app://x@evil/',
        'javascript:alert(1)',
      ]) {
        const e = preventable();
        wc.emit(event, e, url);
        expect(e.defaultPrevented, `${event} ${url}`).toBe(true);
      }
      const own = preventable();
      wc.emit(event, own, 'app://renderer/index.html#/sao-luu');
      expect(own.defaultPrevented).toBe(false);
    }
  });

  it('window.open is denied and <webview> is never attached', async () => {
    const stub = await loadMain();
    const wc = mainWindow(stub).webContents;
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: OWN_URL })).toEqual({ action: 'deny' });
    const e = preventable();
    wc.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });

  it('the print window gets the same rules (web-contents-created covers every webContents)', async () => {
    const stub = await loadMain({ printResult: { success: true, failureReason: '' } });
    await stub.invoke(IPC_CHANNELS.printPdf, { bytes: PDF, suggestedName: 'a.pdf' });
    const printWc = stub.windows[1]!.webContents;
    expect(printWc.windowOpenHandler?.({ url: 'https://x/' })).toEqual({ action: 'deny' });
    const e = preventable();
    printWc.emit('will-navigate', e, 'https://evil.example/');
    expect(e.defaultPrevented).toBe(true);
  });

  it('permissions: only persistent-storage, and only for app://renderer', async () => {
    const stub = await loadMain();
    expect(await stub.permissionRequest('persistent-storage', OWN_URL)).toBe(true);
    for (const [permission, url] of [
      ['persistent-storage', 'https://evil.example/'],
      ['persistent-storage', 'app://evil/index.html'],
      ['persistent-storage', 'app://x@renderer/'],
      ['persistent-storage', 'http://localhost:5173/'],
      ['media', OWN_URL],
      ['notifications', OWN_URL],
      ['geolocation', OWN_URL],
      ['openExternal', OWN_URL],
      ['clipboard-read', OWN_URL],
    ] as const) {
      expect(await stub.permissionRequest(permission, url), `${permission} ${url}`).toBe(false);
    }
    expect(stub.permissionCheck('persistent-storage', 'app://renderer')).toBe(true);
    expect(stub.permissionCheck('persistent-storage', 'https://evil.example')).toBe(false);
    expect(stub.permissionCheck('media', 'app://renderer')).toBe(false);
  });
});

describe('dev server URL', () => {
  it('is honoured only when the app is not packaged', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    const dev = await loadMain({ isPackaged: false });
    expect(mainWindow(dev).loadedUrls).toEqual(['http://localhost:5173/']);
  });

  it('a packaged build ignores it: loads app://, refuses navigation to it and IPC from it', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    const stub = await loadMain({ isPackaged: true });
    expect(mainWindow(stub).loadedUrls).toEqual([OWN_URL]);
    const e = preventable();
    mainWindow(stub).webContents.emit('will-navigate', e, 'http://localhost:5173/');
    expect(e.defaultPrevented).toBe(true);
    const result = await stub.invoke(IPC_CHANNELS.appInfo, undefined, 'http://localhost:5173/');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Từ chối') });
  });
});

describe('single instance', () => {
  it('a second instance quits at once: no handlers, no window', async () => {
    const stub = await loadMain({ singleInstanceLock: false }, { fireReady: false });
    expect(stub.log).toContain('app.quit');
    expect(stub.log.some((l) => l.startsWith('ipcMain') || l.startsWith('protocol.'))).toBe(false);
    await stub.ready();
    expect(stub.windows).toHaveLength(0);
  });

  it('the first instance restores and focuses its window when a second one starts', async () => {
    const stub = await loadMain();
    const w = mainWindow(stub);
    w.minimized = true;
    stub.electron.app.emit('second-instance', preventable(), [], base);
    expect(w.restored).toBe(1);
    expect(w.focused).toBe(1);
  });
});

describe('quit handshake', () => {
  const reply = (stub: ElectronStub, value: unknown, sender: unknown = mainWindow(stub).webContents, url = OWN_URL) =>
    stub.emitIpc(QUIT_READY_CHANNEL, { sender, senderFrame: { url } }, value);

  it('a renderer that answers: the close waits for it, then the window closes and the app quits', async () => {
    const stub = await loadMain();
    const w = mainWindow(stub);
    w.close();
    expect(w.destroyed).toBe(false);
    expect(w.webContents.sent).toEqual([[BEFORE_QUIT_CHANNEL, { reason: 'close' }]]);
    w.close(); // a second click while waiting does not ask twice
    expect(w.webContents.sent).toHaveLength(1);
    reply(stub, 'close');
    expect(w.destroyed).toBe(true);
    expect(stub.log.at(-1)).toBe('app.quit');
  });

  it('a renderer that does not answer: the window closes after 15 s, not before', async () => {
    const stub = await loadMain();
    vi.useFakeTimers();
    const w = mainWindow(stub);
    w.close();
    vi.advanceTimersByTime(QUIT_TIMEOUT_MS - 1);
    expect(w.destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(w.destroyed).toBe(true);
  });

  it('a renderer asking the user (edits not stored) is not cut off by the timeout; "stay" keeps the window', async () => {
    const stub = await loadMain();
    vi.useFakeTimers();
    const w = mainWindow(stub);
    w.close();
    reply(stub, 'asking');
    vi.advanceTimersByTime(10 * QUIT_TIMEOUT_MS);
    expect(w.destroyed).toBe(false);
    reply(stub, 'stay');
    expect(w.destroyed).toBe(false);
    w.close(); // asks again next time
    expect(w.webContents.sent).toHaveLength(2);
    reply(stub, 'close');
    expect(w.destroyed).toBe(true);
  });

  it('ignores answers from another webContents, a foreign frame, or with a malformed value', async () => {
    const stub = await loadMain();
    const w = mainWindow(stub);
    w.close();
    reply(stub, 'close', { id: 999 });
    reply(stub, 'close', w.webContents, 'https://evil.example/');
    reply(stub, 'close', w.webContents, 'app://evil/index.html');
    reply(stub, { close: true });
    reply(stub, 'CLOSE');
    expect(w.destroyed).toBe(false);
    // an answer nobody asked for does nothing either
    reply(stub, 'close');
    expect(w.destroyed).toBe(true);
  });

  it('an unasked "close" does not close the window', async () => {
    const stub = await loadMain();
    reply(stub, 'close');
    expect(mainWindow(stub).destroyed).toBe(false);
  });
});

describe('Windows session end', () => {
  it('query-session-end delays the shutdown and starts the flush + backup handshake', async () => {
    const stub = await loadMain();
    const w = mainWindow(stub);
    const e = preventable({ reasons: ['shutdown'] });
    w.emit('query-session-end', e);
    expect(e.defaultPrevented).toBe(true);
    expect(w.webContents.sent).toEqual([[BEFORE_QUIT_CHANNEL, { reason: 'session-end' }]]);
    w.emit('session-end', preventable({ reasons: ['shutdown'] }));
    expect(w.webContents.sent).toHaveLength(1);
    stub.emitIpc(QUIT_READY_CHANNEL, { sender: w.webContents, senderFrame: { url: OWN_URL } }, 'close');
    expect(w.destroyed).toBe(true);
  });

  it('session-end alone (no query first) still asks the renderer for its quit backup', async () => {
    const stub = await loadMain();
    const w = mainWindow(stub);
    w.emit('session-end', preventable({ reasons: ['logoff'] }));
    expect(w.webContents.sent).toEqual([[BEFORE_QUIT_CHANNEL, { reason: 'session-end' }]]);
  });
});

describe('crash and hang', () => {
  it('a crashed renderer is reloaded and the user told, in Vietnamese', async () => {
    const stub = await loadMain();
    const w = mainWindow(stub);
    w.webContents.emit('render-process-gone', preventable(), { reason: 'crashed', exitCode: 1 });
    expect(w.webContents.reloads).toBe(1);
    await flush();
    expect(stub.messageBoxes).toEqual([CRASH_MESSAGE]);
    expect(CRASH_MESSAGE.message).toMatch(/gặp lỗi và đã được mở lại/u);
  });

  it('a clean exit is not a crash', async () => {
    const stub = await loadMain();
    mainWindow(stub).webContents.emit('render-process-gone', preventable(), { reason: 'clean-exit', exitCode: 0 });
    expect(mainWindow(stub).webContents.reloads).toBe(0);
  });

  it('a crash loop stops reloading after 3 crashes in 5 minutes and says so', async () => {
    const stub = await loadMain();
    const wc = mainWindow(stub).webContents;
    for (let i = 0; i < 4; i++) wc.emit('render-process-gone', preventable(), { reason: 'oom', exitCode: 1 });
    expect(wc.reloads).toBe(3);
    await flush();
    expect(stub.messageBoxes.at(-1)).toEqual(CRASH_LOOP_MESSAGE);
  });

  it('closing after the renderer died does not wait 15 s for an answer', async () => {
    const stub = await loadMain({ isPackaged: true });
    const w = mainWindow(stub);
    // crash loop: the renderer stays dead
    for (let i = 0; i < 4; i++) w.webContents.emit('render-process-gone', preventable(), { reason: 'crashed', exitCode: 1 });
    w.close();
    expect(w.destroyed).toBe(true);
    expect(w.webContents.sent).toEqual([]);
  });

  it('a crash during the handshake closes at once', async () => {
    const stub = await loadMain();
    const w = mainWindow(stub);
    w.close();
    w.webContents.emit('render-process-gone', preventable(), { reason: 'crashed', exitCode: 1 });
    expect(w.destroyed).toBe(true);
  });

  it('unresponsive: the user chooses; "Tải lại cửa sổ" ends the hung renderer and reloads without a crash message', async () => {
    const stub = await loadMain({ messageBoxResponse: 1 });
    const w = mainWindow(stub);
    w.emit('unresponsive');
    await flush();
    expect(stub.messageBoxes).toEqual([HANG_MESSAGE]);
    expect(w.webContents.crashedOnPurpose).toBe(1);
    w.webContents.emit('render-process-gone', preventable(), { reason: 'killed', exitCode: 1 });
    expect(w.webContents.reloads).toBe(1);
    await flush();
    expect(stub.messageBoxes).toEqual([HANG_MESSAGE]);
  });

  it('unresponsive + "Chờ thêm": nothing is killed; closing a hung window does not wait', async () => {
    const stub = await loadMain({ messageBoxResponse: 0 });
    const w = mainWindow(stub);
    w.emit('unresponsive');
    await flush();
    expect(w.webContents.crashedOnPurpose).toBe(0);
    w.close();
    expect(w.destroyed).toBe(true);
  });

  it('hanging during the handshake closes at once', async () => {
    const stub = await loadMain();
    const w = mainWindow(stub);
    w.close();
    w.emit('unresponsive');
    expect(w.destroyed).toBe(true);
  });
});

describe('print path', () => {
  const printFolders = async () => (await readdir(join(base, 'temp'))).filter((n) => n.startsWith('so-neu-guong-print-'));

  it('prints our own .pdf whatever name the renderer suggests, then destroys the window and deletes the file', async () => {
    const stub = await loadMain({ printResult: { success: true, failureReason: '' } });
    const result = await stub.invoke(IPC_CHANNELS.printPdf, { bytes: PDF, suggestedName: 'Bien ban.js' });
    expect(result).toEqual({ ok: true, value: undefined });
    const printWindow = stub.windows[1]!;
    expect(printWindow.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(printWindow.loadedUrls).toHaveLength(1);
    expect(printWindow.loadedUrls[0]).toMatch(/^file:\/\/.*\/Bien%20ban\.pdf$/u);
    expect(printWindow.webContents.printCalls).toEqual([{ silent: false, printBackground: true }]);
    expect(printWindow.destroyed).toBe(true);
    expect(await printFolders()).toEqual([]);
    expect(stub.openedPaths).toEqual([]);
  });

  it('a cancelled dialog opens nothing', async () => {
    const stub = await loadMain({ printResult: { success: false, failureReason: 'Print job canceled' } });
    const result = await stub.invoke(IPC_CHANNELS.printPdf, { bytes: PDF, suggestedName: 'Biên bản.pdf' });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(stub.openedPaths).toEqual([]);
    expect(stub.windows[1]!.destroyed).toBe(true);
    expect(await printFolders()).toEqual([]);
  });

  it('a real print failure falls back to the system viewer with our .pdf (kept for the viewer)', async () => {
    const stub = await loadMain({ printResult: { success: false, failureReason: 'Print job failed' } });
    await stub.invoke(IPC_CHANNELS.printPdf, { bytes: PDF, suggestedName: 'Bien ban.js' });
    expect(stub.openedPaths).toHaveLength(1);
    expect(stub.openedPaths[0]).toMatch(/[\\/]Bien ban\.pdf$/u);
    expect(existsSync(stub.openedPaths[0]!)).toBe(true);
    expect(stub.windows[1]!.destroyed).toBe(true);
  });

  it('refuses bytes that are not a PDF before creating anything', async () => {
    const stub = await loadMain();
    const result = await stub.invoke(IPC_CHANNELS.printPdf, { bytes: new TextEncoder().encode('WScript.Echo(1)'), suggestedName: 'a.pdf' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/không phải tệp PDF/u) });
    expect(stub.windows).toHaveLength(1);
    expect(await printFolders()).toEqual([]);
  });

  it('a rejected loadURL: no leaked window, no temp file, a Vietnamese message (the app can still quit)', async () => {
    const stub = await loadMain({ failFileLoad: true });
    const result = (await stub.invoke(IPC_CHANNELS.printPdf, { bytes: PDF, suggestedName: 'a.pdf' })) as { ok: boolean; message: string };
    expect(result.ok).toBe(false);
    expect(result.message).not.toMatch(/ERR_FAILED|Error invoking|Error:/u);
    expect(stub.windows[1]!.destroyed).toBe(true);
    expect(await printFolders()).toEqual([]);
    stub.emitIpc(QUIT_READY_CHANNEL, { sender: mainWindow(stub).webContents, senderFrame: { url: OWN_URL } }, 'close');
    mainWindow(stub).close();
    stub.emitIpc(QUIT_READY_CHANNEL, { sender: mainWindow(stub).webContents, senderFrame: { url: OWN_URL } }, 'close');
    expect(stub.log.at(-1)).toBe('app.quit');
  });

  it('removes print folders older than a day at start', async () => {
    const old = join(base, 'temp', 'so-neu-guong-print-old');
    await mkdir(old);
    await writeFile(join(old, 'x.pdf'), PDF);
    const { utimes } = await import('node:fs/promises');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await utimes(old, twoDaysAgo, twoDaysAgo);
    const fresh = join(base, 'temp', 'so-neu-guong-print-fresh');
    await mkdir(fresh);
    // Set the fresh folder's time from the process clock too, so the test holds under faketime.
    const now = new Date(Date.now());
    await utimes(fresh, now, now);
    await loadMain();
    await vi.waitFor(() => expect(existsSync(old)).toBe(false));
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('IPC through index.ts: errors are values with Vietnamese messages', () => {
  it('a missing backup: { ok: false, message } without any English prefix', async () => {
    const stub = await loadMain();
    const result = (await stub.invoke(IPC_CHANNELS.readBackup, { name: 'so-neu-guong-20261128-101500-manual.sng.json.gz' })) as {
      ok: boolean;
      message: string;
    };
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Không tìm thấy tệp sao lưu/u);
  });

  it('revealInFolder: the backup folder yes; anything else (UNC, another folder) no', async () => {
    const stub = await loadMain();
    const folder = join(base, 'Documents', 'SoNeuGuong', 'Sao lưu');
    expect(await stub.invoke(IPC_CHANNELS.revealInFolder, { path: folder })).toEqual({ ok: true, value: undefined });
    for (const path of [
      '\\\\server\\share\\x',
      '//server/share/x',
      join(base, 'Documents'),
      '/etc/passwd',
      'relative/x.pdf',
      `${folder}/../../x.exe`,
    ]) {
      const r = (await stub.invoke(IPC_CHANNELS.revealInFolder, { path })) as { ok: boolean; message?: string };
      expect(r.ok, path).toBe(false);
      expect(r.message).toMatch(/Chỉ mở được/u);
    }
    expect(stub.shownInFolder).toEqual([folder]);
  });
});
