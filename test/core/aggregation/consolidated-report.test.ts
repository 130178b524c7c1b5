// @vitest-environment jsdom
/** The consolidated report PDF (documents/consolidated-report.ts): Party layout, rows, totals line. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src-renderer/core/aggregation';
import { buildUnitReportPayload } from '../../../src-renderer/core/exchange';
import { syntheticUnit } from '../../fixtures/synthetic-units';
import { buildConsolidatedReport, RATING_HEADERS, REGISTRATION_HEADERS } from '../../../src-renderer/documents/consolidated-report';
import { renderPdf } from '../../../src-renderer/documents/render-pdf';
import { readPdf, readPdfLayout, squash } from '../../helpers/pdf-text';
import { DEFAULT_DOCUMENT_STYLE } from '../../../src-renderer/core/documents/style';

/** The committee's report of `dashboard` (Đảng bộ các cơ quan Đảng tỉnh, report 12 of 30/11/2026). */
function reportOf(dashboard: Parameters<typeof buildConsolidatedReport>[0]['dashboard'], results: string) {
  return buildConsolidatedReport({
    style: DEFAULT_DOCUMENT_STYLE,
    dashboard,
    periodLabel: 'tháng 11/2026',
    superiorName: 'Tỉnh ủy Ninh Thuận',
    unitName: 'Đảng bộ các cơ quan Đảng tỉnh',
    placeName: 'Ninh Thuận',
    issuerCode: 'ĐU',
    superiorCommittee: 'Ban Thường vụ Tỉnh ủy',
    reportNumber: 12,
    reportDate: '2026-11-30',
    signerName: 'Nguyễn Văn An',
    texts: { results, limits: '', proposals: '' },
  });
}

describe('consolidated report PDF', () => {
  it('prints header, the summary in prose, both tables (landscape annex) with a totals row and a legend', async () => {
    const period = { year: 2026, month: 11 };
    const units = [
      ['CB-A', 'Chi bộ Sở Tư pháp', 8],
      ['CB-B', 'Chi bộ Văn phòng Tỉnh ủy', 45],
      ['CB-C', 'Chi bộ Ban Tuyên giáo', 120],
    ] as const;
    const dashboard = buildDashboard('2026-11', [
      ...units.map(([code, name, n], i) => ({
        unitCode: code,
        unitName: name,
        unitType: 'chi_bo_co_so' as const,
        statistics: buildUnitReportPayload(syntheticUnit({ code, name, members: n, year: 2026, months: 11, seed: i + 1 }), period, {
          aggregateOnly: true,
        }).statistics,
      })),
      { unitCode: 'CB-D', unitName: 'Chi bộ Sở Nội vụ' },
    ]);
    const def = reportOf(dashboard, 'Các chi bộ duy trì nền nếp.');
    const bytes = await renderPdf(def);
    if (process.env.SAVE_PDF) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/consolidated-report.pdf', bytes);
    }
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]!.width).toBeCloseTo(595.28, 1);
    const text = squash(pdf.text);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Số 12-BC/ĐU');
    expect(text).toContain('Ninh Thuận, ngày 30 tháng 11 năm 2026');
    expect(text).toContain('BÁO CÁO');
    expect(text).not.toContain('·');
    expect(text).toContain('3/4 đơn vị trực thuộc Đảng bộ các cơ quan Đảng tỉnh gửi báo cáo, với tổng số 173 đảng viên');
    expect(text).toContain('HTXSNV: hoàn thành xuất sắc nhiệm vụ');
    expect(pdf.pages.at(-1)!.width).toBeCloseTo(841.89, 1);
    expect(text).toContain('Chi bộ Văn phòng Tỉnh ủy');
    expect(text).toContain('Tổng cộng');
    expect(text).toContain(squash('Đơn vị chưa gửi báo cáo: Chi bộ Sở Nội vụ.'));
    expect(text).toContain('Nguyễn Văn An');
    expect(dashboard.totals.members).toBe(173);
  });

  it('the annex columns leave the unit name room and never break a header word', async () => {
    const period = { year: 2026, month: 11 };
    const statistics = buildUnitReportPayload(
      syntheticUnit({ code: 'P', name: 'P', members: 30, year: 2026, months: 11, seed: 3 }),
      period,
      {
        aggregateOnly: true,
      },
    ).statistics;
    const long = 'Chi bộ Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp';
    const dashboard = buildDashboard(
      '2026-11',
      [long, 'Chi bộ Sở Tư pháp', 'Đảng bộ Trường Cao đẳng Sư phạm Ninh Thuận'].map((unitName, i) => ({
        unitCode: `DV${i + 1}`,
        unitName,
        unitType: 'chi_bo_co_so' as const,
        statistics,
      })),
    );
    const def = reportOf(dashboard, '');
    const lines = (await readPdfLayout(await renderPdf(def))).flatMap((p) => p.lines.map((l) => l.text));
    const tokens = new Set(lines.flatMap((l) => l.split(/\s+/u)));
    for (const header of [...REGISTRATION_HEADERS, ...RATING_HEADERS])
      for (const word of header.split(/\s+/u)) expect(tokens.has(word), `${header}: ${word}`).toBe(true);
    // The totals' "1.247 (100,00%)" style cell stays on one line.
    expect(lines.some((l) => /Tổng cộng \S+ \S+ \S+ \(100,00%\)/u.test(l))).toBe(true);
    // The longest unit name takes at most 4 lines in the registration table, the annex's first (it took 6 at 86 pt).
    const row1 = lines.findIndex((l) => l.startsWith('1 Chi bộ'));
    const row2 = lines.findIndex((l, i) => i > row1 && l.startsWith('2 Chi bộ Sở'));
    expect(row2 - row1).toBeLessThanOrEqual(4);
  });
});
