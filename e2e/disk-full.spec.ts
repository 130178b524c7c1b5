import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSpaceFor, storageSpace } from '../src-main/disk';
import { completeSetup, launchProfile, screenshot } from './helpers';

/**
 * The browser profile (IndexedDB) on a small tmpfs (`mount -t tmpfs -o size=64m`, root only — CI
 * runs as root). The Electron-like `window.desktop` answers storageSpace / checkSpaceFor with the
 * main process's own code (src-main/disk.ts, fs.statfs of the real profile folder) and keeps the
 * backups in the test process (another disk, as the real backup folder is).
 * - 64 MB disk: the header warns "Ổ đĩa sắp đầy".
 * - The disk filled to a few KB free: after a reload the header and the backup page show the few KB left,
 *   and main's rule refuses a restore of ~100 KB before it starts. (The restore dialog's refusal is
 *   covered in jsdom: test/features/backup/BackupPage.test.tsx.)
 */
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

test('a small, nearly full profile disk: header warning from fs.statfs, restore refused by the free-space rule', async () => {
  test.skip(!isRoot, 'needs root to mount a tmpfs');
  const mountPoint = mkdtempSync(join(tmpdir(), 'sng-e2e-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', mountPoint]);
  const profile = join(mountPoint, 'profile');
  mkdirSync(profile);
  const backups = new Map<string, string>();
  const ctx = await launchProfile(profile);
  try {
    await ctx.exposeBinding('sngDesktop', async (_source, op: string, arg: unknown) => {
      if (op === 'write') {
        const { name, b64 } = arg as { name: string; b64: string };
        backups.set(name, b64);
        return { name, sizeBytes: Buffer.from(b64, 'base64').byteLength, modifiedAt: new Date().toISOString() };
      }
      if (op === 'list') {
        return [...backups.keys()]
          .sort()
          .reverse()
          .map((name) => ({ name, sizeBytes: Buffer.from(backups.get(name)!, 'base64').byteLength, modifiedAt: new Date().toISOString() }));
      }
      if (op === 'read') return backups.get(arg as string) ?? '';
      if (op === 'space') return storageSpace(profile, tmpdir());
      if (op === 'check') return checkSpaceFor(profile, arg as number);
      throw new Error(op);
    });
    await ctx.addInitScript(() => {
      const call = (window as unknown as { sngDesktop: (op: string, arg?: unknown) => Promise<unknown> }).sngDesktop;
      const toB64 = (bytes: Uint8Array) => {
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        return btoa(s);
      };
      let seq = 0;
      (window as unknown as { desktop: unknown }).desktop = {
        appInfo: async () => ({ appVersion: '0.1.0', platform: 'electron', os: 'e2e' }),
        saveFile: async () => undefined,
        openFiles: async () => [],
        printPdf: async () => undefined,
        revealInFolder: async () => undefined,
        writeBackup: ({ bytes, reason }: { bytes: Uint8Array; reason: string }) =>
          call('write', { name: `so-neu-guong-20261201-1000${String(++seq).padStart(2, '0')}-${reason}.sng.json.gz`, b64: toB64(bytes) }),
        listBackups: () => call('list'),
        readBackup: async (name: string) => Uint8Array.from(atob((await call('read', name)) as string), (c) => c.charCodeAt(0)),
        backupStatus: async () => ({ folder: 'Tài liệu › SoNeuGuong › Sao lưu', writable: true, lastBackupAt: new Date().toISOString() }),
        chooseBackupFolder: async () => undefined,
        storageSpace: () => call('space'),
        checkSpaceFor: (n: number) => call('check', n),
        onBeforeQuit: () => undefined,
      };
    });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-STP' });
    await expect(page.getByTestId('low-disk')).toBeVisible();
    await expect(page.getByTestId('low-disk')).toHaveAttribute('aria-label', /Ổ đĩa chứa dữ liệu của ứng dụng chỉ còn \d+ MB trống/u);
    await page.getByRole('link', { name: 'Sao lưu' }).first().click();
    await expect(page.getByTestId('profile-free')).toContainText('Ổ đĩa chứa dữ liệu còn trống');

    // Fill the disk, leaving about 24 KB: after a reload the header says so, with the real figure.
    const st = statfsSync(mountPoint);
    const free = Number(st.bavail) * Number(st.bsize);
    writeFileSync(join(mountPoint, 'filler.bin'), Buffer.alloc(Math.max(0, free - 24 * 1024)));
    await page.reload();
    await expect(page.getByTestId('low-disk')).toHaveAttribute('aria-label', /chỉ còn \d{1,2} KB trống/u);
    await expect(page.getByRole('alert').filter({ hasText: 'Ổ đĩa sắp đầy' })).toBeVisible();
    // A restore of even a small backup (about 100 KB in the database) is refused by main's rule before it starts.
    const verdict = await page.evaluate(() =>
      (window as unknown as { desktop: { checkSpaceFor(n: number): Promise<{ ok: boolean; message?: string }> } }).desktop.checkSpaceFor(100 * 1024),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/^Chưa thực hiện: việc này cần khoảng 100 KB nhưng ổ đĩa chứa dữ liệu chỉ còn \d{1,2} KB trống/u);
    await screenshot(page, 'disk-full-header');
  } finally {
    await ctx.close();
    try {
      execFileSync('umount', [mountPoint]);
    } catch {
      // already gone
    }
    rmSync(mountPoint, { recursive: true, force: true });
  }
});
