import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSpaceFor, storageSpace } from '../src-main/disk';
import { BASE_URL, completeSetup, launchProfile, screenshot, e2eMember, seedRecords } from './helpers';

/**
 * The browser profile (IndexedDB) on a small tmpfs (`mount -t tmpfs -o size=64m`, root only — CI
 * runs as root; skipped otherwise). The Electron-like `window.desktop` answers storageSpace /
 * checkSpaceFor with the main process's own code (src-main/disk.ts, fs.statfs of the real profile
 * folder), keeps the backups in the test process (another disk, as the real backup folder is) and
 * hands the quit handshake to the test, which plays main's part.
 *
 * 1. A nearly full disk: the header warns, the backup page shows the few KB left, main's rule
 *    refuses a restore before it starts.
 * 2. The disk fills while the secretary works: a grid edit cannot be stored (Vietnamese message,
 *    the edit stays on screen); leaving the screen and closing the window warn; once space is freed
 *    "Thử lưu lại" stores it. A restore that fills the disk midway is rolled back with the right
 *    message. The browser restarted on the same profile: the app opens with everything typed, or
 *    offers the backups — which hold it.
 */
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

interface Tmpfs {
  mountPoint: string;
  profile: string;
  free(): number;
  /** Fill the disk with big files, leaving about `leaveBytes` free (0: none at all). */
  fill(leaveBytes?: number): void;
  /** Delete the big files. */
  unfill(): void;
  dispose(): void;
}

