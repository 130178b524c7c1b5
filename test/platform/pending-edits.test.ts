import { afterEach, describe, expect, it, vi } from 'vitest';
import { runQuitSequence } from '../../src-renderer/app/quit';
import { discardPendingEdits, flushPendingEdits, hasPendingEdits, registerPendingEdit } from '../../src-renderer/platform/pending-edits';

const off: Array<() => void> = [];
afterEach(() => off.splice(0).forEach((f) => f()));

/** A new record's form: stored only when the secretary says "Lưu". */
function newRecord() {
  const state = { dirty: true, stored: 0, discarded: 0 };
  off.push(
    registerPendingEdit({
      label: 'Đảng viên mới',
      askFirst: true,
      isDirty: () => state.dirty,
      async flush() {
        state.stored++;
        state.dirty = false;
      },
      discard() {
        state.discarded++;
        state.dirty = false;
      },
    }),
  );
  return state;
}

describe('pending edits that ask first', () => {
  it('an automatic flush leaves them (reported as not stored); "Lưu" (all) stores them', async () => {
    const s = newRecord();
    expect(await flushPendingEdits()).toEqual({ ok: false, failed: ['Đảng viên mới'] });
    expect(s.stored).toBe(0);
    expect(await flushPendingEdits({ all: true })).toEqual({ ok: true, failed: [] });
    expect(s.stored).toBe(1);
    expect(hasPendingEdits()).toBe(false);
  });

  it('"Bỏ" forgets them', () => {
    const s = newRecord();
    discardPendingEdits();
    expect(s.discarded).toBe(1);
    expect(hasPendingEdits()).toBe(false);
  });

  it('quit: "Thử lưu lại" stores them; "Đóng, bỏ các thay đổi" forgets them', async () => {
    const a = newRecord();
    const ctx = { reason: 'close' as const, holdOn: vi.fn() };
    expect(await runQuitSequence(ctx, { askUnsaved: async () => 'retry', backup: async () => undefined })).toBe('close');
    expect(a.stored).toBe(1);
    off.splice(0).forEach((f) => f());
    const b = newRecord();
    expect(await runQuitSequence(ctx, { askUnsaved: async () => 'discard', backup: async () => undefined })).toBe('close');
    expect(b.discarded).toBe(1);
    expect(b.stored).toBe(0);
  });
});
