/**
 * services/dues and services/calendar over a 12-member synthetic cell: the sheet as the screen
 * reads it (members as of the month, the rule set through the resolver), "đã thu đủ", an advance,
 * the warnings on the sheet and in the meeting's warnings, the minutes line, the year report, and
 * the calendar with its ticks and the cell's own holidays table.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advancePayment, DUES_GROUP, PARTY_DUES_PRESET, QD01_2026_DUES } from '../../src-renderer/core/dues';
import type { RuleSet } from '../../src-renderer/core/model';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { resetClock, setClock } from '../../src-renderer/platform/clock';
import { calendarDueSoon, openYearCalendar, saveLocalDeadlines, setCalendarDone } from '../../src-renderer/services/calendar';
import {
  duesLineFor,
  duesReportOf,
  duesWarningsFor,
  markSheetPaid,
  openDuesSheet,
  saveBasisEntries,
  saveDuesEdits,
} from '../../src-renderer/services/dues';
import { openMeeting, warningsFor } from '../../src-renderer/services/meetings';
import { makeCell } from '../db/exchange-helpers';

let db: SoNeuGuongDb;
let source: Awaited<ReturnType<typeof makeCell>>['source'];

beforeEach(async () => {
  setClock('2026-11-20T09:00:00');
  ({ db, source } = await makeCell('CB-SOTUPHAP', 12, 3, 11));
  setDatabaseForTests(db);
  await saveBasisEntries(
    source.members.map((m) => ({ member: m, entry: { from: '2026-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_000_000 } })),
  );
});
afterEach(() => {
  resetClock();
  db.close();
});

describe('the dues sheet service', () => {
  it('opens a month: every member owes 80.000 đ (1% of 8.000.000, QĐ 01 preset); đã thu đủ fills every row in one step', async () => {
    const view = (await openDuesSheet('2026-11'))!;
    expect(view.rules.id).toBe(PARTY_DUES_PRESET.id);
    expect(view.sheet.rows).toHaveLength(12);
    expect(view.sheet.rows.every((r) => r.month.expected === 80_000 && r.canMarkPaid)).toBe(true);
    expect(view.sheet.totals).toMatchObject({ owedMembers: 12, paidMembers: 0, expected: 960_000 });
    const rows = await markSheetPaid(view, { paidOn: '2026-11-05', channel: 'cong_dvc' });
    expect(rows).toHaveLength(12);
    const after = (await openDuesSheet('2026-11'))!;
    expect(after.sheet.totals).toMatchObject({
      paidMembers: 12,
      collected: 960_000,
      collectedByChannel: { cong_dvc: 960_000, tien_mat: 0, unknown: 0 },
    });
    expect(await db.duesPayments.count()).toBe(12);
    // Nothing left to mark: a second click adds nothing.
    expect(await markSheetPaid(after, { paidOn: '2026-11-06', channel: 'tien_mat' })).toEqual([]);
  });

  it('an advance for three months covers December and January: shown as prepaid in their sheets', async () => {
    const view = (await openDuesSheet('2026-11'))!;
    const m = view.members[0]!;
    const p = advancePayment({
      member: m,
      rules: view.rules.data,
      period: '2026-11',
      months: 3,
      paidOn: '2026-11-10',
      channel: 'tien_mat',
      id: 'adv-1',
    })!;
    expect(p).toMatchObject({ coversThrough: '2027-01', amount: 240_000 });
    await saveDuesEdits({ unitId: view.unitId, put: [p] });
    const dec = (await openDuesSheet('2026-12'))!;
    const row = dec.sheet.rows.find((r) => r.memberId === m.id)!;
    expect(row).toMatchObject({ prepaidIn: '2026-11', canMarkPaid: false });
    expect(row.month.status).toBe('paid');
    const nov = (await openDuesSheet('2026-11'))!;
    expect(nov.sheet.rows.find((r) => r.memberId === m.id)!.advanceThrough).toBe('2027-01');
    expect(nov.sheet.totals.advanceCollected).toBe(160_000);
  });

  it('warnings: 2 unpaid months → nhắc nhở, 3 → xem xét xóa tên; on the sheet and in the meeting warnings of the month', async () => {
    const [a, b, ...rest] = source.members;
    // Everyone paid Jan–Oct except a (Sep, Oct missing) and b (Aug, Sep, Oct missing).
    const put = [];
    for (let mo = 1; mo <= 10; mo += 1) {
      const period = `2026-${String(mo).padStart(2, '0')}`;
      for (const m of [a!, b!, ...rest]) {
        if ((m === a && mo >= 9) || (m === b && mo >= 8)) continue;
        put.push({
          id: `${m.id}-${period}`,
          memberId: m.id,
          period,
          coversFrom: period,
          coversThrough: period,
          amount: 80_000,
          paidOn: `${period}-05`,
          channel: 'tien_mat' as const,
        });
      }
    }
    await saveDuesEdits({ unitId: source.unit.id, put });
    const w = (await duesWarningsFor('2026-11'))!;
    // November is under way: the warnings judge October.
    expect(w.period).toBe('2026-10');
    expect(w.warnings.map((x) => [x.memberId, x.level, x.months])).toEqual([
      [b!.id, 'consider_removal', ['2026-08', '2026-09', '2026-10']],
      [a!.id, 'reminder', ['2026-09', '2026-10']],
    ]);
    expect(w.warnings[0]!.message).toContain('xóa tên');
    const meeting = source.meetings.find((x) => x.period === '2026-11')!;
    const opened = (await openMeeting(meeting.id))!;
    const dues = warningsFor(opened.meeting, opened.context).filter((x) => x.code === 'dues_unpaid');
    expect(dues.map((x) => x.message)).toEqual(w.warnings.map((x) => x.message));
  });

  it('fills the minutes line from the sheet of the meeting month', async () => {
    const view = (await openDuesSheet('2026-11'))!;
    await markSheetPaid(view, { paidOn: '2026-11-05', channel: 'tien_mat', memberIds: view.members.slice(0, 10).map((m) => m.id) });
    const line = (await duesLineFor({ period: '2026-11' }))!;
    expect(line).toContain('Đã thu đảng phí tháng 11/2026 của 10/12 đồng chí');
    expect(line).toContain('800.000 đồng');
    expect(line).toContain('Còn 2 đồng chí chưa nộp');
  });

  it('a superior package of kind party_dues changes the amounts from its date', async () => {
    const pkg: RuleSet = {
      ...PARTY_DUES_PRESET,
      id: 'pkg-dues',
      code: 'KHOI-DP',
      name: 'Đảng phí theo hướng dẫn của Đảng ủy Khối',
      source: 'superior',
      validFrom: '2026-11-01',
      data: {
        ...QD01_2026_DUES,
        rounding: { step: 1, mode: 'nearest' },
        groups: QD01_2026_DUES.groups.map((g) =>
          g.method === 'percent' && g.code === DUES_GROUP.bhxhSalary ? { ...g, ratePercent: 1.5 } : g,
        ),
      },
    };
    await db.ruleSets.put(pkg);
    expect((await openDuesSheet('2026-11'))!.sheet.rows[0]!.month.expected).toBe(120_000);
    expect((await openDuesSheet('2026-10'))!.sheet.rows[0]!.month.expected).toBe(80_000);
  });

  it('the year report: months from the first sheet up to today, named detail only when asked', async () => {
    const view = (await openDuesSheet('2026-11'))!;
    await markSheetPaid(view, { paidOn: '2026-11-05', channel: 'tien_mat' });
    const agg = await duesReportOf(source.unit.id, 2026, false);
    // The cell's first sheet is November: January–October are not known to the app, not reported as unpaid.
    expect(agg.months.map((m) => m.period)).toEqual(['2026-11']);
    expect(agg.members).toBeUndefined();
    expect(agg.months[0]).toMatchObject({ period: '2026-11', paidMembers: 12, collected: 960_000 });
    expect(agg.ruleSet).toEqual({ code: PARTY_DUES_PRESET.code, version: 1 });
    const named = await duesReportOf(source.unit.id, 2026, true);
    expect(named.members).toHaveLength(12);
  });
});

describe('the calendar service', () => {
  it('lists the year with links, ticks items off, and shows what is due soon', async () => {
    const view = (await openYearCalendar(2026))!;
    const review = view.items.find((i) => i.key === 'review:2026:draft')!;
    expect(review.path).toBe('/kiem-diem?nam=2026');
    expect(review.done).toBe(false);
    expect((await calendarDueSoon()).map((i) => i.key)).toContain('review:2026:draft');
    await setCalendarDone(view.unitId, review.key, true);
    const after = (await openYearCalendar(2026))!;
    expect(after.items.find((i) => i.key === review.key)!.state).toBe('done');
    expect((await calendarDueSoon()).map((i) => i.key)).not.toContain('review:2026:draft');
  });

  it('the cell’s own holidays table is a local version of the deadlines rule set used for working days', async () => {
    const before = (await openYearCalendar(2026))!;
    const draftBefore = before.items.find((i) => i.key === 'review:2026:draft')!.date;
    const holidays = {
      ...before.rules.data.holidays,
      holidays: [
        ...before.rules.data.holidays.holidays,
        { date: '2026-11-30', name: 'Nghỉ của cơ quan' },
        { date: '2026-11-27', name: 'Nghỉ của cơ quan' },
      ],
    };
    const saved = await saveLocalDeadlines(2026, { holidays });
    expect(saved).toMatchObject({ source: 'local', version: 1 });
    const after = (await openYearCalendar(2026))!;
    expect(after.rules.data.holidays.holidays).toHaveLength(holidays.holidays.length);
    // The review meeting (3/12, the meeting day) is unchanged; the draft date moves back over the two days off.
    expect(after.items.find((i) => i.key === 'review:2026:draft')!.date < draftBefore).toBe(true);
    await expect(saveLocalDeadlines(2026, { noticeDays: -1 })).rejects.toThrow(/thời hạn/u);
  });
});
