import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_DEADLINE_RULES,
  DeadlineRulesSchema,
  VN_HOLIDAYS_2026_2027,
  addWorkingDays,
  badgesAwardedIn,
  deadlineRulesProblem,
  dueSoon,
  isWorkingDay,
  milestoneDate,
  nextAwardDate,
  officialDate,
  partyAge,
  partyAgeMonths,
  probationSchedule,
  workingCalendar,
  workingDaysBetween,
  yearCalendar,
  type CalendarMeeting,
  type DeadlineRules,
} from '../../../src-renderer/core/calendar';
import { DeadlinesSchema } from '../../../src-renderer/core/exchange/schemas';
import type { AttendanceStatus } from '../../../src-renderer/core/model';
import { addDays, addMonths, isValidIsoDate, weekdayName } from '../../../src-renderer/core/text';
import { member, period } from '../members/helpers';

const rules: DeadlineRules = DEFAULT_DEADLINE_RULES;
const table = VN_HOLIDAYS_2026_2027;

describe('dự bị → chính thức: the day the 12 months end', () => {
  it('on month ends and leap years', () => {
    expect(officialDate('2025-08-31')).toBe('2026-08-31');
    expect(officialDate('2024-02-29')).toBe('2025-02-28');
    expect(officialDate('2027-02-28')).toBe('2028-02-28'); // 2028 is a leap year: still the 28th
    expect(officialDate('2025-03-31')).toBe('2026-03-31');
    expect(officialDate('2025-12-31')).toBe('2026-12-31');
    expect(officialDate('2026-01-15', 18)).toBe('2027-07-15');
  });

  it('property: 12 months later, the same day number or the last day of a shorter month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 40 }), (offset) => {
        const start = addDays('2000-01-01', offset);
        const end = officialDate(start);
        expect(isValidIsoDate(end)).toBe(true);
        expect(Number(end.slice(0, 4))).toBe(Number(start.slice(0, 4)) + 1);
        expect(end.slice(5, 7)).toBe(start.slice(5, 7));
        const clamped = end.slice(8) !== start.slice(8);
        if (clamped) expect(addDays(end, 1).slice(5, 7)).not.toBe(end.slice(5, 7)); // clamped only to a month's last day
        expect(end > start).toBe(true);
      }),
    );
  });

  it('the meeting is the first regular meeting after the end, capped by the working-day limit; the paperwork is due before it', () => {
    // Ends Monday 31/8/2026; meeting day 3 → Thursday 03/9; 1/9 and 2/9 are holidays.
    const s = probationSchedule('2025-08-31', rules, 3);
    expect(s.endsOn).toBe('2026-08-31');
    expect(s.meeting).toBe('2026-09-03');
    expect(s.paperworkBy).toBe('2026-08-25'); // 5 working days before: 31/8, 28/8, 27/8, 26/8, 25/8
    expect(workingDaysBetween(s.endsOn, s.latest, table)).toBe(30);
    // A limit of 2 working days is shorter than the wait for the next regular meeting.
    const tight = probationSchedule('2025-09-04', { ...rules, officialMeetingWithinWorkingDays: 2 }, 3);
    expect(tight.endsOn).toBe('2026-09-04');
    expect(tight.meeting).toBe('2026-09-08');
    expect(tight.meeting).toBe(tight.latest);
  });
});

