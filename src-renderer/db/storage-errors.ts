/**
 * What the browser engine's storage errors mean for the secretary, in Vietnamese. IndexedDB and
 * Dexie report a full disk as "monthlyAssessments.bulkPut(): 22 of 23 operations failed …
 * AbortError", a broken database as "Internal error opening backing store"; none of that may reach
 * the screen. `describeStorageError` finds the real cause inside Dexie's wrappers (BulkError
 * failures, AbortError.inner) and says what happened, that nothing half-written was kept, and what
 * to do.
 */

import Dexie from 'dexie';

export type StorageProblem = 'disk_full' | 'backing_store' | 'closed' | 'version_change' | 'constraint' | 'unknown';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
}

function* causes(error: unknown, depth = 0): Generator<ErrorLike> {
  if (depth > 5 || typeof error !== 'object' || error === null) return;
  const e = error as ErrorLike;
  yield e;
  if (e.inner) yield* causes(e.inner, depth + 1);
  if (Array.isArray(e.failures)) for (const f of e.failures.slice(0, 20)) yield* causes(f, depth + 1);
  else if (e.failures && typeof e.failures === 'object')
    for (const f of Object.values(e.failures).slice(0, 20)) yield* causes(f, depth + 1);
}

export function classifyStorageError(error: unknown): StorageProblem {
  let found: StorageProblem = 'unknown';
  for (const e of causes(error)) {
    const name = typeof e.name === 'string' ? e.name : '';
    const message = typeof e.message === 'string' ? e.message : '';
    // Chromium on a full disk: "UnknownError: Connection is closing because of: IO error: …/000003.log:
    // FILE_ERROR_NO_SPACE (ChromeMethodBFE: …)" (measured on a full tmpfs profile, e2e/disk-full.spec.ts).
    if (name === 'QuotaExceededError' || /quota|no[ _]space|disk (is )?full|ENOSPC/iu.test(message)) return 'disk_full';
    if (/backing store/iu.test(message) || (name === 'UnknownError' && found === 'unknown')) found = 'backing_store';
    if (name === 'VersionChangeError' && found === 'unknown') found = 'version_change';
    if (name === 'DatabaseClosedError' && found === 'unknown') found = 'closed';
    if (name === 'ConstraintError' && found === 'unknown') found = 'constraint';
  }
  return found;
}

export const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  disk_full:
    'Chưa lưu được vì ổ đĩa của máy đã đầy. Không có gì bị ghi dở; những gì vừa nhập vẫn còn trên màn hình. Hãy xóa bớt tệp không cần thiết (thư mục Tải về, Thùng rác) hoặc nhờ cán bộ tin học, rồi lưu lại.',
  backing_store:
    'Bộ lưu trữ dữ liệu của ứng dụng đang bị lỗi (thường do ổ đĩa đầy hoặc máy tắt đột ngột). Hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại. Nếu vẫn lỗi, hãy khởi động lại máy; nếu dữ liệu vẫn không mở được, hãy khôi phục từ bản sao lưu gần nhất ở mục Sao lưu.',
  closed: 'Chưa lưu được vì dữ liệu đã được đóng (có thể đang mở phiên bản mới của ứng dụng). Hãy tải lại ứng dụng rồi nhập lại.',
  version_change: 'Đã có phiên bản mới của ứng dụng mở dữ liệu này. Hãy tải lại để dùng phiên bản mới; những gì chưa lưu cần nhập lại.',
  constraint: 'Chưa lưu được vì bản ghi này trùng với một bản ghi đã có. Hãy kiểm tra lại rồi lưu.',
  unknown:
    'Chưa lưu được do lỗi của bộ lưu trữ. Những gì vừa nhập vẫn còn trên màn hình; hãy thử lưu lại, nếu vẫn lỗi hãy khởi động lại ứng dụng.',
};

/** Names of the errors IndexedDB and Dexie reject with (DOMException names and Dexie's own). */
const STORAGE_ERROR_NAMES = new Set([
  'AbortError',
  'BulkError',
  'ConstraintError',
  'DataCloneError',
  'DataError',
  'DatabaseClosedError',
  'InvalidStateError',
  'InvalidTableError',
  'MissingAPIError',
  'ModifyError',
  'OpenFailedError',
  'PrematureCommitError',
  'QuotaExceededError',
  'ReadOnlyError',
  'SubTransactionError',
  'TimeoutError',
  'TransactionInactiveError',
  'UnknownError',
  'VersionChangeError',
]);

/**
 * True for an error of the storage engine (Dexie or IndexedDB), whose message is English and
 * technical; false for the app's own errors (MonthlyError, MeetingError…), already in Vietnamese.
 */
export function isStorageError(error: unknown): boolean {
  if (error instanceof Dexie.DexieError) return true;
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) return true;
  const name = typeof error === 'object' && error !== null ? (error as ErrorLike).name : undefined;
  return typeof name === 'string' && STORAGE_ERROR_NAMES.has(name);
}

/** The Vietnamese message for an error from a Dexie/IndexedDB write or open. */
export function describeStorageError(error: unknown): string {
  return STORAGE_MESSAGES[classifyStorageError(error)];
}
