import { describe, expect, it } from 'vitest';
import { copyForm, registrationSummary, shiftYears } from '../../../src-renderer/core/pledges/registration';
import { newFrameworkVersion, PLEDGE_FRAMEWORK_PRESETS } from '../../../src-renderer/core/pledges';
import { confirmForm, submitForm, updateDraft } from '../../../src-renderer/core/pledges/forms';
import { draftForm, item, member, nextId, NOW, preset } from './fixtures';

describe('registrationSummary', () => {
  const members = [
    member('a'),
    member('b'),
    member('c'),
    member('d', { statusPeriods: [{ id: 'p', kind: 'mien_sinh_hoat', from: '2025-01-01', reason: 'Tuổi cao' }] }),
    member('e', { statusPeriods: [{ id: 'p', kind: 'dinh_chi', from: '2026-01-05', to: '2026-06-30' }] }),
    member('f', { statusPeriods: [{ id: 'p', kind: 'chuyen_di', from: '2025-08-01' }] }),
    member('g', { admissionDate: '2026-05-19', fullMembershipDate: undefined }),
  ];

  it('counts who must register and how far they are', () => {
    const fa = confirmForm(
      submitForm(updateDraft(draftForm('QD101-2012', 2026, 'a'), { items: [item('TU_TUONG', 'x')] }, NOW), '2026-01-10', NOW),
      { date: '2026-01-12', by: 'B' },
      NOW,
    );
    const fb = draftForm('QD101-2012', 2026, 'b');
    const old = draftForm('QD101-2012', 2025, 'c');
    const s = registrationSummary(members, [fa, fb, old], 2026);
    expect(s).toMatchObject({
      members: 5,
      mustRegister: 3,
      exempt: { khong_sinh_hoat: 0, mien: 1, dinh_chi: 1 },
      confirmed: 1,
      draft: 1,
      missing: 1,
      submitted: 0,
      registered: 1,
      outstanding: 2,
    });
    expect(s.rows.map((r) => r.memberId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(s.rows.find((r) => r.memberId === 'c')?.status).toBe('missing');
    expect(s.rows.find((r) => r.memberId === 'd')?.exemption).toBe('mien');
  });

  it('accepts a custom predicate', () => {
    const s = registrationSummary(members.slice(0, 3), [], 2026, (m) => m.id !== 'b');
    expect(s.mustRegister).toBe(2);
    expect(s.outstanding).toBe(2);
  });

  it('a member admitted later in the year is not yet required on 31 January', () => {
    const s = registrationSummary([member('g', { admissionDate: '2026-05-19', fullMembershipDate: undefined })], [], 2026);
    expect(s.mustRegister).toBe(0);
    expect(registrationSummary([member('g', { admissionDate: '2026-05-19', fullMembershipDate: undefined })], [], 2027).mustRegister).toBe(
      1,
    );
  });
});

describe('copy from last year', () => {
  it('copies content with new ids and deadlines moved one year on, as a draft', () => {
    let prev = updateDraft(
      draftForm('QD101-2012', 2025, 'a'),
      {
        measures: 'Tự giác',
        items: [item('TU_TUONG', 'Học nghị quyết', { deadline: '2025-12-31', target: '100%' }), item('DAO_DUC', 'Sống giản dị')],
      },
      NOW,
    );
    prev = confirmForm(submitForm(prev, '2025-01-10', NOW), { date: '2025-01-15', by: 'B' }, NOW);
    const { form, droppedItems } = copyForm(prev, { id: 'new', year: 2026, now: NOW, newId: nextId });
    expect(droppedItems).toEqual([]);
    expect(form).toMatchObject({ id: 'new', memberId: 'a', year: 2026, state: 'draft', measures: 'Tự giác', amendments: [] });
    expect(form.registeredAt).toBeUndefined();
    expect(form.confirmedAt).toBeUndefined();
    expect(form.items.map((i) => [i.action, i.deadline, i.target])).toEqual([
      ['Học nghị quyết', '2026-12-31', '100%'],
      ['Sống giản dị', undefined, undefined],
    ]);
    expect(form.items.map((i) => i.id)).not.toContain(prev.items[0]!.id);
  });

  it('moves to a newer framework version and reports dropped items', () => {
    const base = preset('QD101-2012');
    const v2 = newFrameworkVersion(
      PLEDGE_FRAMEWORK_PRESETS,
      base,
      {
        name: base.name,
        validFrom: '2026-01-01',
        data: { ...base.data, categories: base.data.categories.filter((c) => c.code !== 'DAO_DUC') },
      },
      'v2',
      NOW,
    );
    const prev = updateDraft(draftForm('QD101-2012', 2025), { items: [item('TU_TUONG', 'a'), item('DAO_DUC', 'b')] }, NOW);
    const { form, droppedItems } = copyForm(prev, { id: 'n', year: 2026, now: NOW, newId: nextId, framework: v2 });
    expect(form.framework.version).toBe(2);
    expect(form.items.map((i) => i.action)).toEqual(['a']);
    expect(droppedItems.map((i) => i.action)).toEqual(['b']);
  });

  it('leaves the chuyên đề empty for Chỉ thị 05 and refuses copying backwards', () => {
    const prev = updateDraft(draftForm('CT05-2016', 2025), { topicOfYear: 'Chuyên đề 2025', items: [item('LAM_THEO', 'a')] }, NOW);
    expect(copyForm(prev, { id: 'n', year: 2026, now: NOW, newId: nextId }).form.topicOfYear).toBeUndefined();
    expect(() => copyForm(prev, { id: 'n', year: 2025, now: NOW, newId: nextId })).toThrow(/năm sau/u);
  });

  it('shifts 29 February to 28 February', () => {
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2025-03-31', 2)).toBe('2027-03-31');
  });
});
