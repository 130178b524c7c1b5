import { describe, expect, it } from 'vitest';
import { statusErrors, validateMemberStatus } from '../../../src-renderer/core/members';
import { member, period } from './helpers';

const messages = (m: Parameters<typeof validateMemberStatus>[0]) => validateMemberStatus(m).map((i) => `${i.severity}: ${i.message}`);

describe('validateMemberStatus', () => {
  it('a clean history has no issues', () => {
    const m = member({
      birthDate: '1980-05-05',
      admissionDate: '2005-01-10',
      fullMembershipDate: '2006-01-10',
      statusPeriods: [period('mien_sinh_hoat', '2024-01-01', '2024-12-31'), period('chuyen_di', '2026-01-01')],
    });
    expect(validateMemberStatus(m)).toEqual([]);
  });

  it('end before start', () => {
    const m = member({ statusPeriods: [period('dinh_chi', '2026-05-01', '2026-04-30')] });
    expect(messages(m)).toEqual(['error: Khoảng “Đình chỉ sinh hoạt đảng”: ngày kết thúc (30/04/2026) trước ngày bắt đầu (01/05/2026).']);
  });

  it('same-kind overlap, touching periods are fine', () => {
    const overlap = member({
      statusPeriods: [period('mien_sinh_hoat', '2024-01-01', '2024-06-30'), period('mien_sinh_hoat', '2024-06-30')],
    });
    expect(statusErrors(overlap)).toHaveLength(1);
    expect(statusErrors(overlap)[0]!.message).toContain('chồng lên nhau');
    const touching = member({
      statusPeriods: [period('mien_sinh_hoat', '2024-01-01', '2024-06-29'), period('mien_sinh_hoat', '2024-06-30')],
    });
    expect(statusErrors(touching)).toEqual([]);
  });

  it('dự bị overlapping chính thức, dự bị after chính thức', () => {
    const m = member({ statusPeriods: [period('chinh_thuc', '2020-01-01'), period('du_bi', '2021-01-01', '2021-06-01')] });
    const errs = statusErrors(m).map((e) => e.message);
    expect(errs.some((e) => e.includes('trùng với khoảng “chính thức”'))).toBe(true);
    expect(errs.some((e) => e.includes('bắt đầu sau khi đã là đảng viên chính thức'))).toBe(true);
  });

  it('nothing after từ trần; terminal events have no end date', () => {
    const m = member({ statusPeriods: [period('tu_tran', '2025-01-01', '2025-02-01'), period('mien_sinh_hoat', '2025-03-01')] });
    const errs = statusErrors(m).map((e) => e.message);
    expect(errs).toContain('“Từ trần” là sự kiện chấm dứt, không có ngày kết thúc.');
    expect(errs.some((e) => e.includes('bắt đầu sau “Từ trần” ngày 01/01/2025'))).toBe(true);
  });

  it('key dates: chính thức before vào Đảng, vào Đảng before birth, under 18 warning', () => {
    expect(statusErrors(member({ admissionDate: '2020-01-01', fullMembershipDate: '2019-01-01' }))[0]!.message).toBe(
      'Ngày chính thức (01/01/2019) trước ngày vào Đảng (01/01/2020).',
    );
    expect(statusErrors(member({ birthDate: '2000-01-01', admissionDate: '1999-01-01' }))).toHaveLength(1);
    const young = validateMemberStatus(member({ birthDate: '2000-01-02', admissionDate: '2018-01-01' }));
    expect(young).toHaveLength(1);
    expect(young[0]!.severity).toBe('warning');
    expect(validateMemberStatus(member({ birthDate: '2000-01-01', admissionDate: '2018-01-01' }))).toEqual([]);
  });

  it('a birth date after today is refused with a Vietnamese message; today itself and earlier pass', () => {
    const today = '2026-12-01';
    expect(statusErrors(member({ birthDate: '2027-03-05' }), today).map((e) => e.message)).toEqual([
      'Ngày sinh (05/03/2027) ở sau hôm nay (01/12/2026). Hãy kiểm tra lại ngày sinh.',
    ]);
    expect(statusErrors(member({ birthDate: '2026-12-02' }), today)).toHaveLength(1);
    expect(statusErrors(member({ birthDate: '2026-12-01' }), today)).toEqual([]);
    expect(statusErrors(member({ birthDate: '1980-05-05' }), today)).toEqual([]);
    // Without a date to compare with, only the other checks run.
    expect(statusErrors(member({ birthDate: '2027-03-05' }))).toEqual([]);
  });

  it('periods before admission; dự bị reaching ngày chính thức', () => {
    const m = member({
      admissionDate: '2020-01-01',
      fullMembershipDate: '2021-01-01',
      statusPeriods: [period('dinh_chi', '2019-06-01', '2019-07-01'), period('du_bi', '2020-01-01', '2021-01-01')],
    });
    const errs = statusErrors(m).map((e) => e.message);
    expect(errs).toHaveLength(2);
    expect(errs[0]).toContain('trước ngày vào Đảng');
    expect(errs[1]).toContain('kéo dài đến hoặc sau ngày chính thức');
  });

  it('transfers: same-day in and out is an error, two ins in a row a warning', () => {
    const same = member({ statusPeriods: [period('chuyen_den', '2022-01-01'), period('chuyen_di', '2022-01-01')] });
    expect(statusErrors(same)).toHaveLength(1);
    const twice = member({ statusPeriods: [period('chuyen_den', '2022-01-01'), period('chuyen_den', '2023-01-01')] });
    expect(validateMemberStatus(twice).map((i) => i.severity)).toEqual(['warning']);
  });

  it('invalid dates are reported, not thrown', () => {
    const m = member({ birthDate: '1980-02-30', statusPeriods: [period('mien_sinh_hoat', '2024-13-01')] });
    expect(statusErrors(m)).toHaveLength(2);
  });
});
