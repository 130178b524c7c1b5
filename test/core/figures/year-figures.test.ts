import { describe, expect, it } from 'vitest';
import { computeYearFigures, yearFiguresInputOf } from '../../../src-renderer/core/figures';
import { buildUnitReportPayload } from '../../../src-renderer/core/exchange';
import { SCHEME_QD366, computeStatistics } from '../../../src-renderer/core/review';
import { cellRecords, reportSourceOf, type CellRecords } from './fixtures';

const fileOf = (r: CellRecords) => buildUnitReportPayload(reportSourceOf(r), { year: 2026 }, { aggregateOnly: false }).statistics;
const pageOf = (r: CellRecords) =>
  computeStatistics(
    SCHEME_QD366,
    yearFiguresInputOf(2026, {
      members: r.members,
      pledges: r.pledges,
      monthly: r.monthly,
      reviews: r.reviews,
      commendations: r.commendations,
    }),
  );

describe('one set of year statistics (issue 15 point 4)', () => {
  it('5 vs 3: a self-assessment alone is not a rating — the page and the file both say 3', () => {
    const r = cellRecords([
      [2, { proposed: 'tot' }],
      [1, { self: 'tot', proposed: 'hoan_thanh', final: 'hoan_thanh' }],
      [2, { self: 'xuat_sac' }],
    ]);
    const page = pageOf(r);
    const file = fileOf(r);
    expect(page.reviewed.count).toBe(3);
    expect(file.rated).toBe(3);
    expect(page.requiredToReview).toBe(5);
    expect(file.reviewRequired).toBe(5);
    expect(page.notReviewed).toBe(2);
    expect(page.levels.tot.count).toBe(2);
    expect(file.levels).toEqual({ xuat_sac: 0, tot: 2, hoan_thanh: 1, khong_hoan_thanh: 0 });
    expect(page.finalised).toBe(1);
  });

  it('2 vs 1: a member rated on 15/12 who moved away on 20/12 stays rated in the round — both say 2', () => {
    const r = cellRecords([
      [1, { proposed: 'tot', final: 'tot' }],
      [1, { proposed: 'xuat_sac', final: 'xuat_sac', leftOn: '2026-12-20' }],
    ]);
    const page = pageOf(r);
    const file = fileOf(r);
    expect(page.reviewed.count).toBe(2);
    expect(file.rated).toBe(2);
    expect(file.levels).toEqual({ xuat_sac: 1, tot: 1, hoan_thanh: 0, khong_hoan_thanh: 0 });
    // on the rolls on 31/12: one member
    expect(page.membersTotal).toBe(1);
    expect(file.members).toBe(1);
  });

  it('counts registration, months and praise from the same records', () => {
    const r = cellRecords([
      [3, { proposed: 'tot', months: [1, 2, 3], praised: 1, leader: true }],
      [1, { proposed: 'hoan_thanh', registered: false, months: [2], notApplicable: [4], reminded: 2 }],
      [1, { excluded: 'mien', registered: false }],
      [1, { excluded: 'moi_ket_nap' }],
    ]);
    const f = computeYearFigures(
      yearFiguresInputOf(2026, { members: r.members, pledges: r.pledges, monthly: r.monthly, reviews: r.reviews, commendations: [] }),
    );
    expect(f).toMatchObject({
      members: 6,
      requiredToRegister: 5,
      registered: 4,
      leadersRequiredToRegister: 3,
      leadersRegistered: 3,
      reportedMonths: [1, 2, 3],
      memberMonthReports: 10,
      timesPraised: 3,
      timesReminded: 2,
      membersPraised: 3,
      membersReminded: 1,
      inRound: 6,
      excluded: { mien: 1, dinh_chi: 0, moi_ket_nap: 1, total: 2 },
      requiredToReview: 4,
      rated: 4,
    });
    const file = fileOf(r);
    expect([file.members, file.requiredToRegister, file.registered, file.memberMonthReports, file.praised, file.reminded]).toEqual([
      6, 5, 4, 10, 3, 2,
    ]);
  });
});
