import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type SoNeuGuongDb } from '../../src-renderer/db/database';
import {
  addCustomFramework,
  amend,
  applyTemplateToCell,
  confirm,
  confirmAllSubmitted,
  copyLastYearForCell,
  copyLastYearForMember,
  createForm,
  deleteDraft,
  frameworksOfYear,
  getMemberForm,
  getTemplate,
  listForms,
  listFrameworks,
  PledgeRuleError,
  registrationStatus,
  saveDraft,
  saveFrameworkVersion,
  saveTemplate,
  sendBack,
  submit,
} from '../../src-renderer/db/pledges';
import { seedPresetRuleSets, SEEDED_PRESETS } from '../../src-renderer/db/presets';
import type { PledgeItem } from '../../src-renderer/core/model';
import { member } from '../core/pledges/fixtures';

let db: SoNeuGuongDb;
let n = 0;
async function fresh(): Promise<SoNeuGuongDb> {
  n += 1;
  db = createDatabase(`pledges-test-${n}-${Math.random()}`);
  await db.members.bulkAdd([
    member('a'),
    member('b'),
    member('c', { statusPeriods: [{ id: 'p', kind: 'mien_sinh_hoat', from: '2020-01-01' }] }),
    member('x', { unitId: 'other' }),
  ]);
  return db;
}
afterEach(async () => {
  db.close();
  await db.delete();
});

const QD101 = 'preset-pledge_framework-QD101-2012-v1';
let k = 0;
const it1 = (categoryCode: string, action: string, extra: Partial<PledgeItem> = {}): PledgeItem => ({
  id: `i${++k}`,
  categoryCode,
  action,
  ...extra,
});

async function confirmedForm(memberId = 'a', year = 2025) {
  const f = await createForm(db, { memberId, year, frameworkId: QD101 });
  await saveDraft(db, f.id, { items: [it1('TU_TUONG', 'Học tập nghị quyết', { deadline: `${year}-06-30` })], measures: 'Tự giác' });
  await submit(db, f.id, `${year}-01-10`);
  return confirm(db, f.id, { date: `${year}-01-15`, by: 'Lê Thị Hoa' });
}

describe('seeding presets', () => {
  it('adds pledge frameworks and document styles once (idempotent)', async () => {
    await fresh();
    expect(await seedPresetRuleSets(db)).toBe(SEEDED_PRESETS.length);
    expect(await seedPresetRuleSets(db)).toBe(0);
    expect(await db.ruleSets.count()).toBe(SEEDED_PRESETS.length);
    expect(await db.ruleSets.where('kind').equals('document_style').count()).toBe(3); // HD 36; HD 05 v1 and v2 (the §11 values)
    expect(await db.ruleSets.where('kind').equals('pledge_framework').count()).toBe(7); // 6 frameworks; the cam kết in two versions (QĐ 37, then QĐ 207 from 26/7/2026)
  });

  it('does not overwrite a stored preset nor touch user versions', async () => {
    await fresh();
    await seedPresetRuleSets(db);
    const v2 = await saveFrameworkVersion(db, QD101, {
      name: 'QĐ 101 (sửa)',
      validFrom: '2026-01-01',
      data: { categories: [{ code: 'TU_TUONG', label: 'Về tư tưởng', order: 1 }] },
    });
    await seedPresetRuleSets(db);
    expect(await db.ruleSets.get(v2.id)).toEqual(v2);
    expect((await db.ruleSets.get(QD101))!.version).toBe(1);
  });
});

describe('frameworks', () => {
  it('lists presets before seeding, and an edit becomes a new version', async () => {
    await fresh();
    expect((await listFrameworks(db)).length).toBe(6);
    const v2 = await saveFrameworkVersion(db, QD101, {
      name: 'QĐ 101',
      validFrom: '2026-01-01',
      data: { categories: [{ code: 'A', label: 'Mục A', order: 1 }] },
    });
    expect(v2.version).toBe(2);
    const listed = await listFrameworks(db);
    expect(listed.find((r) => r.code === 'QD101-2012')?.version).toBe(2);
    expect((await frameworksOfYear(db, 2025)).find((r) => r.code === 'QD101-2012')?.version).toBe(1);
    const custom = await addCustomFramework(db, {
      name: 'Khung riêng',
      validFrom: '2026-01-01',
      data: { categories: [{ code: 'X', label: 'Mục X', order: 1 }] },
    });
    expect(custom.code).toBe('LOCAL-1');
    await expect(addCustomFramework(db, { name: '', validFrom: '2026-01-01', data: { categories: [] } })).rejects.toThrow(PledgeRuleError);
  });
});

