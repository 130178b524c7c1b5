import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { BASE_URL, completeSetup, launchProfile, newProfileDir, screenshot } from './helpers';

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
  for (const name of ['Đảng viên', 'Sổ đăng ký nêu gương', 'Sinh hoạt chi bộ', 'Kiểm điểm cuối năm', 'Trao đổi dữ liệu', 'Sao lưu', 'Cài đặt']) {
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  }
});
