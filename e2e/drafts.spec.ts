/**
 * One draft mechanism (issue 14): leaving the pledge editor with an edit that cannot be stored asks
 * "Có thay đổi chưa lưu — Lưu / Bỏ / Ở lại"; a valid edit is stored on the way out; a new member
 * typed but not saved asks too, and "Lưu" creates it; the grid and the meeting keep an edit made
 * 100 ms before a reload.
 */
import { expect, test, type Page } from './fixtures';
import { BASE_URL, completeSetup, nav, screenshot, e2eMember, seedRecords } from './helpers';

/** Three members straight into IndexedDB (this spec is about drafts, not the roster screens). */
const seed = (page: Page) =>
  seedRecords(page, { members: ['Nguyễn Văn Đức', 'Trần Thị Ngọc Yến', 'Lê Văn Cường'].map((name, i) => e2eMember(name, i)) });

const prompt = (page: Page) => page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });

test('the pledge editor: an unsaveable edit asks before leaving (Ở lại / Lưu / Bỏ); a valid one is stored on the way out', async ({
  page,
}) => {
  await completeSetup(page);
  await seed(page);
  const editor = BASE_URL + '/#/so-dang-ky/dang-vien/e2e-m0?nam=2026';
  await page.goto(editor);
  await page.getByRole('button', { name: 'Lập bản đăng ký', exact: true }).click();
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toHaveText('Bản nháp');
  const basis = page.getByLabel('Căn cứ');
  const measures = page.getByLabel('Biện pháp thực hiện');
  const status = page.getByTestId('save-status');

  // An empty action cannot be stored: the draft is unsaveable.
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 1' }).click();
  await basis.fill('Căn cứ Quy định 101 và kế hoạch của chi bộ');
  await expect(status).toHaveText('Chưa lưu — còn lỗi cần sửa');

  // Another menu item → the question. "Ở lại" keeps the text.
  await nav(page, 'Đảng viên');
  await expect(prompt(page)).toBeVisible();
  await expect(prompt(page)).toContainText('Bản đăng ký năm 2026 của Nguyễn Văn Đức');
  await screenshot(page, 'drafts-01-prompt');
  await prompt(page).getByRole('button', { name: 'Ở lại' }).click();
  await expect(prompt(page)).toBeHidden();
  await expect(page).toHaveURL(/dang-vien\/e2e-m0/u);
  await expect(basis).toHaveValue('Căn cứ Quy định 101 và kế hoạch của chi bộ');

  // "Lưu" cannot store it: the secretary stays, and the form says what to correct.
  await nav(page, 'Đảng viên');
  await prompt(page).getByRole('button', { name: 'Lưu' }).click();
  await expect(prompt(page)).toBeHidden();
  await expect(page).toHaveURL(/dang-vien\/e2e-m0/u);
  await expect(page.getByLabel('Cần sửa trước khi lưu')).toContainText('Việc làm 1 chưa có nội dung');
  await expect(basis).toHaveValue('Căn cứ Quy định 101 và kế hoạch của chi bộ');

  // Corrected, then straight to another menu item: stored on the way out, no question.
  await page.getByLabel('Việc làm cụ thể 1').fill('Học tập, quán triệt nghị quyết; viết thu hoạch');
  await nav(page, 'Đảng viên');
  await expect(page.getByRole('heading', { name: 'Đảng viên', level: 2, exact: true })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
  await page.goto(editor);
  await expect(basis).toHaveValue('Căn cứ Quy định 101 và kế hoạch của chi bộ');
  await expect(page.getByLabel('Việc làm cụ thể 1')).toHaveValue('Học tập, quán triệt nghị quyết; viết thu hoạch');
  await expect(status).toHaveText('Đã lưu');

  // Unsaveable again, then "Bỏ": the secretary leaves and the change is gone.
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 2' }).click();
  await measures.fill('Biện pháp sẽ bỏ đi');
  await nav(page, 'Đảng viên');
  await prompt(page).getByRole('button', { name: 'Bỏ' }).click();
  await expect(page.getByRole('heading', { name: 'Đảng viên', level: 2, exact: true })).toBeVisible();
  await page.goto(editor);
  await expect(page.getByLabel('Việc làm cụ thể 1')).toHaveValue('Học tập, quán triệt nghị quyết; viết thu hoạch');
  await expect(measures).toHaveValue('');
  await expect(page.getByLabel('Mục 2: Về đạo đức, lối sống, tác phong').getByLabel('Việc làm cụ thể 1')).toHaveCount(0);

  // A valid edit, then another menu item at once: stored (come back and see it).
  await measures.fill('Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.');
  await nav(page, 'Sinh hoạt chi bộ');
  await expect(page.getByRole('heading', { name: 'Sinh hoạt chi bộ và biên bản', level: 2, exact: true })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
  await page.goBack();
  await expect(measures).toHaveValue('Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.');
});

test('a new member typed but not saved: leaving asks, "Lưu" creates the member and goes on', async ({ page }) => {
  await completeSetup(page);
  await nav(page, 'Đảng viên');
  await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
  await page.getByLabel('Họ và tên').fill('Phạm Thị Hặng');
  await nav(page, 'Sổ đăng ký nêu gương');
  await expect(prompt(page)).toContainText('Đảng viên mới');
  await prompt(page).getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Sổ đăng ký nêu gương', level: 2, exact: true })).toBeVisible();
  await nav(page, 'Đảng viên');
  await expect(page.getByTestId('roster-row')).toHaveCount(1);
  await expect(page.getByTestId('roster-row')).toContainText('Phạm Thị Hặng');
});

test('the month grid keeps an edit made 100 ms before a reload', async ({ page }) => {
  await completeSetup(page);
  await seed(page);
  await page.goto(BASE_URL + '/#/tu-danh-gia');
  const grid = page.getByRole('grid', { name: /Bảng tự đánh giá tháng 11\/2026/u });
  await expect(grid).toBeVisible();
  await page.locator('#cell-0-0').click();
  await page.keyboard.press('t');
  await expect(page.locator('#cell-0-0')).toHaveText('Tốt');
  await page.waitForTimeout(100);
  await page.reload();
  await expect(grid).toBeVisible();
  await expect(page.locator('#cell-0-0')).toHaveText('Tốt');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
});

test('the meeting keeps an edit made 100 ms before a reload', async ({ page }) => {
  await completeSetup(page);
  await seed(page);
  await page.goto(BASE_URL + '/#/sinh-hoat');
  await page.getByLabel('Ngày sinh hoạt', { exact: true }).fill('03/11/2026');
  await page.getByRole('button', { name: 'Thêm buổi sinh hoạt' }).click();
  await expect(page.getByRole('heading', { name: 'Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026', exact: true })).toBeVisible();
  const place = page.getByLabel('Địa điểm', { exact: true });
  await place.fill('Hội trường tầng 3, Sở Tư pháp');
  await page.waitForTimeout(100);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026', exact: true })).toBeVisible();
  await expect(place).toHaveValue('Hội trường tầng 3, Sở Tư pháp');
});

test('the cell’s pledge template: an edit made 100 ms before a reload is kept; an unsaveable one asks before leaving (Ở lại / Lưu / Bỏ)', async ({
  page,
}) => {
  await completeSetup(page);
  await seed(page);
  const editor = BASE_URL + '/#/so-dang-ky/mau?nam=2026';
  await page.goto(editor);
  await expect(page.getByRole('heading', { level: 2, name: 'Bản mẫu của chi bộ năm 2026' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Khung nội dung' }).click();
  await page.getByRole('option', { name: /^Quy định 101-QĐ\/TW/u }).click();
  const section = (n: number) => page.getByLabel(new RegExp(`^Mục ${n}: `, 'u'));
  const measures = page.getByLabel('Biện pháp thực hiện');
  const status = page.getByTestId('save-status');

  // A usable template, typed, then a reload 100 ms later: nothing is lost.
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 1' }).click();
  await section(1).getByLabel('Việc làm cụ thể 1').fill('Học tập, quán triệt nghị quyết của Đảng');
  await measures.fill('Báo cáo kết quả trong sinh hoạt chi bộ hằng tháng');
  await page.waitForTimeout(100);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Bản mẫu của chi bộ năm 2026' })).toBeVisible();
  await expect(section(1).getByLabel('Việc làm cụ thể 1')).toHaveValue('Học tập, quán triệt nghị quyết của Đảng');
  await expect(measures).toHaveValue('Báo cáo kết quả trong sinh hoạt chi bộ hằng tháng');
  await expect(page.getByText(/^Đã lưu ngày /u)).toBeVisible();

  // An empty action cannot be stored: leaving asks. "Ở lại" keeps the text.
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 2' }).click();
  await measures.fill('Biện pháp sẽ bỏ đi');
  await expect(status).toHaveText('Chưa lưu — còn lỗi cần sửa');
  await nav(page, 'Đảng viên');
  await expect(prompt(page)).toBeVisible();
  await expect(prompt(page)).toContainText('Bản mẫu của chi bộ năm 2026');
  await screenshot(page, 'drafts-02-template-prompt');
  await prompt(page).getByRole('button', { name: 'Ở lại' }).click();
  await expect(prompt(page)).toBeHidden();
  await expect(page).toHaveURL(/so-dang-ky\/mau/u);
  await expect(measures).toHaveValue('Biện pháp sẽ bỏ đi');

  // "Lưu" cannot store it: the secretary stays, and the page says what to correct.
  await nav(page, 'Đảng viên');
  await prompt(page).getByRole('button', { name: 'Lưu' }).click();
  await expect(prompt(page)).toBeHidden();
  await expect(page).toHaveURL(/so-dang-ky\/mau/u);
  await expect(page.getByRole('group', { name: 'Bản mẫu cần sửa' })).toContainText('Việc làm 1 chưa có nội dung');

  // "Bỏ": the secretary leaves and the unsaveable change is gone; the stored template is as it was.
  await nav(page, 'Đảng viên');
  await prompt(page).getByRole('button', { name: 'Bỏ' }).click();
  await expect(page.getByRole('heading', { name: 'Đảng viên', level: 2, exact: true })).toBeVisible();
  await page.goto(editor);
  await expect(measures).toHaveValue('Báo cáo kết quả trong sinh hoạt chi bộ hằng tháng');
  await expect(section(2).getByLabel(/^Việc làm cụ thể/u)).toHaveCount(0);

  // A valid edit, then another menu item at once: stored on the way out, no question.
  await section(1).getByLabel('Việc làm cụ thể 1').fill('Học tập nghị quyết, viết bài thu hoạch');
  await nav(page, 'Sinh hoạt chi bộ');
  await expect(page.getByRole('heading', { name: 'Sinh hoạt chi bộ và biên bản', level: 2, exact: true })).toBeVisible();
  await expect(prompt(page)).toHaveCount(0);
  await page.goBack();
  await expect(section(1).getByLabel('Việc làm cụ thể 1')).toHaveValue('Học tập nghị quyết, viết bài thu hoạch');
});