describe("the confirmer's role", () => {
  async function submitted(memberId: string) {
    const f = await createForm(db, { memberId, year: 2026, frameworkId: QD101 });
    await saveDraft(db, f.id, { items: [it1('TU_TUONG', 'Học tập nghị quyết')] });
    return submit(db, f.id, '2026-01-10');
  }

  it("is stored with the confirmation, derived from the members' committee roles when not given", async () => {
    await fresh();
    await db.members.bulkPut([
      member('s', { fullName: 'Lê Thị Hoa', partyPosition: 'bi_thu' }),
      member('d', { fullName: 'Trần Văn Ặng', partyPosition: 'pho_bi_thu' }),
    ]);
    // The bí thư's own form, confirmed by the phó bí thư (typed without the marks' exact case).
    const own = await confirm(db, (await submitted('s')).id, { date: '2026-01-15', by: 'trần văn ặng' });
    expect(own).toMatchObject({ confirmedBy: 'trần văn ặng', confirmedByRole: 'pho_bi_thu' });
    const other = await confirm(db, (await submitted('a')).id, { date: '2026-01-15', by: 'Lê Thị Hoa' });
    expect(other.confirmedByRole).toBe('bi_thu');
    // A name that is no member's: the bí thư (the default); an explicit role wins.
    expect((await confirm(db, (await submitted('b')).id, { date: '2026-01-15', by: 'Người Khác' })).confirmedByRole).toBe('bi_thu');
    expect((await db.pledgeForms.get(own.id))!.confirmedByRole).toBe('pho_bi_thu');
  });

  it("uses the unit profile's office holders on the date first; an explicit role wins", async () => {
    await fresh();
    await db.units.add({
      id: 'u1',
      code: 'CB1',
      type: 'chi_bo_co_so',
      isOwn: true,
      history: [
        {
          validFrom: '2025-01-01',
          name: 'Chi bộ Sở Tư pháp',
          superiorName: 'Đảng bộ',
          superiorCommittee: 'BTV',
          placeName: 'Ninh Thuận',
          issuerCode: 'CB',
          secretary: 'Lê Thị Hoa',
          deputySecretary: 'Phạm Văn Mẫn',
        },
      ],
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    } as never);
    await db.members.bulkPut([member('s', { unitId: 'u1', fullName: 'Lê Thị Hoa', partyPosition: 'bi_thu' })]);
    const f = await confirm(db, (await submitted('s')).id, { date: '2026-01-15', by: 'Phạm Văn Mẫn' });
    expect(f.confirmedByRole).toBe('pho_bi_thu');
    await db.members.bulkPut([member('t', { unitId: 'u1', fullName: 'Đỗ An', partyPosition: 'dang_vien' })]);
    expect(
      (await confirm(db, (await submitted('t')).id, { date: '2026-01-15', by: 'Lê Thị Hoa', role: 'pho_bi_thu' })).confirmedByRole,
    ).toBe('pho_bi_thu');
  });

  it('forms stored before the role existed read as confirmed by the bí thư', async () => {
    await fresh();
    const f = await confirmedForm('a', 2025);
    const { confirmedByRole: _, ...old } = f;
    await db.pledgeForms.put(old);
    const { confirmerTitle } = await import('../../src-renderer/core/pledges');
    expect(confirmerTitle((await db.pledgeForms.get(f.id))!)).toBe('Bí thư');
  });
});

