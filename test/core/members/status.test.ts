import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countedForMeeting,
  isActiveMember,
  meetingDenominators,
  membershipKind,
  mustRegisterPledges,
  pledgeExemption,
  reviewExclusion,
  statusCodeOn,
  statusOn,
} from '../../../src-renderer/core/members';
import { addDays } from '../../../src-renderer/core/text';
import { member, period } from './helpers';

describe('isActiveMember', () => {
  it('starts on ngày vào Đảng (day before: no, day of: yes)', () => {
    const m = member({ admissionDate: '2020-03-10' });
    expect(isActiveMember(m, '2020-03-09')).toBe(false);
    expect(isActiveMember(m, '2020-03-10')).toBe(true);
    expect(isActiveMember(m, '2020-03-11')).toBe(true);
  });

  it('a member with no start date is active until an ending event', () => {
    const m = member({ statusPeriods: [period('chuyen_di', '2026-05-01')] });
    expect(isActiveMember(m, '1990-01-01')).toBe(true);
    expect(isActiveMember(m, '2026-04-30')).toBe(true);
    expect(isActiveMember(m, '2026-05-01')).toBe(false);
    expect(isActiveMember(m, '2026-05-02')).toBe(false);
  });

  it('transferred in: active from chuyển đến, not from the earlier admission elsewhere', () => {
    const m = member({ admissionDate: '2010-01-01', statusPeriods: [period('chuyen_den', '2024-06-15')] });
    expect(isActiveMember(m, '2015-01-01')).toBe(false);
    expect(isActiveMember(m, '2024-06-14')).toBe(false);
    expect(isActiveMember(m, '2024-06-15')).toBe(true);
    expect(isActiveMember(m, '2024-06-16')).toBe(true);
  });

  it('admitted here, transferred out, then back in', () => {
    const m = member({
      admissionDate: '2010-01-01',
      statusPeriods: [period('chuyen_di', '2015-01-01'), period('chuyen_den', '2020-01-01')],
    });
    expect(isActiveMember(m, '2012-01-01')).toBe(true);
    expect(isActiveMember(m, '2014-12-31')).toBe(true);
    expect(isActiveMember(m, '2015-01-01')).toBe(false);
    expect(isActiveMember(m, '2019-12-31')).toBe(false);
    expect(isActiveMember(m, '2020-01-01')).toBe(true);
  });

  it('a bounded chuyển đi period ends the day after its "to"', () => {
    const m = member({ admissionDate: '2010-01-01', statusPeriods: [period('chuyen_di', '2021-03-01', '2021-08-31')] });
    expect(isActiveMember(m, '2021-02-28')).toBe(true);
    expect(isActiveMember(m, '2021-03-01')).toBe(false);
    expect(isActiveMember(m, '2021-08-31')).toBe(false);
    expect(isActiveMember(m, '2021-09-01')).toBe(true);
  });

  it.each(['tu_tran', 'xoa_ten', 'khai_tru'] as const)('%s ends membership on its date', (kind) => {
    const m = member({ admissionDate: '2000-01-01', statusPeriods: [period(kind, '2026-07-20')] });
    expect(isActiveMember(m, '2026-07-19')).toBe(true);
    expect(isActiveMember(m, '2026-07-20')).toBe(false);
    expect(isActiveMember(m, '2026-07-21')).toBe(false);
  });

  it('miễn, đình chỉ and tạm thời do not end membership', () => {
    const m = member({
      admissionDate: '2000-01-01',
      statusPeriods: [
        period('mien_sinh_hoat', '2026-01-01'),
        period('dinh_chi', '2025-01-01', '2025-06-30'),
        period('sinh_hoat_tam_thoi', '2024-01-01', '2024-12-31'),
      ],
    });
    for (const d of ['2024-06-01', '2025-03-01', '2026-06-01']) expect(isActiveMember(m, d)).toBe(true);
  });

  it('property: with only miễn/đình chỉ/tạm thời periods, active ⇔ date ≥ ngày vào Đảng', () => {
    const dateArb = fc.integer({ min: 0, max: 20000 }).map((n) => addDays('1980-01-01', n));
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (adm, from, d) => {
        const m = member({
          admissionDate: adm,
          statusPeriods: [period('mien_sinh_hoat', from), period('dinh_chi', from), period('sinh_hoat_tam_thoi', from)],
        });
        return isActiveMember(m, d) === d >= adm;
      }),
    );
  });
});

