import { expect, test } from './fixtures';
import { completeSetup, nav, screenshot } from './helpers';

test('Cài đặt → Thể thức văn bản: HD 05 in force, a value saved as the cell’s own version, QĐ 207 switch', async ({ page }) => {
  await completeSetup(page);
  await nav(page, 'Cài đặt');
  await expect(page.getByRole('heading', { name: 'Thể thức văn bản', exact: true })).toBeVisible();
  await expect(page.getByTestId('document-style-today')).toContainText('Hướng dẫn 05-HD/VPTW (27/5/2026)');
  await expect(page.getByLabel('Khoảng cách dòng (pt)')).toHaveValue('19');
  await expect(page.getByLabel('Chữ ký bên phải của biên bản')).toHaveValue('Chủ trì hội nghị');
  await screenshot(page, 'document-style-01-settings');

  await page.getByLabel('Chữ ký bên phải của biên bản').fill('Chủ trì');
  await page.getByRole('button', { name: 'Lưu thể thức của chi bộ' }).click();
  await expect(page.getByTestId('document-style-today')).toContainText('do chi bộ sửa');
  await expect(page.getByRole('button', { name: 'Trở về mặc định' })).toBeVisible();
  await page.getByRole('button', { name: 'Trở về mặc định' }).click();
  await expect(page.getByTestId('document-style-today')).toContainText('mặc định của ứng dụng');
  await expect(page.getByLabel('Chữ ký bên phải của biên bản')).toHaveValue('Chủ trì hội nghị');

  const qd207 = page.getByRole('switch', { name: /Quy định số 207-QĐ\/TW/u });
  await expect(qd207).toBeChecked();
  await qd207.click({ force: true });
  await expect(qd207).not.toBeChecked();
  await screenshot(page, 'document-style-02-qd207-off');
});
