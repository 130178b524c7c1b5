import { describe, expect, it } from 'vitest';
import { yearFiguresInputOf } from '../../../src-renderer/core/figures';
import type { Commendation } from '../../../src-renderer/core/model';
import { SCHEME_QD366, computeStatistics, effectiveLevel, share } from '../../../src-renderer/core/review';
import { cellRecords } from '../figures/fixtures';

const commendation = (id: string, recipient: Commendation['recipient'], year: number, form: Commendation['form']): Commendation => ({
  id,
  recipient,
  year,
  form,
  reason: 'HTXSNV',
  issuer: 'Đảng ủy',
  createdAt: '',
});

function stats(groups: Parameters<typeof cellRecords>[0], commendations: Commendation[] = []) {
  const r = cellRecords(groups, 2026, commendations);
  return computeStatistics(
    SCHEME_QD366,
    yearFiguresInputOf(2026, {
      members: r.members,
      pledges: r.pledges,
      monthly: r.monthly,
      reviews: r.reviews,
      commendations: r.commendations,
    }),
  );
}

describe('year statistics (domain §7)', () => {
  // 80 members: 2 miễn, 1 đình chỉ, 1 mới kết nạp → 76 to review; 10 xs, 61 tốt, 4 ht, 1 không → 71/76 = 93,42%
  const s = stats(
    [
      [10, { final: 'xuat_sac', leader: true, praised: 2 }],
      [61, { final: 'tot' }],
      [4, { final: 'hoan_thanh', reminded: 1 }],
      [1, { final: 'khong_hoan_thanh', registered: false, reminded: 3 }],
      [2, { excluded: 'mien', registered: false }],
      [1, { excluded: 'dinh_chi', registered: false }],
      [1, { excluded: 'moi_ket_nap' }],
    ],
    [
      commendation('c1', { kind: 'member', memberId: 'm0' }, 2026, 'giay_khen'),
      commendation('c2', { kind: 'unit', unitId: 'u1' }, 2026, 'bang_khen'),
      commendation('c3', { kind: 'member', memberId: 'm1' }, 2025, 'giay_khen'),
    ],
  );

  it('counts members, registration and exclusions', () => {
    expect(s.membersTotal).toBe(80);
    expect(s.requiredToRegister).toBe(77); // miễn and đình chỉ need not register; mới kết nạp must
    expect(s.registered.count).toBe(76);
    expect(s.registered.text).toBe('98,70%');
    expect(s.registered.percent).toBe(98.7);
    expect(s.registeredLeaders.text).toBe('100,00%');
    expect(s.excluded).toEqual({ mien: 2, dinh_chi: 1, moi_ket_nap: 1, total: 4 });
    expect(s.requiredToReview).toBe(76);
    expect(s.reviewed.count).toBe(76);
    expect(s.reviewed.text).toBe('100,00%');
    expect(s.notReviewed).toBe(0);
  });

  it('levels and shares are exact to two decimals, half-up', () => {
    expect(s.levels.xuat_sac).toEqual({ count: 10, percent: 13.16, text: '13,16%' }); // 13.157…
    expect(s.levels.tot).toEqual({ count: 61, percent: 80.26, text: '80,26%' }); // 80.263…
    expect(s.levels.hoan_thanh).toEqual({ count: 4, percent: 5.26, text: '5,26%' });
    expect(s.levels.khong_hoan_thanh).toEqual({ count: 1, percent: 1.32, text: '1,32%' }); // 1.315…
    expect(s.totOrAbove).toEqual({ count: 71, percent: 93.42, text: '93,42%' });
    expect(s.xuatSacOfReviewed.text).toBe('13,16%');
    expect(s.xuatSacOfTot).toEqual({ count: 10, percent: 16.39, text: '16,39%' }); // 10/61 = 16.393…
  });

  it('praise, reminders and commendations of the year', () => {
    expect(s.timesPraised).toBe(20);
    expect(s.membersPraised.count).toBe(10);
    expect(s.membersReminded.count).toBe(5);
    expect(s.timesReminded).toBe(7);
    expect(s.commendations.total).toBe(2);
    expect(s.commendations.members).toBe(1);
    expect(s.commendations.units).toBe(1);
    expect(s.commendations.byForm.bang_khen).toBe(1);
  });

  it('half-up at the second decimal: 1/8 = 12,50%; 1/3 = 33,33%; 2/3 = 66,67%; nothing reviewed → —', () => {
    expect(share(1, 8).text).toBe('12,50%');
    expect(share(1, 3).text).toBe('33,33%');
    expect(share(2, 3).text).toBe('66,67%');
    expect(share(0, 0)).toEqual({ count: 0, percent: 0, text: '—' });
    const empty = stats([]);
    expect(empty.totOrAbove.text).toBe('—');
  });

  it('members not yet rated count in “chưa kiểm điểm”', () => {
    const t = stats([
      [3, { proposed: 'tot' }],
      [1, { self: 'tot' }], // a self-assessment alone is not a rating
    ]);
    expect(t.reviewed.text).toBe('75,00%');
    expect(t.notReviewed).toBe(1);
    expect(t.totOrAbove.text).toBe('100,00%');
  });

  it('effective level: final, else proposed, else self; excluded → none', () => {
    expect(effectiveLevel({ finalLevel: 'tot', proposedLevel: 'xuat_sac', selfLevel: 'xuat_sac' })).toBe('tot');
    expect(effectiveLevel({ proposedLevel: 'hoan_thanh', selfLevel: 'tot' })).toBe('hoan_thanh');
    expect(effectiveLevel({ selfLevel: 'tot' })).toBe('tot');
    expect(effectiveLevel({ selfLevel: 'tot', excluded: { reason: 'mien' } })).toBeUndefined();
  });
});
