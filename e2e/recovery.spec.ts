import { expect, test } from './fixtures';
import { completeSetup, screenshot } from './helpers';

/**
 * Start-up recovery in Chromium with the built renderer: an Electron-like `window.desktop` (backup
 * folder kept in localStorage, so it survives the wipe of IndexedDB like the real folder on disk)
 * is installed before the app loads. The secretary sets up the cell and backs up; the origin's
 * IndexedDB is then deleted (what Chromium did after a disk-full failure); at the next start the
 * app must offer "Khôi phục từ bản sao lưu gần nhất" before anything else — not the first-run
 * wizard — and restoring brings the cell back.
 */
function installFakeDesktop(): void {
  const KEY = 'e2e.backupFolder';
  type Stored = Record<string, { b64: string; at: string }>;
  const load = (): Stored => JSON.parse(localStorage.getItem(KEY) ?? '{}') as Stored;
  const save = (s: Stored) => localStorage.setItem(KEY, JSON.stringify(s));
  const toB64 = (bytes: Uint8Array) => {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  };
  const fromB64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const p2 = (n: number) => String(n).padStart(2, '0');
  const list = () =>
    Object.entries(load())
      .map(([name, f]) => ({ name, sizeBytes: fromB64(f.b64).byteLength, modifiedAt: f.at }))
      .sort((a, b) => (a.name < b.name ? 1 : -1));
  (window as unknown as { desktop: unknown }).desktop = {
    appInfo: async () => ({ appVersion: '0.1.0', platform: 'electron', os: 'e2e' }),
    saveFile: async () => undefined,
    openFiles: async () => [],
    printPdf: async () => undefined,
    revealInFolder: async () => undefined,
    writeBackup: async ({ bytes, reason }: { bytes: Uint8Array; reason: string }) => {
      const folder = load();
      const now = new Date();
      const stamp = `${now.getFullYear()}${p2(now.getMonth() + 1)}${p2(now.getDate())}-${p2(now.getHours())}${p2(now.getMinutes())}${p2(now.getSeconds())}`;
      let name = `so-neu-guong-${stamp}-${reason}.sng.json.gz`;
      for (let n = 2; folder[name]; n++) name = `so-neu-guong-${stamp}-${reason}-${n}.sng.json.gz`;
      folder[name] = { b64: toB64(bytes), at: now.toISOString() };
      save(folder);
      return { name, sizeBytes: bytes.byteLength, modifiedAt: now.toISOString() };
    },
    listBackups: async () => list(),
    readBackup: async (name: string) => {
      const f = load()[name];
      if (!f) throw new Error(`Không tìm thấy tệp sao lưu "${name}".`);
      return fromB64(f.b64);
    },
    backupStatus: async () => {
      const newest = list()[0];
      return { folder: 'Tài liệu › SoNeuGuong › Sao lưu', writable: true, ...(newest ? { lastBackupAt: newest.modifiedAt } : {}) };
    },
    chooseBackupFolder: async () => undefined,
    storageSpace: async () => ({ low: false }),
    checkSpaceFor: async () => ({ ok: true }),
    onBeforeQuit: () => undefined,
  };
}

test('IndexedDB wiped after a disk-full failure: the next start offers the backups first, and restoring brings the cell back', async ({
  page,
}) => {
  await page.addInitScript(installFakeDesktop);
  await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-STP' });
  await page.getByRole('link', { name: 'Sao lưu' }).first().click();
  // The page has read the backup folder (the start-up backup is listed) before the secretary clicks.
  await expect(page.getByRole('table', { name: 'Danh sách bản sao lưu' })).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText(/Đã ghi tệp so-neu-guong-/u)).toBeVisible();

  // What Chromium did one reload after "Internal error opening backing store": the whole database is gone.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('so-neu-guong');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
  // The open window was told and stopped writing.
  await expect(page.getByTestId('newer-version')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Khôi phục từ bản sao lưu gần nhất', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Nêu Gương', exact: true })).toHaveCount(0);
  const rows = page.getByTestId('recovery-row');
  await expect(rows.first()).toContainText('1 đơn vị');
  await expect(rows.first()).toContainText('Sao lưu ngay');
  await screenshot(page, 'recovery-start');

  await page.getByRole('button', { name: /^Khôi phục bản gần nhất/u }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Chi bộ Sở Tư pháp');
  await dialog.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Chi bộ Sở Tư pháp');
});
