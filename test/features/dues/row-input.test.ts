import { describe, expect, it } from 'vitest';
import { EMPTY_ROW, inputOf, parseMonths, rowEdit } from '../../../src-renderer/features/dues/row-input';

const base = { period: '2026-11', memberId: 'm1', id: 'new-id' };

describe('a typed row of the dues sheet', () => {
  it('amount, date and channel make a payment of the month; several months make an advance', () => {
    const edit = rowEdit({ ...base, input: { amount: '80.000', paidOn: '05/11/2026', channel: 'cong_dvc', months: '1', note: '' } });
    expect(edit).toEqual({
      kind: 'put',
      payment: {
        id: 'new-id',
        memberId: 'm1',
        period: '2026-11',
        coversFrom: '2026-11',
        coversThrough: '2026-11',
        amount: 80_000,
        paidOn: '2026-11-05',
        channel: 'cong_dvc',
      },
    });
    const adv = rowEdit({ ...base, input: { amount: '240k', paidOn: '5/11/2026', channel: 'tien_mat', months: '3', note: 'Nộp trước' } });
    expect(adv).toMatchObject({ kind: 'put', payment: { coversThrough: '2027-01', amount: 240_000, note: 'Nộp trước' } });
    expect(inputOf(adv.kind === 'put' ? adv.payment : undefined, '2026-11')).toEqual({
      amount: '240.000',
      paidOn: '05/11/2026',
      channel: 'tien_mat',
      months: '3',
      note: 'Nộp trước',
    });
  });

  it('0 with a reason is chậm đóng có lý do; an emptied row removes its payment; an untouched one is nothing', () => {
    expect(rowEdit({ ...base, input: { ...EMPTY_ROW, amount: '0', note: 'Ốm dài ngày' } })).toMatchObject({
      kind: 'put',
      payment: { amount: 0, deferredReason: 'Ốm dài ngày' },
    });
    const entry = { id: 'p1', memberId: 'm1', period: '2026-11', coversFrom: '2026-11', coversThrough: '2026-11', amount: 80_000 };
    expect(rowEdit({ ...base, entry, input: EMPTY_ROW })).toEqual({ kind: 'delete', id: 'p1' });
    expect(rowEdit({ ...base, input: EMPTY_ROW })).toEqual({ kind: 'none' });
  });

  it('what cannot be stored is a Vietnamese problem', () => {
    const msg = (input: Partial<typeof EMPTY_ROW>) => {
      const e = rowEdit({ ...base, input: { ...EMPTY_ROW, ...input } });
      return e.kind === 'problem' ? e.message : e.kind;
    };
    expect(msg({ amount: '8o.000', paidOn: '05/11/2026', channel: 'tien_mat' })).toContain('không hợp lệ');
    expect(msg({ amount: '80.000', channel: 'tien_mat' })).toContain('Nhập ngày nộp');
    expect(msg({ amount: '80.000', paidOn: '31/11/2026', channel: 'tien_mat' })).toContain('Ngày nộp');
    expect(msg({ amount: '80.000', paidOn: '05/11/2026' })).toContain('hình thức');
    expect(msg({ amount: '80.000', paidOn: '05/12/2026', channel: 'tien_mat' })).toContain('sau tháng của bảng thu');
    expect(msg({ amount: '0' })).toContain('lý do');
    expect(msg({ note: 'sẽ nộp' })).toContain('Nhập số tiền');
    expect(msg({ amount: '80.000', paidOn: '05/11/2026', channel: 'tien_mat', months: '25' })).toContain('Số tháng');
    expect(parseMonths('')).toBe(1);
    expect(parseMonths('x')).toBeUndefined();
  });
});
