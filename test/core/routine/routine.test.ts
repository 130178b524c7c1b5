import { describe, expect, it } from 'vitest';
import {
  dayOfPeriod,
  daysUntil,
  dueText,
  missingReportsText,
  monthRoutine,
  nextStep,
  plannedMeetingDate,
  prepareDeadline,
  reportDeadline,
  reportKeysCovering,
  reviewYearOf,
  routineCounts,
  type MeetingFacts,
  type RoutineInput,
  type RoutineStep,
  type StepKey,
} from '../../../src-renderer/core/routine';

const base = (over: Partial<RoutineInput> = {}): RoutineInput => ({
  today: '2026-11-10',
  period: '2026-11',
  meetingDay: 3,
  selfAssessment: { expected: 10, reported: 10, missingNames: [] },
  ...over,
});

const step = (steps: RoutineStep[], key: StepKey) => {
  const s = steps.find((x) => x.key === key);
  if (!s) throw new Error(`no step ${key}`);
  return s;
};

const meeting = (over: Partial<MeetingFacts> = {}): MeetingFacts => ({ date: '2026-11-03', state: 'draft', prepared: true, ...over });

describe('dates of the routine', () => {
  it('prepares month M by the 20th of the month before, across the year boundary', () => {
    expect(prepareDeadline('2026-11')).toBe('2026-10-20');
    expect(prepareDeadline('2027-01')).toBe('2026-12-20');
    expect(prepareDeadline('2026-03', 25)).toBe('2026-02-25');
  });

  it('clamps a meeting day beyond the end of a month', () => {
    expect(plannedMeetingDate('2026-02', 31)).toBe('2026-02-28');
    expect(plannedMeetingDate('2028-02', 30)).toBe('2028-02-29');
    expect(plannedMeetingDate('2026-11', 3)).toBe('2026-11-03');
    expect(dayOfPeriod('2026-04', 0)).toBe('2026-04-01');
  });

  it('puts the report deadline after the meeting', () => {
    expect(reportDeadline('2026-11', '2026-11-03')).toBe('2026-11-30');
    expect(reportDeadline('2026-11', '2026-11-03', 10)).toBe('2026-11-10');
    expect(reportDeadline('2026-11', '2026-11-03', 2)).toBe('2026-12-02');
    expect(reportDeadline('2026-12', '2026-12-03', 3)).toBe('2027-01-03');
  });

  it('counts days and says them in Vietnamese', () => {
    expect(daysUntil('2026-11-10', '2026-11-13')).toBe(3);
    expect(daysUntil('2026-03-28', '2026-03-30')).toBe(2);
    expect(dueText('2026-11-10', '2026-11-10')).toBe('hạn là hôm nay');
    expect(dueText('2026-11-10', '2026-11-11')).toBe('hạn là ngày mai');
    expect(dueText('2026-11-10', '2026-11-15')).toBe('còn 5 ngày');
    expect(dueText('2026-11-10', '2026-11-08')).toBe('quá hạn 2 ngày');
  });

  it('knows which report files cover a month and which review year is in season', () => {
    expect(reportKeysCovering('2026-11')).toEqual(['2026-11']);
    expect(reportKeysCovering('2026-09')).toEqual(['2026-09', '2026-Q3']);
    expect(reportKeysCovering('2026-12')).toEqual(['2026-12', '2026-Q4', '2026']);
    expect(reviewYearOf('2026-11')).toBe(2026);
    expect(reviewYearOf('2027-01')).toBe(2026);
    expect(reviewYearOf('2026-06')).toBeUndefined();
  });
});

