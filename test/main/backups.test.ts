import * as fsp from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupFolderStatus,
  BACKUP_REASONS,
  defaultBackupFolder,
  listBackupFiles,
  parseBackupName,
  pruneBackups,
  readBackupFile,
  selectBackupsToKeep,
  writeBackupFile,
  type BackupFs,
} from '../../src-main/backups';
import { BackupNameSchema } from '../../src-renderer/platform/desktop-api';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sng-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const at = (y: number, m: number, d: number, h = 10, mi = 0, s = 0) => new Date(y, m - 1, d, h, mi, s);
const bytes = (text: string) => new TextEncoder().encode(text);

function errno(code: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: simulated`) as NodeJS.ErrnoException;
  e.code = code;
  return e;
}

const realFs: BackupFs = {
  open: fsp.open,
  rename: fsp.rename,
  rm: fsp.rm,
  mkdir: fsp.mkdir,
  readdir: (p) => fsp.readdir(p),
  stat: (p) => fsp.stat(p),
  readFile: async (p) => new Uint8Array(await fsp.readFile(p)),
  unlink: (p) => fsp.unlink(p),
};

describe('names and folder', () => {
  it('puts backups in Documents/SoNeuGuong/Sao lưu', () => {
    expect(defaultBackupFolder('/home/bt/Documents')).toBe(join('/home/bt/Documents', 'SoNeuGuong', 'Sao lưu'));
    expect(defaultBackupFolder('C').normalize('NFC')).toBe(defaultBackupFolder('C'));
  });

  it('names every reason in the pattern the IPC schema accepts, and parses it back', () => {
    const now = at(2026, 3, 7, 9, 5, 4);
    for (const reason of BACKUP_REASONS) {
      const name = backupFileName(reason, now);
      expect(BackupNameSchema.safeParse(name).success).toBe(true);
      const parsed = parseBackupName(name);
      expect(parsed?.reason).toBe(reason);
      expect(parsed?.takenAt.getTime()).toBe(now.getTime());
    }
    expect(backupFileName('manual', now)).toBe('so-neu-guong-20260307-090504-manual.sng.json.gz');
    expect(backupFileName('before-restore', now, 2)).toBe('so-neu-guong-20260307-090504-before-restore-2.sng.json.gz');
    expect(parseBackupName('so-neu-guong-20260307-090504-before-restore-2.sng.json.gz')?.sequence).toBe(2);
  });

  it('does not recognise temp files, foreign files or impossible dates', () => {
    expect(parseBackupName('.so-neu-guong-20260307-090504-manual.sng.json.gz.ab12.tmp')).toBeUndefined();
    expect(parseBackupName('notes.txt')).toBeUndefined();
    expect(parseBackupName('so-neu-guong-20260231-090504-manual.sng.json.gz')).toBeUndefined();
    expect(parseBackupName('so-neu-guong-20260301-250504-manual.sng.json.gz')).toBeUndefined();
  });
});

describe('selectBackupsToKeep (retention)', () => {
  const now = at(2026, 6, 15, 12);

  it('keeps the 3 newest of today and drops older ones of today', () => {
    const names = [8, 9, 10, 11].map((h) => backupFileName('daily', at(2026, 6, 15, h)));
    const kept = selectBackupsToKeep(names, now);
    expect(kept).toEqual(names.slice(1));
  });

  it('keeps one per day for the previous 30 days (the newest of each day)', () => {
    const names: string[] = [1, 2, 3].map((h) => backupFileName('manual', at(2026, 6, 15, h)));
    for (let d = 1; d <= 40; d++) {
      const day = new Date(2026, 5, 15 - d);
      names.push(backupFileName('quit', new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9)));
      names.push(backupFileName('quit', new Date(day.getFullYear(), day.getMonth(), day.getDate(), 17)));
    }
    const kept = new Set(selectBackupsToKeep(names, now));
    for (let d = 1; d <= 30; d++) {
      const day = new Date(2026, 5, 15 - d);
      expect(kept.has(backupFileName('quit', new Date(day.getFullYear(), day.getMonth(), day.getDate(), 17)))).toBe(true);
      expect(kept.has(backupFileName('quit', new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9)))).toBe(false);
    }
    // Days 31..40 fall in May 2026 (covered by the monthly rule only via May's newest, which is in the window).
    const old = backupFileName('quit', new Date(2026, 4, 6, 17)); // 40 days ago
    expect(kept.has(old)).toBe(false);
  });

  it('keeps the newest backup of each of the last 12 months and drops older months', () => {
    const names: string[] = [];
    for (let m = 1; m <= 20; m++) {
      names.push(backupFileName('daily', new Date(2026, 5 - m, 3, 9)));
      names.push(backupFileName('daily', new Date(2026, 5 - m, 20, 9)));
    }
    names.push(...[1, 2, 3].map((h) => backupFileName('manual', at(2026, 6, 15, h))));
    const kept = new Set(selectBackupsToKeep(names, now));
    for (let m = 2; m <= 12; m++) {
      expect(kept.has(backupFileName('daily', new Date(2026, 5 - m, 20, 9)))).toBe(true);
    }
    // The 30 most recent days that have a backup (today + 2 a month) reach back to the 20th of month 15;
    // anything older than both the 13 most recent months and those 30 days goes.
    for (let m = 1; m <= 14; m++) expect(kept.has(backupFileName('daily', new Date(2026, 5 - m, 3, 9)))).toBe(true);
    expect(kept.has(backupFileName('daily', new Date(2026, 5 - 15, 20, 9)))).toBe(true); // the 30th backup day
    expect(kept.has(backupFileName('daily', new Date(2026, 5 - 15, 3, 9)))).toBe(false);
    for (let m = 16; m <= 20; m++) {
      expect(kept.has(backupFileName('daily', new Date(2026, 5 - m, 20, 9)))).toBe(false);
      expect(kept.has(backupFileName('daily', new Date(2026, 5 - m, 3, 9)))).toBe(false);
    }
  });

  it('never drops a before-restore backup younger than 30 days, but does after that', () => {
    const young = backupFileName('before-restore', at(2026, 6, 1, 8));
    const sameDayNewer = backupFileName('manual', at(2026, 6, 1, 20));
    const old = backupFileName('before-restore', at(2026, 4, 2, 8));
    const oldNewer = backupFileName('manual', at(2026, 4, 2, 20));
    const recent = [1, 2, 3].map((h) => backupFileName('manual', at(2026, 6, 15, h)));
    const kept = selectBackupsToKeep([young, sameDayNewer, old, oldNewer, ...recent], now);
    expect(kept).toContain(young);
    expect(kept).toContain(sameDayNewer);
    expect(kept).not.toContain(old);
  });

  it('keeps the backups of the 30 most recent backup days even when they are years old (PC unused for a long time)', () => {
    const names = Array.from({ length: 40 }, (_, d) => backupFileName('quit', new Date(2022, 0, 1 + d, 10)));
    const kept = selectBackupsToKeep(names, now);
    // 30 most recent backup days; the older 10 are in the same month (January 2022), whose newest is kept anyway.
    expect(kept).toEqual(names.slice(10));
  });

  it('a day with the clock a year ahead does not prune the real backups (43 daily backups stay)', () => {
    const real = Array.from({ length: 43 }, (_, d) => {
      const day = new Date(2026, 5, 15 - d);
      return backupFileName('daily', new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9));
    });
    const ahead = new Date(2027, 5, 15, 12);
    const onThatDay = [backupFileName('daily', new Date(2027, 5, 15, 9)), backupFileName('quit', new Date(2027, 5, 15, 11))];
    const kept = selectBackupsToKeep([...real, ...onThatDay], ahead);
    // The two days' worth of the wrong year take two of the 30 "backup days"; the real 28 newest days stay,
    // plus the newest of each real month (13 most recent backup months).
    for (const n of real.slice(0, 28)) expect(kept).toContain(n);
    expect(kept.filter((n) => real.includes(n)).length).toBeGreaterThanOrEqual(28);
    for (const n of onThatDay) expect(kept).toContain(n);
  });

  it('never prunes when the clock is behind the newest file (after the clock was fixed)', () => {
    const names = [
      backupFileName('daily', new Date(2027, 5, 15, 9)), // written while the clock was a year ahead
      ...[1, 2, 3, 4, 5].map((h) => backupFileName('daily', at(2026, 6, 15, h))),
      ...Array.from({ length: 50 }, (_, d) => backupFileName('daily', new Date(2025, 0, 1 + d, 9))),
    ];
    expect(selectBackupsToKeep(names, now)).toEqual(names);
    // A few minutes of drift is not "the future".
    const drift = backupFileName('manual', new Date(now.getTime() + 2 * 60_000));
    expect(selectBackupsToKeep([drift, ...[1, 2, 3, 4].map((h) => backupFileName('daily', at(2026, 6, 15, h)))], now)).not.toContain(
      backupFileName('daily', at(2026, 6, 15, 1)),
    );
  });

  it('never touches files it does not recognise, nor backups dated in the future', () => {
    const future = backupFileName('manual', at(2027, 1, 1));
    const names = ['ghi-chu.txt', future, ...[1, 2, 3, 4].map((h) => backupFileName('daily', at(2026, 6, 15, h)))];
    const kept = selectBackupsToKeep(names, now);
    expect(kept).toContain('ghi-chu.txt');
    expect(kept).toContain(future);
  });

  it('properties: subset, newest kept, idempotent, bounded', () => {
    const nowMs = now.getTime();
    const arbName = fc
      .tuple(fc.integer({ min: 0, max: 800 * 86_400 }), fc.constantFrom(...BACKUP_REASONS))
      .map(([secondsAgo, reason]) => backupFileName(reason, new Date(nowMs - secondsAgo * 1000)));
    fc.assert(
      fc.property(fc.uniqueArray(arbName, { maxLength: 120 }), (names) => {
        const kept = selectBackupsToKeep(names, now);
        expect(kept.every((n) => names.includes(n))).toBe(true);
        if (names.length > 0) {
          const newest = [...names].sort((a, b) => parseBackupName(b)!.takenAt.getTime() - parseBackupName(a)!.takenAt.getTime())[0]!;
          const newestTime = parseBackupName(newest)!.takenAt.getTime();
          expect(kept.some((n) => parseBackupName(n)!.takenAt.getTime() === newestTime)).toBe(true);
        }
        expect(selectBackupsToKeep(kept, now)).toEqual(kept);
        const beforeRestore = kept.filter((n) => parseBackupName(n)!.reason === 'before-restore');
        // 3 today + 30 days + 13 months + 3 newest overall, plus before-restore undo copies
        expect(kept.length - beforeRestore.length).toBeLessThanOrEqual(3 + 30 + 13 + 3);
        for (const n of names) {
          const p = parseBackupName(n)!;
          if (p.reason === 'before-restore' && nowMs - p.takenAt.getTime() < 29 * 86_400_000) {
            expect(kept).toContain(n);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('writeBackupFile', () => {
  it('writes the bytes under the expected name and reports size and time', async () => {
    const now = at(2026, 6, 15, 12, 30, 1);
    const info = await writeBackupFile(dir, bytes('xin chào'), 'manual', now);
    expect(info.name).toBe('so-neu-guong-20260615-123001-manual.sng.json.gz');
    expect(info.sizeBytes).toBe(bytes('xin chào').byteLength);
    expect(new TextDecoder().decode(await readFile(join(dir, info.name)))).toBe('xin chào');
    expect(Number.isNaN(Date.parse(info.modifiedAt))).toBe(false);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('creates a missing folder (Documents/SoNeuGuong/Sao lưu)', async () => {
    const folder = defaultBackupFolder(join(dir, 'Documents'));
    const info = await writeBackupFile(folder, bytes('a'), 'daily', at(2026, 1, 1));
    expect((await listBackupFiles(folder)).map((b) => b.name)).toEqual([info.name]);
  });

  it('never overwrites a backup taken in the same second', async () => {
    const now = at(2026, 6, 15, 12);
    const a = await writeBackupFile(dir, bytes('one'), 'manual', now);
    const b = await writeBackupFile(dir, bytes('two'), 'manual', now);
    expect(b.name).not.toBe(a.name);
    expect(BackupNameSchema.safeParse(b.name).success).toBe(true);
    expect(new TextDecoder().decode(await readFile(join(dir, a.name)))).toBe('one');
    expect(new TextDecoder().decode(await readFile(join(dir, b.name)))).toBe('two');
  });

  it('prunes with the retention rule after writing, and leaves foreign files alone', async () => {
    for (const h of [1, 2, 3, 4]) {
      await writeFile(join(dir, backupFileName('daily', at(2026, 6, 15, h))), 'x');
    }
    await writeFile(join(dir, 'ghi-chu.txt'), 'của tôi');
    await writeBackupFile(dir, bytes('new'), 'manual', at(2026, 6, 15, 12));
    const left = (await readdir(dir)).sort();
    expect(left).toEqual(
      [
        'ghi-chu.txt',
        backupFileName('daily', at(2026, 6, 15, 3)),
        backupFileName('daily', at(2026, 6, 15, 4)),
        backupFileName('manual', at(2026, 6, 15, 12)),
      ].sort(),
    );
  });

  it('ENOSPC in the middle of the write: throws a Vietnamese message, leaves no backup and no temp file', async () => {
    const previous = await writeBackupFile(dir, bytes('old good backup'), 'daily', at(2026, 6, 14, 9));
    const fullDisk: BackupFs = {
      ...realFs,
      open: (async (path: string, flags?: string) => {
        const handle = await fsp.open(path, flags);
        return new Proxy(handle, {
          get(target, prop, receiver) {
            if (prop === 'writeFile') {
              return async (data: Uint8Array) => {
                await target.writeFile(data.subarray(0, Math.floor(data.byteLength / 2)));
                throw errno('ENOSPC');
              };
            }
            const value = Reflect.get(target, prop, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      }) as BackupFs['open'],
    };
    await expect(
      writeBackupFile(dir, bytes('a much larger new backup that will not fit'), 'manual', at(2026, 6, 15, 12), {
        fs: fullDisk,
      }),
    ).rejects.toThrow(/đầy/u);
    expect(await readdir(dir)).toEqual([previous.name]);
    const list = await listBackupFiles(dir);
    expect(list.map((b) => b.name)).toEqual([previous.name]);
    expect(new TextDecoder().decode(await readBackupFile(dir, list[0]!.name))).toBe('old good backup');
  });

  it('a folder that is really a file: refused with what to do', async () => {
    const notAFolder = join(dir, 'Sao lưu');
    await writeFile(notAFolder, 'x');
    await expect(writeBackupFile(notAFolder, bytes('a'), 'manual', at(2026, 6, 15))).rejects.toThrow(/Chọn thư mục/u);
    const status = await backupFolderStatus(notAFolder);
    expect(status.writable).toBe(false);
    expect(status.problem).toMatch(/Chọn thư mục/u);
  });

  it('permission denied (EACCES) on the folder: status says so in Vietnamese', async () => {
    const denied: BackupFs = {
      ...realFs,
      open: (async () => {
        throw errno('EACCES');
      }) as unknown as BackupFs['open'],
    };
    const status = await backupFolderStatus(dir, { fs: denied });
    expect(status).toMatchObject({ folder: dir, writable: false });
    expect(status.problem).toMatch(/không cho phép ghi/u);
    await expect(writeBackupFile(dir, bytes('a'), 'manual', at(2026, 6, 15), { fs: denied })).rejects.toThrow(/Chưa sao lưu được/u);
    expect(await listBackupFiles(dir)).toEqual([]);
  });

  it('refuses empty bytes and unknown reasons', async () => {
    await expect(writeBackupFile(dir, new Uint8Array(), 'manual', at(2026, 1, 1))).rejects.toThrow(/rỗng/u);
    await expect(writeBackupFile(dir, bytes('a'), 'evil/../x' as 'manual', at(2026, 1, 1))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('listBackupFiles / readBackupFile / backupFolderStatus', () => {
  it('lists our backups newest first, ignoring temp and foreign files', async () => {
    await writeFile(join(dir, backupFileName('daily', at(2026, 6, 13))), 'a');
    await writeFile(join(dir, backupFileName('quit', at(2026, 6, 14))), 'bb');
    await writeFile(join(dir, '.so-neu-guong-20260615-100000-manual.sng.json.gz.abc.tmp'), 'partial');
    await writeFile(join(dir, 'khac.sng.json.gz'), 'x');
    const list = await listBackupFiles(dir);
    expect(list.map((b) => [b.name, b.sizeBytes])).toEqual([
      [backupFileName('quit', at(2026, 6, 14)), 2],
      [backupFileName('daily', at(2026, 6, 13)), 1],
    ]);
  });

  it('an absent folder has no backups', async () => {
    expect(await listBackupFiles(join(dir, 'missing'))).toEqual([]);
  });

  it('reads a backup back byte for byte', async () => {
    const info = await writeBackupFile(dir, new Uint8Array([0x1f, 0x8b, 0, 255]), 'manual', at(2026, 6, 15));
    expect([...(await readBackupFile(dir, info.name))]).toEqual([0x1f, 0x8b, 0, 255]);
  });

  it('refuses names that could leave the folder or are not backups', async () => {
    await writeFile(join(dir, 'secret.txt'), 'x');
    const bad = [
      '../secret.txt',
      'secret.txt',
      '/etc/passwd',
      '..\\so-neu-guong-20260615-100000-manual.sng.json.gz',
      'sub/so-neu-guong-20260615-100000-manual.sng.json.gz',
      'so-neu-guong-20260615-100000-../../x.sng.json.gz',
      'so-neu-guong-20260615-100000-manual.sng.json.gz\u0000',
      '',
    ];
    for (const name of bad) {
      await expect(readBackupFile(dir, name)).rejects.toThrow(/không hợp lệ/u);
    }
  });

  it('a missing backup gives a clear message', async () => {
    await expect(readBackupFile(dir, backupFileName('manual', at(2026, 6, 15)))).rejects.toThrow(/Không tìm thấy/u);
  });

  it('status: writable folder with the time of the newest backup; probe file removed', async () => {
    const empty = await backupFolderStatus(dir);
    expect(empty).toEqual({ folder: dir, writable: true });
    await writeBackupFile(dir, bytes('a'), 'daily', at(2026, 6, 14, 8));
    await writeBackupFile(dir, bytes('b'), 'manual', at(2026, 6, 15, 9, 30));
    const status = await backupFolderStatus(dir);
    expect(status.writable).toBe(true);
    expect(status.lastBackupAt).toBe(at(2026, 6, 15, 9, 30).toISOString());
    expect((await readdir(dir)).some((n) => n.includes('probe'))).toBe(false);
  });

  it('status: a file dated in the future is never "the last backup" (the clock was ahead, then fixed)', async () => {
    await writeFile(join(dir, backupFileName('daily', at(2027, 6, 15, 9))), 'ahead');
    await writeFile(join(dir, backupFileName('daily', at(2026, 6, 10, 9))), 'real');
    const status = await backupFolderStatus(dir, undefined, at(2026, 6, 15, 12));
    expect(status.lastBackupAt).toBe(at(2026, 6, 10, 9).toISOString());
    // Only future files: no last backup, so the daily backup is due.
    await rm(join(dir, backupFileName('daily', at(2026, 6, 10, 9))));
    expect((await backupFolderStatus(dir, undefined, at(2026, 6, 15, 12))).lastBackupAt).toBeUndefined();
  });

  it('writing while the clock is behind the newest file deletes nothing', async () => {
    const existing = [backupFileName('daily', at(2027, 1, 1)), ...[1, 2, 3, 4, 5].map((h) => backupFileName('daily', at(2026, 6, 15, h)))];
    for (const n of existing) await writeFile(join(dir, n), 'x');
    await writeBackupFile(dir, bytes('new'), 'manual', at(2026, 6, 15, 12));
    const left = await readdir(dir);
    for (const n of existing) expect(left).toContain(n);
  });

  it('pruneBackups returns what it deleted', async () => {
    const names = [1, 2, 3, 4, 5].map((h) => backupFileName('daily', at(2026, 6, 15, h)));
    for (const n of names) await writeFile(join(dir, n), 'x');
    const removed = await pruneBackups(dir, at(2026, 6, 15, 12));
    expect(removed.sort()).toEqual(names.slice(0, 2).sort());
  });
});
