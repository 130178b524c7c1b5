/**
 * Rotating backup files in a user-visible folder (default: Documents/SoNeuGuong/Sao lưu).
 * Node only — no electron import — so every function here is unit-tested under vitest.
 *
 * File name: so-neu-guong-YYYYMMDD-HHMMSS-<reason>[-n].sng.json.gz (local time of the machine,
 * which is what the secretary reads in the file manager). The bytes are produced by the renderer
 * (gzipped exchange envelope of kind "full backup"); this module never looks inside them.
 *
 * Retention (selectBackupsToKeep): the 3 newest of today, the newest of each of the 30 previous
 * days, the newest of each calendar month for the last 12 months, every "before-restore" backup
 * younger than 30 days (it is the undo of a restore), the 3 newest overall whatever their age
 * (so a PC left unused for a year never loses its last backups), and any file dated in the future
 * (clock changes). Files whose names we do not recognise are never touched.
 *
 * The clock can be wrong (a PC a year ahead for a day pruned 43 backups to 4). So, besides the
 * calendar rules above, the newest of each of the 30 most recent days *that have a backup* and of
 * each of the 13 most recent such months is kept whatever `now` says; when the clock is behind the
 * newest file (a file dated after now), nothing is pruned at all; and a file dated in the future
 * never counts as "the last backup" (backupFolderStatus) — so daily backups go on after the clock
 * is fixed, and the header never says "backed up today" because of such a file.
 */
import * as nodeFs from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { BackupNameSchema, type BackupInfo, type BackupStatus, type WriteBackupArgs } from '../src-renderer/platform/desktop-api';
import { writeFileAtomic, type FsLike } from './atomic-write';
import { errorCode, UserError } from './errors';

export type BackupReason = WriteBackupArgs['reason'];

export const BACKUP_REASONS: readonly BackupReason[] = ['manual', 'daily', 'quit', 'finalise', 'before-restore'];

/** Largest backup file we agree to read back (same bound as the IPC schemas). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

const KEEP_TODAY = 3;
const KEEP_DAYS = 30;
const KEEP_MONTHS = 12;
const KEEP_NEWEST_OVERALL = 3;
const BEFORE_RESTORE_DAYS = 30;
/** Backup days / months kept by the clock-independent rule (matches the calendar rule when used daily). */
const KEEP_BACKUP_DAYS = 30;
const KEEP_BACKUP_MONTHS = 13;
/** A file dated more than this after `now` is "in the future" (small clock drift is not). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function isFutureDated(takenAt: Date, now: Date): boolean {
  return takenAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}

/** The fs functions this module uses; tests inject failures (ENOSPC, EACCES, …) through it. */
export interface BackupFs extends FsLike {
  readdir: (path: string) => Promise<string[]>;
  stat: (path: string) => Promise<{ size: number; mtime: Date; isFile(): boolean }>;
  readFile: (path: string) => Promise<Uint8Array>;
  unlink: (path: string) => Promise<void>;
}

export interface BackupDeps {
  fs?: BackupFs;
  /** Defaults to writeFileAtomic from ./atomic-write with the same fs. */
  writeFileAtomic?: (path: string, data: Uint8Array) => Promise<void>;
}

const defaultFs: BackupFs = {
  open: nodeFs.open,
  rename: nodeFs.rename,
  rm: nodeFs.rm,
  mkdir: nodeFs.mkdir,
  readdir: (p) => nodeFs.readdir(p),
  stat: (p) => nodeFs.stat(p),
  readFile: async (p) => new Uint8Array(await nodeFs.readFile(p)),
  unlink: (p) => nodeFs.unlink(p),
};

function fsOf(deps?: BackupDeps): BackupFs {
  return deps?.fs ?? defaultFs;
}

/** `<Documents>/SoNeuGuong/Sao lưu` (NFC, as typed in Vietnamese). */
export function defaultBackupFolder(documentsDir: string): string {
  return join(documentsDir, 'SoNeuGuong', 'Sao lưu'.normalize('NFC'));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** so-neu-guong-YYYYMMDD-HHMMSS-<reason>[-n].sng.json.gz in local time. */
export function backupFileName(reason: BackupReason, now: Date, sequence = 1): string {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const suffix = sequence > 1 ? `-${sequence}` : '';
  return `so-neu-guong-${date}-${time}-${reason}${suffix}.sng.json.gz`;
}

export interface ParsedBackupName {
  name: string;
  /** Local time encoded in the name. */
  takenAt: Date;
  reason: BackupReason | 'unknown';
  sequence: number;
}

const NAME_RE = /^so-neu-guong-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-([a-z0-9-]{1,40}))?\.sng\.json\.gz$/u;

