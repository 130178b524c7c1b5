/** Sample inputs of the self-review form and Mẫu 01 (tests of the PDF, the .docx and the layout). */
import { computeMeetingFigures, yearFiguresInputOf } from '../../src-renderer/core/figures';
import { DEFAULT_ROLLUP_SCALE, SCHEME_QD366, computeStatistics, rollUpMember } from '../../src-renderer/core/review';
import type { SelfReviewDocInput } from '../../src-renderer/documents/self-review-content';
import type { UnitReviewDocInput } from '../../src-renderer/documents/unit-review-content';
import { cellRecords } from '../core/figures/fixtures';
import { member, month, pledge } from '../core/review/fixtures';

export const unit = { name: 'Chi bộ Sở Tư pháp', superiorName: 'Đảng bộ các cơ quan Đảng tỉnh', placeName: 'Ninh Thuận' };

function evidence(id: string) {
  const m = member(id, {
    fullName: 'Đặng Thị Ngọc Ặng',
    birthDate: '1978-02-05',
    workplace: 'Phòng Hành chính tư pháp, Sở Tư pháp',
    govPosition: 'Phó Trưởng phòng',
    partyPosition: 'chi_uy_vien',
    massOrgPosition: 'Chủ tịch Công đoàn cơ sở',
    residence: 'Phường Đô Vinh, tỉnh Ninh Thuận',
    isLeader: true,
  });
  const assessments = [
    ...Array.from({ length: 10 }, (_, i) =>
      month(id, `2026-${String(i + 1).padStart(2, '0')}`, {
        overallLevel: i === 4 ? 'trung_binh' : 'tot',
        praised: i === 2 || i === 8,
        reminded: i === 4,
        cellComment: i === 4 ? 'Chậm nộp báo cáo theo Kế hoạch số 12-KH/CB' : undefined,
        results: [
          { itemId: 'i1', level: 'tot' },
          { itemId: 'i2', level: i < 6 ? 'kem' : 'tot' },
        ],
      }),
    ),
  ];
  const form = pledge(id, 2026, [
    { id: 'i1', categoryCode: 'c1', action: 'Học xong trung cấp lý luận chính trị', deadline: '2026-06-30' },
    {
      id: 'i2',
      categoryCode: 'c2',
      action: 'Thực hiện Quy định số 37-QĐ/TW về những điều đảng viên không được làm',
      deadline: '2026-12-31',
    },
    { id: 'i3', categoryCode: 'c3', action: 'Viết sáng kiến kinh nghiệm', deadline: '2026-09-30' },
  ]);
  const rollup = rollUpMember({ member: m, year: 2026, asOf: '2026-12-15', assessments, pledge: form, scale: DEFAULT_ROLLUP_SCALE });
  return { m, rollup };
}

export function sampleSelfReview(id = 'a', extra: Partial<SelfReviewDocInput> = {}): SelfReviewDocInput {
  const { m, rollup } = evidence(id);
  return {
    year: 2026,
    member: m,
    unit,
    scheme: SCHEME_QD366,
    review: { sections: {}, scoreCommon: 27.5, scoreTasks: 61, selfLevel: 'tot', proposedLevel: 'tot' },
    rollup,
    scale: DEFAULT_ROLLUP_SCALE,
    committee: { authority: 'T/M Chi ủy', title: 'Bí thư', name: 'Nguyễn Thị Ngọc Yến' },
    ...extra,
  };
}

/** Mẫu 01 of a 12-member cell with a year of meetings. */
export function sampleUnitReview(extra: Partial<UnitReviewDocInput> = {}): UnitReviewDocInput {
  const r = cellRecords([
    [2, { final: 'xuat_sac', leader: true, praised: 2, months: [1, 2, 3] }],
    [8, { final: 'tot', months: [1, 2], reminded: 1 }],
    [1, { proposed: 'hoan_thanh', registered: false }],
    [1, { excluded: 'mien', registered: false }],
  ]);
  const stats = computeStatistics(
    SCHEME_QD366,
    yearFiguresInputOf(2026, {
      members: r.members,
      pledges: r.pledges,
      monthly: r.monthly,
      reviews: r.reviews,
      commendations: r.commendations,
    }),
  );
  const meetings = computeMeetingFigures(
    Array.from({ length: 12 }, (_, i) => ({
      period: `2026-${String(i + 1).padStart(2, '0')}`,
      type: i === 5 ? ('ket_hop' as const) : ('thuong_ky' as const),
      expected: 11,
      present: i % 4 === 0 ? 10 : 11,
      finalised: true,
      ...(i < 11 ? { quality: { level: i < 9 ? 'tot' : 'kha' } } : {}),
    })),
    2026,
  );
  return {
    year: 2026,
    unit: { ...unit, issuerCode: 'CB', superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh' },
    scheme: SCHEME_QD366,
    stats,
    meetings,
    topics: [{ month: 6, title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về chuyển đổi số' }],
    unitReview: {
      score: 86.5,
      selfLevel: 'tot',
      report: {
        results:
          'Lãnh đạo cơ quan hoàn thành 100% chỉ tiêu theo Nghị quyết số 05-NQ/CB ngày 15/01/2026.\nTriển khai Kết luận số 21-KL/TW ngày 25/10/2021 nghiêm túc.',
        limits: 'Việc tự đánh giá hằng tháng ở một số đồng chí còn chậm.',
      },
    },
    reportNumber: 7,
    date: '2026-12-20',
    signer: { title: 'Bí thư', name: 'Nguyễn Thị Ngọc Yến' },
    ...extra,
  };
}
