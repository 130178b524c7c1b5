/**
 * Length limits where long texts are typed (issue 16 point 9): a 5,000-character unit name is
 * refused by the form, by the core check and by the repository, with a Vietnamese message.
 */
import { describe, expect, it } from 'vitest';
import { lengthProblems, TEXT_LIMITS, tooLongMessage } from '../../../src-renderer/core/text';
import { validateProfileVersion } from '../../../src-renderer/core/units';
import { meetingInputErrors, newMeeting } from '../../../src-renderer/core/meetings';
import { submitForm, updateDraft, validateContent } from '../../../src-renderer/core/pledges';
import { unitFormSchema } from '../../../src-renderer/features/settings/unit-form';
import { memberFormSchema, emptyMemberForm } from '../../../src-renderer/features/members/member-form';
import { memberProblems } from '../../../src-renderer/db/members';
import { draftForm, item, NOW } from '../pledges/fixtures';

const long = (n: number) => 'Chi bộ '.padEnd(n, 'x');

const profile = {
  validFrom: '2026-01-01',
  name: 'Chi bộ Sở Tư pháp',
  superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
  superiorCommittee: 'Ban Thường vụ',
  placeName: 'Ninh Thuận',
  issuerCode: 'CB',
};

describe('text limits', () => {
  it('names the field, its length and the limit', () => {
    expect(tooLongMessage('Tên chi bộ', 5000, 150)).toBe('Tên chi bộ quá dài (5.000 ký tự; tối đa 150).');
    expect(
      lengthProblems([
        ['Tên', 'a'.repeat(150), 'unitName'],
        ['Địa danh', 'b'.repeat(61), 'placeName'],
        ['Trống', undefined, 'line'],
      ]),
    ).toEqual(['Địa danh quá dài (61 ký tự; tối đa 60).']);
  });

  it('a 5,000-character unit name: refused by the set-up form, the profile check and the member form', () => {
    const values = {
      mode: 'cell',
      unitName: long(5000),
      unitType: 'chi_bo_co_so',
      unitCode: 'CB1',
      superiorName: 'Đảng bộ',
      superiorCommittee: '',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
      secretaryName: '',
      validFrom: '01/01/2026',
      termStart: '',
      termEnd: '',
    };
    const parsed = unitFormSchema.safeParse(values);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain(`Tên tổ chức đảng quá dài (tối đa ${TEXT_LIMITS.unitName} ký tự).`);
    expect(unitFormSchema.safeParse({ ...values, unitName: long(TEXT_LIMITS.unitName) }).success).toBe(true);
    expect(validateProfileVersion({ ...profile, name: long(5000) })).toEqual([
      'Tên chi bộ / tổ chức đảng quá dài (5.000 ký tự; tối đa 150).',
    ]);
    expect(validateProfileVersion({ ...profile, superiorName: long(151), placeName: long(61) })).toHaveLength(2);
    expect(validateProfileVersion(profile)).toEqual([]);
    const member = { ...emptyMemberForm(), fullName: 'Nguyễn Văn An', workplace: long(5000) };
    expect(memberFormSchema.safeParse(member).success).toBe(false);
    expect(memberProblems({ fullName: 'Nguyễn Văn An', givenName: 'An', statusPeriods: [], workplace: long(5000) }, '2026-01-01')).toEqual([
      'Đơn vị công tác quá dài (5.000 ký tự; tối đa 150).',
    ]);
  });

  it('the minutes and the pledge form: a text longer than its limit cannot be saved', () => {
    const m = newMeeting({ id: 'm', unitId: 'u', date: '2026-11-03', now: NOW });
    expect(meetingInputErrors(m)).toEqual([]);
    expect(meetingInputErrors({ ...m, place: long(5000), news: 'x'.repeat(TEXT_LIMITS.paragraphs + 1) })).toEqual([
      'Địa điểm quá dài (5.000 ký tự; tối đa 1.000).',
      'Thông tin thời sự quá dài (20.001 ký tự; tối đa 20.000).',
    ]);
    expect(meetingInputErrors({ ...m, speeches: [{ speaker: long(200), summary: 'Ý kiến.' }] })).toEqual([
      'Ý kiến thứ 1: người phát biểu quá dài (200 ký tự; tối đa 80).',
    ]);
    const form = draftForm();
    expect(() => updateDraft(form, { items: [item('TU_TUONG', long(5000))] }, NOW)).toThrow(
      'Mục 1, việc làm 1 quá dài (5.000 ký tự; tối đa 1.000).',
    );
    const ok = updateDraft(form, { items: [item('TU_TUONG', 'Học tập nghị quyết')] }, NOW);
    expect(validateContent(ok)).toEqual([]);
    expect(submitForm(ok, '2026-01-10', NOW).state).toBe('submitted');
  });
});
