// @vitest-environment jsdom
/**
 * A failed save (disk full) through the draft mechanism, against a real database whose writes fail
 * the way Chromium's do on a full disk: Dexie hands over "monthlyAssessments.bulkPut(): 1 of 1
 * operations failed. Errors: AbortError: The transaction was aborted…" (measured on a full tmpfs
 * profile, e2e/disk-full.spec.ts). The secretary must see Vietnamese, keep the edits, get a retry,
 * and be warned before leaving or closing.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAssessment } from '../../src-renderer/core/monthly';
import type { MonthlyAssessment } from '../../src-renderer/core/model';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { openDatabase } from '../../src-renderer/db/open';
import { STORAGE_MESSAGES } from '../../src-renderer/db/storage-errors';
import { installDesktopApi, resetDesktopApiForTests } from '../../src-renderer/platform';
import { createMemoryDesktop } from '../../src-renderer/platform/memory-adapter';
import { flushPendingEdits, hasPendingEdits } from '../../src-renderer/platform/pending-edits';
import { useDraft } from '../../src-renderer/services/drafts';
import { saveMonthGrid, MonthlyError } from '../../src-renderer/services/monthly';
import { NEARLY_FULL_BYTES } from '../../src-renderer/services/storage-failure';

const ENGLISH = /bulkPut|operations failed|AbortError|transaction was aborted/u;

let db: SoNeuGuongDb;
let n = 0;
/** While true, every write to monthlyAssessments fails like Chromium's on a full disk. */
const disk = { full: false };

beforeEach(async () => {
  db = await openDatabase(`drafts-${Date.now()}-${++n}`);
  // Below Dexie's tables: each request of a write fails with the AbortError of an aborted transaction.
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'monthlyAssessments') return table;
        return {
          ...table,
          mutate: (req) => {
            if (!disk.full) return table.mutate(req);
            const count = 'values' in req ? req.values.length : 1;
            const aborted = () => new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'AbortError');
            return Promise.resolve({
              numFailures: count,
              failures: Object.fromEntries(Array.from({ length: count }, (_, i) => [i, aborted()])),
              lastResult: undefined,
            });
          },
        };
      },
    }),
  });
  await db.open();
  setDatabaseForTests(db);
  disk.full = false;
});
afterEach(() => {
  cleanup();
  db.close();
  resetDesktopApiForTests();
});

function desktopWithFreeSpace(freeBytes: number | undefined) {
  const m = createMemoryDesktop();
  m.space =
    freeBytes === undefined
      ? { low: false }
      : { low: freeBytes < NEARLY_FULL_BYTES, profile: { path: '/profile', freeBytes, totalBytes: 64 * 1024 * 1024 } };
  installDesktopApi(m.api);
}

const record = (memberId: string, level: string): MonthlyAssessment => ({
  ...emptyAssessment(memberId, 'u1', '2026-11', { newId: () => `a-${memberId}`, now: '2026-11-20T02:00:00.000Z', scaleCode: 'x' }),
  overallLevel: level,
});

/** What the storage engine threw (to check it is the English the secretary must not see). */
const thrown: unknown[] = [];

/** The month grid's use of the draft: a burst of records saved by saveMonthGrid. */
function useGridDraft() {
  return useDraft<MonthlyAssessment[]>({
    label: 'Bảng tự đánh giá tháng 11/2026',
    save: (burst) => saveMonthGrid(burst).catch((e: unknown) => Promise.reject((thrown.push(e), e))),
    delayMs: 10,
    retryMs: [30],
  });
}

describe('a save that fails because the disk is full', () => {
  it('shows Vietnamese (disk full, from main’s free space), keeps the edits, warns at close, and the retry stores them once space is freed', async () => {
    desktopWithFreeSpace(24 * 1024);
    disk.full = true;
    const { result } = renderHook(() => useGridDraft());
    act(() => result.current.change([record('m1', 'tot'), record('m2', 'kha')]));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(thrown[0]).toMatchObject({
      name: 'BulkError',
      message: expect.stringMatching(/^monthlyAssessments\.bulkPut\(\): 2 of 2 operations failed/u),
    });
    expect(result.current.error).toBe(STORAGE_MESSAGES.disk_full);
    expect(result.current.error).not.toMatch(ENGLISH);
    expect(result.current.storageFailure).toBe(true);
    // Kept: still dirty, nothing half-written.
    expect(result.current.isDirty()).toBe(true);
    expect(hasPendingEdits()).toBe(true);
    expect(await db.monthlyAssessments.count()).toBe(0);
    // Closing (quit handshake) and leaving the screen (route guard) are told it could not be stored.
    expect(await flushPendingEdits()).toEqual({ ok: false, failed: ['Bảng tự đánh giá tháng 11/2026'] });

    // Space freed: the automatic retry stores both records; the message goes away.
    disk.full = false;
    await waitFor(() => expect(result.current.status).toBe('saved'), { timeout: 5_000 });
    expect(result.current.error).toBeUndefined();
    expect(result.current.storageFailure).toBe(false);
    expect(hasPendingEdits()).toBe(false);
    expect((await db.monthlyAssessments.toArray()).map((r) => [r.memberId, r.overallLevel]).sort()).toEqual([
      ['m1', 'tot'],
      ['m2', 'kha'],
    ]);
  });

  it('"Thử lưu lại" (flush) stores at once after space is freed; a flush on the full disk rejects and keeps the edits', async () => {
    desktopWithFreeSpace(0);
    disk.full = true;
    const { result } = renderHook(() =>
      useDraft<MonthlyAssessment[]>({ label: 'Bảng', save: (b) => saveMonthGrid(b), delayMs: 10_000, retryMs: [60_000] }),
    );
    act(() => result.current.change([record('m1', 'tot')]));
    await act(async () => {
      await expect(result.current.flush()).rejects.toBeTruthy();
    });
    expect(result.current.error).toBe(STORAGE_MESSAGES.disk_full);
    expect(result.current.isDirty()).toBe(true);
    disk.full = false;
    await act(() => result.current.flush());
    expect(result.current.status).toBe('saved');
    expect(await db.monthlyAssessments.count()).toBe(1);
  });

  it('without a measure of the disk (browser build) it still never shows Dexie’s English', async () => {
    desktopWithFreeSpace(undefined);
    disk.full = true;
    const { result } = renderHook(() => useGridDraft());
    act(() => result.current.change([record('m1', 'tot')]));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe(STORAGE_MESSAGES.unknown);
    expect(result.current.error).toMatch(/vẫn còn trên màn hình/u);
    expect(result.current.storageFailure).toBe(true);
  });

  it('a refusal of the value itself (the app’s own Vietnamese) is shown as it is, not as a storage failure', async () => {
    desktopWithFreeSpace(24 * 1024);
    const { result } = renderHook(() =>
      useDraft<MonthlyAssessment[]>({
        label: 'Bảng',
        save: async () => {
          throw new MonthlyError('Tháng "2026-13" không hợp lệ (cần dạng năm-tháng, ví dụ 2026-11); chưa lưu gì.');
        },
        delayMs: 10,
        retryMs: [60_000],
      }),
    );
    act(() => result.current.change([record('m1', 'tot')]));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatch(/^Tháng "2026-13" không hợp lệ/u);
    expect(result.current.storageFailure).toBe(false);
  });
});
