/**
 * A cell exports its November report; an aggregator profile (a second browser context) imports it
 * with two other units' files and shows the consolidated totals.
 */
import { expect, test } from './fixtures';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDashboard } from '../src-renderer/core/aggregation';
import {
  buildEnvelope,
  buildUnitReportPayload,
  encodeEnvelope,
  exchangeFileName,
  readExchangeFile,
  type UnitStatistics,
} from '../src-renderer/core/exchange';
import { syntheticUnit } from '../test/fixtures/synthetic-units';
import { completeSetup, nav, screenshot, downloadFrom, newClockedContext, seedRecords } from './helpers';

const PERIOD = { year: 2026, month: 11 };

async function otherUnitFile(
  dir: string,
  code: string,
  name: string,
  members: number,
  seed: number,
): Promise<{ path: string; stats: UnitStatistics }> {
  const src = syntheticUnit({ code, name, members, year: 2026, months: 11, seed });
  const payload = buildUnitReportPayload(src, PERIOD, { aggregateOnly: false });
  const env = await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-19T09:00:00.000Z', // the day before the tests' fixed clock (DEFAULT_NOW)
    unit: { code, name, parentCode: 'DB-CQD' },
    period: PERIOD,
    payload,
  });
  const path = join(dir, exchangeFileName(env));
  writeFileSync(path, await encodeEnvelope(env));
  return { path, stats: payload.statistics };
}

test('a cell exports its November report and the aggregator consolidates it with two other units', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sng-exchange-'));

  // ---- the cell
  const cellContext = await newClockedContext(browser);
  const cell = await cellContext.newPage();
  await completeSetup(cell, { unitName: 'Chi bộ Sở Tư pháp', unitCode: 'CB-SOTUPHAP' });
  const src = syntheticUnit({ code: 'CB-SOTUPHAP', name: 'Chi bộ Sở Tư pháp', members: 9, year: 2026, months: 11, seed: 11 });
  await seedRecords(cell, {
    members: src.members,
    pledgeForms: src.pledgeForms,
    monthlyAssessments: src.monthly,
    meetings: src.meetings,
    yearReviews: src.yearReviews,
  });
  await nav(cell, 'Trao đổi dữ liệu');
  await cell.getByRole('tab', { name: 'Xuất tệp' }).click();
  await cell.getByLabel('Năm').fill('2026');
  await cell.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await cell.getByRole('option', { name: 'Tháng 11', exact: true }).click();
  await cell.getByRole('button', { name: 'Xem trước nội dung gửi' }).click();
  const preview = cell.getByTestId('export-preview');
  await expect(preview).toContainText('Báo cáo của đơn vị — Chi bộ Sở Tư pháp (tháng 11/2026)');
  await expect(preview).toContainText('Số lượt tự đánh giá');
  await expect(preview).toContainText('99'); // 9 members × 11 months
  await screenshot(cell, 'exchange-cell-export-preview');
  const download = await downloadFrom(cell, () => cell.getByRole('button', { name: 'Lưu tệp…' }).click());
  expect(download.suggestedFilename()).toBe('CB-SOTUPHAP_bao-cao_2026-11.sng');
  const cellFile = join(dir, download.suggestedFilename());
  await download.saveAs(cellFile);
  await expect(cell.getByText('Đã xuất tệp')).toBeVisible();
  const { readFileSync } = await import('node:fs');
  const cellRead = await readExchangeFile(new Uint8Array(readFileSync(cellFile)));
  if (cellRead.envelope.kind !== 'unit_report') throw new Error('kind');
  const cellStats = cellRead.envelope.payload.statistics;
  expect(cellStats.members).toBe(9);
  await cellContext.close();

  // ---- two other units' files
  const b = await otherUnitFile(dir, 'CB-VPTU', 'Chi bộ Văn phòng Tỉnh ủy', 40, 21);
  const c = await otherUnitFile(dir, 'CB-BTG', 'Chi bộ Ban Tuyên giáo', 130, 31);

  // ---- the aggregator, a second browser context
  const aggContext = await newClockedContext(browser);
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
  await (await chooser).setFiles([cellFile, b.path, c.path]);
  const files = agg.getByTestId('import-file');
  await expect(files).toHaveCount(3);
  // none of the three units is known yet: each is offered for adding
  for (let i = 0; i < 3; i++) {
    await agg.getByRole('button', { name: 'Thêm đơn vị này vào danh sách trực thuộc' }).first().click();
    await expect(agg.getByRole('button', { name: 'Thêm đơn vị này vào danh sách trực thuộc' })).toHaveCount(2 - i);
  }
  await expect(agg.getByText('Sẵn sàng nhập')).toHaveCount(3);
  await expect(files.first()).toContainText('Kỳ: tháng 11/2026');
  await expect(agg.getByTestId('import-preview')).toContainText('Thêm đơn vị trực thuộc mới: Chi bộ Văn phòng Tỉnh ủy (mã CB-VPTU).');
  await screenshot(agg, 'exchange-import-preview');
  await agg.getByRole('button', { name: 'Nhập 3 tệp' }).click();
  const results = agg.getByTestId('import-results');
  await expect(results.getByText('Đã nhập', { exact: true })).toHaveCount(3);
  await screenshot(agg, 'exchange-import-results');

  // re-importing the same file changes nothing and says so
  const chooser2 = agg.waitForEvent('filechooser');
  await agg.getByRole('button', { name: 'Chọn tệp để nhập…' }).click();
  await (await chooser2).setFiles([cellFile]);
  await expect(agg.getByTestId('import-file')).toContainText('không có gì thay đổi');

  // ---- the dashboard
  await nav(agg, 'Tổng hợp các chi bộ');
  const expected = buildDashboard('2026-11', [
    { unitCode: 'CB-SOTUPHAP', unitName: 'Chi bộ Sở Tư pháp', unitType: cellRead.envelope.payload.unitType, statistics: cellStats },
    { unitCode: 'CB-VPTU', unitName: 'Chi bộ Văn phòng Tỉnh ủy', unitType: 'chi_bo_co_so', statistics: b.stats },
    { unitCode: 'CB-BTG', unitName: 'Chi bộ Ban Tuyên giáo', unitType: 'chi_bo_co_so', statistics: c.stats },
  ]);
  expect(expected.totals.members).toBe(179);
  await expect(agg.getByTestId('totals-line')).toHaveText(expected.totalsLine);
  await expect(agg.getByText('Đã báo cáo: 3/3')).toBeVisible();
  await expect(agg.getByTestId('dashboard-table')).toContainText('Tổng cộng');
  await agg.waitForTimeout(300); // let the charts lay out before the screenshot
  await screenshot(agg, 'exchange-aggregator-dashboard');

  // drill-down into one unit's members
  await agg.getByRole('button', { name: 'Chi bộ Sở Tư pháp' }).click();
  await expect(agg.getByTestId('drill-down').locator('tbody tr')).toHaveCount(9);
  await screenshot(agg, 'exchange-aggregator-drilldown');
  await agg.keyboard.press('Escape');
  await expect(agg.getByTestId('drill-down')).toBeHidden();

  // exports: PDF in the Party layout, xlsx and the consolidated report for the level above
  await agg.getByLabel('Kết quả nổi bật').fill('Các chi bộ duy trì nền nếp báo cáo nêu gương hằng tháng.');
  const pdfDownload = await downloadFrom(agg, () => agg.getByRole('button', { name: 'Lưu PDF báo cáo tổng hợp' }).click());
  expect(pdfDownload.suggestedFilename()).toBe('bao-cao-tong-hop_2026-11.pdf');
  await pdfDownload.saveAs(join('test-results', 'screens', 'exchange-consolidated-report.pdf'));
  expect(
    readFileSync(join('test-results', 'screens', 'exchange-consolidated-report.pdf'))
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  const xlsx = await downloadFrom(agg, () => agg.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click());
  expect(xlsx.suggestedFilename()).toBe('tong-hop_2026-11.xlsx');
  const up = await downloadFrom(agg, () => agg.getByRole('button', { name: 'Xuất báo cáo tổng hợp gửi cấp trên (.sng)' }).click());
  const upFile = join(dir, 'up.sng');
  await up.saveAs(upFile);
  const upRead = await readExchangeFile(new Uint8Array(readFileSync(upFile)));
  expect(upRead.envelope.kind === 'unit_report' && upRead.envelope.payload.statistics.members).toBe(179);
  await aggContext.close();
});

