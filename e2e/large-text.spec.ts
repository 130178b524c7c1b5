/**
 * Issue 19, items 2, 4 and 5 on the sample cell (23 members, 7 pledge categories + "Chung"):
 * the month grid at 1366×768 keeps TT and Họ và tên pinned and the per-member controls in view;
 * at "rất lớn" on 1280×720 the menu is a rail, the grid shows one group of columns at a time, the
 * meeting form stacks its fields, adopted minutes read as a document — and no page scrolls sideways.
 */
import { expect, test, type Locator, type Page } from './fixtures';
import { BASE_URL, completeSetup, downloadFrom, nav, openSampleCell, screenshot } from './helpers';
import { axeProblems, horizontalOverflow, setTextSize } from './screens';

/** The element at the centre of a locator's box is the locator itself or inside it: shown, not covered by a pinned column. */
async function uncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
  });
}

/** Whether an input shows its whole value (nothing cut at the right edge). */
async function valueFits(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
}

/** Contrast of an element's text on white (WCAG relative luminance). */
async function contrastOnWhite(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const [r, g, b] = getComputedStyle(el)
      .color.match(/\d+(\.\d+)?/gu)!
      .slice(0, 3)
      .map(Number)
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return 1.05 / (l + 0.05);
  });
}

/**
 * What the window shows, from the top of the page down, a window at a time (the full-page
 * screenshot of a long page is too small to read): test-results/screens/<name>-window-<i>.png.
 */
async function windowShots(page: Page, name: string, count: number) {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < count; i++) {
    await page.screenshot({ path: `test-results/screens/${name}-window-${i + 1}.png` });
    const more = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight - 160);
      return window.scrollY > before;
    });
    if (!more) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function openGrid(page: Page) {
  await page.goto(`${BASE_URL}/#/tu-danh-gia`);
  const grid = page.getByRole('grid', { name: /^Bảng tự đánh giá tháng 11\/2026/u });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('rowheader').first()).toBeVisible();
  return grid;
}

test('the month grid at 1366×768: TT and Họ và tên pinned, Biểu dương, Nhắc nhở, Không đánh giá always in view', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await completeSetup(page);
  await openSampleCell(page);
  const grid = await openGrid(page);
  const firstName = grid.getByRole('rowheader').first();
  const name = (await firstName.textContent())!;
  const praise = page.getByLabel(`Biểu dương ${name}`, { exact: true });
  const remind = page.getByLabel(`Nhắc nhở ${name}`, { exact: true });
  const reason = page.getByLabel(`Lý do không đánh giá của ${name}`, { exact: true });

  // Eight level columns do not fit beside the "Chưa báo cáo" panel: the grid scrolls sideways…
  const widths = await grid.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  // … and the grid's bottom edge (its scrollbar) is inside the window.
  expect(await grid.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(768);
  for (const control of [praise, remind, reason]) {
    await expect(control).toBeInViewport();
    expect(await uncovered(control)).toBe(true);
  }
  await screenshot(page, 'large-text-01-grid-1366');
  // Every reason of the "Không đánh giá" list is shown whole in the closed list (its text, in the
  // list's own font, fits the box less its arrow): the full wording is the option's tooltip.
  const cut = await grid.locator('select[aria-label^="Lý do không đánh giá"]').evaluateAll((selects: HTMLSelectElement[]) =>
    selects.flatMap((el) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 18;
      return [...el.options].map((o) => o.text).filter((text) => context.measureText(text).width > room);
    }),
  );
  expect(cut).toEqual([]);

  // Scrolled to the far right: TT and the name stay, ND 1 has gone under them, the controls stay.
  await grid.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect.poll(() => grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
  expect(await uncovered(firstName)).toBe(true);
  expect(await uncovered(grid.getByRole('gridcell').first())).toBe(true); // TT
  expect(await uncovered(page.locator('#cell-0-0'))).toBe(false);
  for (const control of [praise, remind, reason]) expect(await uncovered(control)).toBe(true);
  await screenshot(page, 'large-text-02-grid-1366-scrolled');

  // The controls work where they are (and by keyboard: Tab reaches them, Space ticks).
  await praise.focus();
  await page.keyboard.press('Space');
  await expect(praise).toBeChecked();
  await praise.focus();
  await page.keyboard.press('Space');
  await expect(praise).not.toBeChecked();

  // The keyboard grid still works after the scroll: the focused cell comes back into view.
  await grid.evaluate((el) => (el.scrollLeft = 0));
  await page.locator('#cell-0-0').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#cell-0-1')).toHaveAttribute('aria-selected', 'true');

  // "Chưa báo cáo" folds: the grid gets its width.
  const before = await grid.evaluate((el) => el.clientWidth);
  const toggle = page.getByRole('button', { name: /Chưa báo cáo \(\d+\)/u });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('not-reported')).toHaveCount(0);
  expect(await grid.evaluate((el) => el.clientWidth)).toBeGreaterThan(before + 80);
  await toggle.click();
  await expect(page.getByTestId('not-reported')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
});

