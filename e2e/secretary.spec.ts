/**
 * A newcomer's first hour: first run, the roster, a pledge, the month's self-assessments, the
 * meeting and its minutes PDF, the report for the superior — guided by "Tháng này" — then the
 * same screens at "rất lớn" text, the user guide, the help drawer and the sample cell.
 * Screenshots for the user guide (1280×800, viewport only) go to test-results/guide/, or to
 * docs/images/ with UPDATE_GUIDE_IMAGES=1.
 */
import { expect, test, vietnamDate, type Page } from './fixtures';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_URL, completeSetup, nav, screenshot, downloadFrom, newClockedContext } from './helpers';
import { englishWordsIn, horizontalOverflow, screenWords, setTextSize } from './screens';

const pad = (n: number) => String(n).padStart(2, '0');
const { year: YEAR, month: MONTH, day: DAY } = vietnamDate();
const TODAY_VN = `${pad(DAY)}/${pad(MONTH)}/${YEAR}`;
const MEMBERS = ['Nguyễn Văn Đức', 'Trần Thị Ngọc Yến', 'Lê Văn Cường'];

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * A picture for the user guide: what the window shows, kept small. Written to test-results/guide/
 * on every run; with UPDATE_GUIDE_IMAGES=1 it replaces the committed one in docs/images/.
 */
async function guideImage(page: Page, name: string): Promise<void> {
  const folder = process.env.UPDATE_GUIDE_IMAGES === '1' ? join('docs', 'images') : join('test-results', 'guide');
  mkdirSync(folder, { recursive: true });
  await page.waitForTimeout(250); // let transitions finish (not an assertion)
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: false });
}

const step = (page: Page, key: string) => page.locator(`[data-step="${key}"]`);

async function noEnglish(page: Page): Promise<void> {
  expect(englishWordsIn(await screenWords(page))).toEqual([]);
}

