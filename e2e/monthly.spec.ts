import { expect, test, type Page } from './fixtures';
import { mkdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { BASE_URL, completeSetup, screenshot, downloadFrom } from './helpers';
import { readPdf, squash } from '../test/helpers/pdf-text';

const NAMES = [
  'Nguyễn Văn Đức',
  'Trần Thị Ngọc Yến',
  'Lê Văn Cường',
  'Phạm Thị Hặng',
  'Hoàng Minh Quờn',
  'Vũ Đức Lẫm',
  'Đặng Thị Mai',
  'Bùi Văn Sơn',
  // … and 17 more: the 25-member cell.
  'Đỗ Thị Hồng Nhung',
  'Hồ Văn Tâm',
  'Ngô Thị Thu Hà',
  'Dương Quốc Bảo',
  'Lý Thị Kim Oanh',
  'Phan Văn Ẩn',
  'Võ Thị Ánh Tuyết',
  'Huỳnh Minh Trí',
  'Trịnh Văn Lợi',
  'Đinh Thị Ngọc Ánh',
  'Mai Xuân Trường',
  'Cao Thị Lệ Thủy',
  'Lương Văn Thắng',
  'Tạ Thị Hồng Vân',
  'Châu Văn Ổn',
  'Kiều Thị Mỹ Dung',
  'La Văn Ước',
];

/** Seed the roster (and two pledge forms) straight into IndexedDB: this spec is about the month, not the roster screens. */
async function seedMembers(page: Page) {
  await page.evaluate(async (names) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('so-neu-guong');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const db = await open();
    const settings = await new Promise<{ ownUnitId: string }>((resolve) => {
      const r = db.transaction('settings').objectStore('settings').get('settings');
      r.onsuccess = () => resolve(r.result as { ownUnitId: string });
    });
    const unitId = settings.ownUnitId;
    const now = new Date().toISOString();
    const tx = db.transaction(['members', 'pledgeForms'], 'readwrite');
    names.forEach((fullName, i) => {
      const parts = fullName.split(' ');
      tx.objectStore('members').put({
        id: `e2e-m${i}`,
        unitId,
        fullName,
        familyName: parts[0],
        middleName: parts.slice(1, -1).join(' '),
        givenName: parts[parts.length - 1],
        nameSplitOverride: false,
        searchKey: fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase(),
        partyPosition: i === 0 ? 'bi_thu' : i === 1 ? 'pho_bi_thu' : 'dang_vien',
        isLeader: i < 2,
        inPoliticalSystem: true,
        admissionDate: i === 7 ? '2026-04-10' : '2008-05-19',
        fullMembershipDate: i === 7 ? undefined : '2009-05-19',
        statusPeriods: [],
        createdAt: now,
        updatedAt: now,
      });
    });
    const categories = [
      { code: 'tu_tuong', label: 'Về tư tưởng chính trị', order: 1 },
      { code: 'dao_duc', label: 'Về phẩm chất đạo đức, lối sống', order: 2 },
      { code: 'tac_phong', label: 'Về tác phong, lề lối làm việc', order: 3 },
    ];
    for (const i of [0, 1]) {
      tx.objectStore('pledgeForms').put({
        id: `e2e-f${i}`,
        memberId: `e2e-m${i}`,
        year: 2026,
        titleVariant: 'dang_ky_neu_guong',
        framework: { ruleSetId: 'x', code: 'QD101-2012', name: 'Quy định 101-QĐ/TW', version: 1, categories },
        basis: '',
        measures: '',
        items: categories.map((c, k) => ({ id: `e2e-f${i}-i${k}`, categoryCode: c.code, action: `Việc làm ${k + 1}` })),
        state: 'confirmed',
        amendments: [],
        createdAt: now,
        updatedAt: now,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, NAMES);
}

// December: the secretary catches up on November, and a reload keeps November (the month is in the address).
test.use({ now: '2026-12-02T08:30:00+07:00' });

test('a month: self-assessments in the grid, the meeting, adoption, PDF and .docx', async ({ page }) => {
  mkdirSync('test-results/downloads', { recursive: true });
  await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', placeName: 'Ninh Thuận', secretaryName: 'Nguyễn Văn Đức' });
  await seedMembers(page);

  // --- November's self-assessments --------------------------------------------------------
  await page.goto(BASE_URL + '/#/tu-danh-gia');
  await page.getByLabel('Tháng', { exact: true }).selectOption('11');
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  const grid = page.getByRole('grid', { name: 'Bảng tự đánh giá tháng 11/2026' });
  await expect(grid).toBeVisible();
  const order = await grid.getByRole('rowheader').allTextContents();
  expect(order).toHaveLength(NAMES.length);
  const row = (name: string) => order.indexOf(name);
  await expect(page.getByTestId('not-reported')).toContainText('Trần Thị Ngọc Yến');

  // Đức has a pledge form: three categories by keyboard.
  const duc = row('Nguyễn Văn Đức');
  await page.locator(`#cell-${duc}-0`).click();
  await page.keyboard.press('t'); // Tốt
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('k'); // Khá
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('t');
  await page.keyboard.press('t'); // the same key again keeps Tốt (each key sets one fixed level)
  await expect(page.locator(`#cell-${duc}-2`)).toHaveText('Tốt');
  await page.keyboard.press('b'); // B = Trung bình, as the legend says
  await expect(page.locator(`#cell-${duc}-2`)).toHaveText('Trung bình');
  await expect(page.getByText('B = Trung bình', { exact: false })).toBeVisible();
  await expect(page.locator(`#cell-${duc}-3`)).toHaveText('Trung bình'); // Chung derived = worst
  // Yến has a form too.
  await page.locator(`#cell-${row('Trần Thị Ngọc Yến')}-0`).click();
  for (const key of ['t', 'ArrowRight', 't', 'ArrowRight', 't']) await page.keyboard.press(key);
  // The others have no form: the "Chung" column, walking down with the arrow keys.
  await page.locator('#cell-0-3').click();
  for (let r = 0; r < NAMES.length; r++) {
    if (r > 0) await page.keyboard.press('ArrowDown');
    const name = order[r]!;
    if (name === 'Nguyễn Văn Đức' || name === 'Trần Thị Ngọc Yến') continue;
    await page.keyboard.press(name === 'Hoàng Minh Quờn' ? 'b' : 't');
  }
  // Undo the last cell typed, check it is empty and listed as not reported, then type it again.
  const lastTyped = [...order].reverse().find((n) => n !== 'Nguyễn Văn Đức' && n !== 'Trần Thị Ngọc Yến')!;
  const lastCell = page.locator(`#cell-${row(lastTyped)}-3`);
  await expect(lastCell).toHaveText(lastTyped === 'Hoàng Minh Quờn' ? 'Trung bình' : 'Tốt');
  await page.keyboard.press('Control+z');
  await expect(lastCell).toHaveText('');
  await expect(page.getByTestId('not-reported')).toHaveText(lastTyped);
  await lastCell.click();
  await page.keyboard.press(lastTyped === 'Hoàng Minh Quờn' ? 'b' : 't');
  await expect(page.getByText('Tất cả đảng viên đã tự đánh giá tháng 11/2026.')).toBeVisible();
  await page.getByLabel('Biểu dương Trần Thị Ngọc Yến', { exact: true }).check();
  await page.getByLabel('Nhắc nhở Hoàng Minh Quờn', { exact: true }).check();
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await screenshot(page, 'monthly-01-grid');

  // Saved: survives a reload, and the page stays on November although today is in December.
  await expect(page).toHaveURL(/thang=2026-11/);
  await page.reload();
  await expect(page.getByRole('grid', { name: 'Bảng tự đánh giá tháng 11/2026' })).toBeVisible();
  await expect(page.locator(`#cell-${duc}-2`)).toHaveText('Trung bình');
  await expect(page.getByLabel('Biểu dương Trần Thị Ngọc Yến', { exact: true })).toBeChecked();

  // --- The meeting -----------------------------------------------------------------------
  await page.goto(BASE_URL + '/#/sinh-hoat');
  await page.getByLabel('Ngày sinh hoạt', { exact: true }).fill('03/11/2026');
  await page.getByRole('button', { name: 'Thêm buổi sinh hoạt' }).click();
  await expect(page.getByRole('heading', { name: 'Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026', exact: true })).toBeVisible();
  await page.getByLabel('Địa điểm', { exact: true }).fill('Hội trường tầng 3, Sở Tư pháp');
  await page.getByLabel('Giờ kết thúc', { exact: true }).fill('16h10');
  await page.getByLabel('Giờ kết thúc', { exact: true }).blur();
  await expect(page.getByLabel('Giờ kết thúc', { exact: true })).toHaveValue('16:10');
  await page.getByLabel('Chủ trì', { exact: true }).selectOption({ label: 'Nguyễn Văn Đức' });
  await page.getByLabel('Thư ký', { exact: true }).selectOption({ label: 'Trần Thị Ngọc Yến' });
  await page.getByLabel('Điểm danh Vũ Đức Lẫm', { exact: true }).selectOption('vang_co_ly_do');
  await page.getByLabel('Lý do vắng của Vũ Đức Lẫm', { exact: true }).fill('Đi công tác');
  await page.getByLabel('Điểm danh Bùi Văn Sơn', { exact: true }).selectOption('vang_khong_ly_do');
  await expect(page.getByTestId('attendance-summary')).toContainText('có mặt 23/25 (92,00%)');
  await expect(page.getByTestId('warnings')).toContainText('vắng không lý do: Bùi Văn Sơn');
  await expect(page.getByTestId('warnings')).not.toContainText('chưa đạt tiêu chí "trên 85%"');
  await page
    .getByLabel('Thông tin thời sự, quán triệt văn bản cấp trên', { exact: true })
    .fill('Quán triệt Chỉ thị 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ.');
  await page.getByRole('button', { name: 'Lấy từ bảng tự đánh giá tháng' }).click();
  await expect(page.getByLabel('Đảng viên báo cáo việc thực hiện nêu gương', { exact: true })).toHaveValue(
    /Có 25\/25 đảng viên tự đánh giá/u,
  );
  await expect(page.getByLabel('Biểu dương đảng viên', { exact: true })).toHaveValue('Biểu dương đồng chí Trần Thị Ngọc Yến.');
  await page.getByLabel('Kết luận của chủ trì', { exact: true }).fill('Chi bộ thống nhất phương hướng nhiệm vụ tháng 12/2026.');
  // Only chính thức members vote (Điều lệ Điều 3 khoản 4): 25 members, Bùi Văn Sơn is dự bị, so
  // 24 chính thức are counted and 23 of them are present.
  await page.getByRole('button', { name: 'Thêm biểu quyết' }).click();
  await expect(page.getByTestId('vote-official-note')).toContainText(
    'Nhập số phiếu của 23 đảng viên chính thức có mặt; tỷ lệ tính trên 24 đảng viên chính thức được triệu tập.',
  );
  await page.getByLabel('Tán thành', { exact: true }).fill('24');
  await expect(page.getByTestId('meeting-errors')).toContainText('có 24 phiếu nhưng chỉ có 23 đảng viên chính thức có mặt');
  await page.getByLabel('Tán thành', { exact: true }).fill('20');
  await page.getByLabel('Ý kiến khác', { exact: true }).fill('1');
  await expect(page.getByTestId('meeting-errors')).toHaveCount(0);
  await expect(page.getByTestId('vote-result-0')).toContainText('Tán thành 20/24 (83,33%)');
  await expect(page.getByTestId('vote-result-0')).toContainText('được thông qua (cần quá 1/2 số đảng viên chính thức (13/24))');
  await page.getByRole('button', { name: 'Gợi ý điểm từ số liệu' }).click();
  // A few criteria filled from the record: the score is "chưa chấm", not a low total.
  await expect(page.getByTestId('quality-total')).toContainText('Tổng điểm: Chưa chấm (đã chấm');
  await expect(page.getByTestId('meeting-save-status')).toHaveText('Đã lưu');
  await screenshot(page, 'monthly-02-meeting-form');

  // --- Adoption -------------------------------------------------------------------------------
  await page.getByRole('button', { name: 'Thông qua biên bản' }).click();
  // Finalising with an incomplete score asks first.
  await expect(page.getByRole('button', { name: 'Xác nhận thông qua biên bản' })).toBeDisabled();
  await page.getByLabel('Vẫn thông qua, điểm chất lượng ghi “chưa chấm”').check();
  await page.getByRole('button', { name: 'Xác nhận thông qua biên bản' }).click();
  await expect(page.getByText('Đã thông qua ngày')).toBeVisible();
  // The number shows in the page header and in the document view of the adopted minutes.
  await expect(page.getByText('Số 01-BB/CB', { exact: true }).first()).toBeVisible();
  // Adopted minutes read as a document (no inputs), with the text as typed.
  await expect(page.getByTestId('minutes-view')).toContainText('Chi bộ thống nhất phương hướng nhiệm vụ tháng 12/2026.');
  await expect(page.getByLabel('Kết luận của chủ trì', { exact: true })).toHaveCount(0);

  // --- Export PDF -----------------------------------------------------------------------------
  const pdfDownload = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất PDF' }).click());
  expect(pdfDownload.suggestedFilename()).toBe('bien-ban-2026-11-so-01.pdf');
  const pdfPath = 'test-results/downloads/monthly-minutes.pdf';
  await pdfDownload.saveAs(pdfPath);
  const pdf = await readPdf(new Uint8Array(readFileSync(pdfPath)));
  const text = squash(pdf.text);
  expect(text).toContain('Số 01-BB/CB');
  expect(text).toContain('Ninh Thuận, ngày 03 tháng 11 năm 2026');
  expect(text).toContain('Hôm nay, vào hồi 14 giờ 00 phút, ngày 03 tháng 11 năm 2026, tại Hội trường tầng 3, Sở Tư pháp');
  expect(text).toContain('Có mặt: 23/25 đồng chí, đạt 92,00%');
  expect(text).toContain('đồng chí Vũ Đức Lẫm (Đi công tác)');
  expect(text).toContain('Vắng không lý do: 1 đồng chí: đồng chí Bùi Văn Sơn.');
  expect(text).toContain(
    'tán thành 20/24 (83,33%); không tán thành 0/24 (0,00%); ý kiến khác 1/24 (4,17%) (tính trên số đảng viên chính thức được triệu tập). Kết quả: được thông qua.',
  );
  expect(text).toContain('Số đảng viên phải triệu tập: 25 đồng chí (chính thức: 24).');
  expect(text).toContain('Buổi sinh hoạt kết thúc vào hồi 16 giờ 10 phút cùng ngày.');
  expect(text).not.toContain('TỰ CHẤM ĐIỂM CHẤT LƯỢNG'); // chưa chấm: not printed
  // 3/11/2026: the HD 05 (2026) profile, chosen by the meeting's date (domain.md §11).
  expect(text).toContain('NGƯỜI GHI BIÊN BẢN');
  expect(text).toContain('CHỦ TRÌ HỘI NGHỊ');
  expect(text).toContain('nhất trí với nội dung biên bản./.');

  // --- Export .docx ---------------------------------------------------------------------------
  const docxDownload = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất Word (.docx)' }).click());
  expect(docxDownload.suggestedFilename()).toBe('bien-ban-2026-11-so-01.docx');
  const docxPath = 'test-results/downloads/monthly-minutes.docx';
  await docxDownload.saveAs(docxPath);
  const zip = await JSZip.loadAsync(readFileSync(docxPath));
  const xml = await zip.file('word/document.xml')!.async('string');
  const words = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''))
    .join(' ')
    // Numbers, dates and names are kept whole with U+2060 / U+2011 / U+00A0: read them as typed.
    .replace(/\u2060/gu, '')
    .replace(/\u2011/gu, '-')
    .replace(/\u00a0/gu, ' ');
  expect(words).toContain('Số 01-BB/CB');
  expect(words).toContain('Vắng không lý do: 1 đồng chí: đồng chí Bùi Văn Sơn.');
  expect(words).toContain('NGƯỜI GHI BIÊN BẢN');
  expect(words).toContain('nhất trí với nội dung biên bản./.');

  // --- A correction after adoption -------------------------------------------------------------
  await page
    .getByLabel('Nội dung sau khi đính chính', { exact: true })
    .fill('Chi bộ thống nhất phương hướng nhiệm vụ tháng 12/2026, bổ sung nhiệm vụ chuyển đổi số.');
  await page.getByLabel('Lý do đính chính', { exact: true }).fill('Ghi sót ý kiến bổ sung');
  await page.getByRole('button', { name: 'Ghi đính chính' }).click();
  await expect(page.getByRole('table', { name: 'Các lần đính chính' })).toContainText('Ghi sót ý kiến bổ sung');
  await screenshot(page, 'monthly-03-meeting-finalised');

  // --- The year's minutes book (issue 16): the adopted minutes with its correction --------------
  await page.goto(BASE_URL + '/#/sinh-hoat?nam=2026');
  await expect(page.getByRole('button', { name: 'Sổ biên bản năm 2026 (PDF, 1 biên bản)' })).toBeEnabled();
  await screenshot(page, 'monthly-04-minutes-book-button');
  const book = await downloadFrom(page, () => page.getByRole('button', { name: 'Sổ biên bản năm 2026 (PDF, 1 biên bản)' }).click());
  expect(book.suggestedFilename()).toBe('so-bien-ban-2026.pdf');
  await book.saveAs('test-results/downloads/monthly-minutes-book.pdf');
  const bookText = squash((await readPdf(new Uint8Array(readFileSync('test-results/downloads/monthly-minutes-book.pdf')))).text);
  for (const s of [
    'SỔ BIÊN BẢN SINH HOẠT CHI BỘ NĂM 2026',
    'MỤC LỤC',
    '01-BB/CB 3',
    'ĐÍNH CHÍNH SAU KHI THÔNG QUA',
    'Ghi sót ý kiến bổ sung',
  ])
    expect(bookText).toContain(s);
});
