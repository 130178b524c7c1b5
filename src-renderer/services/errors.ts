import { describeStorageError, isStorageError } from '../db/storage-errors';

/**
 * One way to turn anything thrown into the Vietnamese sentence a screen shows. An error of the
 * storage engine ("monthlyAssessments.bulkPut(): 22 of 23 operations failed … AbortError",
 * "UnknownError … FILE_ERROR_NO_SPACE") becomes what happened and what to do (db/storage-errors);
 * the app's own errors are already in Vietnamese.
 */
export function errorMessage(e: unknown, fallback = 'Đã có lỗi; hãy thử lại.'): string {
  if (isStorageError(e)) return describeStorageError(e);
  if (e instanceof Error && e.message.trim()) return e.message;
  if (typeof e === 'string' && e.trim()) return e;
  return fallback;
}

export { isStorageError };
