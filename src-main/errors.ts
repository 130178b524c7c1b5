/**
 * Errors that reach the secretary. Handlers never throw across IPC (Electron would prefix the
 * message with "Error invoking remote method …: Error:"); they return `{ ok: false, message }`
 * with a Vietnamese message from here. Node's own messages (English, with paths and codes) are
 * never shown: they are replaced by a sentence chosen from the error code.
 */

/** An error whose message is already Vietnamese and meant for the user. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** The Vietnamese message for any error thrown while doing something for the renderer. */
export function userMessage(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
      return 'Ổ đĩa đã đầy nên không ghi được. Hãy xóa bớt tệp không cần thiết (hoặc chọn ổ đĩa khác) rồi thử lại.';
    case 'EACCES':
    case 'EPERM':
      return 'Không đủ quyền đọc hoặc ghi ở thư mục này. Hãy chọn một thư mục khác, ví dụ trong Tài liệu (Documents).';
    case 'EROFS':
      return 'Ổ đĩa này chỉ cho đọc (ví dụ USB bị khoá ghi). Hãy chọn ổ đĩa khác.';
    case 'ENOENT':
      return 'Không tìm thấy tệp hoặc thư mục (có thể đã bị xóa, đổi tên, hoặc ổ USB đã rút ra).';
    case 'EBUSY':
      return 'Tệp đang được chương trình khác mở (ví dụ Word, Excel, phần mềm diệt virus). Hãy đóng chương trình đó rồi thử lại.';
    case 'EISDIR':
      return 'Đã chọn một thư mục, không phải một tệp. Hãy chọn lại.';
    default:
      return `Không thực hiện được${code ? ` (mã lỗi ${code})` : ''}. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.`;
  }
}
