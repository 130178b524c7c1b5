/**
 * The undo of the last restore, kept across restarts (issue 19, item 9): which before-restore
 * backup holds the data as it was, where the restored data came from and when. It lives in a
 * small database of its own, beside the app's database: a restore replaces every table of that
 * one (and its backups must not carry an undo pointing at another computer's files).
 *
 * `bytes` is the before-restore backup itself, kept only where the file cannot be read back (the
 * browser, whose backups are downloads); in Electron the file in the backup folder is read again.
 */
import Dexie, { type EntityTable } from 'dexie';
import { DEXIE_OPTIONS } from './database';

export interface PendingRestoreUndo {
  /** The app database the restore replaced (the real one or the sample cell). */
  database: string;
  /** File name of the before-restore backup. */
  beforeRestoreName: string;
  /** The backup the current data came from (a file name). */
  restoredFrom: string;
  /** When the restore was made (ISO). */
  restoredAt: string;
  bytes?: Uint8Array<ArrayBuffer>;
}

export const RESTORE_UNDO_DATABASE = 'so-neu-guong-restore-undo';

type UndoDb = Dexie & { pending: EntityTable<PendingRestoreUndo, 'database'> };

let db: UndoDb | undefined;

function undoDb(): UndoDb {
  if (!db) {
    db = new Dexie(RESTORE_UNDO_DATABASE, DEXIE_OPTIONS) as UndoDb;
    db.version(1).stores({ pending: 'database' });
  }
  return db;
}

/** Record the undo of a restore (replaces the undo of any earlier restore of that database). */
export async function savePendingUndo(record: PendingRestoreUndo): Promise<void> {
  await undoDb().pending.put(record);
}

export async function loadPendingUndo(database: string): Promise<PendingRestoreUndo | undefined> {
  return undoDb().pending.get(database);
}

/** The undo was used, dismissed, or made meaningless by another restore. */
export async function clearPendingUndo(database: string): Promise<void> {
  await undoDb().pending.delete(database);
}
