/** The backup job's door to db/backup.ts: the same operations with the app's database bound. */
import * as repo from '../db/backup';
import { getDesktopApi } from '../platform/index';
import { getDb } from '../db/instance';
import { withDb } from './bind';
import { restoreFailureWithEvidence } from './storage-failure';

export { BackupError, dumpIsEmpty, encodeBackup, summarizeBackup } from '../db/backup';
export type { BackupSummary, TableCounts } from '../db/backup';

export { restoreIntoNewDatabase, isDatabaseEmpty } from '../db/recovery';
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
  try {
    return await repo.restoreBackup(getDb(), bytes, saveCurrent, { ...hooks, beforeWrite: refuseWithoutRoom });
  } catch (e) {
    throw await restoreFailureWithEvidence(e);
  }
}

/** A backup written now, before a change the secretary asked for (importing files, removing reports or units). */
export async function backupBeforeChange(): Promise<void> {
  const bytes = await createBackupBytes();
  await getDesktopApi().writeBackup({ bytes, reason: 'manual' });
}

/** For the backup scheduler, which is handed the open database once by the shell. */
export { dumpDatabase as dumpDatabaseOf } from '../db/backup';
