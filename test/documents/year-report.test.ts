// @vitest-environment jsdom
import { writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { YearReview } from '../../src-renderer/core/model';
import {
  DEFAULT_ROLLUP_SCALE,
  SCHEME_QD366,
  buildReviewList,
  computeStatistics,
  rollUpCell,
  rollUpMember,
} from '../../src-renderer/core/review';
import { yearFiguresInputOf } from '../../src-renderer/core/figures';
import { buildUnitReportPayload } from '../../src-renderer/core/exchange';
import { cellRecords, reportSourceOf } from '../core/figures/fixtures';
import { buildYearReport } from '../../src-renderer/documents/year-report';
import { buildReviewListPdf } from '../../src-renderer/documents/review-list';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { readPdf, squash } from '../helpers/pdf-text';
import { member, month } from '../core/review/fixtures';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

const records = cellRecords([
  [10, { final: 'xuat_sac', leader: true, praised: 1, months: [1, 2, 3] }],
  [61, { final: 'tot', months: [1, 2] }],
  [4, { final: 'hoan_thanh', reminded: 1 }],
  [1, { final: 'khong_hoan_thanh' }],
  [1, { excluded: 'mien', registered: false }],
]);
const figuresInput = (r: typeof records) =>
  yearFiguresInputOf(2026, {
    members: r.members,
    pledges: r.pledges,
    monthly: r.monthly,
    reviews: r.reviews,
    commendations: r.commendations,
  });
const stats = computeStatistics(SCHEME_QD366, figuresInput(records));
const cell = rollUpCell(2026, [
  rollUpMember({
    member: member('a'),
    year: 2026,
    asOf: '2026-12-15',
    scale: DEFAULT_ROLLUP_SCALE,
    assessments: [month('a', '2026-01', { overallLevel: 'tot' }), month('a', '2026-03', { overallLevel: 'kha' })],
  }),
]);

describe('year report PDF', () => {
  it('prints the Party report with statistics exact to two decimals', async () => {
    const def = buildYearReport({
      style: DEFAULT_DOCUMENT_STYLE,
      year: 2026,
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      unitName: 'Chi bộ Sở Tư pháp',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
      superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
      reportNumber: 5,
      reportDate: '2026-12-28',
      scheme: SCHEME_QD366,
      stats,
      cell,
      unitLevel: { level: 'tot', score: 86.5 },
      texts: {
        results: 'Đảng viên gương mẫu chấp hành chủ trương của Đảng.\nNhiều đồng chí đặt mục tiêu cụ thể, đo đếm được.',
        limits: 'Một số đảng viên đăng ký còn chung chung; việc tự đánh giá ở vài tháng chậm.',
        proposals: 'Đề nghị cấp trên hướng dẫn thống nhất mẫu đăng ký năm 2027.',
      },
      signerName: 'Nguyễn Thị Ngọc Yến',
    });
    const bytes = await renderPdf(def);
    mkdirSync('test-results/pdf', { recursive: true });
    writeFileSync('test-results/pdf/year-report.pdf', bytes);
    const pdf = await readPdf(bytes);
    const t = squash(pdf.text);
    expect(pdf.pages[0]?.width).toBeCloseTo(595.28, 1);
    expect(t).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(t).toContain('Số 05-BC/CB');
    expect(t).toContain('Ninh Thuận, ngày 28 tháng 12 năm 2026');
    expect(t).toContain('BÁO CÁO');
    expect(t).toContain('kết quả thực hiện trách nhiệm nêu gương năm 2026');
    expect(t).toContain('Kính gửi: Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh');
    expect(t).toContain('Số đảng viên hoàn thành tốt nhiệm vụ trở lên 71 93,42%');
    expect(t).toContain('Hoàn thành xuất sắc nhiệm vụ 10 13,16%');
    expect(t).toContain('Số đảng viên đã đăng ký 76 100,00%');
    expect(t).toContain('16,39%');
    expect(t).toContain('Chi bộ tự đánh giá, xếp loại năm 2026: Hoàn thành tốt nhiệm vụ (86,5 điểm).');
    expect(t).toContain('III. HẠN CHẾ, NGUYÊN NHÂN');
    expect(t).toContain('Đề nghị cấp trên hướng dẫn thống nhất mẫu đăng ký năm 2027.');
    expect(t).toContain('T/M CHI BỘ');
    expect(t).toContain('BÍ THƯ');
    expect(t).toContain('Nguyễn Thị Ngọc Yến');
    expect(t).toContain('Nơi nhận:');
    expect(t).toContain('- Lưu Chi bộ.');
  });

  it('5 vs 3: the printed report counts the members the file counts (a self-assessment is not a rating)', async () => {
    const five = cellRecords([
      [3, { proposed: 'tot', months: [11] }],
      [2, { self: 'xuat_sac', months: [11, 12] }],
    ]);
    const file = buildUnitReportPayload(reportSourceOf(five), { year: 2026 }, { aggregateOnly: false }).statistics;
    const s5 = computeStatistics(SCHEME_QD366, figuresInput(five));
    const bytes = await renderPdf(
      buildYearReport({
        style: DEFAULT_DOCUMENT_STYLE,
        year: 2026,
        superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
        unitName: 'Chi bộ Sở Tư pháp',
        placeName: 'Ninh Thuận',
        issuerCode: 'CB',
        superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
        reportDate: '2026-12-28',
        scheme: SCHEME_QD366,
        stats: s5,
        texts: { results: '', limits: '', proposals: '' },
      }),
    );
    writeFileSync('test-results/pdf/year-report-5-vs-3.pdf', bytes);
    const t = squash((await readPdf(bytes)).text);
    expect(file.rated).toBe(3);
    expect(t).toContain(`Số đảng viên đã kiểm điểm, xếp loại ${file.rated} 60,00%`);
    expect(t).toContain(`Số đảng viên phải kiểm điểm, xếp loại chất lượng ${file.reviewRequired}`);
    expect(t).toContain(`Số tháng chi bộ có nội dung nêu gương trong sinh hoạt ${file.reportedMonths.length}`);
    expect(t).toContain(`Số lượt đảng viên tự đánh giá, báo cáo việc thực hiện nêu gương ${file.memberMonthReports}`);
  });

  it('prints the review list per member (landscape)', async () => {
    const mk = (id: string, fullName: string, r: Partial<YearReview>) => ({
      member: member(id, {
        fullName,
        familyName: fullName.split(' ')[0]!,
        givenName: fullName.split(' ').at(-1)!,
        middleName: fullName.split(' ').slice(1, -1).join(' '),
      }),
      review: {
        id,
        memberId: id,
        unitId: 'u1',
        year: 2026,
        reviewDate: '2026-12-15',
        formVariant: '2B',
        sections: {},
        forcedFailure: [],
        updatedAt: '',
        ...r,
      } as YearReview,
    });
    const rows = buildReviewList(SCHEME_QD366, [
      mk('b', 'Trần Thị Bình', {
        scoreCommon: 28,
        scoreTasks: 64.5,
        selfLevel: 'xuat_sac',
        proposedLevel: 'xuat_sac',
        finalLevel: 'xuat_sac',
        decision: { body: 'Đảng ủy cơ sở', number: '12-QĐ/ĐU', date: '2026-12-30' },
      }),
      mk('a', 'Nguyễn Văn An', { scoreCommon: 25, scoreTasks: 50, selfLevel: 'tot', proposedLevel: 'tot' }),
      mk('c', 'Lê Văn Cường', { excluded: { reason: 'moi_ket_nap', note: 'Vào Đảng ngày 16/09/2026' } }),
    ]);
    expect(rows.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    expect(rows[1]?.total).toBe('92,5');
    const bytes = await renderPdf(
      buildReviewListPdf({
        style: DEFAULT_DOCUMENT_STYLE,
        year: 2026,
        superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
        unitName: 'Chi bộ Sở Tư pháp',
        placeName: 'Ninh Thuận',
        date: '2026-12-28',
        rows,
        schemeName: SCHEME_QD366.name,
        signerName: 'Nguyễn Thị Ngọc Yến',
      }),
    );
    writeFileSync('test-results/pdf/review-list.pdf', bytes);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]?.width).toBeCloseTo(841.89, 1);
    const t = squash(pdf.text);
    expect(t).toContain('DANH SÁCH');
    expect(t).toContain('kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2026');
    expect(t).toContain('Trần Thị Bình');
    expect(t).toContain('92,5');
    expect(t).toContain('Không xếp loại: Vào Đảng ngày 16/09/2026');
    // Level codes with their legend; the deciding body once, under the table.
    expect(t.replace(/- /gu, '-')).toContain('Số 12-QĐ/ĐU, 30/12/2026');
    expect(t).toContain('HTXSNV: hoàn thành xuất sắc nhiệm vụ');
    expect(t).toContain('Cấp có thẩm quyền quyết định: Đảng ủy cơ sở.');
  });
});
