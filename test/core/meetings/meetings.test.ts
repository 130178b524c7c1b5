import { resolveRule } from '../../../src-renderer/core/rules';
import { describe, expect, it } from 'vitest';
import type { AttendanceEntry, Meeting, Vote } from '../../../src-renderer/core/model';
import {
  DEFAULT_QUORUM,
  QUORUM_PRESET,
  HD12_RUBRIC,
  HD42_RUBRIC,
  RUBRIC_HD12,
  RUBRIC_HD42,
  amendMeeting,
  assertEditable,
  atLeast,
  attendanceRows,
  countAttendance,
  documentNumberText,
  excusedStreak,
  finaliseProblems,
  finalisedMeeting,
  freezeAttendance,
  levelForTotal,
  meetingAttendance,
  meetingWarnings,
  meetingInputErrors,
  endTimeProblem,
  minutesSubject,
  moreThan,
  newMeeting,
  nextDocumentNumber,
  prefillAttendance,
  rubricProblems,
  scoreRubric,
  setAttendance,
  suggestScores,
  tasksDonePercent,
  termStartFor,
  voteOutcome,
  voteSentence,
  voteTallyError,
  voteTallyErrors,
  type AttendanceCounts,
} from '../../../src-renderer/core/meetings';
import { member } from '../monthly/fixtures';

const NOW = '2026-11-03T10:00:00.000Z';
const DATE = '2026-11-03';

function meetingWith(attendance: AttendanceEntry[], extra: Partial<Meeting> = {}): Meeting {
  return { ...newMeeting({ id: 'mt', unitId: 'u1', date: DATE, now: NOW, place: 'Hội trường' }), attendance, ...extra };
}

/** n members present, plus the given extra entries; members m0..m(n-1) all chính thức. */
function roster(n: number, prefix = 'm') {
  return Array.from({ length: n }, (_, i) => member(`${prefix}${i}`, `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${i}`));
}
function entries(ids: string[], status: AttendanceEntry['status'] = 'co_mat'): AttendanceEntry[] {
  return ids.map((memberId) => ({ memberId, status, ...(status === 'vang_co_ly_do' ? { reason: 'Đi công tác' } : {}) }));
}

function counts(partial: Partial<AttendanceCounts>): AttendanceCounts {
  return {
    total: 0,
    official: 0,
    probationary: 0,
    exempt: 0,
    temporary: 0,
    counted: 0,
    countedOfficial: 0,
    present: 0,
    presentOfficial: 0,
    absentWithReason: 0,
    absentWithoutReason: 0,
    presentPercent: 0,
    presentOfficialPercent: 0,
    ...partial,
  };
}

