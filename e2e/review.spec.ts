import { expect, test, type Locator, type Page } from './fixtures';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { BASE_URL, completeSetup, screenshot, downloadFrom } from './helpers';
import { readPdf, squash } from '../test/helpers/pdf-text';

/**
 * Seeded straight into IndexedDB (the schema is the stable contract; the roster, pledge and
 * monthly screens have their own specs): 6 members, 2026 monthly records, pledges, and the
 * bí thư's four earlier xuất sắc years (for the "5 năm liền" candidate).
 */
async function seed(page: Page) {
  await page.evaluate(async () => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('so-neu-guong');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const db = await open();
    const settings = await new Promise<{ ownUnitId: string; monthlyScaleCode: string }>((resolve) => {
      const r = db.transaction('settings').objectStore('settings').get('settings');
      r.onsuccess = () => resolve(r.result as { ownUnitId: string; monthlyScaleCode: string });
    });
    const unitId = settings.ownUnitId;
    const codes: Record<string, [string, string, string]> = {
      'TOT-KHA-TB-KEM': ['tot', 'kha', 'trung_binh'],
      'THUC-HIEN-3-MUC': ['thuc_hien_tot', 'thuc_hien', 'chua_thuc_hien_tot'],
      'DAT-KHONG-DAT': ['dat', 'dat', 'khong_dat'],
    };
    const [good, ok, bad] = codes[settings.monthlyScaleCode] ?? codes['TOT-KHA-TB-KEM']!;
    const now = new Date().toISOString();
    const people = [
      { name: 'Nguyễn Văn Đức', position: 'bi_thu', leader: true },
      { name: 'Trần Thị Ngọc Yến', position: 'pho_bi_thu', leader: false },
      { name: 'Lê Văn Cường', position: 'dang_vien', leader: false },
      { name: 'Phạm Thị Hặng', position: 'dang_vien', leader: false },
      { name: 'Hoàng Minh Quờn', position: 'dang_vien', leader: false, mien: true },
      { name: 'Bùi Văn Sơn', position: 'dang_vien', leader: false, admitted: '2026-09-01' },
    ];
    const tx = db.transaction(['members', 'pledgeForms', 'monthlyAssessments', 'yearReviews'], 'readwrite');
    people.forEach((p, i) => {
      const parts = p.name.split(' ');
      const id = `rv-m${i}`;
      tx.objectStore('members').put({
        id,
        unitId,
        fullName: p.name,
        familyName: parts[0],
        middleName: parts.slice(1, -1).join(' '),
        givenName: parts[parts.length - 1],
        nameSplitOverride: false,
        searchKey: p.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase(),
        partyPosition: p.position,
        isLeader: p.leader,
        inPoliticalSystem: true,
        admissionDate: p.admitted ?? '2005-05-19',
        fullMembershipDate: p.admitted ? undefined : '2006-05-19',
        statusPeriods: p.mien ? [{ id: 'sp', kind: 'mien_sinh_hoat', from: '2025-07-01', reason: 'Tuổi cao, sức khỏe yếu' }] : [],
        createdAt: now,
        updatedAt: now,
      });
      if (i < 4) {
        tx.objectStore('pledgeForms').put({
          id: `rv-f${i}`,
          memberId: id,
          year: 2026,
          titleVariant: 'dang_ky_neu_guong',
          framework: {
            ruleSetId: 'x',
            code: 'QD101-2012',
            name: 'Quy định 101-QĐ/TW',
            version: 1,
            categories: [{ code: 'c', label: 'Nêu gương', order: 1 }],
          },
          basis: '',
          measures: '',
          items: [
            { id: `rv-f${i}-a`, categoryCode: 'c', action: 'Hoàn thành lớp trung cấp lý luận chính trị', deadline: '2026-10-31' },
            { id: `rv-f${i}-b`, categoryCode: 'c', action: 'Gương mẫu chấp hành giờ giấc làm việc' },
          ],
          state: 'confirmed',
          amendments: [],
          createdAt: now,
          updatedAt: now,
        });
        for (let m = 1; m <= 11; m++) {
          const period = `2026-${String(m).padStart(2, '0')}`;
          const low = i === 3 && (m === 4 || m === 8);
          const level = low ? bad : i === 0 || m % 3 !== 0 ? good : ok;
          tx.objectStore('monthlyAssessments').put({
            id: `rv-a${i}-${m}`,
            memberId: id,
            unitId,
            period,
            scaleCode: settings.monthlyScaleCode,
            overallLevel: level,
            selfNote: low ? 'Chậm hoàn thành báo cáo chuyên môn' : undefined,
            results: [
              { itemId: `rv-f${i}-a`, level: i === 3 ? bad : good },
              { itemId: `rv-f${i}-b`, level: good },
            ],
            praised: i === 0 && (m === 3 || m === 9),
            reminded: low,
            updatedAt: now,
          });
        }
      }
    });
    for (const year of [2022, 2023, 2024, 2025]) {
      tx.objectStore('yearReviews').put({
        id: `rv-h${year}`,
        memberId: 'rv-m0',
        unitId,
        year,
        reviewDate: `${year}-12-31`,
        formVariant: '2A',
        sections: {},
        forcedFailure: [],
        finalLevel: 'xuat_sac',
        updatedAt: now,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** Pick an option of a Mantine Select; `scope` is the panel that holds it (the page by default). */
async function choose(page: Page, label: string, option: string, scope: Locator | Page = page) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('year-end review of a small cell: monthly records → levels → quota warning → report PDF and list', async ({ page }) => {
  test.setTimeout(300_000);
  page.on('console', (m) => {
    if (m.type() === 'error') console.log('[browser]', m.text());
  });
  await completeSetup(page);
  await seed(page);
  await page.goto(BASE_URL + '/#/kiem-diem');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kiểm điểm cuối năm', exact: true })).toBeVisible();
  await choose(page, 'Năm kiểm điểm', '2026');
  await page.getByLabel('Ngày kiểm điểm').fill('15/12/2026');
  await page.getByRole('button', { name: 'Tạo đợt kiểm điểm' }).click();

  const list = page.getByRole('table', { name: 'Danh sách kiểm điểm' });
  await expect(list.getByRole('row')).toHaveCount(7);
  await expect(list.getByRole('row', { name: /Hoàng Minh Quờn/ })).toContainText('Được miễn công tác và sinh hoạt đảng');
  await expect(list.getByRole('row', { name: /Bùi Văn Sơn/ })).toContainText('Mới kết nạp chưa đủ 6 tháng');
  await expect(list.getByRole('row', { name: /Phạm Thị Hặng/ })).toContainText('11/12'); // December is due by the review date and not assessed yet

  // Member with below-good months: the draft text names them.
  await page.getByRole('button', { name: 'Kiểm điểm Phạm Thị Hặng' }).click();
  const hang = page.getByLabel('Kiểm điểm của Phạm Thị Hặng');
  await expect(hang.getByLabel('Trách nhiệm nêu gương', { exact: true })).toHaveValue(/Các tháng chưa đạt mức tốt: tháng 4 .*tháng 8/);
  await expect(hang.getByText('Các tháng chưa đạt mức tốt', { exact: true })).toBeVisible();
  await hang.getByLabel('Nhóm tiêu chí chung (tối đa 30)').fill('22');
  await hang.getByLabel('Kết quả thực hiện nhiệm vụ (tối đa 70)').fill('40');
  await expect(hang.getByLabel('Tổng điểm và mức theo điểm')).toHaveText('62 điểm → Hoàn thành nhiệm vụ');
  await hang.getByRole('button', { name: 'Dùng mức theo điểm' }).click();
  await choose(page, 'Xếp loại chính thức', 'Hoàn thành nhiệm vụ', hang);
  await hang.getByRole('button', { name: 'Lưu kiểm điểm của đảng viên' }).click();
  await expect(list.getByRole('row', { name: /Phạm Thị Hặng/ })).toContainText('HTNV');

  // The bí thư: 94 points, 30% exceeded, chi bộ vote, final decision.
  await page.getByRole('button', { name: 'Kiểm điểm Nguyễn Văn Đức' }).click();
  const duc = page.getByLabel('Kiểm điểm của Nguyễn Văn Đức');
  await duc.getByLabel('Nhóm tiêu chí chung (tối đa 30)').fill('29');
  await duc.getByLabel('Kết quả thực hiện nhiệm vụ (tối đa 70)').fill('65');
  await expect(duc.getByLabel('Tổng điểm và mức theo điểm')).toHaveText('94 điểm → Hoàn thành tốt nhiệm vụ');
  await duc.getByLabel(/Có ít nhất 30% chỉ tiêu/).check();
  await expect(duc.getByLabel('Tổng điểm và mức theo điểm')).toHaveText('94 điểm → Hoàn thành xuất sắc nhiệm vụ');
  await duc.getByRole('button', { name: 'Dùng mức theo điểm' }).click();
  // Only the 4 chính thức members vote (Quờn is miễn, Sơn dự bị); the vote is measured over them.
  await duc.getByLabel('Phiếu “Hoàn thành xuất sắc nhiệm vụ”').fill('3');
  await duc.getByLabel('Phiếu “Hoàn thành tốt nhiệm vụ”').fill('1');
  await expect(duc.getByLabel('Kết quả biểu quyết')).toContainText(
    'mức được quá nửa số đảng viên chính thức (4) tán thành: Hoàn thành xuất sắc nhiệm vụ',
  );
  await duc.getByRole('button', { name: 'Dùng kết quả biểu quyết' }).click();
  await choose(page, 'Xếp loại chính thức', 'Hoàn thành xuất sắc nhiệm vụ', duc);
  await duc.getByLabel('Cấp quyết định').fill('Đảng ủy các cơ quan Đảng tỉnh');
  await duc.getByLabel('Số quyết định').fill('125-QĐ/ĐU');
  await duc.getByLabel('Ngày quyết định').fill('30/12/2026');
  await screenshot(page, 'review-member');
  await duc.getByRole('button', { name: 'Lưu kiểm điểm của đảng viên' }).click();
  await expect(list.getByRole('row', { name: /Nguyễn Văn Đức/ })).toContainText('HTXSNV');

  for (const name of ['Trần Thị Ngọc Yến', 'Lê Văn Cường']) {
    await page.getByRole('button', { name: `Kiểm điểm ${name}` }).click();
    // The member chosen is kept in the address (?dang-vien=…): wait for their panel before filling it.
    const panel = page.getByLabel(`Kiểm điểm của ${name}`);
    await expect(panel).toBeVisible();
    await choose(page, 'Xếp loại chính thức', 'Hoàn thành tốt nhiệm vụ', panel);
    await panel.getByRole('button', { name: 'Lưu kiểm điểm của đảng viên' }).click();
    await expect(list.getByRole('row', { name: new RegExp(name) })).toContainText('HTTNV');
  }
  await screenshot(page, 'review-list');

  // Quota: 2 tốt → at most 0 xuất sắc; 1 proposed → a warning, never a block.
  await page.getByRole('tab', { name: /Tỷ lệ xuất sắc/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Vượt tỷ lệ xuất sắc' })).toContainText(
    'Toàn chi bộ: 2 hoàn thành tốt → tối đa 0 xuất sắc (20%); đang đề xuất 1 — vượt 1.',
  );
  await screenshot(page, 'review-quota');

  // Collective level and statistics.
  await page.getByRole('tab', { name: 'Chi bộ và số liệu' }).click();
  await page.getByLabel('Tổng điểm của chi bộ (tối đa 100)').fill('86,5');
  await expect(page.getByLabel('Mức của chi bộ theo điểm')).toHaveText('86,5 điểm → Hoàn thành tốt nhiệm vụ');
  await page.getByRole('button', { name: 'Dùng mức theo điểm' }).click();
  await page.getByRole('button', { name: 'Lưu xếp loại chi bộ' }).click();
  const stats = page.getByRole('table', { name: 'Số liệu năm' });
  await expect(stats.getByRole('row', { name: /^Hoàn thành tốt nhiệm vụ trở lên/ })).toContainText('75,00%');
  await expect(stats.getByRole('row', { name: /^Hoàn thành xuất sắc nhiệm vụ/ })).toContainText('25,00%');
  await expect(stats.getByRole('row', { name: /^Xuất sắc so với số hoàn thành tốt/ })).toContainText('50,00%');
  await expect(stats.getByRole('row', { name: /^Đã đăng ký/ })).toContainText('80,00%'); // 4 of 5 (Sơn must register, has not)
  await screenshot(page, 'review-unit');

  // Commendations: the 5-year streak is proposed.
  await page.getByRole('tab', { name: 'Khen thưởng' }).click();
  const candidates = page.getByRole('table', { name: 'Đề xuất khen thưởng' });
  await expect(candidates).toContainText('Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2022–2026)');
  await candidates
    .getByRole('row', { name: /5 năm liền/ })
    .getByRole('button', { name: 'Lập khen thưởng' })
    .click();
  await page.getByLabel('Số quyết định').fill('210-QĐ/ĐU');
  await page.getByRole('button', { name: 'Ghi nhận khen thưởng' }).click();
  await expect(page.getByRole('table', { name: 'Khen thưởng trong năm' })).toContainText('Nguyễn Văn Đức');
  await expect(candidates.getByRole('row', { name: /5 năm liền/ })).toContainText('Đã ghi nhận');
  await screenshot(page, 'review-commendations');

  // Report texts and exports.
  await page.getByRole('tab', { name: 'Báo cáo, xuất tệp' }).click();
  await page.getByLabel('Số báo cáo (…-BC/CB)').fill('05');
  await page.getByLabel('Ngày báo cáo').fill('28/12/2026');
  await page.getByLabel('Kết quả nổi bật').fill('Đảng viên gương mẫu thực hiện đăng ký; 100% đảng viên tự đánh giá hằng tháng.');
  await page.getByLabel('Hạn chế, nguyên nhân').fill('Một số nội dung đăng ký còn chung chung, khó đo đếm.');
  await page.getByLabel('Kiến nghị, đề xuất').fill('Đề nghị cấp trên ban hành mẫu đăng ký thống nhất.');
  await page.getByRole('button', { name: 'Lưu nội dung báo cáo' }).click();
  await expect(page.getByText('Đã lưu nội dung báo cáo.')).toBeVisible();
  await screenshot(page, 'review-report');

  // Other engineers rebuild dist-web while this runs: reload so the lazily loaded PDF/Excel chunks match the served build.
  await page.reload();
  await page.getByRole('tab', { name: 'Báo cáo, xuất tệp' }).click();
  await expect(page.getByLabel('Số báo cáo (…-BC/CB)')).toHaveValue('05');
  mkdirSync('test-results/downloads', { recursive: true });
  const pdfDownload = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất báo cáo PDF' }).click());
  expect(pdfDownload.suggestedFilename()).toBe('bao-cao-neu-guong-2026.pdf');
  const pdfPath = 'test-results/downloads/review-report.pdf';
  await pdfDownload.saveAs(pdfPath);
  const pdf = await readPdf(new Uint8Array(readFileSync(pdfPath)));
  const text = squash(pdf.text);
  expect(text).toContain('Số 05-BC/CB');
  expect(text).toContain('Ninh Thuận, ngày 28 tháng 12 năm 2026');
  expect(text).toContain('kết quả thực hiện trách nhiệm nêu gương năm 2026');
  expect(text).toContain('Kính gửi: Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh');
  expect(text).toContain('Số đảng viên hoàn thành tốt nhiệm vụ trở lên 3 75,00%');
  expect(text).toContain('Chi bộ tự đánh giá, xếp loại năm 2026: Hoàn thành tốt nhiệm vụ (86,5 điểm).');
  expect(text).toContain('Một số nội dung đăng ký còn chung chung, khó đo đếm.');
  expect(text).toContain('Nguyễn Văn Đức');
  execFileSync('pdftoppm', ['-r', '80', '-png', pdfPath, 'test-results/screens/review-report-pdf']);

  const xlsxDownload = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất danh sách Excel (.xlsx)' }).click());
  const xlsxPath = 'test-results/downloads/review-list.xlsx';
  await xlsxDownload.saveAs(xlsxPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(xlsxPath) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Xếp loại 2026')!;
  const names: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 4) names.push(String(row.getCell(2).value));
  });
  expect(names).toHaveLength(6);
  // Sorted by tên, then tên đệm, then họ (the default setting does not put office holders first).
  expect(names).toEqual(['Lê Văn Cường', 'Nguyễn Văn Đức', 'Phạm Thị Hặng', 'Hoàng Minh Quờn', 'Bùi Văn Sơn', 'Trần Thị Ngọc Yến']);
  const ducRow = ws.getRow(6);
  expect(String(ducRow.getCell(8).value)).toBe('94');
  expect(String(ducRow.getCell(13).value)).toBe('HTXSNV');

  const listDownload = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất danh sách xếp loại PDF' }).click());
  const listPath = 'test-results/downloads/review-list.pdf';
  await listDownload.saveAs(listPath);
  const listText = squash((await readPdf(new Uint8Array(readFileSync(listPath)))).text);
  expect(listText).toContain('Không xếp loại: Được miễn công tác và sinh hoạt đảng từ 01/07/2025');
  execFileSync('pdftoppm', ['-r', '80', '-png', listPath, 'test-results/screens/review-list-pdf']);

  // The forms of issue 16: the bí thư's self-review (Mẫu 2A, he is a leader), the whole cell's, and Mẫu 01.
  await page.getByRole('tab', { name: /^Đảng viên/ }).click();
  await page.getByRole('button', { name: 'Kiểm điểm Nguyễn Văn Đức' }).click();
  const forms = page.getByLabel('Bản tự kiểm điểm');
  await expect(forms.getByText(/^Mẫu 2A: cán bộ giữ chức vụ lãnh đạo, quản lý \(/u)).toBeVisible();
  await screenshot(page, 'review-forms');
  const selfPath = 'test-results/downloads/review-self-2a.pdf';
  await (await downloadFrom(page, () => forms.getByRole('button', { name: 'Bản tự kiểm điểm (Mẫu 2A) — PDF' }).click())).saveAs(selfPath);
  const selfText = squash((await readPdf(new Uint8Array(readFileSync(selfPath)))).text);
  for (const s of [
    'Mẫu 2A-HD KĐ.ĐG 2025',
    'BẢN KIỂM ĐIỂM CÁ NHÂN',
    'Họ và tên: Nguyễn Văn Đức',
    '- Về trách nhiệm nêu gương: năm 2026, bản thân',
    '1. Nhóm tiêu chí chung: 29/30 điểm.',
    'Tổng điểm: 94/100 điểm.',
    'NGƯỜI TỰ KIỂM ĐIỂM',
  ])
    expect(selfText).toContain(s);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', selfPath, 'test-results/screens/review-self-2a-pdf']);
  const cellDocx = await downloadFrom(page, () =>
    forms.getByRole('button', { name: /^Bản tự kiểm điểm cả chi bộ \(4 đồng chí\) — Word/ }).click(),
  );
  expect(cellDocx.suggestedFilename()).toBe('tu-kiem-diem-2026-ca-chi-bo.docx');
  await page.getByRole('tab', { name: 'Chi bộ và số liệu' }).click();
  await screenshot(page, 'review-unit-forms');
  const unitPath = 'test-results/downloads/review-mau-01.pdf';
  await (await downloadFrom(page, () => page.getByRole('button', { name: 'Mẫu 01 — PDF' }).click())).saveAs(unitPath);
  const unitText = squash((await readPdf(new Uint8Array(readFileSync(unitPath)))).text);
  for (const s of [
    'Mẫu 01-HD KĐ.ĐG 2025',
    'kiểm điểm, tự đánh giá, xếp loại chất lượng tập thể chi bộ năm 2026',
    'Tổng điểm: 86,5/100 điểm.',
    'T/M CHI BỘ',
  ])
    expect(unitText).toContain(s);
  writeFileSync('test-results/downloads/review-done.txt', 'ok');
});
