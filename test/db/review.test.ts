import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type SoNeuGuongDb } from '../../src-renderer/db/database';
import {
  ReviewError,
  addCommendation,
  createReviewRound,
  deleteCommendation,
  listCommendations,
  listYearReviews,
  loadReviewData,
  saveUnitReview,
  setHistoricalRating,
  updateCommendation,
  updateYearReview,
} from '../../src-renderer/db/review';
import { SECTION_KEYS, proposedLevelFromVotes } from '../../src-renderer/core/review';
import { buildView } from '../../src-renderer/features/review/view-model';
import { member, month, pledge } from '../core/review/fixtures';

let db: SoNeuGuongDb;
let n = 0;
async function fresh(): Promise<SoNeuGuongDb> {
  db = createDatabase(`review-test-${Date.now()}-${n++}`);
  await db.open();
  await db.members.bulkAdd([
    member('a', { fullName: 'Nguyễn Văn An', fullMembershipDate: '2011-05-19' }),
    member('b', { fullName: 'Trần Thị Bình', isLeader: true, fullMembershipDate: '2011-05-19' }),
    member('new', { fullName: 'Lê Văn Mới', admissionDate: '2026-09-02' }),
    member('mien', {
      fullName: 'Phạm Văn Miễn',
      statusPeriods: [{ id: 's', kind: 'mien_sinh_hoat', from: '2024-01-01', reason: 'Tuổi cao' }],
    }),
    member('gone', { fullName: 'Đỗ Văn Đi', statusPeriods: [{ id: 's', kind: 'chuyen_di', from: '2026-06-01' }] }),
    member('other-unit', { unitId: 'u2' }),
  ]);
  await db.monthlyAssessments.bulkAdd([
    month('a', '2026-01', { overallLevel: 'tot', praised: true }),
    month('a', '2026-02', { overallLevel: 'trung_binh', selfNote: 'Chậm báo cáo' }),
  ]);
  await db.pledgeForms.add(pledge('a', 2026, [{ id: 'i1', categoryCode: 'c', action: 'Học tiếng Anh', deadline: '2026-11-30' }]));
  return db;
}

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('review round', () => {
  it('creates one review per member on the review date, with exclusions and drafts', async () => {
    await fresh();
    const r = await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-12-15' });
    expect(r).toEqual({ created: 4, updated: 0, excluded: 2, removed: 0, kept: [] });
    const reviews = await listYearReviews(db, 'u1', 2026);
    const by = new Map(reviews.map((x) => [x.memberId, x]));
    expect([...by.keys()].sort()).toEqual(['a', 'b', 'mien', 'new']);
    expect(by.get('new')?.excluded?.reason).toBe('moi_ket_nap');
    expect(by.get('mien')?.excluded?.reason).toBe('mien');
    expect(by.get('a')?.excluded).toBeUndefined();
    expect(by.get('b')?.formVariant).toBe('2A');
    expect(by.get('a')?.formVariant).toBe('2B');
    expect(by.get('a')?.sections[SECTION_KEYS.exampleSetting]).toContain('tháng 2 (Trung bình: Chậm báo cáo)');
    expect(by.get('a')?.sections[SECTION_KEYS.pledge]).toContain('“Học tiếng Anh”');
  });

  it('re-running with a later date keeps entered data and edited texts, and updates exclusions', async () => {
    await fresh();
    await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-12-15' });
    const a = (await listYearReviews(db, 'u1', 2026)).find((x) => x.memberId === 'a')!;
    await updateYearReview(db, a.id, { scoreCommon: 27, scoreTasks: 60, sections: { [SECTION_KEYS.exampleSetting]: '  Tự viết lại  ' } });
    const r = await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2027-03-05' });
    expect(r.created).toBe(0);
    expect(r.updated).toBe(4);
    expect(r.excluded).toBe(1); // Lê Văn Mới now has 6 months
    const after = await listYearReviews(db, 'u1', 2026);
    const a2 = after.find((x) => x.memberId === 'a')!;
    expect(a2.id).toBe(a.id);
    expect(a2.scoreCommon).toBe(27);
    expect(a2.reviewDate).toBe('2027-03-05');
    expect(a2.sections[SECTION_KEYS.exampleSetting]).toBe('Tự viết lại');
    expect(a2.sections[SECTION_KEYS.pledge]).toContain('Học tiếng Anh');
    expect(after.find((x) => x.memberId === 'new')?.excluded).toBeUndefined();
  });

  it('refuses a review date outside the year, storing nothing', async () => {
    await fresh();
    await expect(createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2025-12-15' })).rejects.toThrow(ReviewError);
    await expect(createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-02-30' })).rejects.toThrow(
      'Ngày kiểm điểm không hợp lệ',
    );
    expect(await db.yearReviews.count()).toBe(0);
  });

  it('is all or nothing: a failure in the middle of the round writes no review', async () => {
    await fresh();
    await expect(
      createReviewRound(db, {
        unitId: 'u1',
        year: 2026,
        reviewDate: '2026-12-15',
        exclusion: (m) => {
          if ((m as { id?: string }).id === 'b') throw new Error('hỏng');
          return undefined;
        },
      }),
    ).rejects.toThrow('hỏng');
    expect(await db.yearReviews.count()).toBe(0);
  });

  it('removes empty reviews of members who left; keeps those with data and names them', async () => {
    await fresh();
    await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-12-15' });
    await db.members.update('b', { statusPeriods: [{ id: 'x', kind: 'chuyen_di', from: '2026-12-20' }] });
    await db.members.update('a', { statusPeriods: [{ id: 'y', kind: 'chuyen_di', from: '2026-12-20' }] });
    const a = (await listYearReviews(db, 'u1', 2026)).find((x) => x.memberId === 'a')!;
    await updateYearReview(db, a.id, { selfLevel: 'tot' });
    const r = await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-12-28' });
    expect(r.removed).toBe(1);
    expect(r.kept).toEqual(['Nguyễn Văn An']);
  });
});

describe('updating a member review', () => {
  it('validates scores, levels and votes; refused changes store nothing', async () => {
    await fresh();
    await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-12-15' });
    const reviews = await listYearReviews(db, 'u1', 2026);
    const a = reviews.find((x) => x.memberId === 'a')!;
    await expect(updateYearReview(db, a.id, { scoreCommon: 35 })).rejects.toThrow('phải từ 0 đến 30');
    await expect(updateYearReview(db, a.id, { votes: { tot: -2 } })).rejects.toThrow('Số phiếu');
    expect((await db.yearReviews.get(a.id))?.scoreCommon).toBeUndefined();
    const saved = await updateYearReview(db, a.id, {
      scoreCommon: 28,
      scoreTasks: 65,
      exceededShare30: true,
      votes: { xuat_sac: 2 },
      proposedLevel: 'xuat_sac',
      finalLevel: 'xuat_sac',
      decision: { body: ' Đảng ủy cơ sở ', number: '12-QĐ/ĐU', date: '2026-12-30' },
    });
    expect(saved.decision?.body).toBe('Đảng ủy cơ sở');
    const excluded = reviews.find((x) => x.memberId === 'mien')!;
    await expect(updateYearReview(db, excluded.id, { finalLevel: 'tot' })).rejects.toThrow('không thuộc diện');
    const cleared = await updateYearReview(db, a.id, { finalLevel: undefined });
    expect(cleared.finalLevel).toBeUndefined();
    expect('finalLevel' in cleared).toBe(false);
  });

  it("the chi bộ vote is measured over the cell's chính thức members, stored with the vote (issue 15 point 2)", async () => {
    await fresh();
    // 20 chính thức on the review date: a, b and 18 more; plus 'new' (dự bị), 'mien', 'gone'.
    await db.members.bulkAdd(Array.from({ length: 18 }, (_, i) => member(`o${i}`, { fullMembershipDate: '2011-05-19' })));
    await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-12-15' });
    const a = (await listYearReviews(db, 'u1', 2026)).find((x) => x.memberId === 'a')!;
    const saved = await updateYearReview(db, a.id, { votes: { tot: 10, hoan_thanh: 7 } });
    expect(saved.voters).toBe(20);
    expect((await db.yearReviews.get(a.id))?.voters).toBe(20);
    expect(proposedLevelFromVotes(saved.votes!, saved.voters).level).toBe('hoan_thanh');
    await expect(updateYearReview(db, a.id, { votes: { tot: 21 } })).rejects.toThrow('nhiều hơn số đảng viên chính thức của chi bộ (20)');
    expect((await db.yearReviews.get(a.id))?.votes).toEqual({ tot: 10, hoan_thanh: 7 });
    const view = buildView(await loadReviewData(db, 'u1', 2026), 2026, 'THUC-HIEN-3-MUC');
    expect(view.inRound[0]!.voters).toBe(20);
    const cleared = await updateYearReview(db, a.id, { votes: undefined });
    expect(cleared.voters).toBeUndefined();
  });

  it('self-review sections and the report texts keep the line breaks typed (issue 15 point 7)', async () => {
    await fresh();
    await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-12-15' });
    const a = (await listYearReviews(db, 'u1', 2026)).find((x) => x.memberId === 'a')!;
    const typed = '  1. Gương mẫu  học tập \n2. Hoàn thành   nhiệm vụ\n\n\n3. Tham gia sinh hoạt  ';
    const saved = await updateYearReview(db, a.id, { sections: { [SECTION_KEYS.exampleSetting]: typed } });
    const want = '1. Gương mẫu học tập\n2. Hoàn thành nhiệm vụ\n\n3. Tham gia sinh hoạt';
    expect(saved.sections[SECTION_KEYS.exampleSetting]).toBe(want);
    expect((await db.yearReviews.get(a.id))?.sections[SECTION_KEYS.exampleSetting]).toBe(want);
    const unit = await saveUnitReview(db, 'u1', 2026, {
      report: { results: typed, limits: 'a\n  b', proposals: ' c ' },
      typical: 'Mô hình  1\nMô hình 2',
    });
    expect(unit.report).toEqual({ results: want, limits: 'a\nb', proposals: 'c' });
    expect(unit.typical).toBe('Mô hình 1\nMô hình 2');
  });

  it('historical ratings feed the history used for streaks', async () => {
    await fresh();
    for (const y of [2022, 2023, 2024, 2025]) await setHistoricalRating(db, { unitId: 'u1', memberId: 'a', year: y, level: 'xuat_sac' });
    await createReviewRound(db, { unitId: 'u1', year: 2026, reviewDate: '2026-12-15' });
    const a = (await listYearReviews(db, 'u1', 2026)).find((x) => x.memberId === 'a')!;
    await updateYearReview(db, a.id, { finalLevel: 'xuat_sac' });
    const data = await loadReviewData(db, 'u1', 2026);
    expect(data.history.get('a')?.map((h) => h.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(data.members.map((m) => m.id)).not.toContain('other-unit');
    expect(data.assessments).toHaveLength(2);
    expect(data.pledges).toHaveLength(1);
    await setHistoricalRating(db, { unitId: 'u1', memberId: 'a', year: 2022 });
    expect(await db.yearReviews.where('[memberId+year]').equals(['a', 2022]).count()).toBe(0);
    await expect(setHistoricalRating(db, { unitId: 'u1', memberId: 'zz', year: 2020, level: 'tot' })).rejects.toThrow(
      'Không tìm thấy đảng viên',
    );
  });
});

describe('unit review and commendations', () => {
  it('upserts the unit review with validation', async () => {
    await fresh();
    const first = await saveUnitReview(db, 'u1', 2026, {
      score: 91,
      exceededShare30: true,
      noDiscipline: true,
      report: { results: ' Tốt ', limits: '', proposals: '' },
    });
    const second = await saveUnitReview(db, 'u1', 2026, { outstanding: true, quotaGroups: [{ name: 'Lãnh đạo', memberIds: ['b'] }] });
    expect(second.id).toBe(first.id);
    expect(second.score).toBe(91);
    expect(second.report.results).toBe('Tốt');
    await expect(saveUnitReview(db, 'u1', 2026, { score: 120 })).rejects.toThrow('Tổng điểm');
    await expect(
      saveUnitReview(db, 'u1', 2026, {
        quotaGroups: [
          { name: 'A', memberIds: ['a'] },
          { name: 'B', memberIds: ['a'] },
        ],
      }),
    ).rejects.toThrow('chỉ thuộc một nhóm');
    await expect(saveUnitReview(db, 'u1', 2026, { reportNumber: 'năm' })).rejects.toThrow('Số báo cáo');
    // A report text longer than the form's limit is refused with its name; nothing stored changes.
    const long = 'Chi bộ lãnh đạo hoàn thành nhiệm vụ. '.repeat(600);
    await expect(saveUnitReview(db, 'u1', 2026, { typical: long, report: { results: 'Tốt', limits: '', proposals: '' } })).rejects.toThrow(
      'Mục “Điển hình, mô hình, cách làm hay” quá dài',
    );
    expect((await saveUnitReview(db, 'u1', 2026, {})).typical).toBeUndefined();
    expect(await db.unitReviews.toArray()).toHaveLength(1);
    expect((await db.unitReviews.toArray())[0]?.score).toBe(91);
  });

  it('commendations CRUD', async () => {
    await fresh();
    await expect(
      addCommendation(db, { recipient: { kind: 'member', memberId: 'a' }, year: 2026, form: 'giay_khen', reason: ' ', issuer: 'Đảng ủy' }),
    ).rejects.toThrow('lý do');
    const c = await addCommendation(db, {
      recipient: { kind: 'member', memberId: 'a' },
      year: 2026,
      form: 'giay_khen',
      reason: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      reasonCode: 'htxs_nam',
      issuer: 'Đảng ủy cơ sở',
      decisionNumber: ' ',
    });
    expect(c.decisionNumber).toBeUndefined();
    await updateCommendation(db, c.id, { ...c, decisionNumber: '45-QĐ/ĐU', decisionDate: '2027-01-10' });
    expect((await listCommendations(db, 2026))[0]?.decisionNumber).toBe('45-QĐ/ĐU');
    expect(await listCommendations(db, 2025)).toEqual([]);
    await deleteCommendation(db, c.id);
    expect(await listCommendations(db)).toEqual([]);
  });
});