describe('attendance and the two denominators (QĐ 24 mục 9.3.2)', () => {
  const full = member('a', 'Nguyễn Văn An');
  const probationary = member('b', 'Trần Thị Bình', { admissionDate: '2026-06-01', fullMembershipDate: undefined });
  const exempt = member('c', 'Lê Văn Cường', { statusPeriods: [{ id: 'p', kind: 'mien_sinh_hoat', from: '2025-01-01' }] });
  const suspended = member('d', 'Phạm Văn Dũng', { statusPeriods: [{ id: 'p', kind: 'dinh_chi', from: '2026-10-01', to: '2027-01-31' }] });
  const elsewhere = member('e', 'Hoàng Thị Em', { statusPeriods: [{ id: 'p', kind: 'sinh_hoat_tam_thoi', from: '2026-09-01' }] });
  const gone = member('f', 'Vũ Văn Phúc', { statusPeriods: [{ id: 'p', kind: 'chuyen_di', from: '2026-10-20' }] });
  const absent = member('g', 'Đặng Văn Giang');
  const all = [full, probationary, exempt, suspended, elsewhere, gone, absent];

  it('prefills from the roster on the meeting date in the five categories', () => {
    const list = prefillAttendance(all, DATE);
    expect(list.map((e) => [e.memberId, e.status])).toEqual([
      ['a', 'co_mat'],
      ['b', 'co_mat'],
      ['c', 'mien'],
      ['d', 'co_mat'],
      ['e', 'tam_thoi'],
      ['g', 'co_mat'],
    ]);
  });

  it('excludes sinh hoạt tạm thời, absent miễn and đình chỉ; counts a miễn member who attends', () => {
    let att = prefillAttendance(all, DATE);
    att = setAttendance(att, 'g', 'vang_khong_ly_do');
    const c = meetingAttendance(meetingWith(att), all);
    expect(c).toMatchObject({
      total: 6,
      counted: 3,
      countedOfficial: 2,
      present: 2,
      presentOfficial: 1,
      exempt: 1,
      temporary: 1,
      absentWithoutReason: 1,
    });
    expect(c.presentPercent).toBe(66.67);
    const withExemptPresent = setAttendance(att, 'c', 'co_mat');
    expect(meetingAttendance(meetingWith(withExemptPresent), all)).toMatchObject({ counted: 4, present: 3 });
  });

  it('at a đại hội, members absent with an approved reason are not counted', () => {
    const att = setAttendance(prefillAttendance([full, absent], DATE), 'g', 'vang_co_ly_do', 'Ốm');
    expect(meetingAttendance(meetingWith(att), [full, absent]).counted).toBe(2);
    expect(meetingAttendance(meetingWith(att, { type: 'dai_hoi' }), [full, absent]).counted).toBe(1);
  });

  it('frozen entries win over later roster changes', () => {
    const m = meetingWith(prefillAttendance([full, probationary], DATE));
    const frozen = freezeAttendance(m, [full, probationary]);
    expect(frozen).toEqual([
      { memberId: 'a', status: 'co_mat', name: 'Nguyễn Văn An', official: true, counted: true },
      { memberId: 'b', status: 'co_mat', name: 'Trần Thị Bình', official: false, counted: true },
    ]);
    const renamed = [
      { ...full, fullName: 'Tên mới', statusPeriods: [{ id: 'x', kind: 'dinh_chi' as const, from: '2026-01-01' }] },
      probationary,
    ];
    const rows = attendanceRows({ ...m, attendance: frozen }, renamed);
    expect(rows[0]).toMatchObject({ name: 'Nguyễn Văn An', counted: true });
    expect(attendanceRows(m, renamed)[0]).toMatchObject({ name: 'Tên mới', counted: false });
  });

  it('setAttendance keeps a reason only for vắng có lý do', () => {
    const att = setAttendance(entries(['a']), 'a', 'vang_co_ly_do', 'Đi học');
    expect(att[0]).toEqual({ memberId: 'a', status: 'vang_co_ly_do', reason: 'Đi học' });
    expect(setAttendance(att, 'a', 'co_mat')[0]).toEqual({ memberId: 'a', status: 'co_mat' });
  });
});

