import { afterEach, describe, expect, it } from 'vitest';
import type { Unit } from '../../src-renderer/core/model';
import { LockedError, setAttendance } from '../../src-renderer/core/meetings';
import { createDatabase, type SoNeuGuongDb } from '../../src-renderer/db/database';
import {
  MeetingError,
  amendMeeting,
  createMeeting,
  deleteMeeting,
  finaliseMeeting,
  getMeeting,
  listMeetings,
  saveMeetingDraft,
} from '../../src-renderer/db/meetings';
import { member } from '../core/monthly/fixtures';

let db: SoNeuGuongDb;
let n = 0;
afterEach(async () => {
  db.close();
  await db.delete();
});

const unit: Unit = {
  id: 'u1',
  code: 'CB01',
  type: 'chi_bo_truc_thuoc',
  isOwn: true,
  history: [
    {
      validFrom: '2025-01-01',
      name: 'Chi bộ Sở Tư pháp',
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
      placeName: 'Phan Rang',
      issuerCode: 'CB',
      termStart: '2025-07-01',
      termEnd: '2030-06-30',
    },
  ],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

async function fresh() {
  n += 1;
  db = createDatabase(`meetings-test-${n}-${Math.random()}`);
  await db.units.put(unit);
  await db.members.bulkPut([
    { ...member('a', 'Nguyễn Văn An'), partyPosition: 'bi_thu' },
    member('b', 'Trần Thị Bình'),
    member('c', 'Lê Văn Cường', { statusPeriods: [{ id: 'p', kind: 'mien_sinh_hoat', from: '2025-01-01' }] }),
    member('d', 'Phạm Thị Dung', { statusPeriods: [{ id: 'p', kind: 'chuyen_di', from: '2026-10-01' }] }),
  ]);
}

async function readyMeeting(date = '2026-11-03') {
  const m = await createMeeting(db, { unitId: 'u1', date, place: 'Hội trường Sở' });
  return saveMeetingDraft(db, {
    ...m,
    chairMemberId: 'a',
    chairName: 'Nguyễn Văn An',
    chairTitle: 'Bí thư chi bộ',
    secretaryMemberId: 'b',
    secretaryName: 'Trần Thị Bình',
    endTime: '16:00',
    nextTasks: [{ task: 'Hoàn thành báo cáo quý IV', assignee: 'Trần Thị Bình' }],
  });
}

describe('meeting CRUD', () => {
  it('creates a draft with attendance prefilled from the roster on the meeting date', async () => {
    await fresh();
    const m = await createMeeting(db, { unitId: 'u1', date: '2026-11-03', place: 'Hội trường' });
    expect(m.state).toBe('draft');
    expect(m.period).toBe('2026-11');
    expect(m.attendance.map((e) => [e.memberId, e.status])).toEqual([
      ['a', 'co_mat'],
      ['b', 'co_mat'],
      ['c', 'mien'],
    ]);
    expect(await getMeeting(db, m.id)).toEqual(m);
  });

  it('saves drafts NFC, refuses invalid input and writes nothing then', async () => {
    await fresh();
    const m = await createMeeting(db, { unitId: 'u1', date: '2026-11-03' });
    const saved = await saveMeetingDraft(db, { ...m, place: '  Hội trường '.normalize('NFD'), conclusion: 'Kết luận'.normalize('NFD') });
    expect(saved.place).toBe('Hội trường');
    expect((await getMeeting(db, m.id))!.conclusion).toBe('Kết luận'.normalize('NFC'));
    await expect(saveMeetingDraft(db, { ...saved, startTime: '25:00', place: 'Khác' })).rejects.toThrow(MeetingError);
    expect((await getMeeting(db, m.id))!.place).toBe('Hội trường');
  });

  it('refuses a vote tally larger than the chính thức present (dự bị do not vote) and writes nothing', async () => {
    await fresh();
    await db.members.put(member('e', 'Hoàng Văn Em', { admissionDate: '2026-06-01', fullMembershipDate: undefined }));
    const m = await createMeeting(db, { unitId: 'u1', date: '2026-11-03', place: 'Hội trường' });
    expect(m.attendance.map((e) => e.memberId)).toContain('e'); // 3 present: a, b (chính thức) and e (dự bị)
    const vote = { subject: 'thông qua nghị quyết tháng 11/2026', partyBuilding: false, against: 0, other: 0 };
    const error = await saveMeetingDraft(db, { ...m, votes: [{ ...vote, inFavour: 3 }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeetingError);
    expect((error as MeetingError).problems.join(' ')).toContain('có 3 phiếu nhưng chỉ có 2 đảng viên chính thức có mặt');
    expect((await getMeeting(db, m.id))!.votes).toEqual([]);
    const ok = await saveMeetingDraft(db, { ...m, votes: [{ ...vote, inFavour: 2 }] });
    expect(ok.votes[0]!.inFavour).toBe(2);
  });

  it('finalising with an incomplete score asks first: refused until confirmed (issue 15 point 8)', async () => {
    await fresh();
    const ready = await readyMeeting();
    const partial = await saveMeetingDraft(db, {
      ...ready,
      quality: { rubricCode: 'HD42-2025', scores: { time_duration: 5, attendance_rate: 2, results_rate: 30 }, total: 37, level: 'kem' },
    });
    const refused = await finaliseMeeting(db, partial.id, '2026-11-03').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MeetingError);
    expect((refused as MeetingError).problems[0]).toContain('mới chấm 3/22 tiêu chí');
    expect((await getMeeting(db, partial.id))!.state).toBe('draft');
    const done = await finaliseMeeting(db, partial.id, '2026-11-03', { confirmed: true });
    expect(done.state).toBe('finalised');
    const amended = await amendMeeting(db, done.id, {
      field: 'score',
      criterion: 'org_chair',
      value: 9,
      reason: 'Chấm bổ sung',
      by: 'Nguyễn Văn An',
      at: '2026-11-04',
    });
    expect(amended.quality!.scores.org_chair).toBe(9);
    expect(amended.amendments.at(-1)).toMatchObject({ field: 'quality.org_chair', after: '9 điểm' });
  });

  it('the next meeting takes last month’s tasks, chủ trì, thư ký and place', async () => {
    await fresh();
    await readyMeeting('2026-10-03');
    const next = await createMeeting(db, { unitId: 'u1', date: '2026-11-03' });
    expect(next.place).toBe('Hội trường Sở');
    expect(next.chairName).toBe('Nguyễn Văn An');
    expect(next.lastMonthReview.map((t) => t.task)).toEqual(['Hoàn thành báo cáo quý IV']);
    expect((await listMeetings(db, 'u1')).map((x) => x.date)).toEqual(['2026-11-03', '2026-10-03']);
  });

  it('deletes drafts only', async () => {
    await fresh();
    const m = await readyMeeting();
    const other = await createMeeting(db, { unitId: 'u1', date: '2026-12-03' });
    await deleteMeeting(db, other.id);
    expect(await getMeeting(db, other.id)).toBeUndefined();
    await finaliseMeeting(db, m.id, '2026-11-03');
    await expect(deleteMeeting(db, m.id)).rejects.toThrow('không xóa được');
  });
});

describe('finalising and amending', () => {
  it('assigns BB numbers per cấp ủy term in the same transaction and locks the minutes', async () => {
    await fresh();
    const m1 = await readyMeeting('2026-10-03');
    const m2 = await readyMeeting('2026-11-03');
    const f1 = await finaliseMeeting(db, m1.id, '2026-10-03');
    const f2 = await finaliseMeeting(db, m2.id, '2026-11-03');
    expect([f1.documentNumber, f2.documentNumber]).toEqual([1, 2]);
    expect(f2.state).toBe('finalised');
    expect(f2.attendance[0]).toMatchObject({ name: 'Nguyễn Văn An', official: true, counted: true });
    const docs = await db.documents.toArray();
    expect(docs.map((d) => [d.typeCode, d.number, d.termStart, d.summary]).sort()).toEqual([
      ['BB', 1, '2025-07-01', 'Sinh hoạt chi bộ thường kỳ tháng 10 năm 2026'],
      ['BB', 2, '2025-07-01', 'Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026'],
    ]);
    await expect(saveMeetingDraft(db, { ...f2, conclusion: 'Sửa lén' })).rejects.toThrow(LockedError);
    expect((await getMeeting(db, m2.id))!.conclusion).toBe('');
  });

  it('refuses to finalise an incomplete record and assigns no number', async () => {
    await fresh();
    const m = await createMeeting(db, { unitId: 'u1', date: '2026-11-03' });
    await expect(finaliseMeeting(db, m.id, '2026-11-03')).rejects.toThrow('Chưa chọn người chủ trì.');
    expect(await db.documents.count()).toBe(0);
    expect((await getMeeting(db, m.id))!.state).toBe('draft');
    const ready = await readyMeeting();
    const noReason = await saveMeetingDraft(db, { ...ready, attendance: setAttendance(ready.attendance, 'b', 'vang_co_ly_do') });
    await expect(finaliseMeeting(db, noReason.id, '2026-11-03')).rejects.toThrow('Chưa ghi lý do vắng của đồng chí Trần Thị Bình.');
    expect(await db.documents.count()).toBe(0);
  });

  it('records a correction with its date and reason', async () => {
    await fresh();
    const m = await readyMeeting();
    await finaliseMeeting(db, m.id, '2026-11-03');
    const amended = await amendMeeting(db, m.id, {
      field: 'conclusion',
      after: 'Chi bộ thống nhất kết luận.',
      reason: 'Bổ sung kết luận bị sót',
      by: 'Nguyễn Văn An',
      at: '2026-11-04',
    });
    expect(amended.conclusion).toBe('Chi bộ thống nhất kết luận.');
    expect(amended.amendments).toHaveLength(1);
    expect(amended.state).toBe('finalised');
    await expect(amendMeeting(db, m.id, { field: 'conclusion', after: 'x', reason: '', by: 'A', at: '2026-11-04' })).rejects.toThrow(
      'Hãy ghi lý do đính chính.',
    );
    expect((await getMeeting(db, m.id))!.amendments).toHaveLength(1);
  });
});