describe('forms', () => {
  it('create, edit, submit, confirm, amend — locked after confirmation', async () => {
    await fresh();
    const f = await confirmedForm('a', 2026);
    expect(f.state).toBe('confirmed');
    await expect(saveDraft(db, f.id, { measures: 'Sửa lén' })).rejects.toThrow(/Điều chỉnh/u);
    expect((await db.pledgeForms.get(f.id))!.measures).toBe('Tự giác');
    const amended = await amend(db, f.id, {
      date: '2026-05-01',
      reason: 'Bổ sung việc làm',
      by: 'Lê Thị Hoa',
      changes: { items: [...f.items, it1('DAO_DUC', 'Sống giản dị')] },
    });
    expect(amended.state).toBe('amended');
    const stored = await db.pledgeForms.get(f.id);
    expect(stored!.items).toHaveLength(2);
    expect(stored!.amendments[0]!.previousItems).toHaveLength(1);
  });

  it('one form per member per year; refused actions leave the record unchanged', async () => {
    await fresh();
    const f = await createForm(db, { memberId: 'a', year: 2026, frameworkId: QD101 });
    await expect(createForm(db, { memberId: 'a', year: 2026, frameworkId: QD101 })).rejects.toThrow(/đã có bản đăng ký năm 2026/u);
    await expect(createForm(db, { memberId: 'nobody', year: 2026, frameworkId: QD101 })).rejects.toThrow(/Không tìm thấy đảng viên/u);
    await expect(createForm(db, { memberId: 'b', year: 2026, frameworkId: 'nope' })).rejects.toThrow(/khung nội dung/u);
    const before = await db.pledgeForms.get(f.id);
    await expect(submit(db, f.id, '2026-01-10')).rejects.toThrow(/chưa có việc làm/u);
    await expect(confirm(db, f.id, { date: '2026-01-10', by: 'A' })).rejects.toThrow(PledgeRuleError);
    expect(await db.pledgeForms.get(f.id)).toEqual(before);
  });

  it('switches framework on a draft, sends back, deletes drafts only', async () => {
    await fresh();
    const f = await createForm(db, { memberId: 'a', year: 2026, frameworkId: QD101 });
    const g = await saveDraft(db, f.id, { frameworkId: 'preset-pledge_framework-QD144-2024-v1', items: [it1('CM1', 'Việc')] });
    expect(g.framework.code).toBe('QD144-2024');
    await submit(db, f.id, '2026-01-10');
    await expect(deleteDraft(db, f.id)).rejects.toThrow(/Chỉ xóa được bản nháp/u);
    expect((await sendBack(db, f.id)).state).toBe('draft');
    await deleteDraft(db, f.id);
    expect(await db.pledgeForms.get(f.id)).toBeUndefined();
  });

  it('lists the forms of the unit only', async () => {
    await fresh();
    await createForm(db, { memberId: 'a', year: 2026, frameworkId: QD101 });
    await createForm(db, { memberId: 'x', year: 2026, frameworkId: QD101 });
    await createForm(db, { memberId: 'b', year: 2025, frameworkId: QD101 });
    expect((await listForms(db, 'u1', 2026)).map((f) => f.memberId)).toEqual(['a']);
  });
});

