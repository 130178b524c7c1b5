import { describe, expect, it } from 'vitest';
import type { AttendanceEntry, Meeting } from '../../../src-renderer/core/model';
import {
  DEFAULT_QUORUM,
  HD42_RUBRIC,
  amendMeeting,
  amendmentFieldLabel,
  completeQuality,
  finaliseQuestions,
  finalisedMeeting,
  freezeAttendance,
  meetingAttendance,
  newMeeting,
  scoreRubric,
  scoreText,
  voteOutcome,
} from '../../../src-renderer/core/meetings';
import { buildUnitReportPayload } from '../../../src-renderer/core/exchange';
import { minutesModel } from '../../../src-renderer/documents/minutes-content';
import { member } from '../monthly/fixtures';
import { UNIT } from '../figures/fixtures';

const NOW = '2026-11-03T10:00:00.000Z';
const criteria = HD42_RUBRIC.data.groups.flatMap((g) => g.criteria);
const full = Object.fromEntries(criteria.map((c) => [c.code, c.max]));
const three = { time_duration: 5, attendance_rate: 2, results_rate: 30 }; // what "Gợi ý điểm từ số liệu" can fill: 37 points

const roster = [
  ...Array.from({ length: 5 }, (_, i) => member(`o${i}`, `Nguyễn Văn O${i}`)),
  { ...member('p', 'Trần Dự Bị'), admissionDate: '2026-05-19', fullMembershipDate: undefined },
];

function adopted(quality?: Record<string, number>): Meeting {
  const m: Meeting = {
    ...newMeeting({ id: 'mt', unitId: 'u1', date: '2026-11-03', now: NOW, place: 'Hội trường' }),
    endTime: '16:00',
    chairName: 'Nguyễn Văn O0',
    secretaryName: 'Nguyễn Văn O1',
    attendance: roster.map((r): AttendanceEntry => ({ memberId: r.id, status: 'co_mat' })),
    votes: [{ subject: 'thông qua nghị quyết tháng 11/2026', partyBuilding: false, inFavour: 5, against: 0, other: 0 }],
  };
  if (quality) {
    const s = scoreRubric(HD42_RUBRIC.data, quality);
    m.quality = { rubricCode: HD42_RUBRIC.code, scores: quality, total: s.total, level: s.level.code };
  }
  return finalisedMeeting(m, freezeAttendance(m, roster), 1, '2026-11-03', NOW).meeting!;
}

describe('a meeting score is "chưa chấm" until every criterion has a value (issue 15 point 8)', () => {
  it('3 of 22 criteria (37 points) is not "37/100 — xếp loại Kém"', () => {
    const s = scoreRubric(HD42_RUBRIC.data, three);
    expect(s.total).toBe(37);
    expect(s.complete).toBe(false);
    expect([s.scored, s.criteria]).toEqual([3, 22]);
    expect(scoreText(HD42_RUBRIC.data, s)).toBe('Chưa chấm (đã chấm 3/22 tiêu chí)');
    expect(scoreText(HD42_RUBRIC.data, scoreRubric(HD42_RUBRIC.data, full))).toBe('100/100 — xếp loại Tốt');
  });

  it('an incomplete score is neither printed in the minutes nor sent upward', () => {
    const m = adopted(three);
    expect(completeQuality(m, HD42_RUBRIC)).toBeUndefined();
    const model = minutesModel({
      meeting: m,
      members: roster,
      unit: { superiorName: 'Đảng bộ', unitName: 'Chi bộ', placeName: 'Ninh Thuận', issuerCode: 'CB' },
      quorum: DEFAULT_QUORUM,
      rubric: HD42_RUBRIC,
    });
    expect(JSON.stringify(model.parts)).not.toContain('TỰ CHẤM ĐIỂM');
    expect(JSON.stringify(model.parts)).not.toContain('Kém');
    const file = buildUnitReportPayload(
      {
        unit: UNIT,
        members: roster.map((r) => ({ ...member(r.id, r.fullName), ...r, unitId: 'u1' })),
        pledgeForms: [],
        monthly: [],
        meetings: [m],
        yearReviews: [],
        commendations: [],
        ruleSets: [],
      },
      { year: 2026 },
      { aggregateOnly: false },
    );
    expect(file.meetings[0]!.quality).toBeUndefined();
    expect(file.statistics.meetingQuality).toEqual({ chua_danh_gia: 1 });
    // complete: printed and sent
    const done = adopted(full);
    expect(completeQuality(done, HD42_RUBRIC)).toMatchObject({ total: 100, level: 'tot' });
    const printed = minutesModel({
      meeting: done,
      members: roster,
      unit: { superiorName: 'Đảng bộ', unitName: 'Chi bộ', placeName: 'Ninh Thuận', issuerCode: 'CB' },
      quorum: DEFAULT_QUORUM,
      rubric: HD42_RUBRIC,
    });
    expect(JSON.stringify(printed.parts)).toContain('Chi bộ tự chấm 100/100 điểm, xếp loại Tốt.');
  });

  it('finalising with an incomplete score asks first; no score or a full score asks nothing', () => {
    const base = { date: '2026-11-03' };
    expect(
      finaliseQuestions({ ...base, quality: { rubricCode: HD42_RUBRIC.code, scores: three, total: 37, level: 'kem' } }, HD42_RUBRIC)[0],
    ).toContain('mới chấm 3/22 tiêu chí');
    expect(finaliseQuestions({ ...base, quality: undefined }, HD42_RUBRIC)).toEqual([]);
    expect(
      finaliseQuestions({ ...base, quality: { rubricCode: HD42_RUBRIC.code, scores: full, total: 100, level: 'tot' } }, HD42_RUBRIC),
    ).toEqual([]);
  });
});

