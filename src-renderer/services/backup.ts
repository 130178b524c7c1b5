/** The backup job's door to db/backup.ts: the same operations with the app's database bound. */
import * as repo from '../db/backup';
import { getDesktopApi } from '../platform/index';
import { withDb } from './bind';

export { BackupError, compareVersions, declareVersionsUpTo, decodeBackup, dumpCounts, encodeBackup, loadIntoOlderDatabase, primaryKeyOf, summarizeBackup, upgradeDump } from '../db/backup';
export type { BackupErrorCode, BackupSummary, DatabaseDump, DumpRecord, ReplaceHooks, RestoreResult, TableCounts, TableName } from '../db/backup';

export { restoreIntoNewDatabase, isDatabaseEmpty } from '../db/recovery';
export { describeStorageError } from '../db/storage-errors';

export const dumpDatabase = withDb(repo.dumpDatabase);
export const createBackupBytes = withDb(repo.createBackupBytes);
export const replaceDatabase = withDb(repo.replaceDatabase);
export const restoreBackup = withDb(repo.restoreBackup);

/** A backup written now, before a change the secretary asked for (importing files, removing reports or units). */
export async function backupBeforeChange(): Promise<void> {
  const bytes = await createBackupBytes();
  await getDesktopApi().writeBackup({ bytes, reason: 'manual' });
}

/** For the backup scheduler, which is handed the open database once by the shell. */
export { dumpDatabase as dumpDatabaseOf } from '../db/backup';