describe('membershipKind', () => {
  it('dự bị from admission, chính thức from ngày chính thức', () => {
    const m = member({ admissionDate: '2025-03-10', fullMembershipDate: '2026-03-10' });
    expect(membershipKind(m, '2025-03-09')).toBeUndefined();
    expect(membershipKind(m, '2025-03-10')).toBe('du_bi');
    expect(membershipKind(m, '2026-03-09')).toBe('du_bi');
    expect(membershipKind(m, '2026-03-10')).toBe('chinh_thuc');
    expect(membershipKind(m, '2026-03-11')).toBe('chinh_thuc');
  });

  it('an explicit chính thức period counts when ngày chính thức is missing', () => {
    const m = member({ admissionDate: '2019-01-01', statusPeriods: [period('chinh_thuc', '2020-01-01')] });
    expect(membershipKind(m, '2019-12-31')).toBe('du_bi');
    expect(membershipKind(m, '2020-01-01')).toBe('chinh_thuc');
  });

  it('no dates at all: taken as chính thức', () => {
    expect(membershipKind(member(), '2026-01-01')).toBe('chinh_thuc');
  });
});

describe('mustRegisterPledges', () => {
  it('default registration date is 31 January', () => {
    const m = member({ admissionDate: '2026-01-31' });
    expect(mustRegisterPledges(m, 2026)).toBe(true);
    const late = member({ admissionDate: '2026-02-01' });
    expect(mustRegisterPledges(late, 2026)).toBe(false);
    expect(pledgeExemption(late, 2026)).toBe('khong_sinh_hoat');
    expect(mustRegisterPledges(late, 2026, { registrationDate: '2026-03-01' })).toBe(true);
  });

  it('miễn covering the registration date exempts; ending the day before does not', () => {
    const covering = member({ admissionDate: '2000-01-01', statusPeriods: [period('mien_sinh_hoat', '2025-06-01', '2026-01-31')] });
    expect(pledgeExemption(covering, 2026)).toBe('mien');
    const ended = member({ admissionDate: '2000-01-01', statusPeriods: [period('mien_sinh_hoat', '2025-06-01', '2026-01-30')] });
    expect(mustRegisterPledges(ended, 2026)).toBe(true);
    const starts = member({ admissionDate: '2000-01-01', statusPeriods: [period('mien_sinh_hoat', '2026-02-01')] });
    expect(mustRegisterPledges(starts, 2026)).toBe(true);
  });

  it('đình chỉ and transferred-out members are exempt', () => {
    expect(
      pledgeExemption(member({ admissionDate: '2000-01-01', statusPeriods: [period('dinh_chi', '2026-01-15', '2026-07-15')] }), 2026),
    ).toBe('dinh_chi');
    expect(pledgeExemption(member({ admissionDate: '2000-01-01', statusPeriods: [period('chuyen_di', '2026-01-31')] }), 2026)).toBe(
      'khong_sinh_hoat',
    );
    expect(mustRegisterPledges(member({ admissionDate: '2000-01-01', statusPeriods: [period('chuyen_di', '2026-02-01')] }), 2026)).toBe(
      true,
    );
  });
});