test('drag-and-drop: a bad file is refused with its reason, a name with <script> is shown as text', async ({ browser }) => {
  const context = await newClockedContext(browser);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await completeSetup(page, { mode: 'aggregator', unitName: 'Đảng bộ các cơ quan Đảng tỉnh', unitCode: 'DB-CQD' });
  const evilName = '<script>alert("x")</script> Chi bộ <b>Thử</b>';
  const src = syntheticUnit({ code: 'CB-THU', name: evilName, members: 12, year: 2026, months: 11, seed: 5 });
  const env = await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-19T09:00:00.000Z', // the day before the tests' fixed clock (DEFAULT_NOW)
    unit: { code: 'CB-THU', name: evilName, parentCode: 'DB-CQD' },
    period: PERIOD,
    payload: buildUnitReportPayload(src, PERIOD, { aggregateOnly: true }),
  });
  const good = await encodeEnvelope(env);
  const truncated = good.slice(0, good.length - 30);
  await nav(page, 'Trao đổi dữ liệu');
  const dataTransfer = await page.evaluateHandle(
    (files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      return dt;
    },
    [
      { name: 'CB-THU_bao-cao_2026-11.sng', bytes: Array.from(good) },
      { name: 'hong.sng', bytes: Array.from(truncated) },
    ],
  );
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  const files = page.getByTestId('import-file');
  await expect(files).toHaveCount(2);
  await expect(files.nth(1)).toContainText('Tệp bị cắt cụt');
  await expect(files.nth(0)).toContainText(evilName);
  await page.getByRole('button', { name: 'Thêm đơn vị này vào danh sách trực thuộc' }).click();
  await expect(page.getByRole('button', { name: 'Nhập 1 tệp' })).toBeVisible();
  await screenshot(page, 'exchange-drop-preview');
  await page.getByRole('button', { name: 'Nhập 1 tệp' }).click();
  await expect(page.getByTestId('import-results').getByText('Không nhập', { exact: true })).toHaveCount(1);
  await expect(page.getByTestId('import-results').getByText('Đã nhập', { exact: true })).toHaveCount(1);
  await nav(page, 'Tổng hợp các chi bộ');
  await expect(page.getByTestId('totals-line')).toContainText('12 đảng viên');
  await page.getByRole('button', { name: evilName }).click();
  await expect(page.getByText('Đơn vị chỉ gửi số liệu tổng hợp')).toBeVisible();
  expect(dialogs).toEqual([]);
  await context.close();
});
