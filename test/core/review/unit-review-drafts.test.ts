import { describe, expect, it } from 'vitest';
import { computeMeetingFigures, yearFiguresInputOf, type FiguresMeeting } from '../../../src-renderer/core/figures';
import { SCHEME_QD366, computeStatistics, draftMeetingsText, draftPartyBuildingText } from '../../../src-renderer/core/review';
import { cellRecords } from '../figures/fixtures';

const meeting = (period: string, type: FiguresMeeting['type'], expected: number, present: number, level?: string): FiguresMeeting => ({
  period,
  type,
  expected,
  present,
  finalised: true,
  ...(level ? { quality: { level } } : {}),
});

describe('meeting figures of a year (one function for Mẫu 01 and the unit report file)', () => {
  const meetings = [
    ...Array.from({ length: 11 }, (_, i) =>
      meeting(
        `2026-${String(i + 1).padStart(2, '0')}`,
        i === 2 ? 'ket_hop' : 'thuong_ky',
        40,
        38,
        i < 8 ? 'tot' : i < 10 ? 'kha' : undefined,
      ),
    ),
    meeting('2026-06', 'chuyen_de', 40, 40, 'tot'),
    meeting('2025-12', 'thuong_ky', 40, 10, 'kem'), // other year
  ];
  const f = computeMeetingFigures(meetings, 2026);

  it('counts meetings by type and month, attendance and quality', () => {
    expect(f.meetings).toBe(12);
    expect(f.byType).toMatchObject({ thuong_ky: 10, ket_hop: 1, chuyen_de: 1 });
    expect(f.regularMonths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(f.months).toEqual(f.regularMonths);
    expect([f.expected, f.present]).toEqual([480, 458]);
    expect(f.quality).toEqual({ chua_danh_gia: 1, kha: 2, tot: 9 });
    expect(computeMeetingFigures(meetings, 2026, 6).meetings).toBe(7);
  });

  it('drafts the meetings part of Mẫu 01', () => {
    expect(
      draftMeetingsText(f, [
        { month: 3, title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' },
        { month: 6, title: 'Chuyển đổi số' },
      ]),
    ).toBe(
      'Năm 2026, chi bộ tổ chức 12 buổi sinh hoạt, gồm 10 buổi thường kỳ, 1 buổi thường kỳ kết hợp chuyên đề, 1 buổi chuyên đề; có sinh hoạt thường kỳ 11/12 tháng (chưa tổ chức tháng 12). ' +
        'Tỷ lệ đảng viên dự sinh hoạt đạt 95,42% (458/480 lượt đảng viên phải triệu tập). ' +
        'Chất lượng sinh hoạt chi bộ tự chấm điểm: 9 buổi Tốt, 2 buổi Khá; 1 buổi chưa chấm điểm. ' +
        'Chuyên đề: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” (tháng 3); “Chuyển đổi số” (tháng 6).',
    );
    expect(draftMeetingsText(computeMeetingFigures([], 2026))).toBe('Năm 2026, chưa có buổi sinh hoạt chi bộ nào được ghi trong sổ.');
  });
});

describe('party-building part of Mẫu 01 from the year statistics', () => {
  it('states members, registrations, reports, praise, ratings and exclusions', () => {
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
    expect(draftPartyBuildingText(stats, SCHEME_QD366)).toBe(
      'Đến ngày 31/12/2026, chi bộ có 12 đảng viên (chính thức 12, dự bị 0). ' +
        'Có 10/11 đảng viên thuộc diện đăng ký đã đăng ký thực hiện trách nhiệm nêu gương năm 2026 (90,91%), trong đó 2/2 cán bộ lãnh đạo, quản lý. ' +
        'Chi bộ có nội dung nêu gương trong sinh hoạt 3 tháng, với 22 lượt đảng viên tự đánh giá, báo cáo việc thực hiện. ' +
        'Trong năm, chi bộ biểu dương 4 lượt (2 đồng chí); nhắc nhở 8 lượt (8 đồng chí). ' +
        'Kết quả đánh giá, xếp loại đảng viên: 11/11 đảng viên đã được đánh giá, xếp loại: hoàn thành xuất sắc nhiệm vụ 2 (18,18%); hoàn thành tốt nhiệm vụ 8 (72,73%); hoàn thành nhiệm vụ 1 (9,09%). ' +
        'Không đánh giá, xếp loại: 1 đồng chí miễn công tác và sinh hoạt đảng.',
    );
  });
});
