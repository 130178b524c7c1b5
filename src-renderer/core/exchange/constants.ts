/** Fixed identity of the exchange format. Changing FORMAT breaks every file ever written. */
export const FORMAT = 'so-neu-guong' as const;

/** Current envelope format version. Bump only together with a migration in migrations.ts. */
export const FORMAT_VERSION = 1;

/** File extension of every exchange file. */
export const FILE_EXTENSION = 'sng';

/** File-dialog filters: saving an exchange file, and opening one (also uncompressed or gzipped JSON). */
export const SAVE_FILE_FILTERS = [{ name: 'Tệp trao đổi Sổ Nêu Gương', extensions: [FILE_EXTENSION] }];
export const OPEN_FILE_FILTERS = [{ name: 'Tệp trao đổi Sổ Nêu Gương', extensions: [FILE_EXTENSION, 'json', 'gz'] }];

export const EXCHANGE_KINDS = ['unit_report', 'framework_package', 'roster', 'full_backup'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

export const KIND_LABELS: Record<ExchangeKind, string> = {
  unit_report: 'Báo cáo của đơn vị',
  framework_package: 'Gói khung nội dung',
  roster: 'Danh sách đảng viên',
  full_backup: 'Sao lưu toàn bộ',
};

/** Used in file names: `CB-SOTUPHAP_bao-cao_2026-11.sng`. */
export const KIND_SLUGS: Record<ExchangeKind, string> = {
  unit_report: 'bao-cao',
  framework_package: 'khung',
  roster: 'danh-sach',
  full_backup: 'sao-luu',
};

/** Upper bound on a file we are willing to read (compressed or not): full backups. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Upper bound on a file sent between units and on its unpacked text (≈ 20,000 members with full
 * detail): reading stops there, so memory stays bounded (≈ 4× this at the peak, parse included).
 */
export const MAX_EXCHANGE_BYTES = 48 * 1024 * 1024;

/** A file dated later than this after the importing PC's clock is refused (a wrong clock). */
export const MAX_FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;

/** PBKDF2-SHA-256 iterations for new encrypted files (OWASP 2023: ≥ 600 000). */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** Files claiming more than this are refused (a forged header must not freeze the app). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
