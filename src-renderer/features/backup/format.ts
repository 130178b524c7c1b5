/** Shared wording of the backup screens (backup page, start-up recovery). */
import { formatInteger } from '../../core/text';
import type { TableCounts } from '../../services/backup';

export const REASON_LABELS: Record<string, string> = {
  manual: 'Sao lưu ngay',
  daily: 'Tự động hằng ngày',
  quit: 'Khi đóng ứng dụng',
  finalise: 'Sau khi chốt số liệu',
  'before-restore': 'Trước khi khôi phục',
};

/** The file dialog's filter for a backup file (so-neu-guong-….sng.json.gz, or unpacked). */
export const BACKUP_FILE_FILTERS = [{ name: 'Tệp sao lưu Sổ Nêu Gương', extensions: ['gz', 'sng', 'json'] }];

const COUNT_LABELS: Array<[keyof TableCounts, string]> = [
  ['units', 'đơn vị'],
  ['members', 'đảng viên'],
  ['pledgeForms', 'bản đăng ký'],
  ['monthlyAssessments', 'lượt tự đánh giá tháng'],
  ['meetings', 'buổi sinh hoạt'],
  ['yearReviews', 'bản kiểm điểm'],
  ['documents', 'văn bản'],
  ['commendations', 'khen thưởng'],
  ['unitReports', 'báo cáo đơn vị'],
];

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Time and reason encoded in a backup file name (local time). */
export function describeName(name: string): { takenAt?: string; reason: string } {
  const m = /^so-neu-guong-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+?)(?:-\d+)?\.sng\.json\.gz$/u.exec(name);
  if (!m) return { reason: '' };
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return { takenAt: new Date(y, mo - 1, d, h, mi, s).toISOString(), reason: REASON_LABELS[m[7] ?? ''] ?? m[7] ?? '' };
}

export function countsText(counts: TableCounts): string {
  const parts = COUNT_LABELS.filter(([k]) => counts[k] > 0).map(([k, label]) => `${formatInteger(counts[k])} ${label}`);
  return parts.length > 0 ? parts.join(' · ') : 'Không có dữ liệu';
}