describe('monthRoutine', () => {
  it('lists the month steps in the secretary order with links', () => {
    const steps = monthRoutine(base());
    expect(steps.map((s) => s.key)).toEqual(['prepare', 'meeting', 'minutes', 'self_assessment', 'report', 'prepare_next']);
    expect(step(steps, 'self_assessment').path).toBe('/tu-danh-gia');
    expect(step(steps, 'report').path).toBe('/trao-doi');
    expect(step(steps, 'meeting').path).toBe('/sinh-hoat');
  });

  it('a fresh month before anything is done: preparation overdue after the 20th, meeting upcoming', () => {
    const steps = monthRoutine(
      base({ today: '2026-11-01', selfAssessment: { expected: 3, reported: 0, missingNames: ['An', 'Bình', 'Chi'] } }),
    );
    expect(step(steps, 'prepare').state).toBe('overdue');
    expect(step(steps, 'prepare').due).toBe('2026-10-20');
    expect(step(steps, 'meeting').state).toBe('upcoming');
    expect(step(steps, 'meeting').detail).toContain('Thứ Ba, 03/11/2026');
    expect(step(steps, 'minutes').state).toBe('upcoming');
    expect(step(steps, 'self_assessment').state).toBe('todo');
    expect(step(steps, 'self_assessment').detail).toContain('An, Bình, Chi');
    expect(step(steps, 'report').state).toBe('upcoming');
    expect(step(steps, 'prepare_next').state).toBe('upcoming');
  });

  it('preparation in time is "todo", then done once the meeting has date, place and chair', () => {
    expect(step(monthRoutine(base({ today: '2026-10-15', period: '2026-11' })), 'prepare').state).toBe('todo');
    const half = monthRoutine(base({ today: '2026-10-15', meeting: meeting({ prepared: false }) }));
    expect(step(half, 'prepare').state).toBe('in_progress');
    const late = monthRoutine(base({ today: '2026-10-25', meeting: meeting({ prepared: false }) }));
    expect(step(late, 'prepare').state).toBe('overdue');
    expect(step(monthRoutine(base({ today: '2026-10-25', meeting: meeting() })), 'prepare').state).toBe('done');
  });

  it('on the meeting day the meeting is to do', () => {
    const steps = monthRoutine(base({ today: '2026-11-03' }));
    expect(step(steps, 'meeting').state).toBe('todo');
    expect(step(steps, 'meeting').detail).toContain('Hôm nay');
  });

  it('a meeting day passed with no meeting recorded is overdue', () => {
    const steps = monthRoutine(base({ today: '2026-11-06' }));
    expect(step(steps, 'meeting').state).toBe('overdue');
    expect(step(steps, 'minutes').state).toBe('overdue'); // 2 days of grace after 03/11
    expect(step(monthRoutine(base({ today: '2026-11-05' })), 'minutes').state).toBe('todo');
    expect(step(monthRoutine(base({ today: '2026-11-04' })), 'minutes').state).toBe('todo');
  });

  it('minutes recorded but not finalised: in progress, overdue after two days', () => {
    const m = meeting({ date: '2026-11-04' });
    expect(step(monthRoutine(base({ today: '2026-11-05', meeting: m })), 'minutes').state).toBe('in_progress');
    expect(step(monthRoutine(base({ today: '2026-11-07', meeting: m })), 'minutes').state).toBe('overdue');
    const steps = monthRoutine(base({ today: '2026-11-05', meeting: m }));
    expect(step(steps, 'meeting').state).toBe('done');
    expect(step(steps, 'meeting').due).toBe('2026-11-04'); // the real date, not the planned one
  });

  it('finalised minutes are done and show the number', () => {
    const steps = monthRoutine(base({ meeting: meeting({ state: 'finalised', documentNumber: 5, finalisedAt: '2026-11-03' }) }));
    const minutes = step(steps, 'minutes');
    expect(minutes.state).toBe('done');
    expect(minutes.detail).toContain('số 05-BB/CB');
    expect(minutes.detail).toContain('03/11/2026');
  });

  it('self-assessment: who has not reported, overdue only after the meeting date', () => {
    const sa = { expected: 4, reported: 2, missingNames: ['Lê Văn Tám', 'Trần Thị Hoa'] };
    const before = step(monthRoutine(base({ today: '2026-11-02', selfAssessment: sa })), 'self_assessment');
    expect(before.state).toBe('in_progress');
    expect(before.names).toEqual(['Lê Văn Tám', 'Trần Thị Hoa']);
    expect(before.detail).toContain('2/4');
    const after = step(monthRoutine(base({ today: '2026-11-04', selfAssessment: sa })), 'self_assessment');
    expect(after.state).toBe('overdue');
    const all = step(monthRoutine(base({ selfAssessment: { expected: 4, reported: 4, missingNames: [] } })), 'self_assessment');
    expect(all.state).toBe('done');
  });

  it('self-assessment with no members sends the secretary to the roster', () => {
    const s = step(monthRoutine(base({ selfAssessment: { expected: 0, reported: 0, missingNames: [] } })), 'self_assessment');
    expect(s.state).toBe('todo');
    expect(s.path).toBe('/dang-vien');
  });

  it('long lists of names are shortened', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Người ${i + 1}`);
    const s = step(
      monthRoutine(base({ today: '2026-11-01', selfAssessment: { expected: 12, reported: 0, missingNames: names } })),
      'self_assessment',
    );
    expect(s.detail).toContain('và 4 đồng chí khác');
    expect(s.names).toHaveLength(12);
  });

  it('report: to do after the meeting, overdue after the deadline, done once exported', () => {
    const m = meeting();
    expect(step(monthRoutine(base({ today: '2026-11-10', meeting: m })), 'report').state).toBe('todo');
    expect(step(monthRoutine(base({ today: '2026-12-01', meeting: m })), 'report').state).toBe('overdue');
    expect(step(monthRoutine(base({ today: '2026-11-12', meeting: m, deadlines: { monthlyReportDay: 10 } })), 'report').state).toBe(
      'overdue',
    );
    const done = step(monthRoutine(base({ today: '2026-12-01', meeting: m, reportSentAt: '2026-11-05T09:00:00.000Z' })), 'report');
    expect(done.state).toBe('done');
    expect(done.detail).toContain('05/11/2026');
  });

  it("next month's preparation shows up within ten days of its deadline", () => {
    expect(step(monthRoutine(base({ today: '2026-11-09' })), 'prepare_next').state).toBe('upcoming');
    const s = step(monthRoutine(base({ today: '2026-11-12' })), 'prepare_next');
    expect(s.state).toBe('todo');
    expect(s.title).toContain('tháng 12/2026');
    expect(s.due).toBe('2026-11-20');
    expect(step(monthRoutine(base({ today: '2026-11-21' })), 'prepare_next').state).toBe('overdue');
    expect(step(monthRoutine(base({ today: '2026-11-21', nextMeeting: meeting({ date: '2026-12-03' }) })), 'prepare_next').state).toBe(
      'done',
    );
  });

  it('nextStep picks the first overdue step, then the first to do', () => {
    const steps = monthRoutine(base({ today: '2026-11-05', meeting: meeting({ date: '2026-11-03' }) }));
    expect(nextStep(steps)?.key).toBe('minutes');
    const counts = routineCounts(steps);
    expect(counts.done + counts.todo + counts.in_progress + counts.overdue + counts.upcoming).toBe(steps.length);
  });
});

describe('day one: a cell with no members', () => {
  it('the first suggested step is "Thêm đảng viên", even when the meeting is overdue', () => {
    const steps = monthRoutine(
      base({ today: '2026-11-10', rosterSize: 0, selfAssessment: { expected: 0, reported: 0, missingNames: [] } }),
    );
    expect(step(steps, 'meeting').state).toBe('overdue');
    const next = nextStep(steps)!;
    expect(next.key).toBe('members');
    expect(next.title).toBe('Thêm đảng viên');
    expect(next.path).toBe('/dang-vien');
    expect(steps[0]!.key).toBe('members');
  });

  it('once there are members the step is gone and the routine is as before', () => {
    const steps = monthRoutine(base({ today: '2026-11-10', rosterSize: 12 }));
    expect(steps.some((s) => s.key === 'members')).toBe(false);
    expect(nextStep(steps)?.key).toBe('prepare');
    // Not known (older callers): no members step either.
    expect(monthRoutine(base()).some((s) => s.key === 'members')).toBe(false);
  });
});

describe('year items in their season', () => {
  const pledges = { year: 2027, mustRegister: 5, registered: 3, confirmed: 2, outstandingNames: ['Hà', 'Sơn'] };

  it('pledge registration appears in January with who still has to register', () => {
    const steps = monthRoutine(base({ today: '2027-01-10', period: '2027-01', pledges }));
    const s = step(steps, 'pledge_registration');
    expect(s.yearly).toBe(true);
    expect(s.state).toBe('in_progress');
    expect(s.due).toBe('2027-01-31');
    expect(s.names).toEqual(['Hà', 'Sơn']);
    expect(s.detail).toContain('3/5');
  });

  it('registration is overdue after the deadline (superior deadline first) and stays visible while outstanding', () => {
    expect(step(monthRoutine(base({ today: '2027-02-01', period: '2027-02', pledges })), 'pledge_registration').state).toBe('overdue');
    const sup = monthRoutine(base({ today: '2027-02-01', period: '2027-02', pledges, deadlines: { pledgeRegistrationBy: '2027-02-15' } }));
    expect(step(sup, 'pledge_registration').state).toBe('in_progress');
    expect(monthRoutine(base({ today: '2027-06-10', period: '2027-06', pledges })).some((s) => s.key === 'pledge_registration')).toBe(true);
  });

  it('registration disappears after its season once everyone registered', () => {
    const full = { ...pledges, registered: 5, confirmed: 5, outstandingNames: [] };
    expect(step(monthRoutine(base({ today: '2027-02-10', period: '2027-02', pledges: full })), 'pledge_registration').state).toBe('done');
    expect(monthRoutine(base({ today: '2027-06-10', period: '2027-06', pledges: full })).some((s) => s.key === 'pledge_registration')).toBe(
      false,
    );
  });

  it('the review shows in November and December, and in January only while unfinished', () => {
    const none = { year: 2026, records: 0, excluded: 0, rated: 0 };
    const dec = monthRoutine(base({ today: '2026-12-05', period: '2026-12', review: none }));
    expect(step(dec, 'year_review').state).toBe('todo');
    expect(step(dec, 'year_report').state).toBe('upcoming');
    expect(monthRoutine(base({ today: '2026-06-05', period: '2026-06', review: none })).some((s) => s.key === 'year_review')).toBe(false);
    const jan = monthRoutine(base({ today: '2027-01-05', period: '2027-01', review: { year: 2026, records: 10, excluded: 1, rated: 4 } }));
    expect(step(jan, 'year_review').state).toBe('overdue');
    const finished = monthRoutine(
      base({ today: '2027-01-05', period: '2027-01', review: { year: 2026, records: 10, excluded: 1, rated: 9 } }),
    );
    expect(finished.some((s) => s.key === 'year_review')).toBe(false);
    expect(step(finished, 'year_report').state).toBe('todo');
  });

  it('the year report is done once the whole-year file was exported', () => {
    const review = { year: 2026, records: 10, excluded: 0, rated: 10 };
    const s = step(
      monthRoutine(base({ today: '2026-12-20', period: '2026-12', review, yearReportSentAt: '2026-12-18T10:00:00.000Z' })),
      'year_report',
    );
    expect(s.state).toBe('done');
    expect(step(monthRoutine(base({ today: '2026-12-20', period: '2026-12', review })), 'year_review').state).toBe('done');
  });
});

describe('the superior committee: who has not sent the report', () => {
  it('an empty committee is not "everyone has sent"', () => {
    const empty = missingReportsText(0, 0)!;
    expect(empty).toContain('Chưa có đơn vị trực thuộc nào');
    expect(empty).not.toContain('Không còn đơn vị nào chưa gửi');
  });
  it('says all have sent only when some have, and nothing while some are missing (the list shows them)', () => {
    expect(missingReportsText(5, 0)).toBe('Tất cả 5 đơn vị đã gửi báo cáo kỳ này.');
    expect(missingReportsText(3, 2)).toBeUndefined();
    expect(missingReportsText(0, 4)).toBeUndefined();
  });
});
