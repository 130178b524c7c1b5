import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, IpcRejection, type IpcDeps } from '../../src-main/ipc';
import { IPC_CHANNELS } from '../../src-renderer/platform/desktop-api';

function deps(): IpcDeps {
  return {
    appInfo: vi.fn(() => ({ appVersion: '0.1.0', platform: 'electron' as const, os: 'test' })),
    saveFile: vi.fn(async () => ({ path: '/tmp/x.pdf' })),
    openFiles: vi.fn(async () => []),
    printPdf: vi.fn(async () => undefined),
    revealInFolder: vi.fn(async () => undefined),
    writeBackup: vi.fn(async () => ({ name: 'b', sizeBytes: 1, modifiedAt: '' })),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => new Uint8Array()),
    backupStatus: vi.fn(async () => ({ folder: '/b', writable: true })),
    chooseBackupFolder: vi.fn(async () => undefined),
  };
}

const own = { senderFrame: { url: 'app://renderer/index.html' } };
const foreign = { senderFrame: { url: 'https://evil.example/' } };
const noFrame = { senderFrame: null };

const validArgs: Record<string, unknown> = {
  [IPC_CHANNELS.appInfo]: undefined,
  [IPC_CHANNELS.saveFile]: { suggestedName: 'Biên bản tháng 11.pdf', bytes: new Uint8Array([1]), filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  [IPC_CHANNELS.openFiles]: { filters: [{ name: 'Excel', extensions: ['xlsx'] }], multiple: true },
  [IPC_CHANNELS.printPdf]: { bytes: new Uint8Array([1]), suggestedName: 'a.pdf' },
  [IPC_CHANNELS.revealInFolder]: { path: '/tmp/a.pdf' },
  [IPC_CHANNELS.writeBackup]: { bytes: new Uint8Array([1]), reason: 'manual' },
  [IPC_CHANNELS.listBackups]: undefined,
  [IPC_CHANNELS.readBackup]: { name: 'so-neu-guong-20261128-101500-manual.sng.json.gz' },
  [IPC_CHANNELS.backupStatus]: undefined,
  [IPC_CHANNELS.chooseBackupFolder]: undefined,
};

const malformedArgs: Record<string, unknown[]> = {
  [IPC_CHANNELS.appInfo]: [{ x: 1 }],
  [IPC_CHANNELS.saveFile]: [
    { suggestedName: '../../evil.exe', bytes: new Uint8Array([1]), filters: [] },
    { suggestedName: 'a.pdf', bytes: 'not bytes', filters: [] },
    { suggestedName: 'a.pdf', bytes: new Uint8Array([1]), filters: [{ name: 'x', extensions: ['*'] }] },
  ],
  [IPC_CHANNELS.openFiles]: [{ filters: [], multiple: 'yes' }, null],
  [IPC_CHANNELS.printPdf]: [{ bytes: [1, 2], suggestedName: 'a.pdf' }],
  [IPC_CHANNELS.revealInFolder]: [{ path: '' }, { path: 42 }],
  [IPC_CHANNELS.writeBackup]: [{ bytes: new Uint8Array(), reason: 'manual' }, { bytes: new Uint8Array([1]), reason: 'hack' }],
  [IPC_CHANNELS.listBackups]: [{}],
  [IPC_CHANNELS.readBackup]: [{ name: '../../../etc/passwd' }, { name: 'so-neu-guong-20261128-101500.sng.json.gz/../x' }],
  [IPC_CHANNELS.backupStatus]: ['x'],
  [IPC_CHANNELS.chooseBackupFolder]: [1],
};

describe('IPC handlers', () => {
  it('cover every channel of the DesktopApi contract', () => {
    expect(Object.keys(createIpcHandlers(deps())).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it.each(Object.values(IPC_CHANNELS))('%s runs for our own window with valid arguments', async (channel) => {
    const d = deps();
    await createIpcHandlers(d)[channel](own, validArgs[channel]);
    expect(Object.values(d).some((fn) => typeof fn === "function" && "mock" in fn && (fn as { mock: { calls: unknown[] } }).mock.calls.length === 1)).toBe(true);
  });

  it.each(Object.values(IPC_CHANNELS))('%s rejects a foreign sender and a missing frame, touching nothing', async (channel) => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    await expect(handlers[channel](foreign, validArgs[channel])).rejects.toBeInstanceOf(IpcRejection);
    await expect(handlers[channel](noFrame, validArgs[channel])).rejects.toBeInstanceOf(IpcRejection);
    for (const fn of Object.values(d)) if (typeof fn === 'function' && 'mock' in fn) expect(fn).not.toHaveBeenCalled();
  });

  it.each(Object.values(IPC_CHANNELS))('%s rejects malformed arguments, touching nothing', async (channel) => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    for (const bad of malformedArgs[channel]!) {
      await expect(handlers[channel](own, bad)).rejects.toThrow('tham số không hợp lệ');
    }
    for (const fn of Object.values(d)) if (typeof fn === 'function' && 'mock' in fn) expect(fn).not.toHaveBeenCalled();
  });

  it('passes validated arguments through', async () => {
    const d = deps();
    await createIpcHandlers(d)[IPC_CHANNELS.readBackup](own, validArgs[IPC_CHANNELS.readBackup]);
    expect(d.readBackup).toHaveBeenCalledWith('so-neu-guong-20261128-101500-manual.sng.json.gz');
  });
});