describe('copy from last year', () => {
  it('copies one member into a draft with deadlines moved', async () => {
    await fresh();
    await confirmedForm('a', 2025);
    const out = await copyLastYearForMember(db, 'a', 2026);
    expect(out.created).toHaveLength(1);
    const f = await getMemberForm(db, 'a', 2026);
    expect(f).toMatchObject({ state: 'draft', measures: 'Tự giác', year: 2026 });
    expect(f!.items[0]!.deadline).toBe('2026-06-30');
    const again = await copyLastYearForMember(db, 'a', 2026);
    expect(again).toMatchObject({ created: [], alreadyHave: ['a'] });
  });

  it('copies the whole cell in one transaction, skipping exempt and existing', async () => {
    await fresh();
    await confirmedForm('a', 2025);
    await confirmedForm('c', 2025); // c is exempt (miễn) in 2026
    await createForm(db, { memberId: 'b', year: 2024, frameworkId: QD101 });
    await saveDraft(db, (await getMemberForm(db, 'b', 2024))!.id, { items: [it1('DAO_DUC', 'Cũ')] });
    const out = await copyLastYearForCell(db, 'u1', 2026);
    expect(out.created.map((f) => f.memberId).sort()).toEqual(['a', 'b']);
    expect(out.nothingToCopy).toEqual([]);
    expect(await getMemberForm(db, 'c', 2026)).toBeUndefined();
    expect((await getMemberForm(db, 'b', 2026))!.items[0]!.action).toBe('Cũ');
    const status = await registrationStatus(db, 'u1', 2026);
    expect(status).toMatchObject({ mustRegister: 2, draft: 2, outstanding: 2, registered: 0 });
    expect(status.exempt.mien).toBe(1);
  });

  it('writes nothing when the copy fails', async () => {
    await fresh();
    await confirmedForm('a', 2025);
    await confirmedForm('b', 2025);
    // A predicate that throws on the second member aborts the whole copy (one transaction).
    let calls = 0;
    await expect(
      copyLastYearForCell(db, 'u1', 2026, () => {
        calls += 1;
        if (calls === 2) throw new Error('boom');
        return true;
      }),
    ).rejects.toThrow('boom');
    expect(await db.pledgeForms.where('year').equals(2026).count()).toBe(0);
  });
});

