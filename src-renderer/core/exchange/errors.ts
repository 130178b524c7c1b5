/**
 * Every way an exchange file can be refused, each with a specific Vietnamese message that says
 * what is wrong and what to do. Pure: no DOM.
 */

export type ExchangeErrorCode =
  | 'empty_file'
  | 'not_utf8'
  | 'not_json'
  | 'truncated'
  | 'not_exchange_file'
  | 'altered'
  | 'checksum_mismatch'
  | 'unknown_kind'
  | 'newer_format'
  | 'bad_format_version'
  | 'passphrase_required'
  | 'wrong_passphrase'
  | 'truncated_encrypted'
  | 'bad_encryption_header'
  | 'compression_error'
  | 'invalid_content'
  | 'count_mismatch'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'statistics_mismatch'
  | 'inconsistent_statistics'
  | 'future_export'
  | 'before_period'
  | 'overlap'
  | 'export_invalid'
  | 'forbidden_key'
  | 'unknown_unit'
  | 'not_our_unit'
  | 'wrong_mode'
  | 'older_report'
  | 'conflicting_report'
  | 'backup_kind'
  | 'too_large'
  | 'migration_failed'
  | 'backup_failed'
  | 'apply_failed';

export class ExchangeError extends Error {
  readonly code: ExchangeErrorCode;
  /** Extra facts for the UI (e.g. the unit to offer adding, both dates of an older report). */
  readonly details: Record<string, unknown>;

  constructor(code: ExchangeErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ExchangeError';
    this.code = code;
    this.details = details;
  }
}

export function isExchangeError(e: unknown): e is ExchangeError {
  return e instanceof ExchangeError;
}

/** Messages that need no data. Messages with data are built where the error is raised. */
export const MESSAGES = {
  empty_file: 'Tệp rỗng (không có dữ liệu). Hãy chọn đúng tệp do Sổ Nêu Gương xuất ra.',
  not_utf8:
    'Nội dung tệp không phải văn bản nên không phải tệp trao đổi của Sổ Nêu Gương (dù tên tệp có thể mang đuôi .sng): tệp đã bị hỏng hoặc là một loại tệp khác. Hãy xin đơn vị gửi lại tệp gốc.',
  not_json: 'Tệp không đọc được thành dữ liệu (có thể đã bị hỏng hoặc không phải tệp của Sổ Nêu Gương). Hãy xin đơn vị gửi lại tệp.',
  truncated: 'Tệp bị cắt cụt (thiếu phần cuối), có thể do tải về hoặc chép chưa xong. Hãy xin đơn vị gửi lại tệp.',
  not_exchange_file: 'Tệp không phải tệp trao đổi của Sổ Nêu Gương (thiếu dấu hiệu "so-neu-guong"). Hãy chọn đúng tệp do ứng dụng xuất ra.',
  altered:
    'Nội dung tệp đã bị sửa sau khi xuất (bố cục hoặc ký tự không còn như lúc xuất). Không nhập để tránh sai số liệu; hãy xin đơn vị gửi lại tệp gốc.',
  checksum_mismatch: 'Mã kiểm tra của tệp không khớp: tệp đã bị thay đổi hoặc hỏng trên đường truyền. Hãy xin đơn vị gửi lại tệp gốc.',
  passphrase_required: 'Tệp đã được mã hóa. Hãy nhập mật khẩu do đơn vị gửi tệp cung cấp rồi thử lại.',
  wrong_passphrase:
    'Mật khẩu không đúng (hoặc tệp mã hóa đã bị thay đổi). Hãy kiểm tra lại mật khẩu: phân biệt chữ hoa, chữ thường và dấu.',
  truncated_encrypted:
    'Mật khẩu đúng, nhưng tệp mã hóa bị cắt cụt (thiếu phần cuối, có thể do tải về hoặc chép chưa xong) hoặc đã bị thay đổi sau khi xuất. Hãy xin đơn vị gửi lại tệp.',
  bad_encryption_header: 'Phần đầu của tệp mã hóa không hợp lệ (tệp bị hỏng). Hãy xin đơn vị gửi lại tệp.',
  compression_error: 'Tệp nén bị hỏng, không giải nén được. Hãy xin đơn vị gửi lại tệp.',
  forbidden_key:
    'Tệp chứa khóa bị cấm (__proto__, constructor hoặc prototype) — dấu hiệu tệp bị chỉnh sửa có chủ đích. Không nhập tệp này.',
  backup_kind: 'Đây là tệp sao lưu toàn bộ dữ liệu. Hãy khôi phục nó ở mục "Sao lưu & khôi phục", không nhập ở đây.',
  too_large: 'Tệp quá lớn để là một tệp trao đổi. Hãy kiểm tra lại tệp đã chọn.',
  backup_failed: 'Không tạo được bản sao lưu trước khi nhập, nên chưa nhập gì. Hãy kiểm tra thư mục sao lưu rồi thử lại.',
} as const;

export function error(code: keyof typeof MESSAGES, details: Record<string, unknown> = {}): ExchangeError {
  return new ExchangeError(code, MESSAGES[code], details);
}
