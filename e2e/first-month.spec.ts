/**
 * A 12-member cell's first month at 1366×768 (issue 19), counted: set up, import the 12 members
 * from .xlsx, the first-year pledges through the cell's template ("Dùng bản này cho các đảng viên
 * chưa đăng ký", each member submits, "Xác nhận tất cả"), the month's self-assessment grid, the
 * meeting minutes finalised and exported, the report file exported. Every physical click
 * (pointerdown) and key press (keydown) on the page is counted by a page-level listener, and the
 * characters put into fields with fill() by the test itself; the counts are printed as a table.
 * Goal of the issue: ≤ 150 clicks for the month, ≤ 60 for the first-year pledges.
 * Clicks the page cannot see are added by hand (Counter.outside): the operating system's file
 * dialogs (choose the .xlsx; Electron's save dialog for each exported file) and the option picked
 * in a native list.
 */
import ExcelJS from 'exceljs';
import { expect, test, vietnamDate, type Locator, type Page } from './fixtures';
import { BASE_URL, downloadFrom, nav, screenshot } from './helpers';

const pad = (n: number) => String(n).padStart(2, '0');
const { year: YEAR, month: MONTH, day: DAY } = vietnamDate();
const TODAY_VN = `${pad(DAY)}/${pad(MONTH)}/${YEAR}`;

const MEMBERS: Array<[name: string, birth: string, position: string]> = [
  ['Nguyễn Văn Đức', '12/03/1972', 'Bí thư; Giám đốc Sở'],
  ['Trần Thị Ngọc Yến', '20/07/1980', 'Phó Bí thư; Phó Giám đốc'],
  ['Lê Văn Cường', '05/01/1985', 'Chi ủy viên; Chánh Văn phòng'],
  ['Phạm Thị Hoa', '14/02/1988', 'Trưởng phòng'],
  ['Hoàng Minh Quân', '30/09/1979', 'Phó Trưởng phòng'],
  ['Võ Thị Lan', '11/11/1990', 'Chuyên viên'],
  ['Đặng Văn Bình', '01/06/1983', 'Chuyên viên'],
  ['Bùi Thị Thu', '23/04/1992', 'Chuyên viên'],
  ['Đỗ Quang Huy', '17/08/1986', 'Thanh tra viên'],
  ['Ngô Thị Mai', '09/12/1991', 'Kế toán'],
  ['Dương Văn Toàn', '28/02/1977', 'Chuyên viên chính'],
  ['Lý Thị Ngân', '03/05/1994', 'Chuyên viên'],
];

