import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clock, resetClock, setClock } from '../../src-renderer/platform/clock';
import { formatDate, localDateOf, periodLabel } from '../../src-renderer/core/text';
import { monthRoutine } from '../../src-renderer/core/routine';

// Vietnam is UTC+7: 18:30 UTC on 1 December is 01:30 on 2 December in Hà Nội.
const EVENING_UTC = '2026-12-01T18:30:00Z';

describe('the one clock gives local calendar dates', () => {
  let savedTz: string | undefined;
  beforeEach(() => {
    savedTz = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
  });
  afterEach(() => {
    resetClock();
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('formats 2026-12-01T18:30Z as 02/12/2026 in Vietnam, not the UTC day', () => {
    setClock(EVENING_UTC);
    expect(clock.today()).toBe('2026-12-02');
    expect(formatDate(clock.today())).toBe('02/12/2026');
    expect(formatDate(localDateOf(clock.nowIso()))).toBe('02/12/2026');
    expect(clock.nowIso()).toBe('2026-12-01T18:30:00.000Z'); // timestamps stay instants
  });

  it('gives the local month and year at a year boundary', () => {
    setClock('2026-12-31T23:30:00Z');
    expect(clock.thisPeriod()).toBe('2027-01');
    expect(clock.thisYear()).toBe(2027);
    expect(periodLabel(clock.thisPeriod())).toBe('tháng 1/2027');
  });

  it('"Tháng này" decides overdue on the same local day', () => {
    setClock(EVENING_UTC);
    // Next month's meeting must be prepared by 01/12: overdue on 02/12 (local), not on the UTC day 01/12.
    const steps = monthRoutine({
      today: clock.today(),
      period: clock.thisPeriod(),
      meetingDay: 5,
      deadlines: { prepareDay: 1 },
      selfAssessment: { expected: 0, reported: 0, missingNames: [] },
    });
    const prepareNext = steps.find((s) => s.key === 'prepare_next');
    expect(prepareNext?.state).toBe('overdue');
    const onUtcDay = monthRoutine({
      today: '2026-12-01',
      period: '2026-12',
      meetingDay: 5,
      deadlines: { prepareDay: 1 },
      selfAssessment: { expected: 0, reported: 0, missingNames: [] },
    });
    expect(onUtcDay.find((s) => s.key === 'prepare_next')?.state).not.toBe('overdue');
  });

  it('says when the report was exported on the local day (02/12 in Hà Nội, not the UTC 01/12)', () => {
    setClock(EVENING_UTC);
    const steps = monthRoutine({
      today: clock.today(),
      period: '2026-11',
      meetingDay: 3,
      meeting: { date: '2026-11-03', state: 'finalised', prepared: true },
      reportSentAt: clock.nowIso(),
      selfAssessment: { expected: 1, reported: 1, missingNames: [] },
    });
    expect(steps.find((s) => s.key === 'report')?.detail).toContain('lúc 02/12/2026');
  });

  it('follows a function when a test needs time to move', () => {
    let t = Date.parse('2026-11-30T16:59:59Z');
    setClock(() => new Date(t));
    expect(clock.today()).toBe('2026-11-30');
    t += 1000;
    expect(clock.today()).toBe('2026-12-01');
  });
});