describe('countedForMeeting / meetingDenominators (QĐ 24 mục 9.3.2)', () => {
  const D = '2026-11-05';
  const ordinary = member({ id: 'a', admissionDate: '2000-01-01', fullMembershipDate: '2001-01-01' });
  const probationary = member({ id: 'b', admissionDate: '2026-05-01' });
  const mien = member({
    id: 'c',
    admissionDate: '1980-01-01',
    fullMembershipDate: '1981-01-01',
    statusPeriods: [period('mien_sinh_hoat', '2024-01-01')],
  });
  const suspended = member({
    id: 'd',
    admissionDate: '2000-01-01',
    fullMembershipDate: '2001-01-01',
    statusPeriods: [period('dinh_chi', '2026-10-01', '2027-03-31')],
  });
  const temporary = member({
    id: 'e',
    admissionDate: '2000-01-01',
    fullMembershipDate: '2001-01-01',
    statusPeriods: [period('sinh_hoat_tam_thoi', '2026-09-01', '2026-12-31')],
  });
  const left = member({ id: 'f', admissionDate: '2000-01-01', statusPeriods: [period('chuyen_di', '2026-11-05')] });

  it('excludes tạm thời elsewhere, đình chỉ, absent miễn, members who left; counts present miễn', () => {
    expect(countedForMeeting(ordinary, D, 'vang_khong_ly_do')).toBe(true);
    expect(countedForMeeting(probationary, D)).toBe(true);
    expect(countedForMeeting(mien, D, 'vang_co_ly_do')).toBe(false);
    expect(countedForMeeting(mien, D)).toBe(false);
    expect(countedForMeeting(mien, D, 'co_mat')).toBe(true);
    expect(countedForMeeting(suspended, D, 'co_mat')).toBe(false);
    expect(countedForMeeting(temporary, D)).toBe(false);
    expect(countedForMeeting(ordinary, D, 'tam_thoi')).toBe(false);
    expect(countedForMeeting(left, D, 'co_mat')).toBe(false);
    expect(countedForMeeting(left, '2026-11-04')).toBe(true);
  });

  it('đình chỉ boundaries: day before from counted, from and to excluded, day after to counted', () => {
    const m = member({ admissionDate: '2000-01-01', statusPeriods: [period('dinh_chi', '2026-03-01', '2026-08-31')] });
    expect(countedForMeeting(m, '2026-02-28')).toBe(true);
    expect(countedForMeeting(m, '2026-03-01')).toBe(false);
    expect(countedForMeeting(m, '2026-08-31')).toBe(false);
    expect(countedForMeeting(m, '2026-09-01')).toBe(true);
  });

  it('two denominators: all and chính thức, plus present counts', () => {
    const all = [ordinary, probationary, mien, suspended, temporary, left];
    const attendance = [
      { memberId: 'a', status: 'co_mat' as const },
      { memberId: 'b', status: 'co_mat' as const },
      { memberId: 'c', status: 'co_mat' as const },
      { memberId: 'd', status: 'co_mat' as const },
    ];
    expect(meetingDenominators(all, D, attendance)).toEqual({ all: 3, official: 2, present: 3, presentOfficial: 2 });
    expect(meetingDenominators(all, D, new Map([['c', 'vang_co_ly_do' as const]]))).toEqual({
      all: 2,
      official: 1,
      present: 0,
      presentOfficial: 0,
    });
    expect(meetingDenominators(all, D, { a: 'co_mat' })).toEqual({ all: 2, official: 1, present: 1, presentOfficial: 1 });
  });
});