describe('warnings (never blocking) at every boundary', () => {
  const thirty = roster(30);
  const ids = thirty.map((m) => m.id);
  const codes = (m: Meeting, members = thirty, others: Meeting[] = []) =>
    meetingWarnings(m, members, others, QUORUM_PRESET).map((w) => w.code);

  it('attendance exactly 2/3 is not "below 2/3"; one fewer is', () => {
    const at20 = meetingWith([...entries(ids.slice(0, 20)), ...entries(ids.slice(20), 'vang_co_ly_do')]);
    expect(codes(at20)).not.toContain('attendance_below_fraction');
    expect(codes(at20)).toContain('attendance_at_or_below_percent');
    const at19 = meetingWith([...entries(ids.slice(0, 19)), ...entries(ids.slice(19), 'vang_co_ly_do')]);
    expect(codes(at19)).toContain('attendance_below_fraction');
  });

  it('85% exactly warns ("trên 85%" is required); 87.5% does not', () => {
    const forty = roster(40);
    const fids = forty.map((m) => m.id);
    const at85 = meetingWith([...entries(fids.slice(0, 34)), ...entries(fids.slice(34), 'vang_co_ly_do')]);
    const w = meetingWarnings(at85, forty, [], QUORUM_PRESET);
    expect(w.map((x) => x.code)).toContain('attendance_at_or_below_percent');
    expect(w.find((x) => x.code === 'attendance_at_or_below_percent')!.message).toContain('85,00%');
    const at875 = meetingWith([...entries(fids.slice(0, 35)), ...entries(fids.slice(35), 'vang_co_ly_do')]);
    expect(codes(at875, forty)).not.toContain('attendance_at_or_below_percent');
    expect(codes(at875, forty)).not.toContain('attendance_below_fraction');
  });

  it('the thresholds are settings', () => {
    const m = meetingWith([...entries(ids.slice(0, 27)), ...entries(ids.slice(27), 'vang_co_ly_do')]); // 90%
    expect(meetingWarnings(m, thirty, [], QUORUM_PRESET).map((w) => w.code)).not.toContain('attendance_at_or_below_percent');
    const strict = {
      ...QUORUM_PRESET,
      source: 'local' as const,
      name: 'Ngưỡng của chi bộ',
      data: { ...DEFAULT_QUORUM, attendanceWarnAtOrBelowPercent: 90 },
    };
    const w = meetingWarnings(m, thirty, [], strict).find((x) => x.code === 'attendance_at_or_below_percent');
    // The warning says where the threshold came from.
    expect(w?.message).toContain('«Ngưỡng của chi bộ» do chi bộ đặt trong Cài đặt');
  });

  it('names anyone absent without reason', () => {
    const m = meetingWith([...entries(ids.slice(0, 29)), ...entries(ids.slice(29), 'vang_khong_ly_do')]);
    const w = meetingWarnings(m, thirty, [], QUORUM_PRESET).find((x) => x.code === 'absent_without_reason');
    expect(w?.message).toContain(thirty[29]!.fullName);
    expect(codes(meetingWith(entries(ids)))).toEqual([]);
  });

  it('absent with reason 3 times in a row is fine, the 4th in the same year warns; a presence or a new year resets', () => {
    const past = (id: string, date: string, status: AttendanceEntry['status']): Meeting => ({
      ...meetingWith([...entries(ids.slice(1)), { memberId: ids[0]!, status, reason: 'Ốm' }]),
      id,
      date,
      period: date.slice(0, 7),
    });
    const current = meetingWith([...entries(ids.slice(1)), { memberId: ids[0]!, status: 'vang_co_ly_do', reason: 'Ốm' }]);
    const two = [past('p1', '2026-09-03', 'vang_co_ly_do'), past('p2', '2026-10-03', 'vang_co_ly_do')];
    expect(excusedStreak(ids[0]!, current, two)).toBe(3);
    expect(codes(current, thirty, two)).not.toContain('excused_streak');
    const three = [past('p0', '2026-08-03', 'vang_co_ly_do'), ...two];
    expect(excusedStreak(ids[0]!, current, three)).toBe(4);
    const w = meetingWarnings(current, thirty, three, QUORUM_PRESET).find((x) => x.code === 'excused_streak');
    expect(w?.message).toContain('4 lần liên tiếp trong năm (quá 03 lần)');
    const broken = [past('p0', '2026-08-03', 'vang_co_ly_do'), past('px', '2026-08-20', 'co_mat'), ...two];
    expect(excusedStreak(ids[0]!, current, broken)).toBe(3);
    const lastYear = [past('p0', '2025-12-03', 'vang_co_ly_do'), ...two];
    expect(excusedStreak(ids[0]!, current, lastYear)).toBe(3);
    expect(excusedStreak(ids[1]!, current, three)).toBe(0);
  });

  it('duration: 89 minutes warns, 90 does not; combined with chuyên đề needs 120', () => {
    const base = entries(ids);
    expect(codes(meetingWith(base, { startTime: '14:00', endTime: '15:29' }))).toEqual(['duration_short']);
    expect(codes(meetingWith(base, { startTime: '14:00', endTime: '15:30' }))).toEqual([]);
    expect(codes(meetingWith(base, { type: 'ket_hop', startTime: '14:00', endTime: '15:59' }))).toEqual(['duration_short']);
    expect(codes(meetingWith(base, { type: 'ket_hop', startTime: '14:00', endTime: '16:00' }))).toEqual([]);
    expect(codes(meetingWith(base, { type: 'chi_uy', startTime: '14:00', endTime: '14:30' }))).toEqual([]);
    expect(codes(meetingWith(base, { endTime: undefined }))).toEqual(['duration_unknown']);
  });

  it('an end time not after the start says so, never a negative duration ("kéo dài -60 phút")', () => {
    const base = entries(ids);
    for (const endTime of ['13:00', '14:00']) {
      const w = meetingWarnings(meetingWith(base, { startTime: '14:00', endTime }), thirty, [], QUORUM_PRESET);
      expect(w.map((x) => x.code)).toEqual(['end_not_after_start']);
      expect(w[0]!.message).toBe(`Giờ kết thúc (${endTime}) phải sau giờ bắt đầu (14:00). Hãy sửa lại giờ kết thúc.`);
      expect(w.some((x) => /kéo dài|-\d+ phút/u.test(x.message))).toBe(false);
      expect(meetingInputErrors(meetingWith(base, { startTime: '14:00', endTime }))).toContain(w[0]!.message);
    }
    expect(endTimeProblem('14:00', '14:01')).toBeUndefined();
    expect(endTimeProblem('14:00', undefined)).toBeUndefined();
    expect(endTimeProblem('14:00', '25:00')).toBeUndefined(); // invalid time: its own message
  });
});

