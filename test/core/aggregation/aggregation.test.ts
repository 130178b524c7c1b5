import { describe, expect, it } from 'vitest';
import { buildDashboard, figuresOf, monthlyReporting, totalsLine, unitNoun } from '../../../src-renderer/core/aggregation';
import { buildUnitReportPayload, emptyLevelCounts, sumStatistics, type UnitStatistics } from '../../../src-renderer/core/exchange';
import { syntheticUnit } from '../../fixtures/synthetic-units';
import type { RatingLevel } from '../../../src-renderer/core/model';

function stats(members: number, levels: Partial<Record<RatingLevel, number>>, extra: Partial<UnitStatistics> = {}): UnitStatistics {
  const l = { ...emptyLevelCounts(), ...levels };
  return {
    ...sumStatistics([], '2026'),
    units: 1,
    members,
    fullMembers: members,
    requiredToRegister: members,
    registered: members,
    rated: l.xuat_sac + l.tot + l.hoan_thanh + l.khong_hoan_thanh,
    reviewRequired: members,
    levels: l,
    ...extra,
  };
}

describe('aggregation from member-level counts', () => {
  it('a 5-member cell and a 200-member đảng bộ: totals from counts, not averaged percentages', () => {
    const small = stats(5, { xuat_sac: 1, tot: 4 }); // 100 % / 20 %
    const big = stats(200, { xuat_sac: 10, tot: 150, hoan_thanh: 30, khong_hoan_thanh: 10 }); // 80 % / 5 %
    const d = buildDashboard('2026', [
      { unitCode: 'A', unitName: 'Chi bộ A', unitType: 'chi_bo_co_so', statistics: small },
      { unitCode: 'B', unitName: 'Đảng bộ B', unitType: 'dang_bo_co_so', statistics: big },
    ]);
    // hand-computed: 165 / 205 = 80,487… %; 11 / 205 = 5,365… %
    expect(d.totals.members).toBe(205);
    expect(d.totals.rated).toBe(205);
    expect(d.totalFigures.goodOrBetterPercent).toBe(80.49);
    expect(d.totalFigures.excellentPercent).toBe(5.37);
    // the naive average of the two units' percentages would be 90 % and 12,5 %
    expect(d.totalFigures.goodOrBetterPercent).not.toBe((100 + 80) / 2);
    expect(d.totalsLine).toBe('2 TCCSĐ · 205 đảng viên · 80,49% hoàn thành tốt nhiệm vụ trở lên · 5,37% xuất sắc');
    expect(figuresOf(small).goodOrBetterPercent).toBe(100);
    expect(figuresOf(big).excellentOfGoodPercent).toBe(6.67);
  });

  it("reproduces the seed article's line for 56 TCCSĐ and 2.885 members", () => {
    // 2.885 members, 2.631 rated (the rest not rated), 344 xuất sắc, 2.114 tốt → 93,42 % and 13,07 %
    const units: UnitStatistics[] = [];
    let left = { members: 2885, rated: 2631, xs: 344, tot: 2114 };
    for (let i = 0; i < 56; i++) {
      const last = i === 55;
      const share = (n: number, per: number) => (last ? n : Math.min(n, per));
      const members = share(left.members, 51);
      const rated = share(left.rated, 47);
      const xs = share(left.xs, 6);
      const tot = Math.min(share(left.tot, 38), rated - xs);
      const ht = last ? rated - xs - tot : Math.max(0, rated - xs - tot);
      units.push(stats(members, { xuat_sac: xs, tot, hoan_thanh: ht }));
      left = { members: left.members - members, rated: left.rated - rated, xs: left.xs - xs, tot: left.tot - tot };
    }
    const d = buildDashboard(
      '2026',
      units.map((s, i) => ({ unitCode: `U${i}`, unitName: `Đơn vị ${i}`, unitType: 'chi_bo_co_so', statistics: s })),
    );
    expect(d.totals.members).toBe(2885);
    expect(d.totals.rated).toBe(2631);
    expect(d.totals.levels.xuat_sac).toBe(344);
    expect(d.totals.levels.tot).toBe(2114);
    expect(d.totalsLine).toBe('56 TCCSĐ · 2.885 đảng viên · 93,42% hoàn thành tốt nhiệm vụ trở lên · 13,07% xuất sắc');
  });

  it('lists who has reported and who is missing', () => {
    const d = buildDashboard('2026-11', [
      { unitCode: 'A', unitName: 'Chi bộ An Phú', statistics: stats(10, {}) },
      { unitCode: 'B', unitName: 'Chi bộ Bình Minh' },
    ]);
    expect(d.reported.map((r) => r.unitCode)).toEqual(['A']);
    expect(d.missing.map((r) => r.unitCode)).toEqual(['B']);
    expect(d.totalsLine).toBe('1 đơn vị · 10 đảng viên · chưa có kết quả xếp loại');
  });

  it('registered %, attendance % and months from counts of real unit payloads of very different sizes', () => {
    const a = syntheticUnit({ code: 'A', name: 'A', members: 4, year: 2026, months: 11, seed: 1 });
    const b = syntheticUnit({ code: 'B', name: 'B', members: 150, year: 2026, months: 9, seed: 2 });
    a.pledgeForms = a.pledgeForms.slice(0, 3); // 3 of 4 registered
    b.pledgeForms = b.pledgeForms.slice(0, 120); // 120 of 150 registered
    const sa = buildUnitReportPayload(a, { year: 2026, month: 11 }, { aggregateOnly: false }).statistics;
    const sb = buildUnitReportPayload(b, { year: 2026, month: 11 }, { aggregateOnly: false }).statistics;
    const total = sumStatistics([sa, sb], '2026-11');
    // (3 + 120) / (4 + 150) = 79,87 %; the average of 75 % and 80 % would be 77,5 %
    expect(figuresOf(total).registeredPercent).toBe(79.87);
    expect(sa.reportedMonths).toHaveLength(11);
    expect(sb.reportedMonths).toHaveLength(9);
    expect(total.meetingAttendanceExpected).toBe(4 * 11 + 150 * 9);
    expect(figuresOf(total).attendancePercent).toBe(
      Math.round(((sa.meetingAttendancePresent + sb.meetingAttendancePresent) / (4 * 11 + 150 * 9)) * 10000) / 100,
    );
    expect(monthlyReporting([sa, sb]).map((m) => m.units)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 0]);
  });

  it('chooses the noun of the totals line from the unit types', () => {
    expect(unitNoun(['chi_bo_truc_thuoc', 'chi_bo_truc_thuoc'])).toBe('chi bộ');
    expect(unitNoun(['chi_bo_co_so', 'dang_bo_co_so'])).toBe('TCCSĐ');
    expect(unitNoun(['dang_bo_cap_tren_co_so'])).toBe('đơn vị');
    expect(totalsLine(stats(3, { tot: 3 }), 'chi bộ')).toBe(
      '1 chi bộ · 3 đảng viên · 100,00% hoàn thành tốt nhiệm vụ trở lên · 0,00% xuất sắc',
    );
  });
});
