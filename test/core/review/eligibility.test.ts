import { describe, expect, it } from 'vitest';
import { reviewRoster } from '../../../src-renderer/core/review';
import { member } from './fixtures';

const REVIEW = '2026-12-15';

describe('who is reviewed (QĐ 366 Điều 5 khoản 2.1)', () => {
  it('admitted exactly 6 months before the review date is reviewed; one day later is not', () => {
    const roster = reviewRoster([member('six', { admissionDate: '2026-06-15' }), member('short', { admissionDate: '2026-06-16' })], REVIEW);
    expect(roster.find((e) => e.member.id === 'six')?.excluded).toBeUndefined();
    const short = roster.find((e) => e.member.id === 'short');
    expect(short?.excluded?.reason).toBe('moi_ket_nap');
    expect(short?.excluded?.note).toBe('Vào Đảng ngày 16/06/2026, đủ 6 tháng vào ngày 16/12/2026 (sau ngày kiểm điểm 15/12/2026).');
  });

  it('miễn and đình chỉ covering the review date exclude, with the period in the note; ended periods do not', () => {
    const roster = reviewRoster(
      [
        member('mien', { statusPeriods: [{ id: 'p', kind: 'mien_sinh_hoat', from: '2025-01-01', reason: 'Tuổi cao' }] }),
        member('dc', { statusPeriods: [{ id: 'p', kind: 'dinh_chi', from: '2026-10-01', to: '2026-12-15' }] }),
        member('ended', { statusPeriods: [{ id: 'p', kind: 'dinh_chi', from: '2026-10-01', to: '2026-12-14' }] }),
      ],
      REVIEW,
    );
    expect(roster.map((e) => e.excluded?.reason)).toEqual(['mien', 'dinh_chi', undefined]);
    expect(roster[0]?.excluded?.note).toBe('Được miễn công tác và sinh hoạt đảng từ 01/01/2025 (Tuổi cao).');
    expect(roster[1]?.excluded?.note).toBe('Đang bị đình chỉ sinh hoạt đảng từ 01/10/2026 đến 15/12/2026.');
  });

  it('members who left before the review date are not in the round at all', () => {
    const roster = reviewRoster(
      [
        member('gone', { statusPeriods: [{ id: 'p', kind: 'chuyen_di', from: '2026-09-01' }] }),
        member('leaves-after', { statusPeriods: [{ id: 'p', kind: 'chuyen_di', from: '2026-12-16' }] }),
        member('not-yet', { admissionDate: '2026-12-20' }),
      ],
      REVIEW,
    );
    expect(roster.map((e) => e.member.id)).toEqual(['leaves-after']);
  });

  it('accepts another exclusion rule as a parameter', () => {
    const roster = reviewRoster([member('a')], REVIEW, () => ({ reason: 'dinh_chi' }));
    expect(roster[0]?.excluded?.reason).toBe('dinh_chi');
  });
});