describe('party age and Huy hiệu Đảng', () => {
  it('party age counts from the admission decision', () => {
    const m = member({ admissionDate: '1996-05-20' });
    expect(partyAge(m, '2026-05-19')).toEqual({ years: 29, months: 11 });
    expect(partyAge(m, '2026-05-20')).toEqual({ years: 30, months: 0 });
    expect(partyAge(m, '1996-05-19')).toBeUndefined();
    expect(partyAgeMonths(member({}), '2026-01-01')).toBeUndefined();
  });

  it('party age at an award date: reached on the award date itself counts; a day later waits for the next award date', () => {
    const onTheDay = member({ admissionDate: '1996-05-19' });
    expect(badgesAwardedIn(onTheDay, 2026, rules.badgeMilestones, rules.badgeAwardDates)).toEqual([
      { years: 30, reachedOn: '2026-05-19', awardOn: '2026-05-19' },
    ]);
    expect(partyAge(onTheDay, '2026-05-19')!.years).toBe(30);
    const dayAfter = member({ admissionDate: '1996-05-20' });
    const [badge] = badgesAwardedIn(dayAfter, 2026, rules.badgeMilestones, rules.badgeAwardDates);
    expect(badge).toEqual({ years: 30, reachedOn: '2026-05-20', awardOn: '2026-09-02' });
    expect(partyAge(dayAfter, badge!.awardOn)).toEqual({ years: 30, months: 3 });
    // Reached after 07/11: the award is on 03/02 of the next year.
    expect(nextAwardDate('2026-11-08', rules.badgeAwardDates)).toBe('2027-02-03');
    expect(badgesAwardedIn(member({ admissionDate: '1986-11-20' }), 2027, rules.badgeMilestones, rules.badgeAwardDates)).toEqual([
      { years: 40, reachedOn: '2026-11-20', awardOn: '2027-02-03' },
    ]);
  });

  it('milestones 30, 40, 45, 50 … from the rule set; no badge between them', () => {
    const m = member({ admissionDate: '1976-03-10' });
    expect(badgesAwardedIn(m, 2026, rules.badgeMilestones, rules.badgeAwardDates).map((b) => b.years)).toEqual([50]);
    expect(badgesAwardedIn(member({ admissionDate: '1991-03-10' }), 2026, rules.badgeMilestones, rules.badgeAwardDates)).toEqual([]); // 35 years
    expect(
      badgesAwardedIn(member({ admissionDate: '1981-03-10' }), 2026, rules.badgeMilestones, rules.badgeAwardDates).map((b) => b.years),
    ).toEqual([45]);
  });

  it('time out of the Party (a bounded xóa tên period, then re-admission) is not counted', () => {
    const m = member({ admissionDate: '1990-01-10', statusPeriods: [period('xoa_ten', '2000-01-01', '2000-04-09')] }); // 100 days
    expect(milestoneDate(m, 30)).toBe(addDays('2020-01-10', 100));
    expect(partyAge(m, '2020-04-18')).toEqual({ years: 29, months: 11 });
    expect(partyAge(m, '2020-04-19')).toEqual({ years: 30, months: 0 });
  });
});

describe('working days', () => {
  it('weekends, Tết Nguyên đán 2026 (14/2–22/2), the swapped 02/01 and the Saturday 10/01 worked', () => {
    expect(isWorkingDay('2026-02-13', table)).toBe(true);
    for (let d = '2026-02-14'; d <= '2026-02-22'; d = addDays(d, 1)) expect(isWorkingDay(d, table)).toBe(false);
    expect(isWorkingDay('2026-02-23', table)).toBe(true);
    expect(isWorkingDay('2026-01-02', table)).toBe(false);
    expect(isWorkingDay('2026-01-10', table)).toBe(true);
    expect(weekdayName('2026-01-10')).toBe('Thứ Bảy');
    expect(isWorkingDay('2026-04-27', table)).toBe(false); // nghỉ bù Giỗ Tổ
    expect(isWorkingDay('2026-11-07', table)).toBe(false); // a Saturday
  });

  it('offsets over Tết', () => {
    expect(addWorkingDays('2026-02-13', 1, table)).toBe('2026-02-23');
    expect(addWorkingDays('2026-02-23', -1, table)).toBe('2026-02-13');
    expect(addWorkingDays('2026-02-24', -3, table)).toBe('2026-02-12'); // 23/2, 13/2, 12/2
    expect(workingDaysBetween('2026-02-13', '2026-02-23', table)).toBe(1);
    expect(workingDaysBetween('2026-02-01', '2026-02-28', table)).toBe(15);
    expect(addWorkingDays('2025-12-31', 1, table)).toBe('2026-01-05');
    expect(addWorkingDays('2026-01-09', 1, table)).toBe('2026-01-10');
    expect(addWorkingDays('2026-02-13', 0, table)).toBe('2026-02-13');
  });

  it('review draft: at least 3 working days before the meeting, also over Tết', () => {
    expect(addWorkingDays('2026-12-10', -rules.reviewDraftWorkingDaysBefore, table)).toBe('2026-12-07'); // Thursday → Monday
    expect(addWorkingDays('2026-02-25', -3, table)).toBe('2026-02-13'); // meeting Wednesday after Tết: 24/2, 23/2, then Friday 13/2
  });

  it('property: n working days forward are n working days apart, and back again', () => {
    const cal = workingCalendar(table);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 40 }), (offset, n) => {
        const d = addDays('2026-01-01', offset);
        const fwd = addWorkingDays(d, n, cal);
        expect(workingDaysBetween(d, fwd, cal)).toBe(n);
        if (n > 0) {
          expect(cal.isWorkingDay(fwd)).toBe(true);
          const back = addWorkingDays(fwd, -n, cal);
          expect(back <= d).toBe(true);
          if (cal.isWorkingDay(d)) expect(back).toBe(d);
        }
      }),
    );
  });
});

