import { Badge, Tooltip, UnstyledButton } from '@mantine/core';
import { clock } from '../platform/clock';

export type BackupAgeLevel = 'ok' | 'warn' | 'danger';

export interface BackupAge {
  level: BackupAgeLevel;
  /** Short text for the header, e.g. "Đã sao lưu lúc 14:05 hôm nay". */
  label: string;
  /** Whole days since the last backup (undefined when there is none). */
  days?: number;
}

/** Backups older than this many days are a warning everywhere. */
export const BACKUP_WARN_DAYS = 7;

const pad = (n: number) => String(n).padStart(2, '0');
const hm = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
const dmy = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
const dayNumber = (d: Date) => Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);

/** Vietnamese description of how old the last backup is (pure; `now` injectable for tests). */
export function describeBackupAge(lastBackupAt: string | undefined, now: Date = clock.now()): BackupAge {
  if (!lastBackupAt) return { level: 'danger', label: 'Chưa có bản sao lưu nào' };
  const last = new Date(lastBackupAt);
  if (Number.isNaN(last.getTime())) return { level: 'danger', label: 'Chưa có bản sao lưu nào' };
  const days = Math.max(0, dayNumber(now) - dayNumber(last));
  if (days === 0) return { level: 'ok', label: `Đã sao lưu lúc ${hm(last)} hôm nay`, days };
  if (days === 1) return { level: 'ok', label: `Đã sao lưu hôm qua lúc ${hm(last)}`, days };
  if (days <= BACKUP_WARN_DAYS) return { level: 'warn', label: `Sao lưu lần cuối ${days} ngày trước (${dmy(last)})`, days };
  return { level: 'danger', label: `Đã ${days} ngày chưa sao lưu (lần cuối ${dmy(last)})`, days };
}

const COLORS: Record<BackupAgeLevel, string> = { ok: 'green', warn: 'yellow', danger: 'red' };

export interface BackupIndicatorProps {
  lastBackupAt?: string;
  /** Why the backup folder cannot be written (Vietnamese); shown as a danger state. */
  problem?: string;
  /** Message of the last failed automatic backup. */
  error?: string;
  now?: Date;
  onClick?: () => void;
}

/** Small always-visible state of the backups, for the app header. */
export function BackupIndicator({ lastBackupAt, problem, error, now, onClick }: BackupIndicatorProps) {
  const age = describeBackupAge(lastBackupAt, now);
  const trouble = problem ?? error;
  const level: BackupAgeLevel = trouble ? 'danger' : age.level;
  const label = trouble ? 'Sao lưu đang gặp lỗi' : age.label;
  const detail = trouble ?? (age.level === 'danger' ? 'Hãy vào mục Sao lưu và bấm "Sao lưu ngay".' : age.label);
  const badge = (
    <Badge color={COLORS[level]} variant={level === 'ok' ? 'light' : 'filled'} size="lg" radius="sm" tt="none" data-level={level}>
      {label}
    </Badge>
  );
  return (
    <Tooltip label={detail} multiline maw={360} withArrow>
      {onClick ? (
        <UnstyledButton onClick={onClick} aria-label={`${label}. ${detail}`} data-testid="backup-indicator">
          {badge}
        </UnstyledButton>
      ) : (
        <span role="status" aria-label={`${label}. ${detail}`} data-testid="backup-indicator">
          {badge}
        </span>
      )}
    </Tooltip>
  );
}
