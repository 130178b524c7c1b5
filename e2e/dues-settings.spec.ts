/**
 * Đảng phí beyond the month's entry: the rule values edited in Cài đặt (the cell's own version,
 * "chưa kiểm chứng" marks and the one list of unverified values), a member's arrears from before
 * the app (counted by the warnings, shown on the sheet), and undo in the dues grid.
 */
import { expect, test } from './fixtures';
import { syntheticUnit } from '../test/fixtures/synthetic-units';
import { completeSetup, nav, newClockedContext, screenshot, seedRecords } from './helpers';

test('đảng phí settings, arrears from before the app, and undo in the sheet', async ({ browser }) => {
  const context = await newClockedContext(browser);
  const page = await context.newPage();
  await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-SOTUPHAP' });
  const src = syntheticUnit({ code: 'CB-SOTUPHAP', name: 'Chi bộ Sở Tư pháp', members: 6, year: 2026, months: 11, seed: 7 });
  await seedRecords(page, { members: src.members });
  await page.reload();

  // ---- Cài đặt → Chế độ đảng phí: the preset with its unverified values marked
  await nav(page, 'Cài đặt');
  const section = page.locator('#dang-phi');
  await expect(section.getByRole('heading', { name: 'Chế độ đảng phí', exact: true })).toBeVisible();
  await expect(page.getByTestId('dues-rules-source')).toContainText('mặc định của ứng dụng');
  // Rounding (2 fields), counting window, grace days, statuses and the fixed amount of "đảng viên khác".
  await expect(section.getByText('chưa kiểm chứng', { exact: true })).toHaveCount(6);
  const list = page.getByTestId('unverified-list');
  await expect(list).toContainText('Mức đóng của nhóm «Đảng viên khác ở trong nước (mức cố định)»: 10.000 đồng/tháng');
  await expect(list).toContainText('Cách làm tròn số tiền đảng phí: đến 1.000 đồng, làm tròn gần nhất');
  await expect(list).toContainText('Ngày nghỉ lễ, ngày làm bù năm 2027');
  await expect(list).toContainText('Họp xét công nhận chính thức trong vòng');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: 'test-results/screens/dues-settings-preset.png' });

  // A wrong value: refused with a message, nothing stored.
  await section.getByLabel(/Nhắc nhở khi không nộp/u).fill('4');
  await section.getByRole('button', { name: 'Lưu chế độ đảng phí của chi bộ' }).click();
  await expect(section.getByRole('alert')).toContainText('Ngưỡng xem xét xóa tên không được nhỏ hơn ngưỡng nhắc nhở');
  await expect(page.getByTestId('dues-rules-source')).toContainText('mặc định của ứng dụng');
  await section.getByLabel(/Nhắc nhở khi không nộp/u).fill('2');

  // The cell's own values: 20.000 đ for "đảng viên khác", rounding to 100 đ.
  await section.getByLabel('Mức cố định của nhóm Đảng viên khác ở trong nước (mức cố định)').fill('20.000');
  await section.getByRole('combobox', { name: /Làm tròn đến/u }).click();
  await page.getByRole('option', { name: '100 đồng', exact: true }).click();
  await section.getByRole('button', { name: 'Lưu chế độ đảng phí của chi bộ' }).click();
  await expect(page.getByText('Đã lưu chế độ đảng phí của chi bộ, áp dụng từ tháng 11/2026.')).toBeVisible();
  await expect(page.getByTestId('dues-rules-source')).toContainText('do chi bộ sửa');
  await expect(page.getByTestId('dues-rules-versions')).toHaveText('Chi bộ đã sửa: phiên bản 2 từ tháng 11/2026.');
  await expect(section.getByText('chưa kiểm chứng', { exact: true })).toHaveCount(3);
  await expect(list).not.toContainText('Đảng viên khác ở trong nước');
  await expect(list).not.toContainText('Cách làm tròn');
  await expect(list).toContainText('Cách tính "3 tháng trong năm": trong năm dương lịch (từ tháng 1)');
  await section.screenshot({ path: 'test-results/screens/dues-settings-edited.png' });
  await page.locator('[aria-labelledby="unverified-title"]').screenshot({ path: 'test-results/screens/dues-settings-unverified.png' });
  await screenshot(page, 'dues-settings-page');

  // ---- the dues basis: everyone 1% of 8.765.432 → 87.654,32 → 87.700 with the cell's rounding
  await nav(page, 'Đảng phí');
  await page.getByRole('tab', { name: 'Đối tượng và mức đóng' }).click();
  await page.getByLabel(/chung, có thể để trống/u).fill('8.765.432');
  await page.getByRole('button', { name: /Áp dụng cho \d+ đồng chí chưa khai báo/u }).click();
  await page.getByRole('tab', { name: 'Bảng thu tháng 11/2026' }).click();
  const grid = page.getByRole('grid', { name: 'Bảng thu đảng phí tháng 11/2026' });
  const rows = grid.locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(5);
  await expect(rows.first()).toContainText('87.700');
  const names = await grid.getByRole('rowheader').allTextContents();

  // ---- arrears from before the app: entered once
  await page.getByRole('tab', { name: 'Nợ từ trước' }).click();
  await page.getByLabel('Đồng chí').selectOption({ label: names[0]! });
  await page.getByLabel('Nợ từ tháng').fill('10/2026');
  await page.getByLabel('Số tháng còn nợ').fill('3');
  await page.getByRole('button', { name: 'Ghi nợ từ trước' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu' })).toContainText('Nợ từ trước chỉ gồm các tháng đã qua');
  await page.getByLabel('Nợ từ tháng').fill('06/2026');
  await page.getByLabel('Ghi chú').fill('Theo sổ thu cũ');
  await page.getByRole('button', { name: 'Ghi nợ từ trước' }).click();
  await expect(page.getByText(`Đã ghi nợ đảng phí từ trước của đồng chí ${names[0]}: 3 tháng từ tháng 6/2026.`)).toBeVisible();
  const arrearsTable = page.getByRole('table', { name: 'Đảng viên còn nợ đảng phí từ trước' });
  await expect(arrearsTable).toContainText('06/2026');
  await expect(arrearsTable).toContainText('08/2026');
  await expect(arrearsTable).toContainText('Còn nợ 3 tháng từ trước (tháng 6, 7, 8/2026)');
  await screenshot(page, 'dues-arrears');

  // On the sheet and in the warnings (no sheet kept yet: only the arrears are judged).
  await page.getByRole('tab', { name: 'Bảng thu tháng 11/2026' }).click();
  await expect(rows.first().getByTestId('dues-status')).toContainText('còn nợ 3 tháng từ trước (tháng 6, 7, 8/2026)');
  await expect(page.getByTestId('dues-warnings')).toHaveText(
    `Đồng chí ${names[0]} không nộp đảng phí 3 tháng trong năm 2026 (tháng 6, 7, 8/2026), chưa ghi lý do: chi bộ xem xét, đề nghị cấp ủy có thẩm quyền xóa tên nếu không có lý do chính đáng.`,
  );

  // ---- undo: "đã thu đủ" in one step, then Hoàn tác puts every row back
  const totals = page.getByTestId('dues-totals');
  await page.getByRole('button', { name: `Đã thu đủ (${count} đồng chí chưa nộp)` }).click();
  await expect(totals).toContainText(`Đã nộp đủ: ${count}/${count}`);
  await page.getByRole('button', { name: 'Hoàn tác (Ctrl+Z)' }).click();
  await expect(totals).toContainText(`Đã nộp đủ: 0/${count}`);
  await expect(page.getByLabel(`Số tiền nộp của ${names[1]}`)).toHaveValue('');
  // A typed cell is one step: Ctrl+Z clears the whole amount (and the date and channel it filled).
  await page.getByLabel(`Số tiền nộp của ${names[1]}`).click();
  await page.keyboard.type('87.700');
  await expect(page.getByLabel(`Hình thức nộp của ${names[1]}`)).toHaveValue('Cổng Dịch vụ công');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('t');
  await expect(page.getByLabel(`Hình thức nộp của ${names[1]}`)).toHaveValue('Tiền mặt');
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel(`Hình thức nộp của ${names[1]}`)).toHaveValue('Cổng Dịch vụ công');
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel(`Số tiền nộp của ${names[1]}`)).toHaveValue('');
  await expect(page.getByLabel(`Hình thức nộp của ${names[1]}`)).toHaveValue('');
  await expect(page.getByTestId('dues-save-status')).toHaveText('Đã lưu');
  // The undo was stored: a reload shows nothing paid.
  await page.reload();
  await expect(totals).toContainText(`Đã nộp đủ: 0/${count}`);

  // Everyone pays November: the arrears still count until they are paid.
  await page.getByRole('button', { name: `Đã thu đủ (${count} đồng chí chưa nộp)` }).click();
  await expect(totals).toContainText(`Đã nộp đủ: ${count}/${count}`);
  await expect(page.getByTestId('dues-save-status')).toHaveText('Đã lưu');
  await page.reload();
  await expect(totals).toContainText(`Đã nộp đủ: ${count}/${count}`);
  await expect(rows.first().getByTestId('dues-status')).toHaveText('Đã nộp đủ; còn nợ 3 tháng từ trước (tháng 6, 7, 8/2026)');
  await expect(page.getByTestId('dues-warnings')).toContainText(names[0]!);
  await screenshot(page, 'dues-grid-arrears');
  await context.close();
});
