/**
 * Đảng phí for a 12-member cell: the dues basis and the month's sheet entered by keyboard, "đã thu
 * đủ", an advance, the sheet exported as PDF (looked at as PNG) and .xlsx, the minutes line filled
 * from it, and the unit report imported by an aggregator profile showing the dues totals.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { buildEnvelope, buildUnitReportPayload, encodeEnvelope, exchangeFileName, readExchangeFile } from '../src-renderer/core/exchange';
import { syntheticUnit } from '../test/fixtures/synthetic-units';
import { completeSetup, nav, downloadFrom, screenshot, newClockedContext, seedRecords } from './helpers';
import ExcelJS from 'exceljs';
import { readPdf, squash } from '../test/helpers/pdf-text';

test('a month of đảng phí for a 12-member cell, by keyboard, to the minutes, the documents and the aggregator', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sng-dues-'));
  const context = await newClockedContext(browser);
  const page = await context.newPage();
  await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-SOTUPHAP' });
  const src = syntheticUnit({ code: 'CB-SOTUPHAP', name: 'Chi bộ Sở Tư pháp', members: 12, year: 2026, months: 11, seed: 7 });
  // The November meeting is still a draft (its minutes get the dues line).
  const meetings = src.meetings.map((m) =>
    m.period === '2026-11' ? { ...m, state: 'draft', finalisedAt: undefined, documentNumber: undefined } : m,
  );
  await seedRecords(page, { members: src.members, meetings });
  await page.reload();

  await nav(page, 'Đảng phí');
  await expect(page.getByRole('heading', { name: 'Đảng phí', exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Bảng thu tháng 11/2026' })).toBeVisible();

  // ---- the dues basis: the group for everyone in one step, then each salary typed and Enter
  await page.getByRole('tab', { name: 'Đối tượng và mức đóng' }).click();
  await page.getByRole('button', { name: 'Áp dụng cho 12 đồng chí chưa khai báo' }).click();
  await expect(page.getByText('Đã khai báo đối tượng cho 12 đồng chí')).toBeVisible();
  const names = src.members.map((m) => m.fullName);
  const basisTable = page.getByRole('table', { name: 'Đối tượng và mức đóng đảng phí' });
  const rowNames = await basisTable.locator('tbody tr td:first-child').allTextContents();
  expect(rowNames).toHaveLength(12);
  // One pensioner (0,5%) and one student (fixed 5.000 đ) among them.
  await page.getByLabel(`Nhóm đối tượng của ${rowNames[10]}`).selectOption({ label: 'Đảng viên hưởng lương hưu (0,5%)' });
  await page.getByLabel(`Nhóm đối tượng của ${rowNames[11]}`).selectOption({ label: 'Đảng viên là học sinh, sinh viên (5.000 đ/tháng)' });
  await expect(basisTable.locator('tbody tr').nth(11)).toContainText('5.000');
  const salaries = [
    '8.000.000',
    '8.765.432',
    '6.500.000',
    '7.200.000',
    '9.100.000',
    '5.400.000',
    '10.000.000',
    '6.000.000',
    '7.800.000',
    '8.250.000',
    '5.300.000',
  ];
  await page.getByLabel(`Mức lương làm căn cứ của ${rowNames[0]}`).click();
  for (const salary of salaries) {
    await page.keyboard.type(salary);
    await page.keyboard.press('Enter');
  }
  await expect(basisTable.locator('tbody tr').nth(1)).toContainText('88.000'); // 1% of 8.765.432, to the thousand
  await expect(basisTable.locator('tbody tr').nth(10)).toContainText('27.000'); // 0,5% of 5.300.000 = 26.500 → 27.000
  await screenshot(page, 'dues-basis');

  // ---- the sheet, by keyboard
  await page.getByRole('tab', { name: 'Bảng thu tháng 11/2026' }).click();
  const grid = page.getByRole('grid', { name: 'Bảng thu đảng phí tháng 11/2026' });
  await expect(grid.locator('tbody tr')).toHaveCount(12);
  await expect(page.getByTestId('dues-totals')).toContainText('Đã nộp đủ: 0/12');
  await page.getByLabel(`Số tiền nộp của ${rowNames[0]}`).click();
  // Rows 1–3: "=" fills the expected amount (date and channel from the defaults), Enter goes down.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('=');
    await page.keyboard.press('Enter');
  }
  // Row 4: an amount typed, then → to the date, → to the channel, T = tiền mặt.
  await page.keyboard.type('72.000');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('t');
  await expect(page.getByLabel(`Hình thức nộp của ${rowNames[3]}`)).toHaveValue('Tiền mặt');
  // Row 5: paid in advance for 3 months: ↓ to row 5's channel, → to Số tháng, type 3 (amount fills itself).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('3');
  await expect(page.getByLabel(`Số tiền nộp của ${rowNames[4]}`)).toHaveValue('273.000');
  // Row 6: chậm đóng có lý do: amount 0 and the reason in Ghi chú.
  await page.getByLabel(`Số tiền nộp của ${rowNames[5]}`).click();
  await page.keyboard.type('0');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('Ốm dài ngày, nộp sau');
  // The rest in one step, then row 12 cleared (not paid this month).
  await page.getByRole('button', { name: 'Đã thu đủ (6 đồng chí chưa nộp)' }).click();
  await page.getByLabel(`Số tiền nộp của ${rowNames[11]}`).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('dues-save-status')).toHaveText('Đã lưu');
  const totals = page.getByTestId('dues-totals');
  await expect(totals).toContainText('Đã nộp đủ: 10/12');
  await expect(totals).toContainText('Chậm đóng có lý do: 1');
  await screenshot(page, 'dues-sheet');
  const line = await page.getByTestId('dues-minutes-line').textContent();
  expect(line).toContain('Đã thu đảng phí tháng 11/2026 của 10/12 đồng chí');
  expect(line).toContain('nộp trước cho các tháng sau 182.000 đồng');
  expect(line).toContain(`Còn 1 đồng chí chưa nộp: ${rowNames[11]}`);
  expect(line).toContain(`Chậm đóng có lý do: ${rowNames[5]} (Ốm dài ngày, nộp sau)`);
  // Stored: a reload shows the same sheet.
  await page.reload();
  await expect(page.getByTestId('dues-totals')).toContainText('Đã nộp đủ: 10/12');
  await expect(page.getByLabel(`Số tháng nộp của ${rowNames[4]}`)).toHaveValue('3');
  expect(names.length).toBe(12);

  // ---- the documents: collection sheet and statement as PDF (looked at as PNG), both as .xlsx
  const screens = join('test-results', 'screens');
  const sheetPdf = await downloadFrom(page, () => page.getByRole('button', { name: 'Lưu PDF bảng thu' }).click());
  expect(sheetPdf.suggestedFilename()).toBe('bang-thu-dang-phi-2026-11.pdf');
  const sheetPath = join(screens, 'dues-bang-thu.pdf');
  await sheetPdf.saveAs(sheetPath);
  execFileSync('pdftoppm', ['-png', '-r', '60', sheetPath, join(screens, 'dues-bang-thu')]);
  const sheetText = squash((await readPdf(new Uint8Array(readFileSync(sheetPath)))).text);
  for (const n of rowNames) expect(sheetText).toContain(n);
  expect(sheetText).toContain('BẢNG THU ĐẢNG PHÍ');
  expect(sheetText).toContain('Đã nộp đủ 10/12 đồng chí; thu trong tháng 926.000 đồng');
  const statement = await downloadFrom(page, () => page.getByRole('button', { name: 'Lưu PDF báo cáo gửi cấp trên' }).click());
  const statementPath = join(screens, 'dues-bao-cao.pdf');
  await statement.saveAs(statementPath);
  execFileSync('pdftoppm', ['-png', '-r', '60', statementPath, join(screens, 'dues-bao-cao')]);
  const statementText = squash((await readPdf(new Uint8Array(readFileSync(statementPath)))).text);
  expect(statementText).toContain('Kính gửi: Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh');
  expect(statementText).toContain('Tổng số tiền thu được trong tháng 926.000 đồng');
  const xlsx = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click());
  expect(xlsx.suggestedFilename()).toBe('bang-thu-dang-phi-2026-11.xlsx');
  const xlsxPath = join(dir, 'dues.xlsx');
  await xlsx.saveAs(xlsxPath);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const ws = wb.getWorksheet('Bảng thu')!;
  expect(ws.getRow(5).getCell(2).value).toBe(rowNames[0]);
  expect(ws.getRow(17).getCell(6).value).toBe(926_000);

  // ---- the minutes line, from the sheet
  await page.getByRole('button', { name: 'Điền vào biên bản sinh hoạt tháng 11/2026' }).click();
  await expect(page.getByText('Đã điền vào biên bản sinh hoạt tháng 11/2026')).toBeVisible();
  await nav(page, 'Sinh hoạt chi bộ');
  await page.getByRole('table', { name: 'Danh sách buổi sinh hoạt' }).getByRole('link').first().click();
  await expect(page.getByLabel('Tình hình thu nộp đảng phí')).toHaveValue(line!);
  // Typed over, then pulled again from the meeting form: it asks before replacing.
  await page.getByLabel('Tình hình thu nộp đảng phí').fill('Đã thu đủ.');
  await page.getByRole('button', { name: 'Lấy từ bảng thu đảng phí' }).click();
  await page.getByRole('button', { name: 'Thay thế' }).click();
  await expect(page.getByLabel('Tình hình thu nộp đảng phí')).toHaveValue(line!);
  await expect(page.getByTestId('meeting-save-status')).toHaveText(/Đã lưu/u);
  const minutes = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất PDF' }).click());
  const minutesPath = join(dir, 'minutes.pdf');
  await minutes.saveAs(minutesPath);
  expect(squash((await readPdf(new Uint8Array(readFileSync(minutesPath)))).text)).toContain(
    'Tình hình thu nộp đảng phí: Đã thu đảng phí tháng 11/2026 của 10/12 đồng chí',
  );

  // ---- the unit report to the superior carries the dues totals
  await nav(page, 'Trao đổi dữ liệu');
  await page.getByRole('tab', { name: 'Xuất tệp' }).click();
  await page.getByLabel('Năm').fill('2026');
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await page.getByRole('option', { name: 'Tháng 11', exact: true }).click();
  await page.getByRole('button', { name: 'Xem trước nội dung gửi' }).click();
  const report = await downloadFrom(page, () => page.getByRole('button', { name: 'Lưu tệp…' }).click());
  const reportFile = join(dir, report.suggestedFilename());
  await report.saveAs(reportFile);
  const read = await readExchangeFile(new Uint8Array(readFileSync(reportFile)));
  if (read.envelope.kind !== 'unit_report') throw new Error('kind');
  const novDues = read.envelope.payload.dues!.months.find((m) => m.period === '2026-11')!;
  expect(novDues).toMatchObject({
    owedMembers: 12,
    paidMembers: 10,
    deferredMembers: 1,
    unpaidMembers: 1,
    collected: 926_000,
    advanceCollected: 182_000,
  });

  await nav(page, 'Lịch việc');
  await expect(page.getByRole('heading', { name: 'Lịch việc năm 2026', exact: true })).toBeVisible();
  await screenshot(page, 'dues-calendar');
  await nav(page, 'Tháng này');
  await screenshot(page, 'dues-home');
  await context.close();

  // ---- the aggregator (a second profile) imports it with another unit's file and a unit that sent nothing
  const aggContext = await newClockedContext(browser);
  const agg = await aggContext.newPage();
  await completeSetup(agg, {
    mode: 'aggregator',
    unitName: 'Đảng bộ các cơ quan Đảng tỉnh',
    unitCode: 'DB-CQD',
    superiorName: 'Tỉnh ủy Ninh Thuận',
  });
  const other = syntheticUnit({ code: 'CB-VPTU', name: 'Chi bộ Văn phòng Tỉnh ủy', members: 5, year: 2026, months: 11, seed: 21 });
  const otherPayload = { ...buildUnitReportPayload(other, { year: 2026, month: 11 }, { aggregateOnly: true }) };
  otherPayload.dues = {
    year: 2026,
    months: [
      {
        ...novDues,
        owedMembers: 5,
        paidMembers: 5,
        partialMembers: 0,
        deferredMembers: 0,
        unpaidMembers: 0,
        unknownExpectedMembers: 0,
        expected: 400_000,
        paidForMonth: 400_000,
        collected: 400_000,
        arrearsCollected: 0,
        advanceCollected: 0,
        collectedByChannel: { cong_dvc: 400_000, tien_mat: 0, unknown: 0 },
      },
    ],
  };
  const otherEnv = await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: 3,
    appVersion: '0.1.0',
    exportedAt: '2026-11-19T09:00:00.000Z',
    unit: { code: 'CB-VPTU', name: 'Chi bộ Văn phòng Tỉnh ủy', parentCode: 'DB-CQD' },
    period: { year: 2026, month: 11 },
    payload: otherPayload,
  });
  const otherFile = join(dir, exchangeFileName(otherEnv));
  writeFileSync(otherFile, await encodeEnvelope(otherEnv));
  await nav(agg, 'Tổng hợp các chi bộ');
  await agg.getByRole('tab', { name: /Đơn vị trực thuộc/u }).click();
  await agg.getByLabel('Mã đơn vị').fill('CB-BTG');
  await agg.getByLabel('Tên đơn vị').fill('Chi bộ Ban Tuyên giáo');
  await agg.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await nav(agg, 'Trao đổi dữ liệu');
  const chooser = agg.waitForEvent('filechooser');
  await agg.getByRole('button', { name: 'Chọn tệp để nhập…' }).click();
  await (await chooser).setFiles([reportFile, otherFile]);
  await expect(agg.getByTestId('import-file')).toHaveCount(2);
  for (let i = 0; i < 2; i++) await agg.getByRole('button', { name: 'Thêm đơn vị này vào danh sách trực thuộc' }).first().click();
  await agg.getByRole('button', { name: 'Nhập 2 tệp' }).click();
  await expect(agg.getByTestId('import-results').getByText('Đã nhập', { exact: true })).toHaveCount(2);
  await nav(agg, 'Tổng hợp các chi bộ');
  await expect(agg.getByTestId('dues-totals-line')).toHaveText(
    'Tháng 11/2026: 2 đơn vị báo cáo; 15/17 đảng viên đã nộp đủ; thu 1.326.000 đồng (phải thu 1.203.000 đồng).',
  );
  await expect(agg.getByTestId('dues-missing')).toHaveText('Chưa báo cáo đảng phí tháng 11/2026: Chi bộ Ban Tuyên giáo');
  await expect(agg.getByTestId('dues-months')).toContainText('Tháng 11/2026');
  await agg.getByTestId('dues-months').scrollIntoViewIfNeeded();
  await screenshot(agg, 'dues-aggregator');
  await aggContext.close();
});
