/**
 * When backups are taken. The app shell calls startBackupScheduler(db, api) once after the
 * database is open; any feature may call requestBackup('finalise') after a finalising change.
 *
 * - daily: at start and then every 30 minutes, if the newest backup is not from today.
 * - quit: when the window closes or Windows ends the session — the app shell's quit handshake
 *   (app/quit.ts) flushes pending edits first, then calls backupOnQuit(); skipped when nothing
 *   changed since the last backup written in this session, and when the scheduler is not running
 *   (setup not done, sample cell open, browser).
 * - finalise: after minutes are finalised, pledges confirmed, etc. (requested by features).
 * - manual: "Sao lưu ngay". before-restore: written by the restore itself (see db/backup.ts).
 *
 * In the browser build every backup is a download, so the automatic ones (daily, quit, finalise)
 * are not taken there — a download popping up by itself would confuse the user; the indicator
 * and the backup page warn when the last backup is old.
 *
 * Backups never run concurrently (one queue). A failed automatic backup never interrupts the
 * user's work: its message is kept and shown by the indicator and the backup page.
 */
import { canonicalJson } from '../../core/exchange/canonical';
import { sha256Hex } from '../../core/exchange/codec';
import { dumpDatabaseOf, dumpIsEmpty, encodeBackup } from '../../services/backup';
import { currentDatabase } from '../../services/database';
import type { SoNeuGuongDb } from '../../services/database-type';
import { onFinalised } from '../../services/events';
import type { BackupInfo, DesktopApi, WriteBackupArgs } from '../../platform/desktop-api';
import { getDesktopApi } from '../../platform/index';
import { errorMessage } from '../../services/errors';
import { requestPersistentStorage } from './storage';
import { notifyBackupsChanged, resetBackupEventsForTests, setLastBackupError } from './backup-events';
import { clock } from '../../platform/clock';

export type BackupReason = WriteBackupArgs['reason'];

/** Why no backup is written of an empty database. */
export const EMPTY_DATABASE_MESSAGE =
  'Chưa sao lưu: dữ liệu trên máy đang trống (có thể vừa bị mất khi ổ đĩa đầy), nên không ghi bản sao lưu trống đè lên các bản có dữ liệu. Hãy giải phóng chỗ trống, khởi động lại ứng dụng rồi khôi phục từ bản sao lưu gần nhất.';

const AUTOMATIC: ReadonlySet<BackupReason> = new Set(['daily', 'quit', 'finalise']);
const CHECK_EVERY_MS = 30 * 60 * 1000;

interface SchedulerState {
  db: SoNeuGuongDb;
  api: DesktopApi;
  platform: 'electron' | 'browser';
  now: () => Date;
  timer?: ReturnType<typeof setInterval>;
  stopListening?: () => void;
}

let state: SchedulerState | undefined;
let queue: Promise<unknown> = Promise.resolve();
/** Hash of the tables in the last backup this session wrote (to skip unchanged quit backups). */
let lastWrittenHash: string | undefined;

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** A "last backup" dated more than this after now comes from a clock that was ahead. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Is a daily backup due? No backup yet, the newest is from an earlier day, or it is dated in the
 * future (written while the clock was ahead: it does not count, or daily backups would stop until
 * that date once the clock is fixed). Main already leaves future files out of lastBackupAt.
 */
export function dailyBackupDue(lastBackupAt: string | undefined, now: Date): boolean {
  if (!lastBackupAt) return true;
  const last = new Date(lastBackupAt);
  if (Number.isNaN(last.getTime())) return true;
  if (last.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return true;
  return !sameLocalDay(last, now);
}

async function checkDaily(s: SchedulerState): Promise<void> {
  try {
    const status = await s.api.backupStatus();
    if (dailyBackupDue(status.lastBackupAt, s.now())) await requestBackup('daily');
  } catch (e) {
    setLastBackupError(errorMessage(e));
    notifyBackupsChanged();
  }
}

/**
 * Starts automatic backups; returns a stop function. Also asks the browser engine to keep the
 * database (navigator.storage.persist); the result is shown on the backup page.
 */
export async function startBackupScheduler(
  db: SoNeuGuongDb,
  api: DesktopApi,
  options: { now?: () => Date; checkEveryMs?: number } = {},
): Promise<() => void> {
  stopBackupScheduler();
  void requestPersistentStorage();
  const info = await api.appInfo();
  const s: SchedulerState = { db, api, platform: info.platform, now: options.now ?? (() => clock.now()) };
  state = s;
  if (s.platform === 'electron') {
    // After minutes are passed, a pledge confirmed or a review decided.
    s.stopListening = onFinalised(() => void requestBackup('finalise'));
    await checkDaily(s);
    s.timer = setInterval(() => void checkDaily(s), options.checkEveryMs ?? CHECK_EVERY_MS);
  }
  return stopBackupScheduler;
}

/**
 * The quit backup, called by the shell's quit handshake after pending edits are flushed. Only while
 * the scheduler runs (so never a backup of the sample cell, nor before setup); never throws.
 */
export async function backupOnQuit(): Promise<BackupInfo | undefined> {
  if (!state || state.platform !== 'electron') return undefined;
  return requestBackup('quit');
}

export function stopBackupScheduler(): void {
  if (state?.timer) clearInterval(state.timer);
  state?.stopListening?.();
  state = undefined;
}

/** For tests: forget the session's memory (hash of the last backup, last error). */
export function resetBackupSchedulerForTests(): void {
  stopBackupScheduler();
  queue = Promise.resolve();
  lastWrittenHash = undefined;
  resetBackupEventsForTests();
}

async function resolveContext(): Promise<Pick<SchedulerState, 'db' | 'api' | 'platform'>> {
  if (state) return state;
  // Not started (e.g. a feature used before the shell started it): use the app's instances.
  const api = getDesktopApi();
  return { db: currentDatabase(), api, platform: (await api.appInfo()).platform };
}

/**
 * Takes a backup now (queued behind any running one). Automatic reasons never throw: they return
 * undefined when skipped or failed (the failure is reported through lastBackupError()).
 * 'manual' throws the Vietnamese message of a failure so the page can show it.
 */
export function requestBackup(reason: BackupReason): Promise<BackupInfo | undefined> {
  const run = async (): Promise<BackupInfo | undefined> => {
    const ctx = await resolveContext();
    if (AUTOMATIC.has(reason) && ctx.platform === 'browser') return undefined;
    try {
      const dump = await dumpDatabaseOf(ctx.db);
      // The scheduler runs only after setup: an empty database means the store was lost under the
      // app (a full disk), and its backup would become "the newest" that recovery offers first.
      if (dumpIsEmpty(dump)) throw new Error(EMPTY_DATABASE_MESSAGE);
      const hash = await sha256Hex(canonicalJson(dump.tables));
      if (reason === 'quit' && hash === lastWrittenHash) return undefined;
      const bytes = await encodeBackup(dump);
      const info = await ctx.api.writeBackup({ bytes, reason });
      lastWrittenHash = hash;
      setLastBackupError(undefined);
      notifyBackupsChanged();
      return info;
    } catch (e) {
      setLastBackupError(errorMessage(e));
      notifyBackupsChanged();
      if (AUTOMATIC.has(reason)) return undefined;
      throw e;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