describe('score, attendance and vote tallies are corrected by an amendment after finalising', () => {
  const meta = { reason: 'Ghi nhầm', by: 'Nguyễn Văn O0', at: '2026-11-05' };

  it('a score criterion: completes the score, kept with before and after', () => {
    const m = adopted({ ...full, org_chair: undefined as unknown as number });
    delete m.quality!.scores.org_chair;
    expect(completeQuality(m, HD42_RUBRIC)).toBeUndefined();
    const r = amendMeeting(m, { field: 'score', criterion: 'org_chair', value: 8, ...meta }, NOW, HD42_RUBRIC);
    expect(r.problems).toEqual([]);
    expect(completeQuality(r.meeting!, HD42_RUBRIC)).toMatchObject({ total: 98, level: 'tot' });
    expect(r.meeting!.amendments[0]).toMatchObject({
      field: 'quality.org_chair',
      before: 'chưa chấm',
      after: '8 điểm',
      reason: 'Ghi nhầm',
    });
    expect(amendmentFieldLabel(r.meeting!, 'quality.org_chair', HD42_RUBRIC)).toContain('Điểm chất lượng:');
    expect(amendMeeting(m, { field: 'score', criterion: 'org_chair', value: 11, ...meta }, NOW, HD42_RUBRIC).problems).toContain(
      `Điểm "${criteria.find((c) => c.code === 'org_chair')!.label}" phải từ 0 đến 10.`,
    );
  });

  it('attendance: a member marked present was absent with reason; the counts follow', () => {
    const m = adopted(full);
    const r = amendMeeting(
      m,
      { field: 'attendance', memberId: 'o4', status: 'vang_co_ly_do', absenceReason: 'Đi công tác', ...meta },
      NOW,
      HD42_RUBRIC,
    );
    // 5 ballots but now only 4 chính thức present → refused until the vote is corrected too
    expect(r.problems.join(' ')).toContain('chỉ có 4 đảng viên chính thức có mặt');
    const v = amendMeeting(m, { field: 'vote', index: 0, inFavour: 4, against: 0, other: 0, ...meta }, NOW, HD42_RUBRIC);
    expect(v.problems).toEqual([]);
    expect(v.meeting!.amendments[0]).toMatchObject({
      field: 'votes.0',
      before: 'tán thành 5; không tán thành 0; ý kiến khác 0',
      after: 'tán thành 4; không tán thành 0; ý kiến khác 0',
    });
    const a = amendMeeting(
      v.meeting!,
      { field: 'attendance', memberId: 'o4', status: 'vang_co_ly_do', absenceReason: 'Đi công tác', ...meta },
      NOW,
      HD42_RUBRIC,
    );
    expect(a.problems).toEqual([]);
    expect(a.meeting!.amendments[1]).toMatchObject({ field: 'attendance.o4', before: 'Có mặt', after: 'Vắng có lý do (Đi công tác)' });
    const counts = meetingAttendance(a.meeting!, []);
    expect([counts.present, counts.presentOfficial, counts.countedOfficial]).toEqual([5, 4, 5]);
    expect(voteOutcome(a.meeting!.votes[0]!, counts, DEFAULT_QUORUM).inFavourText).toBe('4/5 (80,00%)');
    expect(
      amendMeeting(a.meeting!, { field: 'attendance', memberId: 'o4', status: 'vang_co_ly_do', ...meta }, NOW, HD42_RUBRIC).problems,
    ).toContain('Hãy ghi lý do vắng.');
  });

  it('a vote tally larger than the chính thức present is refused, nothing changes', () => {
    const m = adopted(full);
    const r = amendMeeting(m, { field: 'vote', index: 0, inFavour: 6, against: 0, other: 0, ...meta }, NOW, HD42_RUBRIC);
    expect(r.meeting).toBeUndefined();
    expect(r.problems.join(' ')).toContain('có 6 phiếu nhưng chỉ có 5 đảng viên chính thức có mặt');
    expect(
      amendMeeting({ ...m, state: 'draft' }, { field: 'vote', index: 0, inFavour: 4, against: 0, other: 0, ...meta }, NOW, HD42_RUBRIC)
        .problems,
    ).toContain('Biên bản chưa được thông qua: hãy sửa trực tiếp, không cần đính chính.');
  });
});
