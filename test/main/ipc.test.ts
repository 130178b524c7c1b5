import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, FOREIGN_SENDER_MESSAGE, INVALID_ARGUMENT_MESSAGE, type IpcDeps } from '../../src-main/ipc';
import { UserError } from '../../src-main/errors';
import { IPC_CHANNELS } from '../../src-renderer/platform/desktop-api';

type DepName = Exclude<keyof IpcDeps, 'devServerUrl'>;

/** Every dependency returns a distinct value, so a handler wired to the wrong one is caught. */
const RETURNS: Record<DepName, unknown> = {
  appInfo: { appVersion: '0.1.0', platform: 'electron', os: 'test' },
  saveFile: { path: '/tmp/x.pdf' },
  openFiles: [{ name: 'a.xlsx', bytes: new Uint8Array([7]) }],
  printPdf: undefined,
  revealInFolder: undefined,
  writeBackup: { name: 'write', sizeBytes: 1, modifiedAt: '' },
  listBackups: [{ name: 'list', sizeBytes: 2, modifiedAt: '' }],
  readBackup: new Uint8Array([9, 9]),
  backupStatus: { folder: '/status', writable: true },
  chooseBackupFolder: { folder: '/chosen', writable: true },
  storageSpace: { low: false, profile: { path: '/p', freeBytes: 5, totalBytes: 10 } },
  checkSpaceFor: { ok: true },
};

function deps(): IpcDeps & Record<DepName, ReturnType<typeof vi.fn>> {
  const d = {} as Record<DepName, ReturnType<typeof vi.fn>>;
  for (const [name, value] of Object.entries(RETURNS) as Array<[DepName, unknown]>) {
    d[name] = name === 'appInfo' ? vi.fn(() => value) : vi.fn(async () => value);
  }
  return d as unknown as IpcDeps & Record<DepName, ReturnType<typeof vi.fn>>;
}

const own = { senderFrame: { url: 'app://renderer/index.html' } };
const foreign = { senderFrame: { url: 'https://evil.example/' } };
const noFrame = { senderFrame: null };

