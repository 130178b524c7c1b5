import { expect, test } from './fixtures';
import { rmSync } from 'node:fs';
import { BASE_URL, completeSetup, nav, launchProfile, newProfileDir, screenshot } from './helpers';

test('first-run wizard: the unit survives a reload and a relaunch with the same profile', async () => {
  const profileDir = newProfileDir();
  try {
    let context = await launchProfile(profileDir);
    let page = await context.newPage();
    await page.goto(BASE_URL + '/');
    await screenshot(page, 'foundation-01-wizard');
    await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', placeName: 'Ninh Thuận' });
    await expect(page.getByRole('banner')).toContainText('Chi bộ Sở Tư pháp');
    await screenshot(page, 'foundation-02-shell');

    await page.reload();
    await expect(page.getByRole('banner')).toContainText('Chi bộ Sở Tư pháp');

    await context.close();
    context = await launchProfile(profileDir);
    page = await context.newPage();
    await page.goto(BASE_URL + '/');
    await expect(page.getByRole('banner')).toContainText('Chi bộ Sở Tư pháp');
    await page.getByRole('link', { name: 'Đơn vị' }).click();
    await expect(page.getByText('Địa danh: Ninh Thuận')).toBeVisible();
    await screenshot(page, 'foundation-03-unit-after-relaunch');
    await context.close();
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});

test('every navigation section opens and says what it is', async ({ page }) => {
  await completeSetup(page);
  for (const name of [
    'Đảng viên',
    'Sổ đăng ký nêu gương',
    'Sinh hoạt chi bộ',
    'Kiểm điểm cuối năm',
    'Trao đổi dữ liệu',
    'Sao lưu',
    'Cài đặt',
  ]) {
    await nav(page, name);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  }
});

test('a database written by a newer version is refused with a clear message and left untouched', async ({ page }) => {
  await completeSetup(page);
  const marked = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('so-neu-guong');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'schema', schemaVersion: 99, appVersion: '9.9.9', writtenAt: '2030-01-01T00:00:00.000Z' });
          tx.oncomplete = () => {
            db.close();
            resolve('ok');
          };
        };
      }),
  );
  expect(marked).toBe('ok');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('phiên bản mới hơn');
  await expect(page.getByRole('alert')).toContainText('9.9.9');
  await screenshot(page, 'foundation-04-newer-database-refused');
  const meta = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const request = indexedDB.open('so-neu-guong');
        request.onsuccess = () => {
          const get = request.result.transaction('meta').objectStore('meta').get('schema');
          get.onsuccess = () => resolve(get.result);
        };
      }),
  );
  expect(meta).toMatchObject({ schemaVersion: 99, appVersion: '9.9.9' });
});