/** Parses one of our backup names; undefined for any other file (never pruned, never listed). */
export function parseBackupName(name: string): ParsedBackupName | undefined {
  if (!BackupNameSchema.safeParse(name).success) return undefined;
  const m = NAME_RE.exec(name);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const takenAt = new Date(y, mo - 1, d, h, mi, s);
  // Reject impossible dates such as 20250231 (Date would roll them over).
  if (takenAt.getFullYear() !== y || takenAt.getMonth() !== mo - 1 || takenAt.getDate() !== d) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  let tag = m[7] ?? '';
  let sequence = 1;
  const seq = /^(.*)-(\d{1,4})$/u.exec(tag);
  if (seq && BACKUP_REASONS.includes(seq[1] as BackupReason)) {
    tag = seq[1] as string;
    sequence = Number(seq[2]);
  }
  const reason = BACKUP_REASONS.includes(tag as BackupReason) ? (tag as BackupReason) : 'unknown';
  return { name, takenAt, reason, sequence };
}

/** Newest first: by the time in the name, then by sequence, then by name. */
function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  const dt = b.takenAt.getTime() - a.takenAt.getTime();
  if (dt !== 0) return dt;
  if (b.sequence !== a.sequence) return b.sequence - a.sequence;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/** Calendar day number of a local date (DST-proof). */
function dayNumber(d: Date): number {
  return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}

function monthNumber(d: Date): number {
  return d.getFullYear() * 12 + d.getMonth();
}

/**
 * Pure retention rule. Returns the names to keep (a subset of `names`, in the given order);
 * every other recognised backup name may be deleted. Unrecognised names are always kept.
 */
export function selectBackupsToKeep(names: readonly string[], now: Date): string[] {
  const keep = new Set<string>();
  const parsed: ParsedBackupName[] = [];
  for (const name of names) {
    const p = parseBackupName(name);
    if (p) parsed.push(p);
    else keep.add(name);
  }
  parsed.sort(compareNewestFirst);
  // The clock is behind the newest file: the ages below would be wrong, so prune nothing.
  if (parsed.some((p) => isFutureDated(p.takenAt, now))) return [...names];
  const today = dayNumber(now);
  const thisMonth = monthNumber(now);
  const seenDays = new Set<number>();
  const seenMonths = new Set<number>();
  let todayCount = 0;

  parsed.forEach((p, index) => {
    const day = dayNumber(p.takenAt);
    const month = monthNumber(p.takenAt);
    const ageDays = today - day;
    if (index < KEEP_NEWEST_OVERALL) keep.add(p.name);
    if (p.takenAt.getTime() > now.getTime()) keep.add(p.name); // dated in the future (clock changed): keep
    if (p.reason === 'before-restore' && ageDays <= BEFORE_RESTORE_DAYS) keep.add(p.name);
    if (ageDays === 0) {
      if (todayCount < KEEP_TODAY) keep.add(p.name);
      todayCount++;
    } else if (ageDays > 0 && ageDays <= KEEP_DAYS && !seenDays.has(day)) {
      keep.add(p.name);
    }
    if (ageDays >= 0) seenDays.add(day);
    const monthAge = thisMonth - month;
    if (monthAge >= 0 && monthAge <= KEEP_MONTHS && !seenMonths.has(month)) keep.add(p.name);
    if (monthAge >= 0) seenMonths.add(month);
  });
  // Clock-independent: newest of each of the most recent backup days and months.
  const backupDays = new Set<number>();
  const backupMonths = new Set<number>();
  for (const p of parsed) {
    const day = dayNumber(p.takenAt);
    const month = monthNumber(p.takenAt);
    if (!backupDays.has(day)) {
      backupDays.add(day);
      if (backupDays.size <= KEEP_BACKUP_DAYS) keep.add(p.name);
    }
    if (!backupMonths.has(month)) {
      backupMonths.add(month);
      if (backupMonths.size <= KEEP_BACKUP_MONTHS) keep.add(p.name);
    }
  }
  return names.filter((n) => keep.has(n));
}