describe('reviewExclusion (QĐ 366 Điều 5 khoản 2.1)', () => {
  it('kết nạp < 6 tháng: 10/6 → reviewed from 10/12', () => {
    const m = member({ admissionDate: '2026-06-10' });
    expect(reviewExclusion(m, '2026-12-09')).toEqual({ reason: 'moi_ket_nap' });
    expect(reviewExclusion(m, '2026-12-10')).toBeUndefined();
    expect(reviewExclusion(m, '2026-12-11')).toBeUndefined();
  });

  it('31/8 + 6 months → 28/2 (29/2 in a leap year)', () => {
    const m = member({ admissionDate: '2026-08-31' });
    expect(reviewExclusion(m, '2027-02-27')).toEqual({ reason: 'moi_ket_nap' });
    expect(reviewExclusion(m, '2027-02-28')).toBeUndefined();
    const leap = member({ admissionDate: '2027-08-31' });
    expect(reviewExclusion(leap, '2028-02-28')).toEqual({ reason: 'moi_ket_nap' });
    expect(reviewExclusion(leap, '2028-02-29')).toBeUndefined();
  });

  it('miễn and đình chỉ on the review date', () => {
    const mien = member({ admissionDate: '1990-01-01', statusPeriods: [period('mien_sinh_hoat', '2026-12-01', '2027-05-31')] });
    expect(reviewExclusion(mien, '2026-11-30')).toBeUndefined();
    expect(reviewExclusion(mien, '2026-12-01')).toEqual({ reason: 'mien' });
    expect(reviewExclusion(mien, '2027-05-31')).toEqual({ reason: 'mien' });
    expect(reviewExclusion(mien, '2027-06-01')).toBeUndefined();
    const dc = member({ admissionDate: '1990-01-01', statusPeriods: [period('dinh_chi', '2026-12-15')] });
    expect(reviewExclusion(dc, '2026-12-20')).toEqual({ reason: 'dinh_chi' });
  });

  it('property: a member admitted d days before is excluded iff review < addMonths(adm, 6)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15000 }), fc.integer({ min: 0, max: 400 }), (start, gap) => {
        const adm = addDays('1990-01-01', start);
        const review = addDays(adm, gap);
        const excluded = reviewExclusion(member({ admissionDate: adm }), review) !== undefined;
        return excluded === review < addMonthsSafe(adm);
      }),
    );
    function addMonthsSafe(d: string) {
      // independent computation of "same day 6 months later, clamped"
      const [y, mo, da] = d.split('-').map(Number) as [number, number, number];
      const total = y * 12 + mo - 1 + 6;
      const ny = Math.floor(total / 12);
      const nm = (total % 12) + 1;
      const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
      return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(da, last)).padStart(2, '0')}`;
    }
  });
});

describe('statusOn', () => {
  it('labels the situation on a date', () => {
    const m = member({
      admissionDate: '2020-01-10',
      fullMembershipDate: '2021-01-10',
      statusPeriods: [period('mien_sinh_hoat', '2024-01-01', '2024-12-31'), period('tu_tran', '2026-03-03')],
    });
    expect(statusOn(m, '2019-01-01')).toBe('Chưa sinh hoạt tại chi bộ');
    expect(statusOn(m, '2020-06-01')).toBe('Dự bị');
    expect(statusOn(m, '2022-06-01')).toBe('Chính thức');
    expect(statusOn(m, '2024-06-01')).toBe('Miễn sinh hoạt');
    expect(statusOn(m, '2026-03-03')).toBe('Từ trần');
    expect(statusCodeOn(m, '2026-03-02')).toBe('chinh_thuc');
  });
});

describe('a member with no membership dates', () => {
  it('is not shown as "Chính thức" on the roster (the rules still count them, see membershipKind)', () => {
    const m = member();
    expect(statusCodeOn(m, '2026-11-01')).toBe('chua_ghi_ngay');
    expect(statusOn(m, '2026-11-01')).toBe('Chưa ghi ngày vào Đảng');
    expect(membershipKind(m, '2026-11-01')).toBe('chinh_thuc');
    expect(isActiveMember(m, '2026-11-01')).toBe(true);
  });

  it('shows the real situation as soon as a date or a dự bị / chính thức period is known', () => {
    expect(statusOn(member({ admissionDate: '2026-01-10' }), '2026-11-01')).toBe('Dự bị');
    expect(statusOn(member({ fullMembershipDate: '2020-01-10' }), '2026-11-01')).toBe('Chính thức');
    expect(statusOn(member({ statusPeriods: [period('chinh_thuc', '2015-01-01')] }), '2026-11-01')).toBe('Chính thức');
    // Events still win over the missing dates.
    expect(statusOn(member({ statusPeriods: [period('chuyen_di', '2026-05-01')] }), '2026-11-01')).toBe('Đã chuyển đi');
    expect(statusOn(member({ statusPeriods: [period('mien_sinh_hoat', '2026-01-01')] }), '2026-11-01')).toBe('Miễn sinh hoạt');
  });
});
