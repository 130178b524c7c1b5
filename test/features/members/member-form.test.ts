import { describe, expect, it } from 'vitest';
import {
  emptyMemberForm,
  formToInput,
  memberFormSchema,
  memberToForm,
  statusIssuesOf,
} from '../../../src-renderer/features/members/member-form';
import { memberFields } from '../../../src-renderer/db/members';
import { member, period } from '../../core/members/helpers';

describe('member form', () => {
  it('member → form → input keeps the data (dates dd/mm/yyyy in the form)', () => {
    const m = member({
      fullName: 'Tôn Nữ Thị Ninh',
      birthDate: '1990-01-01',
      admissionDate: '2020-09-02',
      fullMembershipDate: '2021-09-02',
      gender: 'nu',
      cardNumber: '79.102',
      partyPosition: 'chi_uy_vien',
      govPosition: 'Chuyên viên',
      statusPeriods: [period('mien_sinh_hoat', '2024-01-01', '2024-06-30', 'Ốm dài ngày')],
    });
    const form = memberToForm(m);
    expect(form.birthDate).toBe('01/01/1990');
    expect(form.statusPeriods[0]).toMatchObject({ from: '01/01/2024', to: '30/06/2024', reason: 'Ốm dài ngày' });
    const fields = memberFields(formToInput(form));
    expect(fields).toMatchObject({
      fullName: m.fullName,
      familyName: 'Tôn Nữ',
      birthDate: '1990-01-01',
      admissionDate: '2020-09-02',
      fullMembershipDate: '2021-09-02',
      gender: 'nu',
      cardNumber: '79.102',
      partyPosition: 'chi_uy_vien',
      govPosition: 'Chuyên viên',
    });
    expect(fields.statusPeriods).toEqual(m.statusPeriods);
  });

  it('Vietnamese messages for a missing name, a bad date and a split that does not add up', () => {
    const r = memberFormSchema.safeParse({
      ...emptyMemberForm(),
      fullName: '',
      birthDate: '31/02/1980',
      statusPeriods: [{ kind: 'dinh_chi', from: '', to: '', reason: '' }],
    });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('fullName: Chưa nhập họ và tên.');
    expect(messages).toContain('birthDate: Ngày sinh không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/02/1980, hoặc để trống.');
    expect(messages).toContain('statusPeriods.0.from: Chưa nhập ngày bắt đầu.');
    const split = memberFormSchema.safeParse({
      ...emptyMemberForm(),
      fullName: 'Lò Văn Pâng',
      overrideSplit: true,
      familyName: 'Lò',
      middleName: '',
      givenName: 'Pâng',
    });
    expect(split.error!.issues[0]!.message).toBe('Họ, tên đệm và tên ghép lại phải đúng bằng họ và tên đã nhập.');
    expect(
      memberFormSchema.safeParse({
        ...emptyMemberForm(),
        fullName: 'Lò Văn Pâng',
        overrideSplit: true,
        familyName: 'Lò Văn',
        middleName: '',
        givenName: 'Pâng',
      }).success,
    ).toBe(true);
  });

  it('live status issues point at the period row', () => {
    const issues = statusIssuesOf({
      birthDate: '',
      admissionDate: '01/03/2000',
      fullMembershipDate: '',
      statusPeriods: [
        { kind: 'chuyen_di', from: '01/01/2020', to: '', reason: '' },
        { kind: 'mien_sinh_hoat', from: '01/01/1990', to: '', reason: '' },
      ],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', index: 1 });
  });
});
