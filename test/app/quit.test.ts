import { afterEach, describe, expect, it, vi } from 'vitest';
import { runQuitSequence, type UnsavedChoice } from '../../src-renderer/app/quit';
import { flushPendingEdits, registerPendingEdit } from '../../src-renderer/platform/pending-edits';
import type { QuitContext } from '../../src-renderer/platform/desktop-api';

const unregister: Array<() => void> = [];
afterEach(() => {
  for (const off of unregister.splice(0)) off();
});

/** A draft whose save fails `failures` times (disk full), then succeeds. */
function draft(label: string, failures: number) {
  const state = { dirty: true, stored: 0, attempts: 0 };
  unregister.push(
    registerPendingEdit({
      label,
      isDirty: () => state.dirty,
      async flush() {
        state.attempts++;
        if (state.attempts <= failures) throw Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
        state.dirty = false;
        state.stored++;
      },
    }),
  );
  return state;
}

const ctx = (reason: QuitContext['reason'] = 'close') => {
  const holdOn = vi.fn();
  return { reason, holdOn };
};

describe('quit sequence (renderer side of the handshake)', () => {
  it('flushes every pending edit, then backs up, then closes — in that order', async () => {
    const order: string[] = [];
    const a = draft('Bảng tự đánh giá tháng 11/2026', 0);
    const c = ctx();
    const decision = await runQuitSequence(c, {
      flush: async () => {
        const r = await flushPendingEdits();
        order.push('flush');
        return r;
      },
      askUnsaved: vi.fn(),
      backup: async () => {
        order.push('backup');
      },
    });
    expect(decision).toBe('close');
    expect(a.stored).toBe(1);
    expect(order).toEqual(['flush', 'backup']);
    expect(c.holdOn).not.toHaveBeenCalled();
  });

  it('a draft that cannot be stored: main is told to wait, the user is asked; "stay" keeps the window and takes no backup', async () => {
    draft('Biên bản sinh hoạt tháng 11/2026', 99);
    const ask = vi.fn(async (): Promise<UnsavedChoice> => 'stay');
    const backup = vi.fn(async () => undefined);
    const c = ctx();
    expect(await runQuitSequence(c, { askUnsaved: ask, backup })).toBe('stay');
    expect(c.holdOn).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith(['Biên bản sinh hoạt tháng 11/2026']);
    expect(backup).not.toHaveBeenCalled();
  });

  it('"Thử lưu lại" flushes again; once stored it closes with a backup', async () => {
    const m = draft('Biên bản', 2);
    const answers: UnsavedChoice[] = ['retry', 'retry'];
    const ask = vi.fn(async () => answers.shift()!);
    const backup = vi.fn(async () => undefined);
    expect(await runQuitSequence(ctx(), { askUnsaved: ask, backup })).toBe('close');
    expect(ask).toHaveBeenCalledTimes(2);
    expect(m.stored).toBe(1);
    expect(backup).toHaveBeenCalledTimes(1);
  });

  it('"Đóng, bỏ các thay đổi" closes (the user chose; the backup still runs)', async () => {
    draft('Biên bản', 99);
    const backup = vi.fn(async () => undefined);
    expect(await runQuitSequence(ctx(), { askUnsaved: async () => 'discard', backup })).toBe('close');
    expect(backup).toHaveBeenCalledTimes(1);
  });

  it('session end: nobody to ask — store what can be stored, back up, close', async () => {
    draft('Biên bản', 99);
    const ok = draft('Bảng tự đánh giá', 0);
    const ask = vi.fn();
    const backup = vi.fn(async () => undefined);
    const c = ctx('session-end');
    expect(await runQuitSequence(c, { askUnsaved: ask, backup })).toBe('close');
    expect(ask).not.toHaveBeenCalled();
    expect(c.holdOn).not.toHaveBeenCalled();
    expect(ok.stored).toBe(1);
    expect(backup).toHaveBeenCalledTimes(1);
  });

  it('a failing backup does not keep the window open', async () => {
    expect(await runQuitSequence(ctx(), { askUnsaved: vi.fn(), backup: async () => Promise.reject(new Error('x')) })).toBe('close');
  });
});
