/**
 * Small items of issue 19 that only a real browser can show: the favicon loads (no 404), a
 * placeholder stays an example (grey, italic) next to a field in error, and switching to
 * "Cấp trên tổng hợp" is confirmed in a dialog that says what disappears and that nothing is deleted.
 */
import { expect, test } from './fixtures';
import { BASE_URL, completeSetup, nav } from './helpers';

test('the app loads with no failed request, its favicon included', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  await page.goto(`${BASE_URL}/`);
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Nêu Gương', exact: true })).toBeVisible();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await page.request.get(new URL(href!, page.url()).toString());
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/png');
  const favicon = await page.request.get(`${BASE_URL}/favicon.ico`);
  // Chromium asks for /favicon.ico only without a <link rel="icon">; the page names its own.
  expect(failed).toEqual([]);
  expect(favicon.status()).toBeLessThan(500);
});

test('after a failed save a placeholder is still a grey example, not red like the error', async ({ page }) => {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const name = page.getByLabel('Tên chi bộ (tổ chức đảng)');
  await expect(name).toHaveAttribute('placeholder', /^Ví dụ: /u);
  const placeholder = () =>
    name.evaluate((el) => {
      const s = getComputedStyle(el, '::placeholder');
      return { color: s.color, fontStyle: s.fontStyle };
    });
  const before = await placeholder();
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByText('Chưa nhập tên tổ chức đảng.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  const after = await placeholder();
  const errorColor = await page.getByText('Chưa nhập tên tổ chức đảng.').evaluate((el) => getComputedStyle(el).color);
  expect(after.color).toBe(before.color);
  expect(after.color).not.toBe(errorColor);
  expect(after.fontStyle).toBe('italic');
});

test('switching to "Cấp trên tổng hợp" asks first, says what disappears, and keeps the data', async ({ page }) => {
  await completeSetup(page);
  const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav(page, 'Cài đặt');
  await page.getByText('Cấp trên tổng hợp', { exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Chuyển sang cách sử dụng “Cấp trên tổng hợp”?' });
  await expect(dialog).toBeVisible();
  for (const hidden of ['Sổ đăng ký nêu gương', 'Tự đánh giá hằng tháng', 'Sinh hoạt chi bộ', 'Kiểm điểm cuối năm']) {
    await expect(dialog.getByRole('listitem').filter({ hasText: hidden })).toBeVisible();
  }
  await expect(dialog).toContainText('Tổng hợp các chi bộ');
  await expect(dialog).toContainText('Dữ liệu đã ghi vẫn được giữ nguyên, không bị xóa.');
  // "Hủy": nothing changes.
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await expect(menu.getByRole('link', { name: 'Sinh hoạt chi bộ' })).toBeVisible();
  // Confirmed: the cell menus go, the aggregator's appears.
  await page.getByText('Cấp trên tổng hợp', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Chuyển sang “Cấp trên tổng hợp”' }).click();
  await expect(dialog).toBeHidden();
  await expect(menu.getByRole('link', { name: 'Tổng hợp các chi bộ' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Sinh hoạt chi bộ' })).toHaveCount(0);
  // And back: the menus return.
  await page.getByText('Chi bộ', { exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chuyển sang “Chi bộ”' }).click();
  await expect(menu.getByRole('link', { name: 'Sinh hoạt chi bộ' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Tổng hợp các chi bộ' })).toHaveCount(0);
});