describe('the deadlines rule set', () => {
  it('a superior package deadline record parses to a complete rule set with the defaults', () => {
    const pkg = DeadlinesSchema.parse({ pledgeRegistrationBy: '2027-01-31', monthlyReportDay: 25 });
    const full = DeadlineRulesSchema.parse(pkg);
    expect(full.pledgeRegistrationBy).toBe('2027-01-31');
    expect(full.probationMonths).toBe(12);
    expect(full.badgeAwardDates).toEqual(['02-03', '05-19', '09-02', '11-07']);
    expect(full.badgeMilestones).toEqual([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
    expect(full.reviewDraftWorkingDaysBefore).toBe(3);
    expect(full.holidays.years).toEqual([2026, 2027]);
  });
  it('refuses bad data in Vietnamese', () => {
    expect(deadlineRulesProblem({ badgeAwardDates: ['19/5'] })).toBe(
      'Quy định về thời hạn không hợp lệ (badgeAwardDates.0): Ngày trao phải có dạng MM-DD',
    );
    expect(deadlineRulesProblem({ holidays: { years: [2026], workingDays: [], holidays: [{ date: '2026-02-30', name: 'x' }] } })).toMatch(
      /Ngày không hợp lệ/u,
    );
    expect(deadlineRulesProblem({})).toBeUndefined();
  });
});

describe("the year's Lịch việc", () => {
  const meeting = (date: string, statuses: Record<string, AttendanceStatus>): CalendarMeeting => ({
    id: `mt-${date}`,
    date,
    type: 'thuong_ky',
    attendance: Object.entries(statuses).map(([memberId, status]) => ({ memberId, status })),
  });
  const probation = member({ id: 'dubi', fullName: 'Lê Thị Mai', admissionDate: '2025-08-31' });
  const recognised = member({ id: 'ct', fullName: 'Phan Văn Tùng', admissionDate: '2025-03-10', fullMembershipDate: '2026-03-20' });
  const veteran = member({ id: 'vet', fullName: 'Nguyễn Văn Ba', admissionDate: '1996-05-20' });
  const exempt = member({
    id: 'mien',
    fullName: 'Trần Văn Tư',
    admissionDate: '1980-01-01',
    statusPeriods: [period('mien_sinh_hoat', '2025-07-01', '2026-06-30', 'Sức khỏe yếu')],
  });
  const absent = member({ id: 'vang', fullName: 'Hồ Thị Năm', admissionDate: '2015-06-01' });
  const members = [probation, recognised, veteran, exempt, absent];
  const meetings = [
    meeting('2026-07-03', { vang: 'co_mat', dubi: 'co_mat' }),
    meeting('2026-08-03', { vang: 'vang_co_ly_do', dubi: 'co_mat' }),
    meeting('2026-09-03', { vang: 'vang_co_ly_do', dubi: 'vang_co_ly_do' }),
    meeting('2026-10-05', { vang: 'vang_co_ly_do', dubi: 'co_mat' }),
  ];
  const items = yearCalendar({
    year: 2026,
    today: '2026-10-20',
    members,
    rules,
    meetingDay: 3,
    meetings,
    reviewMeetingDate: '2026-12-10',
    doneKeys: new Set(['badge:vet:30:proposal']),
  });
  const byKey = new Map(items.map((i) => [i.key, i]));

  it('lists every kind of job with its date, screen and state, sorted by date', () => {
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort());
    expect(byKey.get('probation:dubi:2026-08-31:end')).toMatchObject({
      date: '2026-08-31',
      title: 'Đồng chí Lê Thị Mai hết 12 tháng dự bị',
      path: '/dang-vien/dubi',
      state: 'overdue',
      done: false,
    });
    expect(byKey.get('probation:dubi:2026-08-31:meeting')).toMatchObject({
      date: '2026-09-03',
      path: '/sinh-hoat',
      kind: 'probation_meeting',
    });
    expect(byKey.get('probation:dubi:2026-08-31:paperwork')!.date).toBe('2026-08-25');
    // Recognised during the year: its items are ticked off by the record itself.
    expect(byKey.get('probation:ct:2026-03-10:meeting')).toMatchObject({ done: true, state: 'done' });
    expect(byKey.get('badge:vet:30:award')).toMatchObject({
      date: '2026-09-02',
      title: 'Trao Huy hiệu 30 năm tuổi Đảng cho đồng chí Nguyễn Văn Ba',
      state: 'overdue',
    });
    expect(byKey.get('badge:vet:30:proposal')).toMatchObject({ done: true, state: 'done' });
    expect(byKey.get(`status_end:mien:${exempt.statusPeriods[0]!.id}:2026-06-30`)).toMatchObject({
      title: 'Hết thời hạn miễn công tác và sinh hoạt đảng của đồng chí Trần Văn Tư',
      kind: 'status_end',
    });
    expect(byKey.get('excused:vang:2026-08-03')).toMatchObject({
      date: '2026-10-05',
      title: 'Đồng chí Hồ Thị Năm vắng có lý do 3 buổi sinh hoạt liên tiếp',
    });
    expect(items.some((i) => i.key.startsWith('excused:dubi'))).toBe(false);
    expect(byKey.get('review:2026:draft')).toMatchObject({ date: '2026-12-07', path: '/kiem-diem?nam=2026', state: 'later' });
    expect(byKey.get('review:2026:meeting')!.date).toBe('2026-12-10');
    expect(items.some((i) => i.kind === 'holidays_missing')).toBe(false);
  });

  it('"Tháng này" shows what is overdue or due within the notice days', () => {
    const soon = dueSoon(
      yearCalendar({ year: 2026, today: '2026-11-20', members, rules, meetingDay: 3, meetings, reviewMeetingDate: '2026-12-10' }),
    );
    const keys = soon.map((i) => i.key);
    expect(keys).toContain('review:2026:draft');
    expect(keys).toContain('review:2026:meeting');
    expect(keys).toContain('badge:vet:30:award'); // overdue, not ticked off
  });

  it('a member still dự bị after the year ends is carried into the next year; a year without holidays says so', () => {
    const next = yearCalendar({
      year: 2028,
      today: '2028-01-10',
      members: [member({ id: 'late', fullName: 'Vũ Văn Sáu', admissionDate: '2026-11-02' })],
      rules,
      meetingDay: 3,
    });
    expect(next.find((i) => i.kind === 'holidays_missing')).toMatchObject({
      date: '2028-01-01',
      title: 'Chưa có bảng ngày nghỉ lễ năm 2028',
      path: '/cai-dat',
    });
    expect(next.some((i) => i.key === 'probation:late:2027-11-02:meeting' && i.state === 'overdue')).toBe(true);
  });

  it('a member who left is not listed', () => {
    const gone = member({
      id: 'gone',
      fullName: 'Đỗ Văn Bảy',
      admissionDate: '1996-05-20',
      statusPeriods: [period('chuyen_di', '2026-03-01')],
    });
    const list = yearCalendar({ year: 2026, today: '2026-10-20', members: [gone], rules, meetingDay: 3 });
    expect(list.filter((i) => i.memberId === 'gone')).toEqual([]);
  });

  it('the 12-month date drives the items on month ends and in leap years', () => {
    const leap = member({ id: 'leap', fullName: 'Mai Văn Tám', admissionDate: '2024-02-29' });
    const list = yearCalendar({
      year: 2025,
      today: '2025-01-05',
      members: [leap],
      rules: { ...rules, holidays: { ...table, years: [2025] } },
      meetingDay: 3,
    });
    expect(list.find((i) => i.kind === 'probation_end')!.date).toBe('2025-02-28');
    expect(list.find((i) => i.kind === 'probation_meeting')!.date).toBe('2025-03-03');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});
