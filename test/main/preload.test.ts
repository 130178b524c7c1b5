/**
 * The real preload against a stub of `electron`: it exposes one object, forwards every method to
 * its channel, turns `{ ok: false, message }` into an Error whose message is exactly main's
 * Vietnamese text, and runs the quit handshake ('asking' while the user is asked, then 'close' or
 * 'stay'; 'close' when the task fails).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BEFORE_QUIT_CHANNEL,
  IPC_CHANNELS,
  QUIT_READY_CHANNEL,
  type DesktopApi,
  type QuitContext,
} from '../../src-renderer/platform/desktop-api';

async function loadPreload(answer: (channel: string, arg: unknown) => unknown) {
  const exposed: Record<string, unknown> = {};
  const invoked: Array<[string, unknown]> = [];
  const sent: Array<[string, unknown]> = [];
  const listeners = new Map<string, (event: unknown, arg: unknown) => void>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: async (channel: string, arg?: unknown) => {
        invoked.push([channel, arg]);
        return answer(channel, arg);
      },
      send: (channel: string, arg: unknown) => sent.push([channel, arg]),
      on: (channel: string, fn: (event: unknown, arg: unknown) => void) => listeners.set(channel, fn),
      removeAllListeners: (channel: string) => listeners.delete(channel),
    },
  };
  vi.resetModules();
  vi.doMock('electron', () => ({ ...electron, default: electron }));
  await import('../../src-main/preload');
  return { desktop: exposed.desktop as DesktopApi, exposed, invoked, sent, listeners };
}

afterEach(() => vi.doUnmock('electron'));

describe('preload', () => {
  it('exposes exactly window.desktop and forwards each method to its channel with its argument', async () => {
    const p = await loadPreload((channel) => ({ ok: true, value: channel }));
    expect(Object.keys(p.exposed)).toEqual(['desktop']);
    expect(await p.desktop.readBackup('so-neu-guong-20261128-101500-manual.sng.json.gz')).toBe(IPC_CHANNELS.readBackup);
    expect(await p.desktop.revealInFolder('/x')).toBe(IPC_CHANNELS.revealInFolder);
    expect(await p.desktop.checkSpaceFor(42)).toBe(IPC_CHANNELS.checkSpaceFor);
    expect(await p.desktop.storageSpace()).toBe(IPC_CHANNELS.storageSpace);
    expect(p.invoked).toEqual([
      [IPC_CHANNELS.readBackup, { name: 'so-neu-guong-20261128-101500-manual.sng.json.gz' }],
      [IPC_CHANNELS.revealInFolder, { path: '/x' }],
      [IPC_CHANNELS.checkSpaceFor, { bytesNeeded: 42 }],
      [IPC_CHANNELS.storageSpace, undefined],
    ]);
  });

  it('a refusal is an Error with exactly main’s Vietnamese message (no "Error invoking remote method")', async () => {
    const p = await loadPreload(() => ({ ok: false, message: 'Ổ đĩa đã đầy nên không ghi được.' }));
    const error = await p.desktop.writeBackup({ bytes: new Uint8Array([1]), reason: 'manual' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Ổ đĩa đã đầy nên không ghi được.');
    const odd = await loadPreload(() => 'garbage');
    await expect(odd.desktop.listBackups()).rejects.toThrow(/không đúng dạng/u);
  });

  it('quit handshake: asking → stay; a failing task still answers close', async () => {
    const p = await loadPreload(() => ({ ok: true }));
    let release!: (d: 'close' | 'stay') => void;
    const contexts: QuitContext[] = [];
    p.desktop.onBeforeQuit((ctx) => {
      contexts.push(ctx);
      ctx.holdOn();
      return new Promise((r) => (release = r));
    });
    p.listeners.get(BEFORE_QUIT_CHANNEL)!({}, { reason: 'session-end' });
    expect(contexts[0]!.reason).toBe('session-end');
    expect(p.sent).toEqual([[QUIT_READY_CHANNEL, 'asking']]);
    release('stay');
    await vi.waitFor(() => expect(p.sent.at(-1)).toEqual([QUIT_READY_CHANNEL, 'stay']));
    p.desktop.onBeforeQuit(async () => {
      throw new Error('x');
    });
    p.listeners.get(BEFORE_QUIT_CHANNEL)!({}, { reason: 'bogus' });
    await vi.waitFor(() => expect(p.sent.at(-1)).toEqual([QUIT_READY_CHANNEL, 'close']));
  });
});
