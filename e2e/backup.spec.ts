import { expect, test, type Page } from './fixtures';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, completeSetup, screenshot, downloadFrom, newClockedContext } from './helpers';

/** Record counts of every object store, read straight from IndexedDB (independent of the app's code). */
async function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('so-neu-guong');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Own unit's name and every unit code, read from IndexedDB. */
async function unitsSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('so-neu-guong');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('units', 'readonly').objectStore('units').getAll();
          req.onsuccess = () => {
            db.close();
            const units = req.result as Array<{ code: string; history: Array<{ name: string }> }>;
            resolve(units.map((u) => `${u.code}: ${u.history.at(-1)?.name ?? ''}`).sort());
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

test('back up now (download), restore into a fresh profile, undo the restore', async ({ browser }) => {
  const downloads = mkdtempSync(join(tmpdir(), 'sng-e2e-backup-'));

  // 1. The secretary's PC: set up, then "Sao lưu ngay" downloads a backup file.
  const original = await newClockedContext(browser);
  const page = await original.newPage();
  await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-STP' });
  await page.goto(`${BASE_URL}/#/sao-luu`);
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục', exact: true })).toBeVisible();
  await expect(page.getByTestId('last-backup')).toHaveText('Chưa có bản sao lưu nào');
  await expect(page.getByTestId('persist-result')).toContainText('Lưu trữ bền vững');
  const download = await downloadFrom(page, () => page.getByRole('button', { name: 'Sao lưu ngay', exact: true }).click());
  expect(download.suggestedFilename()).toMatch(/^so-neu-guong-\d{8}-\d{6}-manual\.sng\.json\.gz$/u);
  const backupPath = join(downloads, download.suggestedFilename());
  await download.saveAs(backupPath);
  await expect(page.getByTestId('last-backup')).not.toHaveText('Chưa có bản sao lưu nào');
  await screenshot(page, 'backup-1-after-backup-now');
  const originalCounts = await storeCounts(page);
  const originalUnits = await unitsSnapshot(page);
  expect(originalUnits).toEqual(['CB-STP: Chi bộ Sở Tư pháp']);
  await original.close();

  // 2. A fresh profile (new PC) with other data: restore the file.
  const fresh = await newClockedContext(browser);
  const page2 = await fresh.newPage();
  await completeSetup(page2, { unitName: 'Chi bộ Tạm thời', unitCode: 'CB-TAM' });
  const freshUnits = await unitsSnapshot(page2);
  expect(freshUnits).toEqual(['CB-TAM: Chi bộ Tạm thời']);
  await page2.goto(`${BASE_URL}/#/sao-luu`);
  const chooserPromise = page2.waitForEvent('filechooser');
  await page2.getByRole('button', { name: 'Mở tệp sao lưu…' }).click();
  await (await chooserPromise).setFiles(backupPath);
  const dialog = page2.getByRole('dialog');
  await expect(dialog).toContainText('Khôi phục dữ liệu từ bản sao lưu?');
  await expect(dialog).toContainText('Chi bộ Sở Tư pháp');
  await expect(dialog).toContainText('1 đơn vị');
  await screenshot(page2, 'backup-2-confirm-restore');

  // The before-restore copy is a download in the browser.
  const beforeRestore = await downloadFrom(page2, () => dialog.getByRole('button', { name: 'Khôi phục' }).click());
  expect(beforeRestore.suggestedFilename()).toMatch(/-before-restore\.sng\.json\.gz$/u);
  await expect(page2.getByTestId('undo-panel')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page2.getByRole('banner').first()).toContainText('Chi bộ Sở Tư pháp');
  expect(await unitsSnapshot(page2)).toEqual(originalUnits);
  const restoredCounts = await storeCounts(page2);
  expect(restoredCounts).toEqual(originalCounts);
  await screenshot(page2, 'backup-3-after-restore');

  // 3. The app is reopened: the undo is still offered, with the date and the before-restore file.
  await page2.reload();
  const undoPanel = page2.getByTestId('undo-panel');
  await expect(undoPanel).toContainText(`«${beforeRestore.suggestedFilename()}»`);
  await expect(undoPanel).toContainText('Lúc 09:00 ngày 20/11/2026');
  await expect(undoPanel).toContainText(`«${download.suggestedFilename()}»`);
  await screenshot(page2, 'backup-3b-undo-after-reopen');
  // Undo: back to the fresh profile's own data.
  await downloadFrom(page2, () => page2.getByRole('button', { name: 'Hoàn tác khôi phục' }).click());
  await expect(page2.getByTestId('undo-panel')).toBeHidden();
  await expect(page2.getByRole('banner').first()).toContainText('Chi bộ Tạm thời');
  expect(await unitsSnapshot(page2)).toEqual(freshUnits);
  await screenshot(page2, 'backup-4-after-undo');
  await page2.reload();
  await expect(page2.getByRole('heading', { name: 'Sao lưu và khôi phục', exact: true })).toBeVisible();
  await expect(page2.getByRole('button', { name: 'Mở tệp sao lưu…' })).toBeVisible();
  await expect(page2.getByTestId('undo-panel')).toHaveCount(0);

  // 4. A file that is not a backup is refused with a message, nothing changes.
  const chooser2 = page2.waitForEvent('filechooser');
  await page2.getByRole('button', { name: 'Mở tệp sao lưu…' }).click();
  await (
    await chooser2
  ).setFiles({ name: 'so-neu-guong-hong.sng.json.gz', mimeType: 'application/gzip', buffer: Buffer.from('not a backup') });
  await expect(page2.getByRole('alert').filter({ hasText: 'không phải tệp sao lưu' })).toBeVisible();
  expect(await unitsSnapshot(page2)).toEqual(freshUnits);
  await screenshot(page2, 'backup-5-bad-file');
  await fresh.close();
});

test('a new computer: the first-run wizard restores a backup instead of starting empty', async ({ browser }) => {
  const original = await newClockedContext(browser);
  const page = await original.newPage();
  await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-STP' });
  await page.goto(`${BASE_URL}/#/sao-luu`);
  const download = await downloadFrom(page, () => page.getByRole('button', { name: 'Sao lưu ngay', exact: true }).click());
  const backupPath = join(mkdtempSync(join(tmpdir(), 'sng-e2e-wizard-')), download.suggestedFilename());
  await download.saveAs(backupPath);
  await original.close();

  const fresh = await newClockedContext(browser);
  const page2 = await fresh.newPage();
  await page2.goto(`${BASE_URL}/`);
  await expect(page2.getByRole('heading', { name: 'Chào mừng đến với Sổ Nêu Gương', exact: true })).toBeVisible();
  // A file that is not a backup: a message, still on the wizard.
  let chooser = page2.waitForEvent('filechooser');
  await page2.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
  await (await chooser).setFiles({ name: 'x.sng.json.gz', mimeType: 'application/gzip', buffer: Buffer.from('rác') });
  await expect(page2.getByRole('alert')).toBeVisible();
  await expect(page2.getByRole('heading', { name: 'Chào mừng đến với Sổ Nêu Gương', exact: true })).toBeVisible();
  // The real backup: the app opens with the restored unit.
  chooser = page2.waitForEvent('filechooser');
  await page2.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
  await (await chooser).setFiles(backupPath);
  await expect(page2.getByRole('banner')).toContainText('Chi bộ Sở Tư pháp');
  expect(await unitsSnapshot(page2)).toEqual(['CB-STP: Chi bộ Sở Tư pháp']);
  await screenshot(page2, 'backup-6-restored-from-wizard');
  await fresh.close();
});