describe('vote validity', () => {
  const vote = (inFavour: number, extra: Partial<Vote> = {}): Vote => ({
    subject: 'thông qua nghị quyết tháng 11',
    partyBuilding: false,
    inFavour,
    against: 0,
    other: 0,
    ...extra,
  });

  it('needs strictly more than half of the counted chính thức members', () => {
    expect(moreThan(1 / 2, 10)).toBe(6);
    expect(moreThan(1 / 2, 11)).toBe(6);
    expect(atLeast(2 / 3, 9)).toBe(6);
    expect(atLeast(2 / 3, 10)).toBe(7);
    const c = counts({ counted: 10, countedOfficial: 8, present: 10, presentOfficial: 8 });
    expect(voteOutcome(vote(4), c, DEFAULT_QUORUM).passed).toBe(false);
    expect(voteOutcome(vote(5), c, DEFAULT_QUORUM).passed).toBe(true); // 5 of 8 chính thức, although 5 of 10 members is not more than half
    const odd = counts({ counted: 11, present: 11, countedOfficial: 11, presentOfficial: 11 });
    expect(voteOutcome(vote(5), odd, DEFAULT_QUORUM).passed).toBe(false);
    expect(voteOutcome(vote(6), odd, DEFAULT_QUORUM).passed).toBe(true);
    expect(voteOutcome(vote(0), counts({}), DEFAULT_QUORUM).passed).toBe(false);
  });

  it('gives counts and percentages over the counted chính thức members for the minutes', () => {
    const c = counts({ counted: 35, present: 33, countedOfficial: 33, presentOfficial: 31 });
    const o = voteOutcome(vote(30, { against: 1 }), c, DEFAULT_QUORUM);
    expect(o.denominator).toBe(33);
    expect(o.inFavourText).toBe('30/33 (90,91%)');
    expect(o.againstText).toBe('1/33 (3,03%)');
    expect(o.inFavourPercent).toBe(90.91);
    expect(voteSentence(vote(30, { against: 1 }), o)).toBe(
      'Biểu quyết thông qua nghị quyết tháng 11: tán thành 30/33 (90,91%); không tán thành 1/33 (3,03%); ý kiến khác 0/33 (0,00%) (tính trên số đảng viên chính thức được triệu tập).',
    );
    expect(o.warnings).toEqual([]);
  });

  it('every resolution counts chính thức only; more ballots than chính thức present is refused', () => {
    const c = counts({ counted: 12, present: 12, countedOfficial: 10, presentOfficial: 10 });
    const ok = voteOutcome(vote(10, { partyBuilding: true, subject: 'đề nghị chuyển đảng viên chính thức' }), c, DEFAULT_QUORUM);
    expect(ok.denominator).toBe(10);
    expect(ok.inFavourText).toBe('10/10 (100,00%)');
    expect(ok.warnings).toEqual([]);
    const monthly = voteOutcome(vote(10), c, DEFAULT_QUORUM);
    expect(monthly.denominator).toBe(10);
    const bad = vote(12);
    expect(voteOutcome(bad, c, DEFAULT_QUORUM).warnings.join(' ')).toContain('chỉ có 10 đảng viên chính thức có mặt');
    expect(voteTallyErrors([vote(10), bad], c)).toEqual([
      'Biểu quyết thứ 2: có 12 phiếu nhưng chỉ có 10 đảng viên chính thức có mặt. Đảng viên dự bị không biểu quyết (Điều lệ Đảng, Điều 3 khoản 4); hãy chỉ nhập phiếu của đảng viên chính thức.',
    ]);
    expect(voteTallyError(vote(-1), c)).toBe('Biểu quyết: số phiếu phải là số nguyên không âm.');
  });

  it('admission needs at least 2/3 of chính thức', () => {
    const c = counts({ counted: 12, present: 12, countedOfficial: 9, presentOfficial: 9 });
    expect(voteOutcome(vote(6, { partyBuilding: true, kind: 'admission' }), c, DEFAULT_QUORUM).passed).toBe(true);
    expect(voteOutcome(vote(5, { partyBuilding: true, kind: 'admission' }), c, DEFAULT_QUORUM).passed).toBe(false);
    expect(voteOutcome(vote(5, { partyBuilding: true, kind: 'admission' }), c, DEFAULT_QUORUM).requirement).toBe(
      'ít nhất 2/3 số đảng viên chính thức (6/9)',
    );
  });

  it('warns when a vote fails', () => {
    const c = counts({ counted: 10, present: 8, countedOfficial: 10, presentOfficial: 8 });
    expect(voteOutcome(vote(4), c, DEFAULT_QUORUM).warnings.join(' ')).toContain(
      'chưa đủ quá 1/2 số đảng viên chính thức (6/10) tán thành',
    );
  });

  describe('a 22-member cell with 2 dự bị (issue 15 point 1)', () => {
    const official = roster(20, 'o');
    const probationary = roster(2, 'p').map((m) => ({ ...m, admissionDate: '2026-05-19', fullMembershipDate: undefined }));
    const all = [...official, ...probationary];
    const mt = meetingWith(entries(all.map((m) => m.id)));
    const c = meetingAttendance(mt, all);

    it('counts 22 present, 20 of them chính thức', () => {
      expect(c).toMatchObject({ total: 22, counted: 22, present: 22, countedOfficial: 20, presentOfficial: 20, probationary: 2 });
    });

    it('17 tán thành is 17/20 (85,00%), not 17/22 (77,27%)', () => {
      const o = voteOutcome(vote(17, { against: 2, other: 1 }), c, DEFAULT_QUORUM);
      expect(o.inFavourText).toBe('17/20 (85,00%)');
      expect(o.passed).toBe(true);
      expect(voteSentence(vote(17, { against: 2, other: 1 }), o)).toContain(
        'tán thành 17/20 (85,00%); không tán thành 2/20 (10,00%); ý kiến khác 1/20 (5,00%)',
      );
    });

    it('11 of the 20 chính thức passes; 10 does not', () => {
      expect(voteOutcome(vote(11), c, DEFAULT_QUORUM).passed).toBe(true);
      expect(voteOutcome(vote(10), c, DEFAULT_QUORUM).passed).toBe(false);
      expect(voteOutcome(vote(11), c, DEFAULT_QUORUM).requirement).toBe('quá 1/2 số đảng viên chính thức (11/20)');
    });

    it('a tally of 22 (dự bị included) is refused before saving and finalising', () => {
      const withVote = { ...mt, votes: [vote(22)] };
      expect(meetingInputErrors(withVote, all).join(' ')).toContain('chỉ có 20 đảng viên chính thức có mặt');
      expect(meetingInputErrors({ ...mt, votes: [vote(20)] }, all)).toEqual([]);
      expect(meetingInputErrors(withVote)).toEqual([]); // without the roster only the form checks
      const frozen = freezeAttendance(withVote, all);
      const done = finalisedMeeting({ ...withVote, endTime: '16:00', chairName: 'A', secretaryName: 'B' }, frozen, 1, DATE, NOW);
      expect(done.meeting).toBeUndefined();
      expect(done.problems.join(' ')).toContain('chỉ có 20 đảng viên chính thức có mặt');
    });
  });

  it('countAttendance of no rows is all zeros', () => {
    expect(countAttendance([])).toEqual(counts({}));
  });
});