async function rosterXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS đảng viên');
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ', 'Chức vụ']);
  MEMBERS.forEach(([name, birth, position], i) =>
    ws.addRow([i + 1, name, birth, name.includes(' Thị ') ? 'Nữ' : 'Nam', '19/05/2010', '19/05/2011', `79.${200 + i}`, position]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Phase =
  'Thiết lập' | 'Đảng viên (nhập .xlsx)' | 'Đăng ký nêu gương năm đầu' | 'Tự đánh giá tháng' | 'Sinh hoạt, biên bản' | 'Báo cáo cấp trên';
interface Counts {
  clicks: number;
  keys: number;
  filled: number;
}

/** Counts of the page's own events (every click and key press the user would make), per phase. */
class Counter {
  phase: Phase = 'Thiết lập';
  readonly byPhase = new Map<Phase, Counts>();
  private of(phase: Phase): Counts {
    let c = this.byPhase.get(phase);
    if (!c) this.byPhase.set(phase, (c = { clicks: 0, keys: 0, filled: 0 }));
    return c;
  }
  async attach(page: Page) {
    await page.exposeFunction('__countEvent', (kind: 'click' | 'key') => {
      if (kind === 'click') this.of(this.phase).clicks += 1;
      else this.of(this.phase).keys += 1;
    });
    await page.addInitScript(() => {
      const count = (window as unknown as { __countEvent: (k: string) => void }).__countEvent;
      window.addEventListener('pointerdown', (e) => e.isTrusted && void count('click'), true);
      window.addEventListener('keydown', (e) => e.isTrusted && void count('key'), true);
    });
  }
  /** Clicks the page cannot see (the operating system's dialogs, a native list's option): added by hand. */
  readonly notes: string[] = [];
  outside(clicks: number, what: string) {
    this.of(this.phase).clicks += clicks;
    this.notes.push(`${this.phase}: +${clicks} (${what})`);
  }
  /** Typed with fill(): no key events, so the characters are counted here. */
  async fill(locator: Locator, text: string) {
    await locator.fill(text);
    this.of(this.phase).filled += text.length;
  }
  total(): Counts {
    const t = { clicks: 0, keys: 0, filled: 0 };
    for (const c of this.byPhase.values()) {
      t.clicks += c.clicks;
      t.keys += c.keys;
      t.filled += c.filled;
    }
    return t;
  }
  print() {
    const rows: Array<Record<string, string | number>> = [...this.byPhase].map(([phase, c]) => ({
      Bước: phase,
      'Lần bấm chuột': c.clicks,
      'Phím bấm': c.keys,
      'Ký tự điền': c.filled,
    }));
    const t = this.total();
    rows.push({ Bước: 'Cả tháng', 'Lần bấm chuột': t.clicks, 'Phím bấm': t.keys, 'Ký tự điền': t.filled });
    console.log('\nTháng đầu của chi bộ 12 đảng viên, 1366×768:');
    console.table(rows);
    console.log('Thêm bằng tay (ngoài trang):\n  ' + this.notes.join('\n  '));
  }
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a 12-member cell: the first month counted (≤ 150 clicks, first-year pledges ≤ 60)', async ({ page }) => {
  test.setTimeout(600_000);
  const counter = new Counter();
  await counter.attach(page);

  // --- Set up: the first-run wizard, each field clicked then typed --------------------------------
  await page.goto(BASE_URL + '/');
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Nêu Gương', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  for (const [label, value] of [
    ['Tên chi bộ (tổ chức đảng)', 'Chi bộ Sở Tư pháp'],
    ['Tổ chức đảng cấp trên trực tiếp', 'Đảng bộ các cơ quan Đảng tỉnh'],
    ['Nơi nhận báo cáo (Kính gửi)', 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh'],
    ['Địa danh (ghi ở dòng ngày tháng)', 'Ninh Thuận'],
    ['Mã đơn vị', 'CB-STP'],
    ['Bí thư chi bộ', 'Nguyễn Văn Đức'],
  ] as const) {
    await page.getByLabel(label).click();
    await counter.fill(page.getByLabel(label), value);
  }
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();

  // --- The 12 members from the .xlsx --------------------------------------------------------
  counter.phase = 'Đảng viên (nhập .xlsx)';
  await nav(page, 'Đảng viên');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp…' }).click();
  counter.outside(2, 'hộp chọn tệp của hệ điều hành: chọn tệp, Mở');
  await (
    await chooser
  ).setFiles({
    name: 'danh-sach.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await rosterXlsx(),
  });
  await expect(page.getByTestId('import-preview').getByText('Thêm mới: 12')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 12 dòng hợp lệ' }).click();
  await page.getByRole('button', { name: 'Xem danh sách' }).click();
  await expect(page.getByTestId('roster-row')).toHaveCount(12);

  // --- First-year pledges through the cell's template ----------------------------------------
  counter.phase = 'Đăng ký nêu gương năm đầu';
  await nav(page, 'Sổ đăng ký nêu gương');
  await page.getByRole('link', { name: 'Soạn bản mẫu của chi bộ' }).click();
  await expect(page.getByRole('heading', { name: `Bản mẫu của chi bộ năm ${YEAR}` })).toBeVisible();
  await page.getByRole('combobox', { name: 'Khung nội dung' }).click();
  await page.getByRole('option', { name: /^Quy định 101-QĐ\/TW/u }).click();
  // After "+ Thêm việc làm" the cursor is in the new row: the text is typed with the keyboard.
  const items: Array<[section: number, action: string, deadline: string]> = [
    [1, 'Học tập, quán triệt đầy đủ nghị quyết, chỉ thị của Đảng', 'Hằng tháng'],
    [2, 'Chấp hành nghiêm nội quy cơ quan, giữ gìn đoàn kết nội bộ', '31/12/' + YEAR],
    [3, 'Hoàn thành đúng hạn 100% nhiệm vụ chuyên môn được giao', 'Quý IV'],
  ];
  for (const [section, action, deadline] of items) {
    await page.getByRole('button', { name: `Thêm việc làm vào mục ${section}` }).click();
    await page.keyboard.type(action);
    // Tab, Tab: "Chỉ tiêu, kết quả", then "Thời hạn" (a date or words).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(new RegExp(`^Mục ${section}: `, 'u')).getByLabel('Thời hạn')).toBeFocused();
    await page.keyboard.type(deadline);
  }
  await expect(page.getByLabel('Việc làm cụ thể 1')).toHaveCount(3);
  await page.getByLabel('Biện pháp thực hiện').click();
  await page.keyboard.type('Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.');
  await screenshot(page, 'first-month-01-template');
  await page.getByRole('button', { name: 'Dùng bản này cho các đảng viên chưa đăng ký' }).click();
  const apply = page.getByRole('dialog', { name: 'Dùng bản mẫu cho các đảng viên chưa đăng ký' });
  await expect(apply.getByRole('list', { name: 'Đảng viên sẽ nhận bản nháp' }).getByRole('listitem')).toHaveCount(12);
  await screenshot(page, 'first-month-02-template-recipients');
  await apply.getByRole('button', { name: 'Tạo 12 bản nháp' }).click();
  await expect(page.getByRole('heading', { name: 'Sổ đăng ký nêu gương', level: 2, exact: true })).toBeVisible();
  const regList = page.getByRole('table', { name: `Danh sách đăng ký năm ${YEAR}` });
  await expect(regList.getByText('Đang soạn')).toHaveCount(12);

  // Each member hands their form in; one adds an item of their own first.
  const order = (await regList.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((s) => s.trim());
  expect(order).toHaveLength(12);
  await page.getByRole('button', { name: `Mở bản đăng ký của ${order[0]}` }).click();
  for (let i = 0; i < order.length; i++) {
    await expect(page.getByRole('heading', { name: `Bản đăng ký năm ${YEAR}: ${order[i]}` })).toBeVisible();
    await expect(page.getByLabel('Việc làm cụ thể 1')).toHaveCount(3);
    if (i === 2) {
      await page.getByRole('button', { name: 'Thêm việc làm vào mục 3' }).click();
      await page.keyboard.type('Hướng dẫn đồng chí mới vào cơ quan');
      await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
    }
    await page.getByRole('button', { name: 'Nộp', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nộp bản đăng ký' });
    if (i < order.length - 1) await dialog.getByRole('button', { name: `Nộp, sang bản của ${order[i + 1]}` }).click();
    else await dialog.getByRole('button', { name: 'Nộp', exact: true }).click();
  }
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toHaveText('Đã nộp, chờ xác nhận');
  await page.getByRole('link', { name: `← Sổ đăng ký năm ${YEAR}` }).click();
  await page.getByRole('button', { name: 'Xác nhận tất cả (12 bản đã nộp)' }).click();
  const confirmAll = page.getByRole('dialog', { name: 'Chi bộ xác nhận tất cả bản đã nộp' });
  const listed = confirmAll.getByRole('table', { name: 'Bản đăng ký sẽ được xác nhận' });
  await expect(listed.locator('tbody tr')).toHaveCount(12);
  // The bí thư's own form is confirmed by the phó bí thư.
  const ownRow = listed.locator('tbody tr').filter({ has: page.locator('td:nth-child(2)', { hasText: /^Nguyễn Văn Đức$/u }) });
  await expect(ownRow.getByRole('cell').last()).toHaveText('Trần Thị Ngọc Yến (bản của chính người xác nhận)');
  await screenshot(page, 'first-month-03-confirm-all');
  await confirmAll.getByRole('button', { name: 'Xác nhận 12 bản' }).click();
  await expect(regList.getByText('Chi bộ đã xác nhận')).toHaveCount(12);
  const pledgeClicks = counter.byPhase.get('Đăng ký nêu gương năm đầu')!.clicks;

  // --- The month's self-assessment grid: one click, then the keyboard -------------------------
  counter.phase = 'Tự đánh giá tháng';
  await nav(page, 'Tự đánh giá hằng tháng');
  const grid = page.getByRole('grid', { name: `Bảng tự đánh giá tháng ${MONTH}/${YEAR}` });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('rowheader')).toHaveCount(12);
  await page.locator('#cell-0-0').click();
  for (let r = 0; r < 12; r++) {
    if (r > 0) for (const key of ['ArrowDown', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
    for (const key of ['t', 'ArrowRight', 't', 'ArrowRight', r === 5 ? 'k' : 't']) await page.keyboard.press(key);
  }
  await expect(page.getByText(`Tất cả đảng viên đã tự đánh giá tháng ${MONTH}/${YEAR}.`)).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');

  // --- The meeting, finalised, the minutes exported --------------------------------------------
  counter.phase = 'Sinh hoạt, biên bản';
  await nav(page, 'Sinh hoạt chi bộ');
  await page.getByLabel('Ngày sinh hoạt', { exact: true }).click();
  await counter.fill(page.getByLabel('Ngày sinh hoạt', { exact: true }), TODAY_VN);
  await page.getByRole('button', { name: 'Thêm buổi sinh hoạt' }).click();
  await expect(page.getByRole('heading', { name: `Sinh hoạt chi bộ thường kỳ tháng ${MONTH} năm ${YEAR}` })).toBeVisible();
  await page.getByLabel('Địa điểm', { exact: true }).click();
  await counter.fill(page.getByLabel('Địa điểm', { exact: true }), 'Hội trường tầng 3, Sở Tư pháp');
  // A native list: the click that opens it is seen by the page, the one on the option is not.
  await page.getByLabel('Chủ trì', { exact: true }).click();
  await page.getByLabel('Chủ trì', { exact: true }).selectOption({ label: 'Nguyễn Văn Đức' });
  await page.getByLabel('Thư ký', { exact: true }).click();
  await page.getByLabel('Thư ký', { exact: true }).selectOption({ label: 'Trần Thị Ngọc Yến' });
  counter.outside(2, 'chọn dòng trong danh sách Chủ trì, Thư ký');
  const news = page.getByLabel('Thông tin thời sự, quán triệt văn bản cấp trên', { exact: true });
  await news.click();
  await counter.fill(news, 'Quán triệt Chỉ thị 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ.');
  await page.getByRole('button', { name: 'Lấy từ bảng tự đánh giá tháng' }).click();
  await expect(page.getByLabel('Đảng viên báo cáo việc thực hiện nêu gương', { exact: true })).toHaveValue(/12\/12 đảng viên/u);
  const conclusion = page.getByLabel('Kết luận của chủ trì', { exact: true });
  await conclusion.click();
  await counter.fill(conclusion, 'Chi bộ thống nhất phương hướng nhiệm vụ tháng tới.');
  await expect(page.getByTestId('meeting-save-status')).toHaveText('Đã lưu');
  await page.getByRole('button', { name: 'Thông qua biên bản' }).click();
  await page.getByRole('button', { name: 'Xác nhận thông qua biên bản' }).click();
  await expect(page.getByTestId('minutes-view').getByText('Số 01-BB/CB', { exact: true })).toBeVisible();
  counter.outside(1, 'hộp lưu tệp (bản Electron): Lưu');
  const pdf = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất PDF' }).click());
  expect(pdf.suggestedFilename()).toBe(`bien-ban-${YEAR}-${pad(MONTH)}-so-01.pdf`);

  // --- The report for the superior -------------------------------------------------------------
  counter.phase = 'Báo cáo cấp trên';
  await nav(page, 'Trao đổi dữ liệu');
  await expect(page.getByRole('tab', { name: 'Xuất tệp' })).toHaveAttribute('aria-selected', 'true');
  counter.outside(1, 'hộp lưu tệp (bản Electron): Lưu');
  const report = await downloadFrom(page, () => page.getByRole('button', { name: 'Lưu tệp…' }).click());
  expect(report.suggestedFilename()).not.toBe('');

  await nav(page, 'Tháng này');
  for (const key of ['meeting', 'minutes', 'self_assessment', 'report'])
    await expect(page.locator(`[data-step="${key}"]`)).toHaveAttribute('data-state', 'done');

  counter.print();
  const total = counter.total();
  expect(pledgeClicks, 'first-year pledges for 12 members').toBeLessThanOrEqual(60);
  expect(total.clicks, 'clicks for the whole first month').toBeLessThanOrEqual(150);
});