/** A 64 MB tmpfs with a profile folder, or a reason to skip. */
function mountTmpfs(): Tmpfs | string {
  if (!isRoot) return 'needs root to mount a tmpfs (CI runs as root)';
  const mountPoint = mkdtempSync(join(tmpdir(), 'sng-e2e-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (e) {
    rmSync(mountPoint, { recursive: true, force: true });
    return `mount -t tmpfs failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
  const profile = join(mountPoint, 'profile');
  mkdirSync(profile);
  let fillers: string[] = [];
  const newFiller = () => {
    const path = join(mountPoint, `filler-${fillers.length}.bin`);
    fillers.push(path);
    return path;
  };
  const free = () => {
    const st = statfsSync(mountPoint);
    return Number(st.bavail) * Number(st.bsize);
  };
  const unfill = () => {
    for (const f of fillers) rmSync(f, { force: true });
    fillers = [];
  };
  return {
    mountPoint,
    profile,
    free,
    fill(leaveBytes = 0) {
      if (leaveBytes > 0) unfill();
      // The browser writes (and frees) meanwhile: leave a margin, then — for a full disk — write
      // zeros until ENOSPC. Filling again tops up without freeing anything first.
      const margin = leaveBytes === 0 ? 1024 * 1024 : 0;
      for (let attempt = 0; ; attempt++) {
        const size = free() - leaveBytes - margin - attempt * 16 * 1024;
        if (size <= 0) break;
        try {
          execFileSync('fallocate', ['-l', String(size), newFiller()], { stdio: 'pipe' });
          break;
        } catch (e) {
          if (attempt >= 3) throw e;
        }
      }
      if (leaveBytes === 0) {
        try {
          execFileSync('dd', ['if=/dev/zero', `of=${newFiller()}`, 'bs=4096'], { stdio: 'pipe' });
        } catch {
          // "No space left on device": the disk is full, as wanted
        }
      }
    },
    unfill,
    dispose() {
      try {
        execFileSync('umount', ['-l', mountPoint], { stdio: 'pipe' });
      } catch {
        // already gone
      }
      rmSync(mountPoint, { recursive: true, force: true });
    },
  };
}

/** The backup folder, on another disk: kept in the test process across browser restarts. */
class BackupFolder {
  readonly files = new Map<string, Buffer>();
  private seq = 0;
  /** Called after a backup of this reason is written (e.g. fill the disk during a restore). */
  afterWrite: ((reason: string) => void) | undefined;

  write(reason: string, b64: string) {
    // One file a minute from 09:01 (distinct times in the list).
    const name = `so-neu-guong-20261120-09${String(++this.seq).padStart(2, '0')}00-${reason}.sng.json.gz`;
    this.files.set(name, Buffer.from(b64, 'base64'));
    this.afterWrite?.(reason);
    return { name, sizeBytes: this.files.get(name)!.byteLength, modifiedAt: new Date().toISOString() };
  }

  list() {
    return [...this.files.keys()]
      .sort()
      .reverse()
      .map((name) => ({ name, sizeBytes: this.files.get(name)!.byteLength, modifiedAt: new Date().toISOString() }));
  }

  /** The time the backup page shows for a file name ("09:01 ngày 20/11/2026"). */
  static shownTime(name: string): string {
    const m = /-20261120-(\d\d)(\d\d)00-/u.exec(name)!;
    return `${m[1]}:${m[2]} ngày 20/11/2026`;
  }

  names(reason: string): string[] {
    return [...this.files.keys()].filter((n) => n.endsWith(`-${reason}.sng.json.gz`));
  }
}

/** Electron's `window.desktop`, main's side answered by the test process. */
async function installDesktop(ctx: BrowserContext, profile: string, folder: BackupFolder): Promise<void> {
  await ctx.exposeBinding('sngDesktop', async (_source, op: string, arg: unknown) => {
    if (op === 'write') {
      const { reason, b64 } = arg as { reason: string; b64: string };
      return folder.write(reason, b64);
    }
    if (op === 'list') return folder.list();
    if (op === 'read') return folder.files.get(arg as string)?.toString('base64') ?? '';
    if (op === 'space') return storageSpace(profile, tmpdir());
    if (op === 'check') return checkSpaceFor(profile, arg as number);
    throw new Error(op);
  });
  await ctx.addInitScript(() => {
    const w = window as unknown as {
      sngDesktop: (op: string, arg?: unknown) => Promise<unknown>;
      desktop: unknown;
      sngQuitTask?: (ctx: { reason: 'close' | 'session-end'; holdOn(): void }) => Promise<'close' | 'stay'>;
    };
    const call = w.sngDesktop;
    const toB64 = (bytes: Uint8Array) => {
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    };
    w.desktop = {
      appInfo: async () => ({ appVersion: '0.1.0', platform: 'electron', os: 'e2e' }),
      saveFile: async () => undefined,
      openFiles: async () => [],
      printPdf: async () => undefined,
      revealInFolder: async () => undefined,
      writeBackup: ({ bytes, reason }: { bytes: Uint8Array; reason: string }) => call('write', { reason, b64: toB64(bytes) }),
      listBackups: () => call('list'),
      readBackup: async (name: string) => Uint8Array.from(atob((await call('read', name)) as string), (c) => c.charCodeAt(0)),
      backupStatus: async () => ({ folder: 'Tài liệu › SoNeuGuong › Sao lưu', writable: true, lastBackupAt: new Date().toISOString() }),
      chooseBackupFolder: async () => undefined,
      storageSpace: () => call('space'),
      checkSpaceFor: (n: number) => call('check', n),
      onBeforeQuit: (task: NonNullable<typeof w.sngQuitTask>) => {
        w.sngQuitTask = task;
      },
    };
  });
}

async function launch(fs: Tmpfs, folder: BackupFolder): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await launchProfile(fs.profile);
  await installDesktop(ctx, fs.profile, folder);
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  return { ctx, page };
}

/** Main's side of closing the window: send before-quit, return what the renderer answered (later). */
async function startClosing(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      sngQuitTask: (ctx: { reason: 'close'; holdOn(): void }) => Promise<string>;
      sngQuit: { held: boolean; decision?: string };
    };
    w.sngQuit = { held: false };
    void w.sngQuitTask({ reason: 'close', holdOn: () => (w.sngQuit.held = true) }).then((d) => (w.sngQuit.decision = d));
  });
}

const quitState = (page: Page) => page.evaluate(() => (window as unknown as { sngQuit: { held: boolean; decision?: string } }).sngQuit);

const MEMBERS = ['Nguyễn Văn Đức', 'Trần Thị Ngọc Yến', 'Lê Văn Cường'];

/**
 * A small roster, straight into IndexedDB (this spec is about storage, not the roster screens). Each
 * member carries 64 KB of incompressible ballast in a field the app passes through untouched, so a
 * restore writes ~200 KB: more than the slack a log file's last page may still hold on a full disk.
 */
async function seedMembers(page: Page): Promise<void> {
  let seed = 12345;
  const ballast = () =>
    Array.from({ length: 64 * 1024 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCharCode(97 + (seed % 26));
    }).join('');
  await seedRecords(page, { members: MEMBERS.map((name, i) => e2eMember(name, i, { e2eBallast: ballast() })) });
}

/** The overall ("Chung") cell of a member in November's grid (no pledge forms: it is the only column). */
async function gridCell(page: Page, name: string) {
  const grid = page.getByRole('grid', { name: 'Bảng tự đánh giá tháng 11/2026' });
  await expect(grid).toBeVisible();
  const order = await grid.getByRole('rowheader').allTextContents();
  return page.locator(`#cell-${order.indexOf(name)}-0`);
}

const ENGLISH = /bulkPut|bulkAdd|operations failed|AbortError|UnknownError|QuotaExceeded|IO error|FILE_ERROR/u;

test('a small, nearly full profile disk: header warning from fs.statfs, restore refused by the free-space rule', async () => {
  const fs = mountTmpfs();
  test.skip(typeof fs === 'string', typeof fs === 'string' ? fs : '');
  if (typeof fs === 'string') return;
  const folder = new BackupFolder();
  const { ctx, page } = await launch(fs, folder);
  try {
    await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-STP' });
    await expect(page.getByTestId('low-disk')).toBeVisible();
    await expect(page.getByTestId('low-disk')).toHaveAttribute('aria-label', /Ổ đĩa chứa dữ liệu của ứng dụng chỉ còn \d+ MB trống/u);
    await page.getByRole('link', { name: 'Sao lưu' }).first().click();
    await expect(page.getByTestId('profile-free')).toContainText('Ổ đĩa chứa dữ liệu còn trống');

    // Fill the disk, leaving about 24 KB: after a reload the header says so, with the real figure.
    fs.fill(24 * 1024);
    await page.reload();
    await expect(page.getByTestId('low-disk')).toHaveAttribute('aria-label', /chỉ còn \d{1,2} KB trống/u);
    await expect(page.getByRole('alert').filter({ hasText: 'Ổ đĩa sắp đầy' })).toBeVisible();
    // A restore of even a small backup (about 100 KB in the database) is refused by main's rule before it starts.
    const verdict = await page.evaluate(() =>
      (window as unknown as { desktop: { checkSpaceFor(n: number): Promise<{ ok: boolean; message?: string }> } }).desktop.checkSpaceFor(
        100 * 1024,
      ),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/^Chưa thực hiện: việc này cần khoảng 100 KB nhưng ổ đĩa chứa dữ liệu chỉ còn \d{1,2} KB trống/u);
    await screenshot(page, 'disk-full-header');
  } finally {
    await ctx.close();
    fs.dispose();
  }
});

test('the disk fills while the secretary works: the edit is kept and warned about, a failed restore is rolled back, a restart loses nothing', async () => {
  const fs = mountTmpfs();
  test.skip(typeof fs === 'string', typeof fs === 'string' ? fs : '');
  if (typeof fs === 'string') return;
  const folder = new BackupFolder();
  let { ctx, page } = await launch(fs, folder);
  try {
    await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-STP' });
    await seedMembers(page);

    // A backup before the work (the header's low-disk badge also says "Sao lưu ngay": exact name).
    await page.getByRole('link', { name: 'Sao lưu' }).first().click();
    await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Sao lưu ngay', exact: true }).click();
    await expect(page.getByText(/Đã ghi tệp so-neu-guong-/u)).toBeVisible();
    expect(folder.names('manual')).toHaveLength(1);

    // November's grid: one member stored while there is room.
    await page.goto(BASE_URL + '/#/tu-danh-gia?thang=2026-11');
    const duc = await gridCell(page, 'Nguyễn Văn Đức');
    await duc.click();
    await page.keyboard.press('t');
    await expect(duc).toHaveText('Tốt');
    await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

    // The disk is full. The database's log file still has room in its last page, so the first small
    // edits may go in; the secretary goes on changing Yến's level until a save fails.
    fs.fill(0);
    const yen = await gridCell(page, 'Trần Thị Ngọc Yến');
    await yen.click();
    const problem = page.getByTestId('save-error');
    let typed = '';
    for (let i = 0; i < 60 && !(await problem.isVisible()); i++) {
      const [key, label] = i % 2 === 0 ? ['k', 'Khá'] : ['t', 'Tốt'];
      await page.keyboard.press(key);
      typed = label;
      await expect(yen).toHaveText(label);
      await expect(page.getByTestId('save-status')).toHaveText(/^(Đã lưu|Chưa lưu được — sẽ tự thử lại)$/u);
    }
    await expect(problem).toContainText('ổ đĩa của máy đã đầy');
    await expect(problem).toContainText('vẫn còn trên màn hình');
    await expect(problem).not.toContainText(ENGLISH);
    await expect(page.getByTestId('save-status')).toContainText('Chưa lưu được');
    await expect(yen).toHaveText(typed); // kept on screen
    await screenshot(page, 'disk-full-save-failed');

    // Leaving the screen asks first. (Each reopen of the store may free a few KB: top the disk up.)
    fs.fill(0);
    await page.getByRole('link', { name: 'Sao lưu' }).first().click();
    const leave = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
    await expect(leave).toContainText('Bảng tự đánh giá tháng 11/2026');
    await leave.getByRole('button', { name: 'Ở lại', exact: true }).click();
    await expect(page.getByRole('grid', { name: 'Bảng tự đánh giá tháng 11/2026' })).toBeVisible();
    await expect(yen).toHaveText(typed);

    // Closing the window warns (main's quit handshake): "Ở lại" keeps the window and the edit.
    fs.fill(0);
    await startClosing(page);
    const closing = page.getByRole('dialog', { name: 'Còn thay đổi chưa lưu được' });
    await expect(closing).toContainText('Bảng tự đánh giá tháng 11/2026');
    await expect(closing).toContainText('Nếu đóng bây giờ, các thay đổi này sẽ mất');
    expect((await quitState(page)).held).toBe(true); // main stops its 15 s timeout while asking
    await closing.getByRole('button', { name: 'Ở lại', exact: true }).click();
    await expect.poll(async () => (await quitState(page)).decision).toBe('stay');
    await expect(yen).toHaveText(typed);

    // Space freed: "Thử lưu lại" stores it.
    fs.unfill();
    await page.getByTestId('save-error').getByRole('button', { name: 'Thử lưu lại' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
    await expect(page.getByTestId('save-error')).toHaveCount(0);

    // A restore that fills the disk midway (another program wrote meanwhile): rolled back, told why.
    await page.getByRole('link', { name: 'Sao lưu' }).first().click();
    await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục', exact: true })).toBeVisible();
    const manual = folder.names('manual')[0]!;
    folder.afterWrite = (reason) => {
      if (reason === 'before-restore') fs.fill(0);
    };
    await page.getByRole('button', { name: `Khôi phục bản ${BackupFolder.shownTime(manual)}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu?' });
    await confirm.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'Khôi phục không thành công' });
    await expect(failure).toContainText('ổ đĩa của máy đã đầy');
    await expect(failure).toContainText('Dữ liệu hiện tại vẫn giữ nguyên như trước khi khôi phục');
    await expect(failure).not.toContainText(ENGLISH);
    await expect(failure).toContainText('«Trước khi khôi phục»');
    folder.afterWrite = undefined;
    expect(folder.names('before-restore')).toHaveLength(1);
    // The copy taken before the restore is listed at once.
    await expect(page.getByRole('table', { name: 'Danh sách bản sao lưu' })).toContainText('Trước khi khôi phục');
    await expect(confirm).toHaveCount(0);
    await screenshot(page, 'disk-full-restore-failed');

    // The secretary closes the window, the disk still full: main's handshake finds nothing pending,
    // takes the quit backup if the database can still be read, and closes. Measured: sometimes
    // Chromium has already deleted the store and Dexie's reopen would create an empty one — the app
    // refuses that, stops writing and says so; no backup of an empty database is ever written.
    await startClosing(page);
    await expect.poll(async () => (await quitState(page)).decision, { timeout: 30_000 }).toBe('close');
    const lost = page.getByRole('alertdialog', { name: 'Dữ liệu trên máy vừa bị mất — hãy khôi phục' });
    test
      .info()
      .annotations.push(
        { type: 'store lost in the session', description: (await lost.isVisible()) ? 'yes (overlay shown)' : 'no' },
        { type: 'quit backup on the full disk', description: folder.names('quit').length > 0 ? 'written' : 'not written' },
      );
    await ctx.close();

    // Started again on the full disk. Measured (Chromium 156): the database that failed mid-write does
    // not open ("Internal error opening backing store"), and at the next open Chromium has deleted it.
    ({ ctx, page } = await launch(fs, folder));
    await page.goto(BASE_URL + '/');
    const recovery = page.getByRole('heading', { name: 'Khôi phục từ bản sao lưu gần nhất', exact: true });
    const shell = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const wizard = page.getByRole('heading', { name: 'Chào mừng đến với Sổ Nêu Gương', exact: true });
    await expect(recovery.or(shell).or(wizard)).toBeVisible();
    await expect(wizard).toHaveCount(0); // never the first-run wizard while backups exist
    const startedWith = (await recovery.isVisible()) ? 'recovery' : 'app';
    test.info().annotations.push({ type: 'start on a full disk', description: startedWith });
    if (startedWith === 'recovery') {
      // The backups are offered first, in Vietnamese, newest first with what they hold.
      await expect(page.locator('body')).not.toContainText(ENGLISH);
      await expect(page.locator('body')).not.toContainText(/backing store/iu);
      await expect(page.getByTestId('recovery-row').first()).toContainText('3 đảng viên');
      await screenshot(page, 'disk-full-start-recovery');
    }

    // Space freed: "Thử mở lại" (or the app already open) — and if the database was lost, the newest
    // backup (the quit backup, or the one taken just before the restore) holds everything typed.
    fs.unfill();
    if (startedWith === 'recovery' && (await page.getByRole('button', { name: 'Thử mở lại' }).isVisible())) {
      await page.getByRole('button', { name: 'Thử mở lại' }).click();
    } else {
      await page.reload();
    }
    await expect(recovery.or(shell)).toBeVisible();
    if (await recovery.isVisible()) {
      test.info().annotations.push({ type: 'after freeing space', description: 'database lost; restored the newest backup' });
      await expect(page.getByTestId('recovery-row').first()).toContainText('3 đảng viên');
      await page.getByRole('button', { name: /^Khôi phục bản gần nhất/u }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
      await expect(shell).toBeVisible();
    }
    await page.goto(BASE_URL + '/#/tu-danh-gia?thang=2026-11');
    await expect(await gridCell(page, 'Nguyễn Văn Đức')).toHaveText('Tốt');
    await expect(await gridCell(page, 'Trần Thị Ngọc Yến')).toHaveText(typed);
    await screenshot(page, 'disk-full-after-restart');
  } finally {
    await ctx.close();
    fs.dispose();
  }
  expect(existsSync(fs.mountPoint)).toBe(false);
});