const saveArgs = { suggestedName: 'Biên bản tháng 11.pdf', bytes: new Uint8Array([1]), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
const openArgs = { filters: [{ name: 'Excel', extensions: ['xlsx'] }], multiple: true };
const printArgs = { bytes: new Uint8Array([1]), suggestedName: 'a.pdf' };
const writeArgs = { bytes: new Uint8Array([1]), reason: 'manual' };
const backupName = 'so-neu-guong-20261128-101500-manual.sng.json.gz';

/** channel → [argument sent, the one dependency expected, the exact arguments it must get]. */
const WIRING: Record<string, [unknown, DepName, unknown[]]> = {
  [IPC_CHANNELS.appInfo]: [undefined, 'appInfo', []],
  [IPC_CHANNELS.saveFile]: [saveArgs, 'saveFile', [saveArgs]],
  [IPC_CHANNELS.openFiles]: [openArgs, 'openFiles', [openArgs]],
  [IPC_CHANNELS.printPdf]: [printArgs, 'printPdf', [printArgs]],
  [IPC_CHANNELS.revealInFolder]: [{ path: '/tmp/a.pdf' }, 'revealInFolder', ['/tmp/a.pdf']],
  [IPC_CHANNELS.writeBackup]: [writeArgs, 'writeBackup', [writeArgs]],
  [IPC_CHANNELS.listBackups]: [undefined, 'listBackups', []],
  [IPC_CHANNELS.readBackup]: [{ name: backupName }, 'readBackup', [backupName]],
  [IPC_CHANNELS.backupStatus]: [undefined, 'backupStatus', []],
  [IPC_CHANNELS.chooseBackupFolder]: [undefined, 'chooseBackupFolder', []],
  [IPC_CHANNELS.storageSpace]: [undefined, 'storageSpace', []],
  [IPC_CHANNELS.checkSpaceFor]: [{ bytesNeeded: 12345 }, 'checkSpaceFor', [12345]],
};

const malformedArgs: Record<string, unknown[]> = {
  [IPC_CHANNELS.appInfo]: [{ x: 1 }],
  [IPC_CHANNELS.saveFile]: [
    { suggestedName: '../../evil.exe', bytes: new Uint8Array([1]), filters: [] },
    { suggestedName: 'a.pdf', bytes: 'not bytes', filters: [] },
    { suggestedName: 'a.pdf', bytes: new Uint8Array([1]), filters: [{ name: 'x', extensions: ['*'] }] },
  ],
  [IPC_CHANNELS.openFiles]: [{ filters: [], multiple: 'yes' }, null],
  [IPC_CHANNELS.printPdf]: [
    { bytes: [1, 2], suggestedName: 'a.pdf' },
    { bytes: new Uint8Array([1]), suggestedName: 'a/b.pdf' },
  ],
  [IPC_CHANNELS.revealInFolder]: [{ path: '' }, { path: 42 }],
  [IPC_CHANNELS.writeBackup]: [
    { bytes: new Uint8Array(), reason: 'manual' },
    { bytes: new Uint8Array([1]), reason: 'hack' },
  ],
  [IPC_CHANNELS.listBackups]: [{}],
  [IPC_CHANNELS.readBackup]: [{ name: '../../../etc/passwd' }, { name: 'so-neu-guong-20261128-101500.sng.json.gz/../x' }],
  [IPC_CHANNELS.backupStatus]: ['x'],
  [IPC_CHANNELS.chooseBackupFolder]: [1],
  [IPC_CHANNELS.storageSpace]: [{ path: '/' }],
  [IPC_CHANNELS.checkSpaceFor]: [{ bytesNeeded: -1 }, { bytesNeeded: 1.5 }, { bytesNeeded: '1' }, undefined],
};

const allDeps = (d: ReturnType<typeof deps>) => Object.keys(RETURNS).map((k) => [k, d[k as DepName]] as const);

describe('IPC handlers', () => {
  it('cover every channel of the DesktopApi contract', () => {
    expect(Object.keys(createIpcHandlers(deps())).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(Object.keys(WIRING).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it.each(Object.values(IPC_CHANNELS))(
    '%s calls exactly its dependency, once, with exactly the validated arguments, and returns its value',
    async (channel) => {
      const d = deps();
      const [arg, dep, expectedArgs] = WIRING[channel]!;
      const result = await createIpcHandlers(d)[channel](own, arg);
      expect(result).toEqual({ ok: true, value: RETURNS[dep] });
      expect(d[dep]).toHaveBeenCalledTimes(1);
      expect(d[dep].mock.calls[0]).toEqual(expectedArgs);
      for (const [name, fn] of allDeps(d)) if (name !== dep) expect(fn, `${channel} must not call ${name}`).not.toHaveBeenCalled();
    },
  );

  it.each(Object.values(IPC_CHANNELS))(
    '%s refuses a foreign sender and a missing frame with a value, touching nothing',
    async (channel) => {
      const d = deps();
      const handlers = createIpcHandlers(d);
      const [arg] = WIRING[channel]!;
      expect(await handlers[channel](foreign, arg)).toEqual({ ok: false, message: FOREIGN_SENDER_MESSAGE });
      expect(await handlers[channel](noFrame, arg)).toEqual({ ok: false, message: FOREIGN_SENDER_MESSAGE });
      for (const [, fn] of allDeps(d)) expect(fn).not.toHaveBeenCalled();
    },
  );

  it.each(Object.values(IPC_CHANNELS))('%s refuses malformed arguments with a value, touching nothing', async (channel) => {
    const d = deps();
    const handlers = createIpcHandlers(d);
    for (const bad of malformedArgs[channel]!) {
      expect(await handlers[channel](own, bad)).toEqual({ ok: false, message: INVALID_ARGUMENT_MESSAGE });
    }
    for (const [, fn] of allDeps(d)) expect(fn).not.toHaveBeenCalled();
  });

  it('a failing dependency becomes { ok: false, message }: our Vietnamese text, or one chosen from the error code — never English', async () => {
    const d = deps();
    d.readBackup.mockRejectedValueOnce(new UserError('Không tìm thấy tệp sao lưu "x".'));
    const enospc = Object.assign(new Error("ENOSPC: no space left on device, write '/home/x'"), { code: 'ENOSPC' });
    d.writeBackup.mockRejectedValueOnce(enospc);
    d.saveFile.mockRejectedValueOnce(new TypeError('Cannot read properties of undefined'));
    const h = createIpcHandlers(d);
    expect(await h[IPC_CHANNELS.readBackup](own, { name: backupName })).toEqual({ ok: false, message: 'Không tìm thấy tệp sao lưu "x".' });
    const write = (await h[IPC_CHANNELS.writeBackup](own, writeArgs)) as { ok: false; message: string };
    expect(write.message).toMatch(/^Ổ đĩa đã đầy/u);
    const save = (await h[IPC_CHANNELS.saveFile](own, saveArgs)) as { ok: false; message: string };
    expect(save.ok).toBe(false);
    for (const m of [write.message, save.message]) expect(m).not.toMatch(/ENOSPC: no space|Cannot read|Error/u);
  });
});