describe("the cell's template (first-year pledges in one go)", () => {
  const common = {
    frameworkId: QD101,
    basis: '',
    measures: ' Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng. ',
    items: [
      { categoryCode: 'TU_TUONG', action: 'Học tập, quán triệt đầy đủ nghị quyết của Đảng', deadlineText: ' Hằng tháng ' },
      { categoryCode: 'DAO_DUC', action: 'Tham gia đầy đủ sinh hoạt chi bộ', deadline: '2026-12-31' },
    ],
  };

  it('is stored once per unit and year, cleaned; a second save keeps its id; a bad one changes nothing', async () => {
    await fresh();
    const t = await saveTemplate(db, 'u1', 2026, common);
    expect(t).toMatchObject({ unitId: 'u1', year: 2026, measures: 'Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.' });
    expect(t.items[0]).toEqual({
      categoryCode: 'TU_TUONG',
      action: 'Học tập, quán triệt đầy đủ nghị quyết của Đảng',
      deadlineText: 'Hằng tháng',
    });
    const again = await saveTemplate(db, 'u1', 2026, { ...common, measures: 'Khác' });
    expect(again.id).toBe(t.id);
    expect(await db.pledgeTemplates.count()).toBe(1);
    await expect(saveTemplate(db, 'u1', 2026, { ...common, items: [{ categoryCode: 'TU_TUONG', action: '  ' }] })).rejects.toThrow(
      /chưa có việc làm nào/u,
    );
    await expect(saveTemplate(db, 'u1', 2026, { ...common, items: [{ categoryCode: 'KHONG_CO', action: 'x' }] })).rejects.toThrow(
      /không có trong khung/u,
    );
    expect((await getTemplate(db, 'u1', 2026))!.measures).toBe('Khác');
    expect(await getTemplate(db, 'u1', 2025)).toBeUndefined();
  });

  it('gives a draft to every member who must register and has none; never touches an existing form', async () => {
    await fresh();
    await expect(applyTemplateToCell(db, 'u1', 2026)).rejects.toThrow('Chi bộ chưa có bản mẫu năm 2026');
    await saveTemplate(db, 'u1', 2026, common);
    // b has written their own draft already: it stays exactly as it is.
    const own = await createForm(db, { memberId: 'b', year: 2026, frameworkId: QD101 });
    const ownDraft = await saveDraft(db, own.id, { items: [it1('DAO_DUC', 'Việc riêng của tôi')] });
    const out = await applyTemplateToCell(db, 'u1', 2026);
    expect(out.created.map((f) => f.memberId)).toEqual(['a']); // c is exempt, x in another unit
    expect(out.alreadyHaveForm).toEqual(['b']);
    expect(await db.pledgeForms.get(own.id)).toEqual(ownDraft);
    const a = (await getMemberForm(db, 'a', 2026))!;
    expect(a).toMatchObject({ state: 'draft', measures: 'Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.' });
    expect(a.items.map((i) => [i.action, i.deadline, i.deadlineText])).toEqual([
      ['Học tập, quán triệt đầy đủ nghị quyết của Đảng', undefined, 'Hằng tháng'],
      ['Tham gia đầy đủ sinh hoạt chi bộ', '2026-12-31', undefined],
    ]);
    // A second run creates nothing; each member then adjusts their own draft only.
    expect((await applyTemplateToCell(db, 'u1', 2026)).created).toEqual([]);
    await saveDraft(db, a.id, { items: [...a.items, it1('TU_TUONG', 'Việc thêm của a')] });
    expect((await getTemplate(db, 'u1', 2026))!.items).toHaveLength(2);
  });

  it('only for the members the secretary was shown', async () => {
    await fresh();
    await db.members.add(member('d'));
    await saveTemplate(db, 'u1', 2026, common);
    const out = await applyTemplateToCell(db, 'u1', 2026, ['d', 'c']);
    expect(out.created.map((f) => f.memberId)).toEqual(['d']); // c is exempt even when listed
    expect(await getMemberForm(db, 'a', 2026)).toBeUndefined();
  });

  it('"Xác nhận tất cả" confirms every submitted form in one step with the confirmer\'s role; drafts stay', async () => {
    await fresh();
    await db.members.bulkPut([
      member('s', { fullName: 'Lê Thị Hoa', partyPosition: 'bi_thu' }),
      member('d', { fullName: 'Trần Văn Ặng', partyPosition: 'pho_bi_thu' }),
    ]);
    await db.units.add({
      id: 'u1',
      code: 'CB1',
      type: 'chi_bo_co_so',
      isOwn: true,
      history: [
        {
          validFrom: '2025-01-01',
          name: 'Chi bộ Sở Tư pháp',
          superiorName: 'Đảng bộ',
          superiorCommittee: 'BTV',
          placeName: 'Ninh Thuận',
          issuerCode: 'CB',
          secretary: 'Lê Thị Hoa',
          deputySecretary: 'Trần Văn Ặng',
        },
      ],
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    } as never);
    await saveTemplate(db, 'u1', 2026, common);
    const { created } = await applyTemplateToCell(db, 'u1', 2026);
    expect(created.map((f) => f.memberId).sort()).toEqual(['a', 'b', 'd', 's']);
    const byMember = new Map(created.map((f) => [f.memberId, f]));
    for (const m of ['a', 's', 'd']) await submit(db, byMember.get(m)!.id, '2026-01-10');
    // A date before a registration refuses the whole batch: nothing is confirmed.
    await expect(confirmAllSubmitted(db, 'u1', 2026, { date: '2026-01-09', by: 'Lê Thị Hoa' })).rejects.toThrow(/sau ngày xác nhận/u);
    expect(await db.pledgeForms.where('state').equals('confirmed').count()).toBe(0);
    const done = await confirmAllSubmitted(db, 'u1', 2026, { date: '2026-01-15', by: 'Lê Thị Hoa' });
    expect(done).toHaveLength(3);
    const stored = async (m: string) => (await getMemberForm(db, m, 2026))!;
    expect(await stored('a')).toMatchObject({
      state: 'confirmed',
      confirmedAt: '2026-01-15',
      confirmedBy: 'Lê Thị Hoa',
      confirmedByRole: 'bi_thu',
    });
    // The bí thư's own form: confirmed by the phó bí thư, stored as such.
    expect(await stored('s')).toMatchObject({ state: 'confirmed', confirmedBy: 'Trần Văn Ặng', confirmedByRole: 'pho_bi_thu' });
    expect(await stored('d')).toMatchObject({ confirmedBy: 'Lê Thị Hoa', confirmedByRole: 'bi_thu' });
    expect((await stored('b')).state).toBe('draft');
    await expect(confirmAllSubmitted(db, 'u1', 2026, { date: '2026-01-15', by: 'Lê Thị Hoa' })).rejects.toThrow(
      'Chưa có bản đăng ký nào đã nộp trong năm 2026 để xác nhận.',
    );
  });
});
