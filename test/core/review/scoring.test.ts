import { describe, expect, it } from 'vitest';
import { SCHEME_QD124, SCHEME_QD366, levelForScore, unitLevelForScore } from '../../../src-renderer/core/review';

const lv = (common: number, tasks: number, extra: Partial<Parameters<typeof levelForScore>[1]> = {}) =>
  levelForScore(SCHEME_QD366, { common, tasks, exceededShare30: true, ...extra });

describe('QĐ 366 score bands', () => {
  it.each([
    [20, 29.99, 'khong_hoan_thanh', 49.99],
    [20, 30, 'hoan_thanh', 50],
    [25, 44.99, 'hoan_thanh', 69.99],
    [25, 45, 'tot', 70],
    [29.99, 60, 'tot', 89.99],
    [30, 60, 'xuat_sac', 90],
    [30, 70, 'xuat_sac', 100],
    [0, 0, 'khong_hoan_thanh', 0],
  ] as const)('%s + %s → %s (total %s)', (common, tasks, level, total) => {
    const r = lv(common, tasks);
    expect(r.ok).toBe(true);
    expect(r.total).toBe(total);
    expect(r.level).toBe(level);
  });

  it('sums like 20.33 + 29.66 are rounded to two decimals before banding (49.99, not 50)', () => {
    expect(lv(20.33, 29.66).total).toBe(49.99);
    expect(lv(20.33, 29.66).level).toBe('khong_hoan_thanh');
    expect(lv(20.34, 29.66).level).toBe('hoan_thanh');
  });

  it('≥ 90 without the “≥ 30% of tasks exceeded” box falls to tốt, with a note', () => {
    const r = lv(30, 65, { exceededShare30: false });
    expect(r.bandLevel).toBe('xuat_sac');
    expect(r.level).toBe('tot');
    expect(r.notes.join(' ')).toContain('30%');
    expect(lv(30, 65).notes).toEqual([]);
  });

  it('a forced-failure condition gives Không hoàn thành whatever the score', () => {
    for (const code of ['suy_thoai', 'ky_luat', 'vi_pham_neu_guong', 'qua_nua_nhiem_vu']) {
      const r = lv(30, 70, { forcedFailure: [code] });
      expect(r.level).toBe('khong_hoan_thanh');
      expect(r.bandLevel).toBe('xuat_sac');
      expect(r.notes.some((n) => n.startsWith('Xếp loại không hoàn thành nhiệm vụ vì'))).toBe(true);
    }
  });

  it('leader-only conditions count only for leaders; unknown codes are ignored', () => {
    expect(lv(30, 70, { forcedFailure: ['tin_nhiem_thap'] }).level).toBe('xuat_sac');
    expect(lv(30, 70, { forcedFailure: ['tin_nhiem_thap'], isLeader: true }).level).toBe('khong_hoan_thanh');
    expect(lv(30, 70, { forcedFailure: ['khong_co'] }).level).toBe('xuat_sac');
  });

  it('a forced condition decides even before scores are entered', () => {
    const r = levelForScore(SCHEME_QD366, { forcedFailure: ['ky_luat'] });
    expect(r.level).toBe('khong_hoan_thanh');
    expect(levelForScore(SCHEME_QD366, { common: 20 }).level).toBeUndefined();
  });

  it('rejects scores outside 0–30 / 0–70 with a Vietnamese message', () => {
    const r = levelForScore(SCHEME_QD366, { common: 31, tasks: 71 });
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0]).toContain('phải từ 0 đến 30');
    expect(r.errors[1]).toContain('phải từ 0 đến 70');
    expect(levelForScore(SCHEME_QD366, { common: -1, tasks: 10 }).ok).toBe(false);
    expect(levelForScore(SCHEME_QD366, { common: 10.123, tasks: 10 }).errors[0]).toContain('2 chữ số thập phân');
    expect(levelForScore(SCHEME_QD366, { common: Number.NaN, tasks: 10 }).ok).toBe(false);
  });

  it('schemes without scoring say so and do not invent a level', () => {
    const r = levelForScore(SCHEME_QD124, { common: 30, tasks: 70 });
    expect(r.level).toBeUndefined();
    expect(r.notes[0]).toContain('không chấm điểm');
  });
});

describe('collective (Mẫu 01) level', () => {
  it('uses the same bands; xuất sắc also needs 30% exceeded and no discipline', () => {
    expect(unitLevelForScore(SCHEME_QD366, { score: 92, exceededShare30: true, noDiscipline: true }).level).toBe('xuat_sac');
    expect(unitLevelForScore(SCHEME_QD366, { score: 92, exceededShare30: true, noDiscipline: false }).level).toBe('tot');
    expect(unitLevelForScore(SCHEME_QD366, { score: 89.99 }).level).toBe('tot');
    expect(unitLevelForScore(SCHEME_QD366, { score: 69.99 }).level).toBe('hoan_thanh');
    expect(unitLevelForScore(SCHEME_QD366, { score: 49.99 }).level).toBe('khong_hoan_thanh');
    expect(
      unitLevelForScore(SCHEME_QD366, { score: 95, exceededShare30: true, noDiscipline: true, forcedFailure: ['ky_luat_tap_the'] }).level,
    ).toBe('khong_hoan_thanh');
    expect(unitLevelForScore(SCHEME_QD366, { score: 101 }).ok).toBe(false);
  });
});