/** Our backup names present in `folder` (ignores temp files of interrupted writes). */
async function backupNamesIn(folder: string, fs: BackupFs): Promise<string[]> {
  const entries = await fs.readdir(folder);
  return entries.filter((n) => parseBackupName(n) !== undefined);
}

/** Deletes the backups the retention rule does not keep. Returns the deleted names. */
export async function pruneBackups(folder: string, now: Date, deps?: BackupDeps): Promise<string[]> {
  const fs = fsOf(deps);
  const names = await backupNamesIn(folder, fs);
  const keep = new Set(selectBackupsToKeep(names, now));
  const removed: string[] = [];
  for (const name of names) {
    if (keep.has(name)) continue;
    try {
      await fs.unlink(join(folder, name));
      removed.push(name);
    } catch {
      // A locked or already-deleted file is retried at the next backup; never fail a backup for it.
    }
  }
  return removed;
}

/** Temp files left by an interrupted atomic write (power cut) older than a day are removed. */
async function removeStaleTempFiles(folder: string, now: Date, fs: BackupFs): Promise<void> {
  const entries = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of entries) {
    if (!/^\.so-neu-guong-.*\.tmp$/u.test(name)) continue;
    try {
      const st = await fs.stat(join(folder, name));
      if (now.getTime() - st.mtime.getTime() > 86_400_000) await fs.unlink(join(folder, name));
    } catch {
      // ignore
    }
  }
}

/**
 * Writes one backup atomically (temp file + fsync + rename) and then applies retention.
 * A failed write leaves no file under a backup name, so "latest backup" never points to a
 * partial file. Throws an Error whose message is Vietnamese and says what to do.
 */
export async function writeBackupFile(
  folder: string,
  bytes: Uint8Array,
  reason: BackupReason,
  now: Date,
  deps?: BackupDeps,
): Promise<BackupInfo> {
  if (!BACKUP_REASONS.includes(reason)) throw new UserError('Lý do sao lưu không hợp lệ.');
  if (bytes.byteLength === 0) throw new UserError('Dữ liệu sao lưu rỗng — không ghi tệp.');
  const fs = fsOf(deps);
  const write = deps?.writeFileAtomic ?? ((p: string, d: Uint8Array) => writeFileAtomic(p, d, { fs }));
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    throw new UserError(describeFolderError(folder, error));
  }
  const existing = new Set(await fs.readdir(folder).catch(() => [] as string[]));
  let sequence = 1;
  let name = backupFileName(reason, now, sequence);
  while (existing.has(name)) name = backupFileName(reason, now, ++sequence);
  const target = join(folder, name);
  try {
    await write(target, bytes);
  } catch (error) {
    throw new UserError(describeWriteError(folder, error));
  }
  const st = await fs.stat(target);
  await pruneBackups(folder, now, deps).catch(() => []);
  await removeStaleTempFiles(folder, now, fs);
  return { name, sizeBytes: st.size, modifiedAt: st.mtime.toISOString() };
}

/** Our backups in `folder`, newest first. An absent folder has no backups. */
export async function listBackupFiles(folder: string, deps?: BackupDeps): Promise<BackupInfo[]> {
  const fs = fsOf(deps);
  let names: string[];
  try {
    names = await backupNamesIn(folder, fs);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw new UserError(describeFolderError(folder, error));
  }
  const parsed = names.map((n) => parseBackupName(n)!).sort(compareNewestFirst);
  const result: BackupInfo[] = [];
  for (const p of parsed) {
    try {
      const st = await fs.stat(join(folder, p.name));
      if (!st.isFile()) continue;
      result.push({ name: p.name, sizeBytes: st.size, modifiedAt: st.mtime.toISOString() });
    } catch {
      // deleted between readdir and stat
    }
  }
  return result;
}