test("a newcomer's first hour: first run through one month, guided by Tháng này", async ({ page, browser }) => {
  test.setTimeout(480_000);
  const dir = mkdtempSync(join(tmpdir(), 'sng-secretary-'));

  // --- First run ---------------------------------------------------------------------------
  await page.goto(BASE_URL + '/');
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Nêu Gương', exact: true })).toBeVisible();
  await noEnglish(page);
  await guideImage(page, '01-chao-mung');
  await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', placeName: 'Ninh Thuận', secretaryName: 'Nguyễn Văn Đức' });

  // --- Tháng này on an empty cell: it says what to do first ---------------------------------
  await expect(page.getByRole('heading', { level: 2, name: /^Tháng này/u })).toBeVisible();
  await expect(step(page, 'self_assessment')).toContainText('Hãy nhập danh sách đảng viên trước');
  // Day one: the next step is to add the members, not the (overdue) meeting.
  await expect(page.getByRole('status').filter({ hasText: 'Việc nên làm tiếp theo' })).toContainText('Thêm đảng viên');
  await expect(step(page, 'members')).toBeVisible();
  await expect(step(page, 'report')).toBeVisible();
  await noEnglish(page);
  await screenshot(page, 'secretary-01-empty-month');

  // Help drawer for this screen.
  await page.getByRole('button', { name: 'Trợ giúp' }).click();
  const help = page.getByRole('dialog', { name: /Trợ giúp: Tháng này/u });
  await expect(help).toContainText('Việc nên làm tiếp theo');
  await page.keyboard.press('Escape');
  // Wait for the drawer to be gone: while it fades out it follows the route, and its title
  // "Trợ giúp: Đảng viên" would also match the next screen's heading.
  await expect(help).toBeHidden();

  // --- The roster, reached from the routine --------------------------------------------------
  await step(page, 'self_assessment').getByRole('link', { name: 'Mở danh sách đảng viên' }).click();
  await expect(page.getByRole('heading', { name: 'Đảng viên', level: 2, exact: true })).toBeVisible();
  for (const name of MEMBERS) {
    await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
    await page.getByLabel('Họ và tên').fill(name);
    await page.getByLabel('Ngày vào Đảng').fill('19/05/2008');
    await page.getByLabel('Ngày chính thức').fill('19/05/2009');
    await page.getByRole('button', { name: 'Lưu đảng viên' }).click();
  }
  await expect(page.getByTestId('roster-row')).toHaveCount(MEMBERS.length);
  await noEnglish(page);
  await guideImage(page, '03-dang-vien');

  // --- One pledge form, registered and confirmed -------------------------------------------
  await nav(page, 'Sổ đăng ký nêu gương');
  await expect(page.getByRole('heading', { name: 'Sổ đăng ký nêu gương', level: 2, exact: true })).toBeVisible();
  await guideImage(page, '04-so-dang-ky');
  await page.getByRole('button', { name: 'Lập bản đăng ký của Nguyễn Văn Đức' }).click();
  await page.getByRole('combobox', { name: 'Khung nội dung' }).click();
  await page.getByRole('option', { name: /^Quy định 101-QĐ\/TW/u }).click();
  await page.getByRole('button', { name: 'Lập bản đăng ký', exact: true }).click();
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 1' }).click();
  await page.getByLabel('Việc làm cụ thể 1').fill('Học tập, quán triệt đầy đủ nghị quyết của Đảng');
  await page.getByLabel('Biện pháp thực hiện').fill('Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
  await page.getByRole('button', { name: 'Nộp', exact: true }).click();
  const submit = page.getByRole('dialog', { name: 'Nộp bản đăng ký' });
  await submit.getByLabel('Ngày đăng ký').fill(`${YEAR}-01-15`);
  await submit.getByRole('button', { name: 'Nộp', exact: true }).click();
  await page.getByRole('button', { name: 'Chi bộ xác nhận' }).click();
  const confirm = page.getByRole('dialog', { name: 'Chi bộ xác nhận' });
  await confirm.getByLabel('Ngày xác nhận').fill(`${YEAR}-01-20`);
  await confirm.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toHaveText('Chi bộ đã xác nhận');
  await noEnglish(page);

  // --- This month's self-assessments ---------------------------------------------------------
  await nav(page, 'Tự đánh giá hằng tháng');
  const grid = page.getByRole('grid', { name: `Bảng tự đánh giá tháng ${MONTH}/${YEAR}` });
  await expect(grid).toBeVisible();
  const order = await grid.getByRole('rowheader').allTextContents();
  expect([...order].sort()).toEqual([...MEMBERS].sort());
  for (let r = 0; r < order.length; r++) {
    const cells = page.locator(`[id^="cell-${r}-"]`);
    const last = (await cells.count()) - 1;
    // Đức has a form: his first category; the others only have the overall ("Chung") column.
    await page.locator(`#cell-${r}-${order[r] === 'Nguyễn Văn Đức' ? 0 : last}`).click();
    await page.keyboard.press('t');
  }
  await expect(page.getByText(`Tất cả đảng viên đã tự đánh giá tháng ${MONTH}/${YEAR}.`)).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await noEnglish(page);
  await guideImage(page, '05-tu-danh-gia');

  // --- The meeting, its minutes and the PDF --------------------------------------------------
  await page.goto(BASE_URL + '/#/');
  await expect(step(page, 'self_assessment')).toHaveAttribute('data-state', 'done');
  await step(page, 'meeting').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Sinh hoạt chi bộ/u })).toBeVisible();
  await page.getByLabel('Ngày sinh hoạt', { exact: true }).fill(TODAY_VN);
  await page.getByRole('button', { name: 'Thêm buổi sinh hoạt' }).click();
  await expect(page.getByRole('heading', { name: `Sinh hoạt chi bộ thường kỳ tháng ${MONTH} năm ${YEAR}` })).toBeVisible();
  await page.getByLabel('Địa điểm', { exact: true }).fill('Hội trường tầng 3, Sở Tư pháp');
  await page.getByLabel('Chủ trì', { exact: true }).selectOption({ label: 'Nguyễn Văn Đức' });
  await page.getByLabel('Thư ký', { exact: true }).selectOption({ label: 'Trần Thị Ngọc Yến' });
  await page
    .getByLabel('Thông tin thời sự, quán triệt văn bản cấp trên', { exact: true })
    .fill('Quán triệt Chỉ thị 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ.');
  await page.getByRole('button', { name: 'Lấy từ bảng tự đánh giá tháng' }).click();
  await expect(page.getByLabel('Đảng viên báo cáo việc thực hiện nêu gương', { exact: true })).toHaveValue(/3\/3 đảng viên/u);
  await page.getByLabel('Kết luận của chủ trì', { exact: true }).fill('Chi bộ thống nhất phương hướng nhiệm vụ tháng tới.');
  await expect(page.getByTestId('meeting-save-status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: 'Thông qua biên bản' }).click();
  await page.getByRole('button', { name: 'Xác nhận thông qua biên bản' }).click();
  await expect(page.getByText('Số 01-BB/CB', { exact: true }).first()).toBeVisible();
  const pdf = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất PDF' }).click());
  expect(pdf.suggestedFilename()).toBe(`bien-ban-${YEAR}-${pad(MONTH)}-so-01.pdf`);
  await noEnglish(page);
  await guideImage(page, '06-sinh-hoat');

  // --- The report for the superior -----------------------------------------------------------
  await page.goto(BASE_URL + '/#/');
  await expect(step(page, 'minutes')).toHaveAttribute('data-state', 'done');
  await expect(step(page, 'report')).not.toHaveAttribute('data-state', 'done');
  await step(page, 'report').getByRole('link', { name: 'Mở Trao đổi dữ liệu' }).click();
  // A cell's exchange page opens on "Xuất tệp" (cells export more than they import).
  await expect(page.getByRole('tab', { name: 'Xuất tệp' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Xem trước nội dung gửi' }).click();
  await expect(page.getByTestId('export-preview')).toContainText(`tháng ${MONTH}/${YEAR}`);
  await guideImage(page, '07-trao-doi');
  const report = await downloadFrom(page, () => page.getByRole('button', { name: 'Lưu tệp…' }).click());
  const reportFile = join(dir, report.suggestedFilename());
  await report.saveAs(reportFile);
  await noEnglish(page);
  await page.getByRole('tab', { name: 'Nhật ký trao đổi' }).click();
  await expect(page.getByText('Đã xuất tệp', { exact: false }).first()).toBeVisible();

  // --- Tháng này: the month is done --------------------------------------------------------
  await nav(page, 'Tháng này');
  for (const key of ['prepare', 'meeting', 'minutes', 'self_assessment', 'report'])
    await expect(step(page, key)).toHaveAttribute('data-state', 'done');
  await noEnglish(page);
  await screenshot(page, 'secretary-02-month-done');
  await guideImage(page, '02-thang-nay');

  // --- Year end and backup screens (for the guide) --------------------------------------------
  await nav(page, 'Kiểm điểm cuối năm');
  await expect(page.getByRole('heading', { level: 2, name: /^Kiểm điểm/u })).toBeVisible();
  await guideImage(page, '08-kiem-diem');
  await nav(page, 'Sao lưu');
  await expect(page.getByRole('heading', { level: 2, name: 'Sao lưu' })).toBeVisible();
  await guideImage(page, '10-sao-luu');

  // --- "Rất lớn": the same screens, no horizontal overflow ------------------------------------
  await setTextSize(page, 'Rất lớn');
  for (const [path, slug] of [
    ['/', 'thang-nay'],
    ['/dang-vien', 'dang-vien'],
    ['/so-dang-ky', 'so-dang-ky'],
    ['/tu-danh-gia', 'tu-danh-gia'],
    ['/sinh-hoat', 'sinh-hoat'],
    ['/trao-doi', 'trao-doi'],
    ['/cai-dat', 'cai-dat'],
  ] as const) {
    await page.goto(`${BASE_URL}/#${path}`);
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
    expect(await horizontalOverflow(page), `${path} overflows at "rất lớn"`).toBeLessThanOrEqual(1);
    await screenshot(page, `secretary-xlarge-${slug}`);
  }
  await page.goto(`${BASE_URL}/#/`);
  await expect(step(page, 'report')).toHaveAttribute('data-state', 'done');
  await guideImage(page, '11-chu-rat-lon');
  await setTextSize(page, 'Thường');

  // --- The user guide inside the app --------------------------------------------------------
  await nav(page, 'Hướng dẫn sử dụng');
  await expect(page.getByRole('heading', { level: 2, name: 'Hướng dẫn sử dụng' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Lần đầu mở ứng dụng' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Trang Tháng này: các việc của tháng và trạng thái của từng việc' })).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu và phục hồi' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Sao lưu và phục hồi' })).toBeInViewport();
  await noEnglish(page);
  await screenshot(page, 'secretary-03-guide');

  // --- The superior imports the report ------------------------------------------------------
  const aggContext = await newClockedContext(browser, { viewport: { width: 1280, height: 800 } });
  const agg = await aggContext.newPage();
  await completeSetup(agg, {
    mode: 'aggregator',
    unitName: 'Đảng bộ các cơ quan Đảng tỉnh',
    unitCode: 'DB-CQD',
    superiorName: 'Tỉnh ủy Ninh Thuận',
  });
  await nav(agg, 'Trao đổi dữ liệu');
  const chooser = agg.waitForEvent('filechooser');
  await agg.getByRole('button', { name: 'Chọn tệp để nhập…' }).click();
  await (await chooser).setFiles([reportFile]);
  await agg.getByRole('button', { name: 'Thêm đơn vị này vào danh sách trực thuộc' }).click();
  await expect(agg.getByText('Sẵn sàng nhập')).toHaveCount(1);
  await agg.getByRole('button', { name: 'Nhập 1 tệp' }).click();
  await expect(agg.getByTestId('import-results').getByText('Đã nhập', { exact: true })).toHaveCount(1);
  await nav(agg, 'Tổng hợp các chi bộ');
  await expect(agg.getByText('Đã báo cáo: 1/1')).toBeVisible();
  await noEnglish(agg);
  await guideImage(agg, '09-tong-hop');
  await nav(agg, 'Tháng này');
  // The dashboard also names the cell (a button and a chart label): wait for Tháng này's own list.
  const received = agg.getByRole('heading', { name: /^Báo cáo .* đã nhận \(1\)$/ });
  await expect(received).toBeVisible();
  await expect(agg.getByRole('listitem').filter({ hasText: 'Chi bộ Sở Tư pháp' })).toHaveCount(1);
  await aggContext.close();
});

