/** The backup job's door to db/backup.ts: the same operations with the app's database bound. */
import * as repo from '../db/backup';
import { activeDatabaseName, getDb } from '../db/instance';
import { restoreIntoNewDatabase as restoreIntoNew } from '../db/recovery';
import * as undoRepo from '../db/restore-undo';
import { clock } from '../platform/clock';
import { getDesktopApi } from '../platform/index';
import { withDb } from './bind';
import { restoreFailureWithEvidence } from './storage-failure';

export { BackupError, dumpIsEmpty, encodeBackup, summarizeBackup } from '../db/backup';
export type { BackupSummary, TableCounts } from '../db/backup';

export type { PendingRestoreUndo } from '../db/restore-undo';
export { describeStorageError } from '../db/storage-errors';

export const createBackupBytes = withDb(repo.createBackupBytes);
/**
 * Every restore (backup page, undo, start-up recovery, the set-up wizard's "from a backup file") is
 * refused before it writes anything when it needs more than a third of the free space on the
 * profile disk (main's fs.statfs); main unreachable counts as unknown (the restore stays one transaction).
 */
async function refuseWithoutRoom(bytesInDatabase: number): Promise<void> {
  const room = await Promise.resolve()
    .then(() => getDesktopApi().checkSpaceFor(bytesInDatabase))
    .catch(() => ({ ok: true as const }));
  if (!room.ok) throw new repo.BackupError('no_space', room.message);
}

/** Restore (db/backup.ts) with the free-space rule; a failure while writing on a nearly full disk says the disk is full. */
export async function restoreBackup<T>(
  bytes: Uint8Array,
  saveCurrent: (bytes: Uint8Array<ArrayBuffer>) => Promise<T>,
  hooks?: repo.ReplaceHooks,
): Promise<repo.RestoreResult<T>> {
  let result: repo.RestoreResult<T>;
  try {
    result = await repo.restoreBackup(getDb(), bytes, saveCurrent, { ...hooks, beforeWrite: refuseWithoutRoom });
  } catch (e) {
    throw await restoreFailureWithEvidence(e);
  }
  // The undo of an earlier restore would now bring back data older than what was just replaced.
  await forgetRestoreUndo();
  return result;
}

/** Start-up recovery into a database that cannot be opened (db/recovery.ts); no undo is left pending. */
export async function restoreIntoNewDatabase(name: string, bytes: Uint8Array): Promise<void> {
  await restoreIntoNew(name, bytes);
  await forgetRestoreUndo(name);
}

/**
 * Keep the undo of the restore just made, so that it is still offered after the app is reopened.
 * Never throws: when it cannot be kept, the undo is only offered until the app closes.
 */
export async function rememberRestoreUndo(
  undo: Omit<undoRepo.PendingRestoreUndo, 'database' | 'restoredAt'>,
): Promise<undoRepo.PendingRestoreUndo> {
  const record: undoRepo.PendingRestoreUndo = { ...undo, database: activeDatabaseName(), restoredAt: clock.nowIso() };
  await undoRepo.savePendingUndo(record).catch(() => undefined);
  return record;
}

/** The undo of the last restore of the open database, if the secretary has neither used nor dismissed it. */
export async function pendingRestoreUndo(): Promise<undoRepo.PendingRestoreUndo | undefined> {
  return undoRepo.loadPendingUndo(activeDatabaseName()).catch(() => undefined);
}

/** The undo was used or dismissed (never throws). */
export async function forgetRestoreUndo(database: string = activeDatabaseName()): Promise<void> {
  await undoRepo.clearPendingUndo(database).catch(() => undefined);
}

/** A backup written now, before a change the secretary asked for (importing files, removing reports or units). */
export async function backupBeforeChange(): Promise<void> {
  const bytes = await createBackupBytes();
  await getDesktopApi().writeBackup({ bytes, reason: 'manual' });
}

/** For the backup scheduler, which is handed the open database once by the shell. */
export { dumpDatabase as dumpDatabaseOf } from '../db/backup';
