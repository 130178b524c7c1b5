/**
 * Layout of the review list (1–120 members), the year report and the consolidated report
 * (1–200 units) at any length: seeded cases rendered and read back with pdfjs, checked with the
 * four rules of test/helpers/layout-rules.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDashboard } from '../../../src-renderer/core/aggregation';
import { buildUnitReportPayload, type UnitStatistics } from '../../../src-renderer/core/exchange';
import { syntheticUnit } from '../../fixtures/synthetic-units';
import { computeStatistics, rollUpCell, SCHEME_QD366 } from '../../../src-renderer/core/review';
import { generatedReviewRows, reviewListOf } from './review-cases';
import { yearFiguresInputOf } from '../../../src-renderer/core/figures';
import { cellRecords } from '../../core/figures/fixtures';
import {
  buildConsolidatedReport,
  consolidatedSummary,
  REGISTRATION_HEADERS,
  RATING_HEADERS,
  RATING_LEGEND,
} from '../../../src-renderer/documents/consolidated-report';
import { unbreakableRuns } from '../../../src-renderer/documents/party-layout';
import { renderPdf } from '../../../src-renderer/documents/render-pdf';
import { buildYearReport } from '../../../src-renderer/documents/year-report';
import { readPdfLayout, type PdfLayoutPage } from '../../helpers/pdf-text';
import {
  countOf,
  layoutViolations,
  personName,
  runCounts,
  seeded,
  sentenceWithRuns,
  words,
  type LayoutSpec,
  type Rng,
} from '../../helpers/layout-rules';
import { DEFAULT_DOCUMENT_STYLE } from '../../../src-renderer/core/documents/style';

const CASES = Number(process.env.LAYOUT_REPORT_CASES ?? 30);

/**
 * `everywhere`: runs to find whole wherever the document prints them (the trích yếu, the
 * opening, the prose, the annex title all print the period), counted in the text read back.
 */
async function check(
  name: string,
  seed: number,
  def: TDocumentDefinitions,
  spec: LayoutSpec,
  everywhere: readonly string[] = [],
  extra: (pages: PdfLayoutPage[]) => string[] = () => [],
): Promise<string[]> {
  const bytes = await renderPdf(def);
  const pages = await readPdfLayout(bytes);
  // Lines joined by a space: a run broken across two lines still counts here, not in layoutViolations.
  const all = pages.flatMap((p) => p.lines.map((l) => l.text)).join(' ');
  const runs = new Map(spec.runs);
  for (const run of everywhere) runs.set(run, Math.max(runs.get(run) ?? 0, countOf(all, run)));
  const problems = [...layoutViolations(pages, { ...spec, runs }), ...extra(pages)];
  if (problems.length > 0 && process.env.LAYOUT_OUT) {
    mkdirSync('test-results/docs-issue16', { recursive: true });
    writeFileSync(`test-results/docs-issue16/${name}-seed-${seed}.pdf`, bytes);
  }
  return problems.map((p) => `${name} seed ${seed}: ${p}`);
}

/** The rating table's legend is whole, and the table's header row follows it on the same page. */
function legendWithRatingTable(pages: PdfLayoutPage[]): string[] {
  const start = RATING_LEGEND.slice(0, 40);
  const end = RATING_LEGEND.slice(-30);
  const p = pages.findIndex((pg) =>
    pg.lines
      .map((l) => l.text)
      .join(' ')
      .includes(start),
  );
  if (p < 0) return ['chú giải bảng xếp loại không thấy'];
  const lines = pages[p]!.lines.map((l) => l.text);
  const last = lines.findIndex((t) => t.includes(end));
  if (last < 0) return [`chú giải bảng xếp loại bị tách sang trang ${p + 2}`];
  const header = lines.slice(last + 1).some((t) => t.includes('HTXSNV') && t.includes('KHTNV'));
  return header ? [] : [`trang ${p + 1}: chú giải không có bảng xếp loại theo sau`];
}

const paragraphs = (r: Rng, max: number) => Array.from({ length: r.int(0, max) }, () => sentenceWithRuns(r)).join('\n');

