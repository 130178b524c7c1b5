import { describe, expect, it } from 'vitest';
import type { RatingLevel } from '../../../src-renderer/core/model';
import { SCHEME_QD366, checkQuota, quotaMax, type YearEndScheme } from '../../../src-renderer/core/review';

function levels(spec: Partial<Record<RatingLevel, number>>, prefix = 'm'): Map<string, RatingLevel> {
  const map = new Map<string, RatingLevel>();
  let i = 0;
  for (const [level, n] of Object.entries(spec) as [RatingLevel, number][]) {
    for (let k = 0; k < n; k++) map.set(`${prefix}${i++}`, level);
  }
  return map;
}

describe('quota of xuất sắc', () => {
  it('floor(20% × tốt): 40 tốt → 8; 9 proposed → warning, not a block', () => {
    const r = checkQuota(SCHEME_QD366, levels({ tot: 40, xuat_sac: 9, hoan_thanh: 3 }));
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]?.max).toBe(8);
    expect(r.anyOver).toBe(true);
    expect(r.groups[0]?.message).toBe('Toàn chi bộ: 40 hoàn thành tốt → tối đa 8 xuất sắc (20%); đang đề xuất 9 — vượt 1.');
    expect(r.warnings[0]).toContain('cấp có thẩm quyền');
  });

  it('at the cap there is no warning', () => {
    const r = checkQuota(SCHEME_QD366, levels({ tot: 40, xuat_sac: 8 }));
    expect(r.anyOver).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('floors: 14 tốt → 2 (2,8), 15 → 3, 4 → 0; integer arithmetic', () => {
    expect(quotaMax(14, 20)).toBe(2);
    expect(quotaMax(15, 20)).toBe(3);
    expect(quotaMax(4, 20)).toBe(0);
    expect(quotaMax(0, 20)).toBe(0);
    expect(quotaMax(35, 20)).toBe(7);
    expect(quotaMax(40, 25)).toBe(10);
    expect(quotaMax(13, 25)).toBe(3);
  });

  it('an outstanding unit gets 25%: 40 tốt → 10', () => {
    const r = checkQuota(SCHEME_QD366, levels({ tot: 40, xuat_sac: 9 }), { outstandingUnit: true });
    expect(r.groups[0]?.max).toBe(10);
    expect(r.groups[0]?.percent).toBe(25);
    expect(r.anyOver).toBe(false);
  });

  it('DECISION: the base is the number rated exactly “Hoàn thành tốt”, without those proposed xuất sắc', () => {
    // 10 tốt + 3 xuất sắc: literal base 10 → max 2 → 3 is over. With the xuất sắc in the base (13) max would also be 2;
    // 12 tốt + 3 xuất sắc shows the difference: base 12 → 2 (over), base 15 → 3 (not over).
    const r = checkQuota(SCHEME_QD366, levels({ tot: 12, xuat_sac: 3 }));
    expect(r.groups[0]?.base).toBe(12);
    expect(r.groups[0]?.max).toBe(2);
    expect(r.anyOver).toBe(true);
    const alt: YearEndScheme = {
      ...SCHEME_QD366,
      data: { ...SCHEME_QD366.data, quota: { percent: 20, outstandingPercent: 25, base: 'tot_and_above' } },
    };
    const r2 = checkQuota(alt, levels({ tot: 12, xuat_sac: 3 }));
    expect(r2.groups[0]?.base).toBe(15);
    expect(r2.groups[0]?.max).toBe(3);
    expect(r2.anyOver).toBe(false);
    expect(r2.groups[0]?.message).toContain('15 hoàn thành tốt trở lên');
  });

  it('comparison groups are checked separately; unassigned members form the rest group', () => {
    const lv = new Map<string, RatingLevel>([
      ['a1', 'tot'],
      ['a2', 'tot'],
      ['a3', 'tot'],
      ['a4', 'tot'],
      ['a5', 'tot'],
      ['a6', 'xuat_sac'],
      ['b1', 'tot'],
      ['b2', 'xuat_sac'],
      ['c1', 'tot'],
    ]);
    const r = checkQuota(SCHEME_QD366, lv, {
      groups: [
        { name: 'Lãnh đạo', memberIds: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] },
        { name: 'Chuyên viên', memberIds: ['b1', 'b2'] },
      ],
    });
    expect(r.groups.map((g) => [g.name, g.max, g.countXuatSac, g.over])).toEqual([
      ['Lãnh đạo', 1, 1, false],
      ['Chuyên viên', 0, 1, true],
      ['Các đảng viên còn lại', 0, 0, false],
    ]);
    // whole cell would be 7 tốt → 1, 2 proposed → over as well
    expect(checkQuota(SCHEME_QD366, lv).groups[0]?.over).toBe(true);
  });

  it('members without a level are ignored', () => {
    const lv = new Map<string, RatingLevel | undefined>([
      ['x', undefined],
      ['y', 'tot'],
    ]);
    expect(checkQuota(SCHEME_QD366, lv).groups[0]?.rated).toBe(1);
  });
});
