/** Sample inputs of the self-review form and Mẫu 01 (tests of the PDF, the .docx and the layout). */
import { DEFAULT_ROLLUP_SCALE, SCHEME_QD366, rollUpMember } from '../../src-renderer/core/review';
import type { SelfReviewDocInput } from '../../src-renderer/documents/self-review-content';
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
        results: [{ itemId: 'i1', level: 'tot' }, { itemId: 'i2', level: i < 6 ? 'kem' : 'tot' }],
      }),
    ),
  ];
  const form = pledge(id, 2026, [
    { id: 'i1', categoryCode: 'c1', action: 'Học xong trung cấp lý luận chính trị', deadline: '2026-06-30' },
    { id: 'i2', categoryCode: 'c2', action: 'Thực hiện Quy định số 37-QĐ/TW về những điều đảng viên không được làm', deadline: '2026-12-31' },
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

