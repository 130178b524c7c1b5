/**
 * What a failed write means, with evidence. On a full disk Chromium's IndexedDB aborts the
 * transaction with "UnknownError … FILE_ERROR_NO_SPACE", but Dexie hands the caller only the aborted
 * requests ("monthlyAssessments.bulkPut(): 1 of 1 operations failed … AbortError: The transaction
 * was aborted") and, once the connection is gone, "Internal error opening backing store" — neither
 * says "disk full" (measured on a full tmpfs profile: e2e/disk-full.spec.ts). When the error does
 * not say, main's fs.statfs of the profile disk does (DesktopApi.storageSpace).
 */
import { BackupError, RESTORE_DISK_FULL_MESSAGE } from '../db/backup';
import { classifyStorageError, isStorageError, STORAGE_MESSAGES, type StorageProblem } from '../db/storage-errors';
import { getDesktopApi } from '../platform';
import { errorMessage } from './errors';

/** The header's "Ổ đĩa sắp đầy" threshold (src-main/disk.ts LOW_DISK_BYTES). */
export const NEARLY_FULL_BYTES = 300 * 1024 * 1024;

/** Problems whose error does not name the cause: the disk may be it. */
const UNSURE: ReadonlySet<StorageProblem> = new Set(['unknown', 'backing_store', 'closed']);

/** True when main measured the profile disk and it is nearly full (false when unknown, e.g. browser). */
export async function profileDiskNearlyFull(): Promise<boolean> {
  try {
    const space = await getDesktopApi().storageSpace();
    return space.profile !== undefined && space.profile.freeBytes < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/** The storage problem of an error, 'disk_full' when the error is unsure and the disk is nearly full. */
export async function storageProblemWithEvidence(error: unknown): Promise<StorageProblem> {
  const problem = classifyStorageError(error);
  if (UNSURE.has(problem) && (await profileDiskNearlyFull())) return 'disk_full';
  return problem;
}

/** The Vietnamese sentence for a failed save: the app's own refusals as they are, storage failures explained. */
export async function saveFailureMessage(error: unknown, fallback = 'Không lưu được.'): Promise<string> {
  if (!isStorageError(error)) return errorMessage(error, fallback);
  return STORAGE_MESSAGES[await storageProblemWithEvidence(error)];
}

/** A restore that failed while writing, told as "the disk is full" when main says so. */
export async function restoreFailureWithEvidence(error: unknown): Promise<unknown> {
  if (!(error instanceof BackupError) || error.code !== 'apply_failed' || error.storageProblem === 'disk_full') return error;
  if (error.storageProblem !== undefined && !UNSURE.has(error.storageProblem)) return error;
  return (await profileDiskNearlyFull()) ? new BackupError('apply_failed', RESTORE_DISK_FULL_MESSAGE, 'disk_full') : error;
}
