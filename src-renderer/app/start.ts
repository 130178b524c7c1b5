/**
 * The start-up without React: open the database (or find why it cannot be opened), store the drafts
 * an earlier run left, and read what the shell needs for its menu. main.tsx begins it before the
 * React part of the app is loaded; App shows its result.
 */
import type { RecoveryProblem } from '../features/backup/RecoveryScreen';
import { getDesktopApi } from '../platform';
import {
  NewerDatabaseError,
  activeDatabaseName,
  initDb,
  isDatabaseEmpty,
  onNewerVersionOpened,
  type StoreChange,
} from '../services/database';
import { recoverDrafts } from '../services/draft-recovery';
import { readStartData, type StartData } from '../services/settings';

/** Performance marks of the start-up's steps: the bench (scripts/bench.mjs) reports them. */
export const START_MARKS = {
  /** main.tsx has run: the start-up chunk is loaded and the database is opening. */
  started: 'sng:start-up chunk run',
  /** The database is open and the settings and own unit are read. */
  dataRead: 'sng:data read',
  /** The shell with its menu is committed to the page (laid out and painted next). */
  shellShown: 'sng:shell committed',
} as const;

export type DbState =
  | { status: 'opening' }
  /** `start`: the settings and own unit read at the start, so the shell shows its menu at once (undefined: the shell reads them). */
  | { status: 'ready'; start?: StartData }
  | { status: 'failed'; message: string }
  | { status: 'recover'; problem: RecoveryProblem };

/** Ready, with the settings and own unit as they are now (the shell's live queries keep them up to date afterwards). */
async function ready(reading = readStartData()): Promise<DbState> {
  const start = await reading;
  performance.mark(START_MARKS.dataRead);
  return start ? { status: 'ready', start } : { status: 'ready' };
}

/**
 * Start: open the database. Before anything else, if it cannot be opened — or it opened empty
 * while the backup folder has backups — offer "Khôi phục từ bản sao lưu gần nhất".
 */
export async function openOrRecover(sample: boolean): Promise<DbState> {
  let db;
  try {
    db = await initDb();
  } catch (error) {
    if (error instanceof NewerDatabaseError) return { status: 'failed', message: error.message };
    return { status: 'recover', problem: { kind: 'open_failed', error, databaseName: activeDatabaseName() } };
  }
  if (sample) return ready();
  // Read alongside the emptiness check and the drafts (IndexedDB answers them together: one wait
  // less at every start). Drafts never change the settings or the own unit; readStartData never
  // rejects, so a start that goes to the recovery below simply drops it.
  const reading = readStartData();
  let empty: boolean;
  try {
    empty = await isDatabaseEmpty(db);
  } catch (error) {
    // Opened but cannot be read (a full disk right after a store was recreated): not "has data" —
    // the shell would read no settings and show the first-run wizard. Offer the backups instead.
    return { status: 'recover', problem: { kind: 'open_failed', error, databaseName: activeDatabaseName() } };
  }
  if (empty) {
    const backups = await getDesktopApi()
      .listBackups()
      .catch(() => []);
    if (backups.length > 0) return { status: 'recover', problem: { kind: 'empty' } };
  }
  // Edits an earlier run could not store before it ended (reload, crash): stored before any screen reads.
  await recoverDrafts().catch(() => undefined);
  return ready(reading);
}

/** A start begun before the first render (main.tsx): the opening, and a store change seen meanwhile. */
export interface EarlyStart {
  opening: Promise<DbState>;
  /** The opening's result once it is there: the app's first render then shows it without the loader. */
  settled?: DbState;
  /** Stops listening; returns the change (newer version, deleted, lost) seen since the start, if any. */
  handOver: () => StoreChange | undefined;
}

/**
 * Begin the start before React and the screens' code are even loaded (main.tsx), so that IndexedDB
 * opens and the settings are read while the browser loads and compiles that code (issue 19's
 * start-up). Listens for store changes first, as the app does, so none is missed.
 */
export function startEarly(sample: boolean): EarlyStart {
  let seen: StoreChange | undefined;
  const stop = onNewerVersionOpened((change) => (seen ??= change));
  const start: EarlyStart = {
    opening: openOrRecover(sample).then((state) => (start.settled = state)),
    handOver: () => {
      stop();
      return seen;
    },
  };
  return start;
}