test('the sample cell: clearly marked, removable in one step, the real data untouched', async ({ page }) => {
  test.setTimeout(240_000);
  await completeSetup(page, { unitName: 'Chi bộ Thật', unitCode: 'CB-THAT' });
  // A real member, written through the app.
  await nav(page, 'Đảng viên');
  await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
  await page.getByLabel('Họ và tên').fill('Phạm Thị Thật');
  await page.getByRole('button', { name: 'Lưu đảng viên' }).click();
  await expect(page.getByTestId('roster-row')).toHaveCount(1);

  /** Every store of the real database, read with the raw IndexedDB API. */
  const dumpReal = () =>
    page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('so-neu-guong');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const out: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        // meta records when the database was last opened by the app: not data.
        if (name === 'meta') continue;
        out[name] = await new Promise<unknown[]>((resolve) => {
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => resolve(r.result as unknown[]);
        });
      }
      db.close();
      return JSON.stringify(out);
    });
  const before = await dumpReal();

  await nav(page, 'Cài đặt');
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByRole('button', { name: 'Tạo dữ liệu mẫu' }).click()]);
  const banner = page.getByTestId('sample-banner');
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner).toContainText('Đang dùng dữ liệu mẫu — không phải dữ liệu thật');
  await expect(page.getByRole('heading', { level: 2, name: /^Tháng này/u })).toBeVisible();
  // The banner is on every screen.
  for (const name of ['Đảng viên', 'Sinh hoạt chi bộ', 'Cài đặt']) {
    await nav(page, name);
    await expect(banner).toBeVisible();
  }
  await nav(page, 'Đảng viên');
  await expect(page.getByTestId('roster-row').first()).toBeVisible();
  expect(await page.getByTestId('roster-row').count()).toBeGreaterThan(10);
  await expect(page.getByText('Phạm Thị Thật')).toHaveCount(0);
  await nav(page, 'Tháng này');
  await guideImage(page, '12-du-lieu-mau');
  await screenshot(page, 'secretary-04-sample');
  expect(await dumpReal()).toBe(before);

  // Back to the real data from the banner, then into the sample again and delete it.
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Về dữ liệu thật' }).click()]);
  await expect(page.getByRole('heading', { level: 2, name: /^Tháng này/u })).toBeVisible();
  await expect(page.getByTestId('sample-banner')).toHaveCount(0);
  await nav(page, 'Đảng viên');
  await expect(page.getByTestId('roster-row')).toHaveCount(1);
  await nav(page, 'Cài đặt');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Mở dữ liệu mẫu' }).click()]);
  await expect(banner).toBeVisible();
  await nav(page, 'Cài đặt');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Xóa dữ liệu mẫu và về dữ liệu thật' }).click()]);
  await expect(page.getByRole('heading', { level: 2, name: /^Tháng này/u })).toBeVisible();
  await expect(page.getByTestId('sample-banner')).toHaveCount(0);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('so-neu-guong-mau');
  expect(await dumpReal()).toBe(before);
  await nav(page, 'Cài đặt');
  await expect(page.getByRole('button', { name: 'Tạo dữ liệu mẫu' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mở dữ liệu mẫu' })).toHaveCount(0);
});
