import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type SoNeuGuongDb } from '../../src-renderer/db/database';
import {
  addMember,
  deleteMember,
  findDuplicates,
  importRoster,
  listMembers,
  memberRecordCounts,
  membersActiveOn,
  MemberError,
  recordLeaving,
  updateMember,
} from '../../src-renderer/db/members';
import {
  addUnitProfileVersion,
  getOwnUnit,
  getUnitProfileOn,
  removeUnitProfileVersion,
  updateUnitIdentity,
} from '../../src-renderer/db/units';
import { detectHeader, parseRoster, type SheetRows } from '../../src-renderer/core/members';
import type { Meeting, Unit } from '../../src-renderer/core/model';
import { resetClock, setClock } from '../../src-renderer/platform/clock';

let db: SoNeuGuongDb;
let n = 0;
const U = 'unit-1';

beforeEach(async () => {
  n += 1;
  db = createDatabase(`members-test-${n}-${Date.now()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function caught(p: Promise<unknown>): Promise<MemberError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof MemberError) return e;
    throw e;
  }
  throw new Error('expected a MemberError');
}

describe('add / update', () => {
  it('stores NFC, the split and the folded search key', async () => {
    const m = await addMember(db, U, {
      fullName: '  Nguyễn   Thị Ngọc Yến '.normalize('NFD'),
      birthDate: '1980-02-05',
      note: 'Ghi chú'.normalize('NFD'),
    });
    const stored = (await db.members.get(m.id))!;
    expect(stored.fullName).toBe('Nguyễn Thị Ngọc Yến'.normalize('NFC'));
    expect(stored).toMatchObject({
      familyName: 'Nguyễn',
      middleName: 'Thị Ngọc',
      givenName: 'Yến',
      searchKey: 'nguyen thi ngoc yen',
      partyPosition: 'dang_vien',
    });
    expect(stored.note).toBe('Ghi chú'.normalize('NFC'));
  });

  it('keeps an overridden split', async () => {
    const m = await addMember(db, U, { fullName: 'Lò Văn Pâng', nameSplit: { familyName: 'Lò Văn', middleName: '', givenName: 'Pâng' } });
    expect(m).toMatchObject({ familyName: 'Lò Văn', nameSplitOverride: true });
  });

  it('refuses an empty name and contradictory dates, storing nothing', async () => {
    expect((await caught(addMember(db, U, { fullName: '  ' }))).problems).toEqual(['Chưa nhập họ và tên.']);
    const e = await caught(addMember(db, U, { fullName: 'Lê An', admissionDate: '2020-01-01', fullMembershipDate: '2019-01-01' }));
    expect(e.problems[0]).toContain('Ngày chính thức (01/01/2019) trước ngày vào Đảng');
    expect(await db.members.count()).toBe(0);
  });

  it('refuses a birth date after today (the app clock), storing nothing', async () => {
    setClock('2026-12-01T09:00:00+07:00');
    try {
      const e = await caught(addMember(db, U, { fullName: 'Lê An', birthDate: '2030-01-01' }));
      expect(e.problems).toEqual(['Ngày sinh (01/01/2030) ở sau hôm nay (01/12/2026). Hãy kiểm tra lại ngày sinh.']);
      expect(await db.members.count()).toBe(0);
      await addMember(db, U, { fullName: 'Lê An', birthDate: '1990-01-01' });
      expect(await db.members.count()).toBe(1);
    } finally {
      resetClock();
    }
  });

  it('duplicate: same số thẻ always refused; same name + birth date refused unless allowed', async () => {
    const a = await addMember(db, U, { fullName: 'Lê An', birthDate: '1970-01-01', cardNumber: '79.001' });
    const e1 = await caught(addMember(db, U, { fullName: 'Trần Bình', cardNumber: '79 001' }));
    expect(e1.kind).toBe('duplicate');
    expect(e1.problems).toEqual(['Số thẻ đảng viên trùng với đồng chí Lê An.']);
    const e2 = await caught(addMember(db, U, { fullName: 'Lê  An', birthDate: '1970-01-01' }));
    expect(e2.problems).toEqual(['Trùng họ tên và ngày sinh với đồng chí Lê An đã có trong danh sách.']);
    await addMember(db, U, { fullName: 'Lê An', birthDate: '1970-01-01' }, { allowNameBirthDuplicate: true });
    expect(await db.members.count()).toBe(2);
    expect(await findDuplicates(db, U, { fullName: 'Lê An', birthDate: '1970-01-01' }, a.id)).toHaveLength(1);
    // another unit's members are not duplicates
    await addMember(db, 'other-unit', { fullName: 'Trần Bình', cardNumber: '79001' });
  });

  it('update keeps id and createdAt, checks duplicates excluding itself', async () => {
    const a = await addMember(db, U, { fullName: 'Lê An', cardNumber: '1' });
    await addMember(db, U, { fullName: 'Trần Bình', cardNumber: '2' });
    const u = await updateMember(db, a.id, { fullName: 'Lê Văn An', cardNumber: '1', partyPosition: 'bi_thu' });
    expect(u).toMatchObject({ id: a.id, createdAt: a.createdAt, middleName: 'Văn', partyPosition: 'bi_thu' });
    const e = await caught(updateMember(db, a.id, { fullName: 'Lê Văn An', cardNumber: '2' }));
    expect(e.kind).toBe('duplicate');
    expect((await db.members.get(a.id))!.cardNumber).toBe('1');
  });
});

describe('status-period queries', () => {
  it('membersActiveOn: transfers, death, admission date, in roster order', async () => {
    await addMember(db, U, { fullName: 'Trần Văn Bình', admissionDate: '2000-01-01' });
    await addMember(db, U, { fullName: 'Lê An', admissionDate: '2026-03-01' });
    await addMember(db, U, {
      fullName: 'Phạm Cường',
      admissionDate: '2000-01-01',
      statusPeriods: [{ kind: 'chuyen_di', from: '2026-02-01' }],
    });
    await addMember(db, U, {
      fullName: 'Hoàng Dũng',
      admissionDate: '1990-01-01',
      statusPeriods: [{ kind: 'chuyen_den', from: '2026-01-15' }],
    });
    await addMember(db, U, { fullName: 'Vũ Em', admissionDate: '1960-01-01', statusPeriods: [{ kind: 'tu_tran', from: '2026-02-28' }] });
    await addMember(db, 'other', { fullName: 'Ngô Gia', admissionDate: '2000-01-01' });
    const names = async (d: string) => (await membersActiveOn(db, U, d)).map((m) => m.fullName);
    expect(await names('2026-01-14')).toEqual(['Trần Văn Bình', 'Phạm Cường', 'Vũ Em']);
    expect(await names('2026-01-15')).toEqual(['Trần Văn Bình', 'Phạm Cường', 'Hoàng Dũng', 'Vũ Em']);
    expect(await names('2026-02-01')).toEqual(['Trần Văn Bình', 'Hoàng Dũng', 'Vũ Em']);
    expect(await names('2026-02-28')).toEqual(['Trần Văn Bình', 'Hoàng Dũng']);
    expect(await names('2026-03-01')).toEqual(['Lê An', 'Trần Văn Bình', 'Hoàng Dũng']);
  });

  it('recordLeaving adds a chuyển đi period; refused for a member already gone', async () => {
    const m = await addMember(db, U, { fullName: 'Lê An', admissionDate: '2000-01-01' });
    const after = await recordLeaving(db, m.id, 'chuyen_di', '2026-06-30', 'Chuyển công tác');
    expect(after.statusPeriods).toMatchObject([{ kind: 'chuyen_di', from: '2026-06-30', reason: 'Chuyển công tác' }]);
    expect((await membersActiveOn(db, U, '2026-06-29')).length).toBe(1);
    expect((await membersActiveOn(db, U, '2026-06-30')).length).toBe(0);
    const e = await caught(recordLeaving(db, m.id, 'chuyen_di', '2026-07-15'));
    expect(e.problems[0]).toBe('Đồng chí Lê An không sinh hoạt tại chi bộ vào ngày 15/07/2026.');
  });
});

describe('delete', () => {
  it('deletes a member without records', async () => {
    const m = await addMember(db, U, { fullName: 'Lê An' });
    await deleteMember(db, m.id);
    expect(await db.members.count()).toBe(0);
  });

  it('refuses when the member has records anywhere, telling to record chuyển đi', async () => {
    const a = await addMember(db, U, { fullName: 'Lê An' });
    const b = await addMember(db, U, { fullName: 'Trần Bình' });
    const c = await addMember(db, U, { fullName: 'Phạm Cường' });
    const d = await addMember(db, U, { fullName: 'Hoàng Dũng' });
    await db.monthlyAssessments.add({
      id: 'ma1',
      memberId: a.id,
      unitId: U,
      period: '2026-10',
      scaleCode: 'x',
      results: [],
      praised: false,
      reminded: false,
      updatedAt: '',
    });
    await db.meetings.add({
      id: 'mt1',
      unitId: U,
      period: '2026-10',
      date: '2026-10-03',
      attendance: [{ memberId: b.id, status: 'co_mat' }],
    } as unknown as Meeting);
    await db.yearReviews.add({ id: 'yr1', memberId: c.id, unitId: U, year: 2025 } as never);
    await db.pledgeForms.add({ id: 'pf1', memberId: d.id, year: 2026 } as never);
    for (const m of [a, b, c, d]) {
      const e = await caught(deleteMember(db, m.id));
      expect(e.kind).toBe('has_records');
      expect(e.message).toContain('Chuyển ra khỏi chi bộ');
    }
    expect((await caught(deleteMember(db, b.id))).message).toContain('1 buổi sinh hoạt chi bộ');
    expect(await db.members.count()).toBe(4);
    expect((await memberRecordCounts(db, a)).total).toBe(1);
  });
});

describe('importRoster', () => {
  const sheet: SheetRows = [
    ['Họ và tên', 'Ngày sinh', 'Số thẻ', 'Chức vụ'],
    ['Lê An', '01/01/1970', '001', 'Bí thư'],
    ['Trần Bình', '02/02/1972', '002', ''],
    ['', '03/03/1973', '', ''],
    ['Phạm Cường', '30/02/1975', '', ''],
  ];

  it('adds valid rows, skips invalid ones, then updates on re-import; one transaction', async () => {
    await addMember(db, U, { fullName: 'Trần Bình', birthDate: '1972-02-02' });
    const h = detectHeader(sheet)!;
    const rows = parseRoster(sheet, h.headerRow, h.mapping, await listMembers(db, U), { today: '2026-11-28' });
    expect(rows.map((r) => r.action)).toEqual(['add', 'update', 'invalid', 'invalid']);
    expect(await importRoster(db, U, rows)).toEqual({ added: 1, updated: 1, skipped: 2 });
    const all = await listMembers(db, U);
    expect(all).toHaveLength(2);
    expect(all.find((m) => m.fullName === 'Trần Bình')!.cardNumber).toBe('002');
    expect(all.find((m) => m.fullName === 'Lê An')!.partyPosition).toBe('bi_thu');
    const again = parseRoster(sheet, h.headerRow, h.mapping, await listMembers(db, U), { today: '2026-11-28' });
    expect(again.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'invalid', 'invalid']);
    expect(await importRoster(db, U, again)).toEqual({ added: 0, updated: 0, skipped: 4 });
  });

  it('all or nothing: a row that turns out to be a duplicate aborts the whole import', async () => {
    const h = detectHeader(sheet)!;
    const rows = parseRoster(sheet, h.headerRow, h.mapping, [], { today: '2026-11-28' });
    // someone added Trần Bình with the same card meanwhile
    await addMember(db, U, { fullName: 'Trần Bình', cardNumber: '002' });
    const e = await caught(importRoster(db, U, rows));
    expect(e.problems[0]).toBe('Dòng 3: Số thẻ đảng viên trùng với đồng chí Trần Bình.');
    expect(await db.members.count()).toBe(1);
  });
});

describe('units', () => {
  const unit: Unit = {
    id: 'u-own',
    code: 'CB-STP',
    type: 'chi_bo_truc_thuoc',
    history: [
      {
        validFrom: '2020-01-01',
        name: 'Chi bộ Sở Tư pháp',
        superiorName: 'Đảng bộ Khối',
        superiorCommittee: 'BTV',
        placeName: 'Phan Rang',
        issuerCode: 'CB',
      },
    ],
    isOwn: true,
    createdAt: '',
    updatedAt: '',
  };

  it('own unit, dated versions, profile on a date, identity', async () => {
    await db.units.add(unit);
    expect((await getOwnUnit(db))!.id).toBe('u-own');
    await addUnitProfileVersion(db, 'u-own', {
      ...unit.history[0]!,
      validFrom: '2025-07-01',
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      secretary: 'Nguyễn Văn Đức',
      committeeMembers: ['Lê An', ' '],
    });
    expect((await getUnitProfileOn(db, 'u-own', '2025-06-30'))!.superiorName).toBe('Đảng bộ Khối');
    expect(await getUnitProfileOn(db, 'u-own', '2025-07-01')).toMatchObject({
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      committeeMembers: ['Lê An'],
    });
    await expect(addUnitProfileVersion(db, 'u-own', { ...unit.history[0]!, validFrom: '2026-01-01', name: '' })).rejects.toThrow(
      'Chưa nhập tên chi bộ',
    );
    await removeUnitProfileVersion(db, 'u-own', '2025-07-01');
    await expect(removeUnitProfileVersion(db, 'u-own', '2020-01-01')).rejects.toThrow('duy nhất');
    await db.units.add({ ...unit, id: 'u2', code: 'CB-X', isOwn: false });
    await expect(updateUnitIdentity(db, 'u-own', { code: 'CB-X' })).rejects.toThrow('đã được dùng');
    expect((await updateUnitIdentity(db, 'u-own', { code: 'CB-STP2', type: 'chi_bo_co_so' })).code).toBe('CB-STP2');
  });
});