describe('quality rubric', () => {
  it('both presets add up to 100 and HD 42 follows the groups of domain §4.5', () => {
    expect(rubricProblems(HD42_RUBRIC.data)).toEqual([]);
    expect(rubricProblems(HD12_RUBRIC.data)).toEqual([]);
    expect(HD42_RUBRIC.data.groups.map((g) => [g.label, g.max])).toEqual([
      ['Thời gian, thời lượng', 5],
      ['Tỷ lệ đảng viên dự', 5],
      ['Công tác chuẩn bị', 10],
      ['Tổ chức sinh hoạt', 40],
      ['Nguyên tắc tổ chức, sinh hoạt đảng', 5],
      ['Kết quả lãnh đạo thực hiện nghị quyết tháng trước', 30],
      ['Kết thúc', 5],
    ]);
    expect(rubricProblems({ ...HD42_RUBRIC.data, total: 99 })).toEqual(['Tổng điểm các nhóm (100) khác tổng điểm (99).']);
  });

  it('levels: Tốt ≥ 90, Khá 70–<90, Trung bình 50–<70, Kém < 50', () => {
    const level = (t: number) => levelForTotal(HD42_RUBRIC.data, t).label;
    expect([100, 90, 89.99, 89.5, 70, 69.99, 50, 49.99, 0].map(level)).toEqual([
      'Tốt',
      'Tốt',
      'Khá',
      'Khá',
      'Khá',
      'Trung bình',
      'Trung bình',
      'Kém',
      'Kém',
    ]);
  });

  it('scores per group, clamps out-of-range scores and reports them', () => {
    const s = scoreRubric(HD42_RUBRIC.data, { time_duration: 5, attendance_rate: 4, results_rate: 30, principles: 9 });
    expect(s.byGroup).toMatchObject({ time: 5, attendance: 4, results: 30, principles: 5 });
    expect(s.total).toBe(44);
    expect(s.level.label).toBe('Kém');
    expect(s.problems).toEqual(['Điểm "Tập trung dân chủ; tự phê bình và phê bình; tính lãnh đạo, giáo dục, chiến đấu" phải từ 0 đến 5.']);
    const full = Object.fromEntries(HD42_RUBRIC.data.groups.flatMap((g) => g.criteria.map((c) => [c.code, c.max])));
    expect(scoreRubric(HD42_RUBRIC.data, full)).toMatchObject({ total: 100, problems: [] });
  });

  it('is chosen by date: HD 12 before 28/10/2025, HD 42 from then; a recorded code wins', () => {
    const rubricFor = (date: string, recordedCode?: string) =>
      resolveRule('meeting_rubric', { date, ruleSets: [], ...(recordedCode ? { recordedCode } : {}) });
    expect(rubricFor('2025-10-27').code).toBe(RUBRIC_HD12);
    expect(rubricFor('2025-10-28').code).toBe(RUBRIC_HD42);
    expect(rubricFor('2026-11-03', RUBRIC_HD12).code).toBe(RUBRIC_HD12);
  });

  it('suggests time, attendance and results scores from the record', () => {
    const c = counts({ counted: 20, present: 18, presentPercent: 90 });
    const base = { type: 'thuong_ky', startTime: '14:00', counts: c, excusedStreak: false, minDuration: 90 };
    expect(suggestScores(HD42_RUBRIC.data, { ...base, endTime: '15:30', tasksDonePercent: 90 })).toEqual({
      time_duration: 5,
      attendance_rate: 4,
      attendance_no_streak: 1,
      results_rate: 30,
    });
    const s = suggestScores(HD42_RUBRIC.data, {
      ...base,
      endTime: '15:15',
      counts: counts({ counted: 20, present: 17, presentPercent: 85, absentWithoutReason: 1 }),
      excusedStreak: true,
      tasksDonePercent: 49.99,
    });
    expect(s).toEqual({ time_duration: 4, attendance_rate: 1, attendance_no_streak: 0, results_rate: 10 });
    expect(suggestScores(HD42_RUBRIC.data, { ...base, endTime: '14:59' }).time_duration).toBe(1);
    expect(suggestScores(HD42_RUBRIC.data, { ...base, endTime: '15:00' }).time_duration).toBe(3);
    // No time score from an end time before the start.
    expect(suggestScores(HD42_RUBRIC.data, { ...base, endTime: '13:00' }).time_duration).toBeUndefined();
    expect(tasksDonePercent([{ task: 'a', status: 'xong' }, { task: 'b', status: 'chua_xong' }, { task: 'c' }])).toBe(50);
    expect(tasksDonePercent([])).toBeUndefined();
  });
});

