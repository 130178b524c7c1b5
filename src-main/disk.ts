/**
 * Free space on the disks that hold the data (the Electron profile) and the backups, measured with
 * fs.statfs — not with the browser quota, which says "1,0 GB allowed" on a disk with 0 bytes free.
 * Node only; `statfs` is injected so tests fix the numbers.
 */
import { statfs as nodeStatfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DiskSpace, SpaceCheck, StorageSpace } from '../src-renderer/platform/desktop-api';
import { errorCode } from './errors';

/** Below this much free space on either disk the header warns. */
export const LOW_DISK_BYTES = 300 * 1024 * 1024;

export type StatFs = (path: string) => Promise<{ bavail: number | bigint; bsize: number | bigint; blocks: number | bigint }>;

const defaultStatfs: StatFs = (p) => nodeStatfs(p);

/** statfs of the folder, or of its nearest existing parent (a backup folder not created yet). */
export async function diskSpaceOf(path: string, statfs: StatFs = defaultStatfs): Promise<DiskSpace | undefined> {
  let current = resolve(path);
  for (;;) {
    try {
      const st = await statfs(current);
      const bsize = Number(st.bsize);
      return { path, freeBytes: Number(st.bavail) * bsize, totalBytes: Number(st.blocks) * bsize };
    } catch (error) {
      const parent = dirname(current);
      if (errorCode(error) !== 'ENOENT' || parent === current) return undefined;
      current = parent;
    }
  }
}

/** "24 KB", "61 MB": small amounts in KB, so a nearly full disk never reads "0 MB". */
const mb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(0, Math.ceil(bytes / 1024))} KB` : `${Math.floor(bytes / (1024 * 1024))} MB`;

export async function storageSpace(profileDir: string, backupDir: string, statfs: StatFs = defaultStatfs): Promise<StorageSpace> {
  const [profile, backups] = await Promise.all([diskSpaceOf(profileDir, statfs), diskSpaceOf(backupDir, statfs)]);
  const lowProfile = profile !== undefined && profile.freeBytes < LOW_DISK_BYTES;
  const lowBackups = backups !== undefined && backups.freeBytes < LOW_DISK_BYTES;
  const parts: string[] = [];
  if (lowProfile) parts.push(`Ổ đĩa chứa dữ liệu của ứng dụng chỉ còn ${mb(profile.freeBytes)} trống.`);
  if (lowBackups && !(lowProfile && sameDisk(profile, backups)))
    parts.push(`Ổ đĩa chứa thư mục sao lưu chỉ còn ${mb(backups.freeBytes)} trống.`);
  const low = lowProfile || lowBackups;
  return {
    ...(profile ? { profile } : {}),
    ...(backups ? { backups } : {}),
    low,
    ...(low
      ? {
          message: `${parts.join(' ')} Khi ổ đĩa đầy, việc lưu có thể không thành công và dữ liệu có thể hỏng. Hãy xóa bớt tệp không cần thiết (ví dụ trong thư mục Tải về, Thùng rác) hoặc nhờ cán bộ tin học, rồi bấm "Sao lưu ngay".`,
        }
      : {}),
  };
}

function sameDisk(a: DiskSpace, b: DiskSpace): boolean {
  return a.freeBytes === b.freeBytes && a.totalBytes === b.totalBytes;
}

/**
 * A restore or import writes about `bytesNeeded` into the profile: refused before it starts when
 * that is more than a third of the free space (IndexedDB needs room for its journal and the old
 * copy until the transaction commits; a disk that fills mid-way can break the database).
 */
export async function checkSpaceFor(profileDir: string, bytesNeeded: number, statfs: StatFs = defaultStatfs): Promise<SpaceCheck> {
  const space = await diskSpaceOf(profileDir, statfs);
  if (!space) return { ok: true }; // unknown: the transaction itself stays all-or-nothing
  if (bytesNeeded <= space.freeBytes / 3) return { ok: true };
  return {
    ok: false,
    message:
      `Chưa thực hiện: việc này cần khoảng ${mb(bytesNeeded)} nhưng ổ đĩa chứa dữ liệu chỉ còn ${mb(space.freeBytes)} trống ` +
      `(cần còn trống ít nhất gấp ba lần). Dữ liệu hiện tại không thay đổi. Hãy xóa bớt tệp không cần thiết trên ổ đĩa đó rồi thử lại.`,
  };
}
