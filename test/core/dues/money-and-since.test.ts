import { describe, expect, it } from 'vitest';
import { DUES_GROUP, QD01_2026_DUES, memberDuesWarning, parseDong, type DuesPayment } from '../../../src-renderer/core/dues';
import { member } from '../members/helpers';

describe('parseDong: money as typed in the sheet', () => {
  it('reads dots, commas, spaces, đ/đồng and k', () => {
    expect(parseDong('80.000')).toBe(80_000);
    expect(parseDong('80,000')).toBe(80_000);
    expect(parseDong('80 000 đ')).toBe(80_000);
    expect(parseDong('1.250.000 đồng')).toBe(1_250_000);
    expect(parseDong('80000')).toBe(80_000);
    expect(parseDong('80k')).toBe(80_000);
    expect(parseDong('0')).toBe(0);
  });
  it('refuses what is not a whole amount of đồng', () => {
    for (const bad of ['', 'abc', '80.5', '8.00', '-5', '1.000.000.001', '12,3k']) expect(parseDong(bad), bad).toBeUndefined();
  });
});

describe('warnings count only the months the cell keeps in the app', () => {
  const m = {
    ...member({ admissionDate: '2010-05-19' }),
    duesBasis: [{ from: '2020-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_000_000 }],
  };
  const pays: DuesPayment[] = [
    {
      id: 'p',
      memberId: m.id,
      period: '2026-11',
      coversFrom: '2026-11',
      coversThrough: '2026-11',
      amount: 80_000,
      paidOn: '2026-11-05',
      channel: 'tien_mat',
    },
  ];
  const input = { member: m, history: m.duesBasis, payments: pays, rules: QD01_2026_DUES, today: '2027-01-15' };
  it('without a start every month of the year before counts; from the first sheet only the months after it', () => {
    expect(memberDuesWarning(input, '2026-12')?.level).toBe('consider_removal');
    expect(memberDuesWarning(input, '2026-12', '2026-11')).toBeUndefined();
    expect(memberDuesWarning(input, '2026-12', '2026-10')).toMatchObject({ level: 'reminder', months: ['2026-10', '2026-12'] });
    expect(memberDuesWarning(input, '2026-12', '2026-09')).toMatchObject({
      level: 'consider_removal',
      months: ['2026-09', '2026-10', '2026-12'],
    });
    expect(memberDuesWarning(input, '2026-12', '2027-01')).toBeUndefined();
  });
});