describe('document numbering within the term', () => {
  const docs = [
    { typeCode: 'BB', termStart: '2025-07-01', number: 1 },
    { typeCode: 'BB', termStart: '2025-07-01', number: 7 },
    { typeCode: 'NQ', termStart: '2025-07-01', number: 12 },
    { typeCode: 'BB', termStart: '2020-07-01', number: 40 },
  ];
  it('continues per type within the term and starts at 01 in a new term', () => {
    expect(nextDocumentNumber(docs, 'BB', '2025-07-01')).toBe(8);
    expect(nextDocumentNumber(docs, 'NQ', '2025-07-01')).toBe(13);
    expect(nextDocumentNumber(docs, 'BC', '2025-07-01')).toBe(1);
    expect(nextDocumentNumber(docs, 'BB', '2030-07-01')).toBe(1);
    expect(nextDocumentNumber([], 'BB', '2025-07-01')).toBe(1);
  });
  it('prints "Số 01-BB/CB" with a leading zero and no colon', () => {
    expect(documentNumberText(1, 'BB', 'CB')).toBe('Số 01-BB/CB');
    expect(documentNumberText(10, 'BB', 'CB')).toBe('Số 10-BB/CB');
    expect(documentNumberText(undefined, 'BB', 'CB')).toBe('Số ...-BB/CB');
  });
  it('takes the term from the unit profile, else the calendar year', () => {
    expect(termStartFor({ termStart: '2025-07-01', termEnd: '2030-06-30' }, '2026-11-03')).toBe('2025-07-01');
    expect(termStartFor({ termStart: '2025-07-01', termEnd: '2026-06-30' }, '2026-11-03')).toBe('2026-01-01');
    expect(termStartFor(undefined, '2026-11-03')).toBe('2026-01-01');
  });
});