test('"rất lớn" at 1280×720: a menu rail, one group of grid columns, stacked meeting form, adopted minutes as a document', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await completeSetup(page);
  await openSampleCell(page);
  await setTextSize(page, 'Rất lớn');

  // --- The menu: a narrow rail of short labels, each link keeping its whole name; it expands ---
  const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
  expect((await menu.boundingBox())!.width).toBeLessThan(160);
  await expect(menu.getByRole('link', { name: 'Tự đánh giá hằng tháng', exact: true })).toHaveText('Tự đánh giá');
  const expand = menu.getByRole('button', { name: 'Mở rộng »' });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await expand.click();
  await expect(menu.getByRole('button', { name: '« Thu gọn' })).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('link', { name: 'Tự đánh giá hằng tháng', exact: true })).toHaveText('Tự đánh giá hằng tháng');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
  await nav(page, 'Tự đánh giá hằng tháng');
  // Choosing a page folds the menu back to the rail.
  await expect(menu.getByRole('button', { name: 'Mở rộng »' })).toBeVisible();

  // --- The grid: one group of level columns at a time, the controls in view, no sideways scroll ---
  const grid = await openGrid(page);
  const groups = page.getByRole('radiogroup', { name: 'Cột đang xem:' });
  await expect(groups).toBeVisible();
  expect(await groups.getByRole('radio').count()).toBeGreaterThan(1);
  expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
  // The page scrolls (not the grid's box): the grid's top under the app's header shows its first rows.
  await grid.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const name = (await grid.getByRole('rowheader').first().textContent())!;
  await expect(grid.getByRole('rowheader').first()).toBeInViewport();
  await expect(page.getByLabel(`Biểu dương ${name}`, { exact: true })).toBeInViewport();
  await expect(page.getByLabel(`Lý do không đánh giá của ${name}`, { exact: true })).toBeInViewport();
  await expect(page.locator('#cell-0-0')).toBeVisible();
  const lastColumn = (await page.getByRole('columnheader').count()) - 5; // level columns shown in the first group
  await expect(page.locator('#cell-0-7')).toHaveCount(0); // "Chung" is in a later group
  await page.screenshot({ path: 'test-results/screens/large-text-03b-grid-xlarge-window.png' });
  // Further down the page the column headers stay under the app's header.
  await page.mouse.wheel(0, 500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  expect(await uncovered(page.getByRole('columnheader', { name: 'Họ và tên' }))).toBe(true);
  expect(await uncovered(page.getByRole('columnheader', { name: 'Biểu dương' }))).toBe(true);
  await page.screenshot({ path: 'test-results/screens/large-text-03c-grid-xlarge-scrolled-window.png' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'large-text-03-grid-xlarge');
  // The arrow keys walk into the next group; the switcher follows.
  await page.locator('#cell-0-0').click();
  for (let i = 0; i < lastColumn; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator(`#cell-0-${lastColumn}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#cell-0-0')).toHaveCount(0);
  await expect(groups.getByRole('radio').nth(1)).toBeChecked();
  // The switcher shows the last group ("…, Chung").
  await groups.locator('label').last().click();
  await expect(page.locator('#cell-0-7')).toBeVisible();
  expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'large-text-04-grid-xlarge-last-group');
  await windowShots(page, 'large-text-04-grid-xlarge-last-group', 2);
  // "Chưa báo cáo" sits above the grid, folded.
  const notReported = page.getByRole('button', { name: /Chưa báo cáo \(\d+\)/u });
  await expect(notReported).toHaveAttribute('aria-expanded', 'false');
  await notReported.click();
  await expect(page.getByTestId('not-reported')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);

  // --- The meeting form: fields one under the other, every value whole ---
  await page.goto(`${BASE_URL}/#/sinh-hoat`);
  await expect(page.getByRole('heading', { level: 2, name: /^Sinh hoạt chi bộ/u })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm buổi sinh hoạt' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '1. Thông tin chung' })).toBeVisible();
  await page.getByLabel('Giờ kết thúc', { exact: true }).fill('16:30');
  await page.getByLabel('Giờ kết thúc', { exact: true }).blur();
  const general = ['Loại buổi sinh hoạt', 'Ngày sinh hoạt', 'Giờ bắt đầu', 'Giờ kết thúc', 'Chủ trì', 'Chức vụ của chủ trì', 'Thư ký'];
  const boxes = [];
  for (const label of general) {
    const field = page.getByLabel(label, { exact: true });
    expect(await valueFits(field), `${label} shows its whole value`).toBe(true);
    boxes.push((await field.boundingBox())!);
  }
  // Stacked: each field starts below the one before.
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
  expect(boxes[1]!.width).toBeGreaterThan(400);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
  await screenshot(page, 'large-text-05-meeting-form-xlarge');
  await windowShots(page, 'large-text-05-meeting-form-xlarge', 12);

  // --- Adopted minutes: a document in normal text, actions still there ---
  await page.goto(`${BASE_URL}/#/sinh-hoat`);
  await page
    .getByRole('table', { name: 'Danh sách buổi sinh hoạt' })
    .getByRole('row')
    .filter({ hasText: 'Đã thông qua' })
    .first()
    .getByRole('link')
    .click();
  const view = page.getByTestId('minutes-view');
  await expect(view).toBeVisible();
  await expect(view.getByRole('heading', { level: 3, name: 'I. THÀNH PHẦN' })).toBeVisible();
  await expect(view.getByRole('heading', { level: 3, name: 'II. NỘI DUNG' })).toBeVisible();
  await expect(view.getByRole('table', { name: 'Điểm danh' })).toBeVisible();
  await expect(view.getByRole('table', { name: 'Phương hướng, nhiệm vụ tháng tới' })).toBeVisible();
  await expect(view.getByText(/^Hôm nay, vào hồi/u)).toBeVisible();
  // No form controls, and the text is dark (the disabled inputs were ≈ 1.7:1).
  await expect(view.locator('input, textarea, select')).toHaveCount(0);
  expect(await contrastOnWhite(view.getByText(/^Hôm nay, vào hồi/u))).toBeGreaterThan(7);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
  await screenshot(page, 'large-text-06-minutes-view-xlarge');
  await windowShots(page, 'large-text-06-minutes-view-xlarge', 14);
  for (const action of ['Xuất PDF', 'Xuất Word (.docx)', 'In biên bản', 'Ghi đính chính'])
    await expect(page.getByRole('button', { name: action, exact: true })).toBeEnabled();
  const pdf = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất PDF', exact: true }).click());
  expect(pdf.suggestedFilename()).toMatch(/^bien-ban-\d{4}-\d{2}-so-\d{2}\.pdf$/u);
  await expect(page.getByLabel('Mục cần đính chính', { exact: true })).toBeVisible();

  // --- The pledge editor (issue 19's other helper changes it; here only looked at) ---
  await page.goto(`${BASE_URL}/#/so-dang-ky`);
  await page
    .getByRole('button', { name: /^Mở bản đăng ký của /u })
    .first()
    .click();
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
  // A confirmed form reads in normal text: its title choice is read-only, not a faint disabled field.
  await expect(page.getByRole('combobox', { name: 'Tên bản đăng ký (tiêu đề in)' })).toBeEnabled();
  expect(await axeProblems(page, 'bản đăng ký đã xác nhận')).toEqual([]);
  await screenshot(page, 'large-text-07-pledge-editor-xlarge');
  await windowShots(page, 'large-text-07-pledge-editor-xlarge', 4);
});

/**
 * Every text field of the page's main part (inputs of type text and number, Mantine's Select and
 * NumberInput included): its label, width, whether it shows its whole value, and its top.
 */
async function textFields(page: Page) {
  return page.locator('main').evaluate((main) =>
    Array.from(main.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"], input[type="number"]'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.id;
        return {
          label: label.trim(),
          value: el.value,
          width: r.width,
          top: r.top + window.scrollY,
          fits: el.scrollWidth <= el.clientWidth + 1,
        };
      }),
  );
}

test('"rất lớn" at 1280×720: the members form and the settings forms put one field to a row, no value cut, no sideways scroll', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await completeSetup(page);
  await openSampleCell(page);
  await setTextSize(page, 'Rất lớn');

  // --- A member's form, with a status period ---
  await page.goto(`${BASE_URL}/#/dang-vien`);
  await page.getByTestId('roster-row').first().click();
  await expect(page.getByLabel('Họ và tên')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm giai đoạn' }).click();
  await page.getByLabel('Từ ngày').fill('30/11/2026');
  await page.getByLabel('Lý do').fill('Đi học tập trung dài hạn');
  const member = await textFields(page);
  expect(member.length).toBeGreaterThanOrEqual(12);
  for (const f of member) {
    expect(f.width, `${f.label} (${f.value}) is wide enough`).toBeGreaterThanOrEqual(240);
    expect(f.fits, `${f.label} shows its whole value "${f.value}"`).toBe(true);
  }
  // One field to a row: Giới tính, Ngày sinh, Số thẻ… one under the other.
  const order = ['Giới tính', 'Ngày sinh', 'Số thẻ đảng viên', 'Ngày vào Đảng', 'Ngày chính thức', 'Chức vụ Đảng', 'Chức vụ chính quyền'];
  const tops = order.map((label) => member.find((f) => f.label.startsWith(label))!.top);
  for (let i = 1; i < tops.length; i++) expect(tops[i]!, `${order[i]} is under ${order[i - 1]}`).toBeGreaterThan(tops[i - 1]! + 30);
  expect(member.find((f) => f.label.startsWith('Ngày sinh'))!.width).toBeGreaterThan(600);
  // The period's fields too: Loại, Từ ngày, Đến ngày, Lý do.
  const period = ['Loại', 'Từ ngày', 'Đến ngày', 'Lý do'].map((label) => member.find((f) => f.label.startsWith(label))!);
  for (let i = 1; i < period.length; i++) expect(period[i]!.top).toBeGreaterThan(period[i - 1]!.top + 30);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
  await screenshot(page, 'large-text-08-member-form-xlarge');
  await windowShots(page, 'large-text-08-member-form-xlarge', 5);
  await page.getByRole('button', { name: 'Xóa giai đoạn 1' }).click();

  // --- Cài đặt: ngưỡng, đảng phí, thời hạn, thể thức ---
  await page.goto(`${BASE_URL}/#/cai-dat`);
  await expect(page.getByTestId('document-style-form')).toBeVisible();
  const settings = await textFields(page);
  expect(settings.length).toBeGreaterThanOrEqual(30);
  for (const f of settings) {
    expect(f.width, `${f.label} (${f.value}) is wide enough`).toBeGreaterThanOrEqual(240);
    expect(f.fits, `${f.label} shows its whole value "${f.value}"`).toBe(true);
  }
  const below = (a: string, b: string) => {
    const [fa, fb] = [settings.find((f) => f.label.startsWith(a))!, settings.find((f) => f.label.startsWith(b))!];
    expect(fb.top, `${b} is under ${a}`).toBeGreaterThan(fa.top + 30);
  };
  below('Cảnh báo khi số có mặt dưới', 'Cảnh báo khi tỷ lệ dự không quá');
  below('Làm tròn đến', 'Cách làm tròn');
  below('Lề trên', 'Lề dưới');
  below('Thụt đầu dòng', 'Cách đoạn sau');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
  await screenshot(page, 'large-text-09-settings-xlarge');
  await windowShots(page, 'large-text-09-settings-xlarge', 14);

  // --- Đơn vị: the unit's profile form ---
  await page.goto(`${BASE_URL}/#/don-vi`);
  await page.getByRole('button', { name: 'Ghi thay đổi thông tin đơn vị' }).click();
  await expect(page.getByRole('button', { name: 'Lưu phiên bản mới' })).toBeVisible();
  const unit = await textFields(page);
  expect(unit.length).toBeGreaterThanOrEqual(10);
  for (const f of unit) {
    expect(f.width, `${f.label} (${f.value}) is wide enough`).toBeGreaterThanOrEqual(240);
    expect(f.fits, `${f.label} shows its whole value "${f.value}"`).toBe(true);
  }
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
  await screenshot(page, 'large-text-10-unit-form-xlarge');
});

/** The lowest point of the window not covered by the sample cell's banner (fixed at the bottom). */
async function visibleBottom(page: Page): Promise<number> {
  const banner = await page.getByTestId('sample-banner').boundingBox();
  return Math.min(page.viewportSize()!.height, banner?.y ?? Infinity);
}

for (const { label, width, height, rows } of [
  { label: 'Rất lớn', width: 1280, height: 720, rows: 3 },
  { label: 'Lớn', width: 1280, height: 720, rows: 4 },
  { label: 'Thường', width: 1366, height: 768, rows: 6 },
] as const) {
  test(`the month grid at "${label}" on ${width}×${height}: its first ${rows} rows, with TT, Họ và tên and the member's controls, on the first screen`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await completeSetup(page);
    await openSampleCell(page);
    if (label !== 'Thường') await setTextSize(page, label);
    const grid = await openGrid(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const bottom = await visibleBottom(page);
    for (let r = 0; r < rows; r++) {
      const row = grid.getByRole('row').nth(r + 1);
      const box = (await row.boundingBox())!;
      expect(box.y, `row ${r + 1} starts in the window`).toBeGreaterThan(0);
      expect(box.y + box.height, `row ${r + 1} ends above the fold (${bottom} px)`).toBeLessThanOrEqual(bottom);
      const name = (await row.getByRole('rowheader').textContent())!;
      for (const cell of [
        row.getByRole('gridcell').first(), // TT
        row.getByRole('rowheader'),
        page.getByLabel(`Biểu dương ${name}`, { exact: true }),
        page.getByLabel(`Nhắc nhở ${name}`, { exact: true }),
        page.getByLabel(`Lý do không đánh giá của ${name}`, { exact: true }),
      ]) {
        await expect(cell).toBeInViewport();
        expect(await uncovered(cell)).toBe(true);
      }
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `test-results/screens/large-text-11-grid-first-screen-${width}-${label.replace(' ', '-')}.png` });
    if (label === 'Thường') {
      // Normal text keeps the scale beside the month and the legend under the grid.
      await expect(page.getByText(/^Thang đánh giá:/u)).toBeVisible();
      await expect(page.getByText('Nội dung đăng ký (cột)')).toBeVisible();
      return;
    }
    // The scale, the keys and the columns' legend are under "Chú giải", folded at first.
    const toggle = page.getByRole('button', { name: /Chú giải/u });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByText('Nội dung đăng ký (cột)')).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#grid-legend').getByText(/^Thang đánh giá:/u)).toBeVisible();
    await expect(page.locator('#grid-legend').getByText(/mỗi phím chọn đúng một mức/u)).toBeVisible();
    await expect(page.locator('#grid-legend').getByText('Nội dung đăng ký (cột)')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `test-results/screens/large-text-12-grid-legend-${label.replace(' ', '-')}.png` });
    await toggle.click();
    await expect(page.locator('#grid-legend')).toHaveCount(0);
  });
}
