/**
 * Start-up recovery (renderer side). After a disk-full failure Chromium may refuse to open the
 * database ("Internal error opening backing store") or, one reload later, delete the origin's whole
 * IndexedDB — the app then opened empty and showed the first-run wizard while the backups it knows
 * about (their folder is in config.json, outside IndexedDB) sat unused. The shell therefore checks,
 * before anything else, whether the database failed to open or opened empty, and offers the backups.
 */
import Dexie from 'dexie';
import { decodeBackup, replaceDatabase, upgradeDump, BackupError } from './backup';
import { type SoNeuGuongDb } from './database';
import { openDatabase } from './open';
import { describeStorageError } from './storage-errors';

/**
 * The database could not be opened at all: validate the backup first (nothing is touched if it is
 * bad), then delete the broken database, create it anew and load the backup in one transaction.
 * There is no "before-restore" copy — the old database cannot be read.
 */
export async function restoreIntoNewDatabase(name: string, bytes: Uint8Array): Promise<void> {
  const dump = await upgradeDump(await decodeBackup(bytes));
  try {
    await Dexie.delete(name);
  } catch {
    // deleting a broken store can fail too; opening below says whether we can go on
  }
  let db: SoNeuGuongDb;
  try {
    db = await openDatabase(name);
  } catch (e) {
    throw new BackupError(
      'apply_failed',
      `Chưa khôi phục được: bộ lưu trữ của ứng dụng vẫn không mở được (${describeStorageError(e)}) Hãy giải phóng chỗ trống trên ổ đĩa, khởi động lại máy rồi thử lại.`,
    );
  }
  try {
    await replaceDatabase(db, dump);
  } finally {
    db.close();
  }
}