describe('finalising and amending', () => {
  const a = member('a', 'Nguyễn Văn An');
  const b = member('b', 'Trần Thị Bình');
  const ready = (): Meeting =>
    meetingWith(prefillAttendance([a, b], DATE), { chairName: 'Nguyễn Văn An', secretaryName: 'Trần Thị Bình', endTime: '16:00' });

  it('names the trích yếu of the minutes', () => {
    expect(minutesSubject({ type: 'thuong_ky', period: '2026-11' })).toBe('Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026');
    expect(minutesSubject({ type: 'ket_hop', period: '2026-02' })).toBe('Sinh hoạt chi bộ thường kỳ kết hợp chuyên đề tháng 2 năm 2026');
  });

  it('lists what is missing before adoption and refuses invalid times', () => {
    const m = { ...meetingWith([], { place: '', endTime: '13:00' }) };
    const p = finaliseProblems(m);
    expect(p).toContain('Giờ kết thúc (13:00) phải sau giờ bắt đầu (14:00). Hãy sửa lại giờ kết thúc.');
    expect(p).toContain('Chưa nhập địa điểm sinh hoạt.');
    expect(p).toContain('Chưa chọn người chủ trì.');
    expect(p).toContain('Chưa chọn thư ký.');
    expect(p).toContain('Chưa điểm danh đảng viên.');
    const noReason = setAttendance(ready().attendance, 'b', 'vang_co_ly_do');
    expect(finaliseProblems({ ...ready(), attendance: freezeAttendance({ ...ready(), attendance: noReason }, [a, b]) })).toEqual([
      'Chưa ghi lý do vắng của đồng chí Trần Thị Bình.',
    ]);
    expect(finaliseProblems(ready())).toEqual([]);
  });

  it('adopts: freezes attendance, assigns the number, locks', () => {
    const m = ready();
    const { meeting, problems } = finalisedMeeting(m, freezeAttendance(m, [a, b]), 3, DATE, NOW);
    expect(problems).toEqual([]);
    expect(meeting).toMatchObject({ state: 'finalised', documentNumber: 3, finalisedAt: DATE });
    expect(meeting!.attendance[0]!.name).toBe('Nguyễn Văn An');
    expect(() => assertEditable(meeting!)).toThrow('Đính chính');
    expect(() => assertEditable(m)).not.toThrow();
    expect(finalisedMeeting(meeting!, meeting!.attendance, 4, DATE, NOW).problems).toContain('Biên bản này đã được thông qua.');
  });

  it('a correction is an amendment with date, reason, before and after', () => {
    const m = ready();
    const fin = finalisedMeeting(m, freezeAttendance(m, [a, b]), 1, DATE, NOW).meeting!;
    const input = {
      field: 'conclusion' as const,
      after: 'Kết luận đã sửa',
      reason: 'Ghi sót ý kiến của đồng chí Bình',
      by: 'Nguyễn Văn An',
      at: '2026-11-05',
    };
    const r = amendMeeting(fin, input, NOW, HD42_RUBRIC);
    expect(r.problems).toEqual([]);
    expect(r.meeting!.conclusion).toBe('Kết luận đã sửa');
    expect(r.meeting!.amendments).toEqual([
      {
        at: '2026-11-05',
        reason: 'Ghi sót ý kiến của đồng chí Bình',
        by: 'Nguyễn Văn An',
        field: 'conclusion',
        before: '',
        after: 'Kết luận đã sửa',
      },
    ]);
    expect(fin.amendments).toEqual([]);
    expect(amendMeeting(fin, { ...input, reason: '  ' }, NOW, HD42_RUBRIC).problems).toEqual(['Hãy ghi lý do đính chính.']);
    expect(amendMeeting(fin, { ...input, at: '2026-11-02' }, NOW, HD42_RUBRIC).problems).toEqual([
      'Ngày đính chính không được trước ngày thông qua biên bản.',
    ]);
    expect(amendMeeting(m, input, NOW, HD42_RUBRIC).problems[0]).toContain('chưa được thông qua');
    expect(amendMeeting(fin, { ...input, field: 'endTime', after: '25:00' }, NOW, HD42_RUBRIC).problems).toEqual([
      'Giờ kết thúc không hợp lệ. Nhập dạng giờ:phút, ví dụ 16:00.',
    ]);
    expect(amendMeeting(fin, { ...input, after: '' }, NOW, HD42_RUBRIC).problems).toEqual(['Nội dung đính chính giống nội dung cũ.']);
    expect(amendMeeting(fin, { ...input, field: 'endTime', after: '13:30' }, NOW, HD42_RUBRIC).problems).toEqual([
      'Giờ kết thúc (13:30) phải sau giờ bắt đầu (14:00). Hãy sửa lại giờ kết thúc.',
    ]);
  });
});