describe('review list, year report and consolidated report layout at any length', () => {
  it(`review list: 1–120 members (${CASES} seeded cases)`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const r = seeded(1000 + seed);
      const n = seed === 1 ? 120 : r.next() < 0.15 ? r.int(80, 120) : r.int(1, 60);
      const rows = generatedReviewRows(r, n);
      const def = reviewListOf(rows, personName(r));
      const printed = rows.flatMap((x) => [x.name, x.position, x.decision, x.note]);
      failures.push(
        ...(await check('review-list', seed, def, {
          signature: 'T/M CHI BỘ',
          headings: [],
          tableHeaders: [],
          rows: rows.map((x) => [`Mục-${x.index}:`, `(hết-${x.index})`] as const),
          runs: runCounts(printed, unbreakableRuns),
        })),
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it(`year report: texts of any length (${CASES} seeded cases)`, async () => {
    const failures: string[] = [];
    const records = cellRecords([
      [10, { final: 'xuat_sac', leader: true }],
      [61, { final: 'tot' }],
      [4, { final: 'hoan_thanh' }],
    ]);
    const stats = computeStatistics(
      SCHEME_QD366,
      yearFiguresInputOf(2026, {
        members: records.members,
        pledges: records.pledges,
        monthly: records.monthly,
        reviews: records.reviews,
        commendations: records.commendations,
      }),
    );
    const cell = rollUpCell(2026, []);
    for (let seed = 1; seed <= CASES; seed++) {
      const r = seeded(2000 + seed);
      const texts = {
        results: paragraphs(r, 12),
        limits: paragraphs(r, 8),
        proposals: paragraphs(r, 6),
        typical: r.next() < 0.3 ? paragraphs(r, 4) : '',
      };
      const def = buildYearReport({
        style: DEFAULT_DOCUMENT_STYLE,
        year: 2026,
        superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
        unitName: 'Chi bộ Sở Tư pháp',
        placeName: 'Ninh Thuận',
        issuerCode: 'CB',
        superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
        reportNumber: r.int(1, 30),
        reportDate: '2026-12-28',
        scheme: SCHEME_QD366,
        stats,
        cell,
        unitLevel: { level: 'tot', score: 86.5 },
        texts,
        signerName: personName(r),
      });
      failures.push(
        ...(await check('year-report', seed, def, {
          signature: 'T/M CHI BỘ',
          headings: [
            'I. KẾT QUẢ ĐĂNG KÝ, TỰ ĐÁNH GIÁ VÀ XẾP LOẠI',
            'II. KẾT QUẢ NỔI BẬT',
            'III. HẠN CHẾ, NGUYÊN NHÂN',
            'IV. KIẾN NGHỊ, ĐỀ XUẤT',
          ],
          tableHeaders: ['TT Nội dung Số lượng Tỷ lệ'],
          rows: [],
          runs: runCounts(
            Object.values(texts).flatMap((t) => t.split('\n')),
            unbreakableRuns,
          ),
        })),
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it(`consolidated report: 1–200 units (${Math.ceil(CASES / 2)} seeded cases)`, async () => {
    const period = { year: 2026, month: 11 };
    const pool: UnitStatistics[] = Array.from(
      { length: 8 },
      (_, i) =>
        buildUnitReportPayload(
          syntheticUnit({ code: `P${i}`, name: `P${i}`, members: 5 + i * 9, year: 2026, months: 11, seed: i + 1 }),
          period,
          { aggregateOnly: true },
        ).statistics,
    );
    const failures: string[] = [];
    for (let seed = 1; seed <= Math.ceil(CASES / 2); seed++) {
      const r = seeded(3000 + seed);
      const n = seed === 1 ? 200 : r.next() < 0.2 ? r.int(100, 200) : r.int(1, 40);
      const units = Array.from({ length: n }, (_, i) => ({
        unitCode: `DV${String(i + 1).padStart(3, '0')}`,
        unitName: `${r.pick(['Chi bộ', 'Đảng bộ'])} ĐV${i + 1} ${words(r, 1, r.next() < 0.2 ? 14 : 5)} (đv-${i + 1})`,
        unitType: 'chi_bo_co_so' as const,
        ...(r.next() < 0.9 ? { statistics: r.pick(pool) } : {}),
      }));
      const dashboard = buildDashboard('2026-11', units);
      const texts = { results: paragraphs(r, 8), limits: paragraphs(r, 5), proposals: paragraphs(r, 4) };
      // The trích yếu ends with the period: at 14 pt "tháng 11/2026" fell across the line end ("tháng / 11/2026").
      const periodLabel = seed === 1 ? 'tháng 11/2026' : r.pick(['tháng 11/2026', 'tháng 9/2026', 'quý IV/2026', 'năm 2026']);
      const def = buildConsolidatedReport({
        style: DEFAULT_DOCUMENT_STYLE,
        dashboard,
        periodLabel,
        superiorName: 'Tỉnh ủy Ninh Thuận',
        unitName: 'Đảng bộ các cơ quan Đảng tỉnh',
        placeName: 'Ninh Thuận',
        issuerCode: 'ĐU',
        superiorCommittee: 'Ban Thường vụ Tỉnh ủy',
        reportNumber: r.int(1, 99),
        reportDate: '2026-11-30',
        signerName: personName(r),
        texts,
      });
      const reported = dashboard.reported.map((u) => Number(/ĐV(\d+) /u.exec(u.unitName)![1]));
      failures.push(
        ...(await check(
          'consolidated',
          seed,
          def,
          {
            signature: 'T/M ĐẢNG ỦY',
            headings: [
              'I. KẾT QUẢ ĐĂNG KÝ, TỰ ĐÁNH GIÁ VÀ XẾP LOẠI',
              'II. KẾT QUẢ NỔI BẬT',
              'III. HẠN CHẾ, NGUYÊN NHÂN',
              'IV. KIẾN NGHỊ, ĐỀ XUẤT',
              '1. Đăng ký, tự đánh giá hằng tháng và sinh hoạt chi bộ',
              '2. Kết quả đánh giá, xếp loại chất lượng đảng viên',
            ],
            tableHeaders: [REGISTRATION_HEADERS.join(' '), RATING_HEADERS.join(' ')],
            totalRows: ['Tổng cộng'],
            rows: reported.map((i) => [`ĐV${i} `, `(đv-${i})`] as const),
            runs: runCounts([consolidatedSummary(periodLabel), ...Object.values(texts).flatMap((t) => t.split('\n'))], unbreakableRuns),
          },
          [periodLabel],
          legendWithRatingTable,
        )),
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