/** Reads one backup by name. The name is validated: no folders, no "..", only our pattern. */
export async function readBackupFile(folder: string, name: string, deps?: BackupDeps): Promise<Uint8Array> {
  const parsedName = BackupNameSchema.safeParse(name);
  if (!parsedName.success || basename(name) !== name) {
    throw new UserError('Tên tệp sao lưu không hợp lệ.');
  }
  const root = resolve(folder);
  const target = resolve(root, name);
  if (!target.startsWith(root + sep)) throw new UserError('Tên tệp sao lưu không hợp lệ.');
  const fs = fsOf(deps);
  let st: Awaited<ReturnType<BackupFs['stat']>>;
  try {
    st = await fs.stat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      throw new UserError(`Không tìm thấy tệp sao lưu "${name}". Có thể tệp đã bị xóa hoặc chuyển đi.`);
    }
    throw new UserError(describeFolderError(folder, error));
  }
  if (!st.isFile()) throw new UserError(`"${name}" không phải là tệp sao lưu.`);
  if (st.size > MAX_BACKUP_BYTES) throw new UserError(`Tệp sao lưu "${name}" quá lớn, không phải tệp của ứng dụng.`);
  return fs.readFile(target);
}

/**
 * Can we write to the folder, and when was the last backup? Probes by creating and deleting a
 * small file (the only reliable test on Windows, where permission bits say little).
 */
export async function backupFolderStatus(folder: string, deps?: BackupDeps, now: Date = new Date()): Promise<BackupStatus> {
  const fs = fsOf(deps);
  let writable = true;
  let problem: string | undefined;
  try {
    await fs.mkdir(folder, { recursive: true });
    const probe = join(folder, `.so-neu-guong-probe-${process.pid}-${now.getTime()}-${Math.random().toString(36).slice(2, 8)}.tmp`);
    const handle = await fs.open(probe, 'wx');
    try {
      await handle.writeFile(new Uint8Array([0x6f, 0x6b]));
    } finally {
      await handle.close();
    }
    await fs.rm(probe, { force: true });
  } catch (error) {
    writable = false;
    problem = describeFolderError(folder, error);
  }
  let lastBackupAt: string | undefined;
  try {
    const list = await listBackupFiles(folder, deps);
    // Newest that is not dated in the future (a clock that was ahead must not hide later backups).
    const newest = list.map((b) => parseBackupName(b.name)!).find((p) => !isFutureDated(p.takenAt, now));
    if (newest) lastBackupAt = newest.takenAt.toISOString();
  } catch {
    // already reported as not writable (or unreadable): keep the writable/problem answer
  }
  const status: BackupStatus = { folder, writable };
  if (lastBackupAt) status.lastBackupAt = lastBackupAt;
  if (problem) status.problem = problem;
  return status;
}

/** Vietnamese explanation of why the folder cannot be used, and what to do. */
export function describeFolderError(folder: string, error: unknown): string {
  const code = errorCode(error);
  const where = `Thư mục sao lưu "${folder}"`;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `${where} không cho phép ghi (không đủ quyền). Hãy bấm "Chọn thư mục" và chọn một thư mục của bạn, ví dụ trong Tài liệu (Documents), hoặc nhờ cán bộ tin học cấp quyền ghi.`;
    case 'ENOSPC':
      return `Ổ đĩa chứa ${where.toLowerCase()} đã đầy. Hãy xóa bớt tệp không cần thiết trên ổ đĩa đó hoặc chọn thư mục sao lưu trên ổ đĩa khác, rồi bấm "Sao lưu ngay".`;
    case 'EROFS':
      return `${where} nằm trên ổ chỉ đọc (ví dụ đĩa CD hoặc USB bị khoá ghi). Hãy chọn thư mục khác.`;
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
      return `Không tìm thấy ${where.toLowerCase()} hoặc ổ đĩa chứa nó. Nếu đó là ổ USB, hãy cắm lại; nếu không, hãy bấm "Chọn thư mục" để chọn thư mục khác.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${where} đang là một tệp chứ không phải thư mục. Hãy bấm "Chọn thư mục" để chọn thư mục khác.`;
    case 'EBUSY':
      return `${where} đang bị chương trình khác khoá (có thể là phần mềm diệt virus). Hãy thử lại sau ít phút.`;
    default:
      return `Không ghi được vào ${where.toLowerCase()}${code ? ` (mã lỗi ${code})` : ''}. Hãy thử lại; nếu vẫn lỗi, hãy bấm "Chọn thư mục" để chọn thư mục khác.`;
  }
}

function describeWriteError(folder: string, error: unknown): string {
  return `Chưa sao lưu được. ${describeFolderError(folder, error)}`;
}
