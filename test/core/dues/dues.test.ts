import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DUES_GROUP,
  PartyDuesRulesSchema,
  QD01_2026_DUES,
  PARTY_DUES_PRESET,
  advancePayment,
  aggregateDuesReports,
  allocatePayments,
  basisFor,
  buildDuesSheet,
  countingWindow,
  duesMinutesLine,
  duesReport,
  duesRulesProblem,
  duesWarnings,
  DuesReportSchema,
  expectedAmount,
  markPaidInFull,
  memberDuesWarning,
  memberMonths,
  monthsText,
  owesDues,
  paymentProblem,
  percentAmount,
  roundDong,
  setBasis,
  sumDuesMonths,
  unpaidMonths,
  unpaidRunEndingAt,
  type DuesBasisEntry,
  type DuesPayment,
  type DuesSheetMember,
  unitsWithoutDues,
  type PartyDuesRules,
} from '../../../src-renderer/core/dues';
import { member, period } from '../members/helpers';

const rules: PartyDuesRules = QD01_2026_DUES;
let seq = 0;
const pay = (memberId: string, p: string, amount: number, over: Partial<DuesPayment> = {}): DuesPayment => {
  seq += 1;
  return { id: `pay${seq}`, memberId, period: p, coversFrom: p, coversThrough: p, amount, paidOn: `${p}-05`, channel: 'tien_mat', ...over };
};
const salaried = (base: number, from = '2020-01'): DuesBasisEntry[] => [{ from, groupCode: DUES_GROUP.bhxhSalary, base }];
const dm = (over: Parameters<typeof member>[0] & { duesBasis?: DuesBasisEntry[] } = {}): DuesSheetMember => {
  const { duesBasis, ...rest } = over;
  return { ...member({ admissionDate: '2010-05-19', ...rest }), ...(duesBasis ? { duesBasis } : {}) };
};

describe('rule set and amounts per group', () => {
  it('the preset is valid data for its own schema and dated from QĐ 01-QĐ/TW', () => {
    expect(PartyDuesRulesSchema.parse(QD01_2026_DUES)).toEqual(QD01_2026_DUES);
    expect(PARTY_DUES_PRESET.validFrom).toBe('2026-02-03');
    expect(duesRulesProblem(QD01_2026_DUES)).toBeUndefined();
  });

  it('refuses bad rule data with a Vietnamese message naming the field', () => {
    const dup = { ...QD01_2026_DUES, groups: [...QD01_2026_DUES.groups, QD01_2026_DUES.groups[0]] };
    expect(duesRulesProblem(dup)).toMatch(/Mã nhóm "bhxh_luong" bị trùng/u);
    expect(duesRulesProblem({ ...QD01_2026_DUES, groups: [] })).toMatch(/ít nhất một nhóm/u);
    expect(duesRulesProblem({ ...QD01_2026_DUES, reminderUnpaidMonths: 4 })).toMatch(/xóa tên không được nhỏ hơn/u);
    expect(duesRulesProblem({ nothing: true })).toMatch(/^Quy định đảng phí không hợp lệ/u);
  });

  it('1% of the BHXH salary, 0,5% of the pension, fixed amounts, rounded to the thousand', () => {
    const e = (b: DuesBasisEntry) => expectedAmount(b, rules).amount;
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_765_432 })).toBe(88_000); // 87.654,32 → 88.000
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_745_000 })).toBe(87_000); // 87.450 → 87.000
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_750_000 })).toBe(88_000); // 87.500: half up
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.bhxhAllowance, base: 5_000_000 })).toBe(50_000);
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.pension, base: 5_300_000 })).toBe(27_000); // 26.500 half up
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.pension, base: 6_100_000 })).toBe(31_000); // 30.500
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.student })).toBe(5_000);
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.other })).toBe(10_000);
    expect(e({ from: '2026-01', groupCode: DUES_GROUP.pension, base: 5_300_000, amount: 50_000 })).toBe(50_000); // decided amount wins
  });

  it('the rounding setting: no rounding, up, down, to the hundred', () => {
    expect(percentAmount(8_765_432, 1, { step: 1, mode: 'nearest' })).toBe(87_654);
    expect(percentAmount(8_765_432, 1, { step: 1_000, mode: 'up' })).toBe(88_000);
    expect(percentAmount(8_765_432, 1, { step: 1_000, mode: 'down' })).toBe(87_000);
    expect(percentAmount(8_765_432, 1, { step: 100, mode: 'nearest' })).toBe(87_700);
    expect(percentAmount(5_300_000, 0.5, { step: 1, mode: 'nearest' })).toBe(26_500);
    expect(roundDong(12_345, { step: 1_000, mode: 'nearest' })).toBe(12_000);
  });

  it('reports why an amount cannot be computed', () => {
    expect(expectedAmount(undefined, rules).issue).toBe('no_basis');
    expect(expectedAmount({ from: '2026-01', groupCode: 'xyz' }, rules).issue).toBe('unknown_group');
    expect(expectedAmount({ from: '2026-01', groupCode: DUES_GROUP.bhxhSalary }, rules).issue).toBe('no_base');
  });

  it('property: the rounded amount is a multiple of the step, within half a step of the exact value (nearest), never below (up), never above (down)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.constantFrom(0.5, 1, 1.5, 2),
        fc.constantFrom(1, 100, 500, 1_000),
        (base, rate, step) => {
          const exact = (base * rate) / 100;
          const near = percentAmount(base, rate, { step, mode: 'nearest' });
          const up = percentAmount(base, rate, { step, mode: 'up' });
          const down = percentAmount(base, rate, { step, mode: 'down' });
          for (const v of [near, up, down]) expect(v % step).toBe(0);
          expect(Math.abs(near - exact)).toBeLessThanOrEqual(step / 2 + 1e-6);
          expect(up).toBeGreaterThanOrEqual(exact - 1e-6);
          expect(down).toBeLessThanOrEqual(exact + 1e-6);
          expect(up - down).toBeLessThanOrEqual(step);
        },
      ),
    );
  });
});

describe('basis history', () => {
  const history: DuesBasisEntry[] = [
    { from: '2025-01', groupCode: DUES_GROUP.bhxhSalary, base: 6_000_000 },
    { from: '2026-07', groupCode: DUES_GROUP.bhxhSalary, base: 7_000_000 },
    { from: '2026-10', groupCode: DUES_GROUP.pension, base: 5_000_000 },
  ];
  it('the latest entry on or before the month applies', () => {
    expect(basisFor(history, '2024-12')).toBeUndefined();
    expect(basisFor(history, '2026-06')?.base).toBe(6_000_000);
    expect(basisFor(history, '2026-07')?.base).toBe(7_000_000);
    expect(basisFor(history, '2026-09')?.base).toBe(7_000_000);
    expect(basisFor(history, '2027-01')?.groupCode).toBe(DUES_GROUP.pension);
  });
  it('the order of the stored entries does not matter, and setBasis replaces the entry of a month', () => {
    expect(basisFor([...history].reverse(), '2026-08')?.base).toBe(7_000_000);
    const next = setBasis(history, { from: '2026-07', groupCode: DUES_GROUP.bhxhSalary, base: 7_500_000 });
    expect(next).toHaveLength(3);
    expect(basisFor(next, '2026-08')?.base).toBe(7_500_000);
    expect(next.map((e) => e.from)).toEqual(['2025-01', '2026-07', '2026-10']);
  });
  it('the amounts follow the history month by month', () => {
    const m = dm({ duesBasis: history });
    const months = memberMonths({ member: m, history, payments: [], rules, today: '2026-12-15' }, '2026-06', '2026-10');
    expect(months.map((x) => x.expected)).toEqual([60_000, 70_000, 70_000, 70_000, 25_000]);
  });
});

describe('who owes dues in a month', () => {
  it('from the month of admission (dự bị too), not after a transfer out, not while sinh hoạt tạm thời (setting)', () => {
    const m = member({ admissionDate: '2026-03-15', statusPeriods: [period('chuyen_di', '2026-09-10')] });
    expect(owesDues(m, '2026-02', rules)).toBe(false);
    expect(owesDues(m, '2026-03', rules)).toBe(true);
    expect(owesDues(m, '2026-08', rules)).toBe(true);
    expect(owesDues(m, '2026-09', rules)).toBe(false);
    const t = member({ admissionDate: '2000-01-01', statusPeriods: [period('sinh_hoat_tam_thoi', '2026-04-01', '2026-06-30')] });
    expect(owesDues(t, '2026-05', rules)).toBe(false);
    expect(owesDues(t, '2026-07', rules)).toBe(true);
    expect(owesDues(t, '2026-05', { notOwedStatuses: [] })).toBe(true);
  });
  it('a member miễn công tác và sinh hoạt still owes dues (HD 27-HD/BTCTW 2009)', () => {
    const m = member({ admissionDate: '1970-01-01', statusPeriods: [period('mien_sinh_hoat', '2025-01-01')] });
    expect(owesDues(m, '2026-05', rules)).toBe(true);
  });
});

describe('payments: advance, arrears, partial', () => {
  const m = dm({ id: 'a', duesBasis: salaried(8_000_000) }); // 80.000 a month
  const account = (payments: DuesPayment[], today = '2026-12-20') => ({ member: m, history: m.duesBasis, payments, rules, today });

  it('an advance of 3 months covers the month and the next two; their sheets show it prepaid', () => {
    const adv = advancePayment({ member: m, rules, period: '2026-10', months: 3, paidOn: '2026-10-04', channel: 'cong_dvc', id: 'adv' })!;
    expect(adv).toMatchObject({ coversFrom: '2026-10', coversThrough: '2026-12', amount: 240_000 });
    const months = memberMonths(account([adv]), '2026-10', '2027-01');
    expect(months.map((x) => [x.period, x.status, x.paid, x.prepaid])).toEqual([
      ['2026-10', 'paid', 80_000, false],
      ['2026-11', 'paid', 80_000, true],
      ['2026-12', 'paid', 80_000, true],
      ['2027-01', 'open', 0, false],
    ]);
    const nov = buildDuesSheet({ period: '2026-11', members: [m], payments: [adv], rules, today: '2026-11-20' });
    expect(nov.rows[0]).toMatchObject({ prepaidIn: '2026-10', collected: 0, canMarkPaid: false });
    expect(nov.totals).toMatchObject({ paidMembers: 1, collected: 0, paidForMonth: 80_000 });
    const oct = buildDuesSheet({ period: '2026-10', members: [m], payments: [adv], rules, today: '2026-10-20' });
    expect(oct.rows[0]!.advanceThrough).toBe('2026-12');
    expect(oct.totals).toMatchObject({ collected: 240_000, advanceCollected: 160_000, arrearsCollected: 0, paidForMonth: 80_000 });
  });

  it('an advance made before a salary rise leaves the difference to pay (partial)', () => {
    const history: DuesBasisEntry[] = [...salaried(8_000_000), { from: '2026-12', groupCode: DUES_GROUP.bhxhSalary, base: 9_000_000 }];
    const m2 = { ...m, duesBasis: history };
    const adv = pay('a', '2026-10', 240_000, { coversThrough: '2026-12' });
    const months = memberMonths({ member: m2, history, payments: [adv], rules, today: '2027-01-10' }, '2026-10', '2026-12');
    expect(months.map((x) => [x.status, x.paid, x.expected])).toEqual([
      ['paid', 80_000, 80_000],
      ['paid', 80_000, 80_000],
      ['partial', 80_000, 90_000],
    ]);
  });

  it('arrears paid in January 2027 for December 2026 clear December; an overpayment stays on the last month', () => {
    const arrears = pay('a', '2027-01', 170_000, { coversFrom: '2026-12', coversThrough: '2027-01', paidOn: '2027-01-06' });
    const months = memberMonths(account([arrears], '2027-01-20'), '2026-11', '2027-01');
    expect(months.map((x) => [x.period, x.status, x.paid])).toEqual([
      ['2026-11', 'unpaid', 0],
      ['2026-12', 'paid', 80_000],
      ['2027-01', 'paid', 90_000],
    ]);
    const sheet = buildDuesSheet({ period: '2027-01', members: [m], payments: [arrears], rules, today: '2027-01-20' });
    expect(sheet.totals).toMatchObject({ collected: 170_000, arrearsCollected: 80_000, advanceCollected: 0 });
  });

  it("property: allocation never loses or invents money, and each month's parts add up", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.integer({ min: 0, max: 10 }),
            len: fc.integer({ min: 1, max: 6 }),
            amount: fc.integer({ min: 1, max: 1_000_000 }),
          }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 200_000 }),
        (specs, expected) => {
          const payments = specs.map((s, i) => {
            const from = `2026-${String(s.from + 1).padStart(2, '0')}`;
            const through =
              s.from + s.len > 12
                ? '2027-' + String(s.from + s.len - 12).padStart(2, '0')
                : `2026-${String(s.from + s.len).padStart(2, '0')}`;
            return pay('x', from, s.amount, { id: `p${i}`, coversFrom: from, coversThrough: through });
          });
          const alloc = allocatePayments(payments, () => expected);
          const sum = [...alloc.values()].reduce((a, x) => a + x.allocated, 0);
          expect(sum).toBe(payments.reduce((a, p) => a + p.amount, 0));
          for (const a of alloc.values()) expect([...a.byPayment.values()].reduce((x, y) => x + y, 0)).toBe(a.allocated);
        },
      ),
    );
  });

  it('payment validation speaks Vietnamese', () => {
    expect(paymentProblem(pay('a', '2026-10', 80_000))).toBeUndefined();
    expect(paymentProblem(pay('a', '2026-10', -1))).toBe('Số tiền không được âm');
    expect(paymentProblem(pay('a', '2026-10', 80.5))).toBe('Số tiền phải là số đồng nguyên');
    expect(paymentProblem({ ...pay('a', '2026-10', 80_000), channel: undefined })).toMatch(/Chọn hình thức nộp/u);
    expect(paymentProblem({ ...pay('a', '2026-10', 80_000), paidOn: undefined })).toBe('Nhập ngày nộp');
    expect(paymentProblem(pay('a', '2026-10', 80_000, { paidOn: '2026-11-02' }))).toBe('Ngày nộp ở sau tháng của bảng thu');
    expect(paymentProblem(pay('a', '2026-10', 80_000, { coversFrom: '2026-11' }))).toMatch(/Tháng cuối/u);
    expect(paymentProblem(pay('a', '2026-10', 0))).toMatch(/ghi lý do chậm đóng/u);
    expect(
      paymentProblem(pay('a', '2026-10', 0, { deferredReason: 'Đi công tác nước ngoài', channel: undefined, paidOn: undefined })),
    ).toBeUndefined();
  });
});

describe('months unpaid and warnings', () => {
  const m = dm({ id: 'b', fullName: 'Trần Thị Bình', duesBasis: salaried(6_000_000) });
  const acc = (payments: DuesPayment[], today: string, r: PartyDuesRules = rules) => ({
    member: m,
    history: m.duesBasis,
    payments,
    rules: r,
    today,
  });
  const paidMonths = (months: string[]) => months.map((p) => pay('b', p, 60_000));
  const all2026 = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

  it('the month under way is open, not unpaid; after the month (and grace days) it is unpaid', () => {
    expect(memberMonths(acc([], '2026-11-30'), '2026-11', '2026-11')[0]!.status).toBe('open');
    expect(memberMonths(acc([], '2026-12-01'), '2026-11', '2026-11')[0]!.status).toBe('unpaid');
    expect(memberMonths(acc([], '2026-12-05', { ...rules, graceDays: 10 }), '2026-11', '2026-11')[0]!.status).toBe('open');
  });

  it('counts unpaid months across a year boundary (November 2026 – February 2027)', () => {
    const payments = paidMonths(all2026.filter((p) => p < '2026-11'));
    expect(unpaidMonths(acc(payments, '2027-03-10'), '2026-09', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(unpaidRunEndingAt(acc(payments, '2027-02-10'), '2027-02')).toEqual(['2026-11', '2026-12', '2027-01']); // Feb still open
  });

  it('calendar-year window: November and December 2026 and January 2027 unpaid → 2 in 2026 (reminder), 1 in 2027 (none)', () => {
    const payments = paidMonths(all2026.filter((p) => p < '2026-11'));
    const dec = memberDuesWarning(acc(payments, '2027-01-05'), '2026-12')!;
    expect(dec.level).toBe('reminder');
    expect(dec.months).toEqual(['2026-11', '2026-12']);
    expect(dec.message).toBe(
      'Đồng chí Trần Thị Bình không nộp đảng phí 2 tháng trong năm 2026 (tháng 11, 12/2026), chưa ghi lý do: chi bộ nhắc nhở đồng chí nộp đủ.',
    );
    expect(memberDuesWarning(acc(payments, '2027-02-05'), '2027-01')).toBeUndefined();
  });

  it('rolling 12-month window: the same three months reach the xóa-tên threshold', () => {
    const payments = paidMonths(all2026.filter((p) => p < '2026-11'));
    const w = memberDuesWarning(acc(payments, '2027-02-05', { ...rules, countWindow: 'rolling_12_months' }), '2027-01')!;
    expect(w.level).toBe('consider_removal');
    expect(w.months).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(w.message).toMatch(/3 tháng trong 12 tháng đến tháng 1\/2027 \(tháng 11, 12\/2026 và tháng 1\/2027\).*xóa tên/u);
    expect(countingWindow('2027-01', 'rolling_12_months')).toEqual({ from: '2026-02', through: '2027-01' });
  });

  it('3 unpaid months in a year, not in a row, → consider xóa tên; a deferred month with a reason does not count', () => {
    const payments = paidMonths(all2026.filter((p) => !['2026-02', '2026-05', '2026-09'].includes(p)));
    const w = memberDuesWarning(acc(payments, '2026-12-20'), '2026-11')!;
    expect(w.level).toBe('consider_removal');
    expect(w.months).toEqual(['2026-02', '2026-05', '2026-09']);
    const excused = [...payments, pay('b', '2026-05', 0, { deferredReason: 'Ốm dài ngày', channel: undefined, paidOn: undefined })];
    expect(memberDuesWarning(acc(excused, '2026-12-20'), '2026-11')!.level).toBe('reminder');
  });

  it('duesWarnings lists the most serious first', () => {
    const other = dm({ id: 'c', fullName: 'Lê Văn Cường', duesBasis: salaried(6_000_000) });
    const ws = duesWarnings(
      [
        { member: other, history: other.duesBasis, payments: [pay('c', '2026-01', 60_000), pay('c', '2026-02', 60_000)] },
        { member: m, history: m.duesBasis, payments: [pay('b', '2026-01', 60_000)] },
      ],
      rules,
      '2026-04',
      '2026-05-10',
    );
    expect(ws.map((w) => [w.name, w.level])).toEqual([
      ['Trần Thị Bình', 'consider_removal'],
      ['Lê Văn Cường', 'reminder'],
    ]);
  });

  it('monthsText groups by year', () => {
    expect(monthsText(['2026-03', '2026-04'])).toBe('tháng 3, 4/2026');
    expect(monthsText(['2026-11', '2026-12', '2027-01'])).toBe('tháng 11, 12/2026 và tháng 1/2027');
  });
});

describe('a month sheet for a 12-member cell', () => {
  const names = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Văn Cường',
    'Phạm Thị Dung',
    'Hoàng Văn Em',
    'Vũ Thị Giang',
    'Đặng Văn Hải',
    'Bùi Thị Hoa',
    'Đỗ Văn Khánh',
    'Hồ Thị Lan',
    'Ngô Văn Minh',
    'Dương Thị Nga',
  ];
  const members: DuesSheetMember[] = names.map((fullName, i) =>
    dm({
      id: `m${i}`,
      fullName,
      duesBasis:
        i === 10
          ? [{ from: '2020-01', groupCode: DUES_GROUP.pension, base: 7_000_000 }]
          : i === 11
            ? [{ from: '2020-01', groupCode: DUES_GROUP.student }]
            : salaried(5_000_000 + i * 500_000),
    }),
  );
  const today = '2026-11-20';

  it('đã thu đủ in one step fills the rows still unpaid with their expected amounts', () => {
    let n = 0;
    const own = pay('m3', '2026-11', 30_000, { channel: 'cong_dvc' }); // partial: expected 65.000
    const sheet0 = buildDuesSheet({ period: '2026-11', members, payments: [own], rules, today });
    const created = markPaidInFull(sheet0, {
      paidOn: '2026-11-03',
      channel: 'tien_mat',
      newId: () => `new${++n}`,
      memberIds: members.filter((_, i) => i !== 5).map((m) => m.id),
    });
    expect(created).toHaveLength(10); // 12 − the partial row − the excluded member
    expect(created.find((p) => p.memberId === 'm0')).toMatchObject({
      amount: 50_000,
      coversFrom: '2026-11',
      coversThrough: '2026-11',
      channel: 'tien_mat',
      paidOn: '2026-11-03',
    });
    expect(created.find((p) => p.memberId === 'm10')!.amount).toBe(35_000);
    expect(created.find((p) => p.memberId === 'm11')!.amount).toBe(5_000);
    for (const p of created) expect(paymentProblem(p)).toBeUndefined();
    const sheet = buildDuesSheet({ period: '2026-11', members, payments: [own, ...created], rules, today });
    const expectedSum = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((a, i) => a + (5_000_000 + i * 500_000) / 100, 0) + 35_000 + 5_000;
    expect(sheet.totals).toMatchObject({ owedMembers: 12, paidMembers: 10, partialMembers: 1, unpaidMembers: 1, expected: expectedSum });
    expect(sheet.totals.collected).toBe(created.reduce((a, p) => a + p.amount, 0) + 30_000);
    expect(sheet.totals.collectedByChannel.cong_dvc).toBe(30_000);
    expect(markPaidInFull(sheet, { paidOn: '2026-11-03', channel: 'tien_mat', newId: () => 'x' }).map((p) => p.memberId)).toEqual(['m5']);
    const line = duesMinutesLine(sheet);
    expect(line).toContain('Đã thu đảng phí tháng 11/2026 của 10/12 đồng chí; số tiền thu trong tháng');
    expect(line).toContain(`qua Cổng Dịch vụ công 30.000 đồng, bằng tiền mặt`);
    expect(line).toContain('Còn 1 đồng chí chưa nộp: Vũ Thị Giang.');
    expect(line).toContain('Nộp chưa đủ: Phạm Thị Dung.');
  });

  it('the minutes line when everybody paid, with an advance', () => {
    const payments = members.map((m, i) => {
      const e = buildDuesSheet({ period: '2026-11', members: [m], payments: [], rules, today }).rows[0]!.month.expected!;
      return i === 0 ? pay(m.id, '2026-11', e * 2, { coversThrough: '2026-12' }) : pay(m.id, '2026-11', e);
    });
    const sheet = buildDuesSheet({ period: '2026-11', members, payments, rules, today });
    const line = duesMinutesLine(sheet);
    expect(line).toMatch(
      /^Đã thu đủ đảng phí tháng 11\/2026 của 12\/12 đồng chí; số tiền thu trong tháng [\d.]+ đồng \(bằng tiền mặt\), trong đó nộp trước cho các tháng sau 50\.000 đồng\.$/u,
    );
    const dec = buildDuesSheet({ period: '2026-12', members, payments, rules, today: '2026-12-10' });
    expect(duesMinutesLine(dec)).toBe(
      'Đã thu đảng phí tháng 12/2026 của 1/12 đồng chí; số tiền thu trong tháng 0 đồng. Đồng chí Nguyễn Văn An đã nộp trước. Còn 11 đồng chí chưa nộp: Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung, Hoàng Văn Em, Vũ Thị Giang, Đặng Văn Hải, Bùi Thị Hoa, Đỗ Văn Khánh, Hồ Thị Lan, Ngô Văn Minh và 1 đồng chí khác.',
    );
    const none = buildDuesSheet({ period: '2027-01', members, payments, rules, today: '2027-01-02' });
    expect(duesMinutesLine(none)).toMatch(/^Chưa thu đảng phí tháng 1\/2027\. Còn 12 đồng chí chưa nộp: /u);
  });

  it('the year report: months up to today, totals per month, member detail only when asked, valid for its schema', () => {
    const payments = members.flatMap((m) =>
      ['2026-09', '2026-10'].map((p) =>
        pay(m.id, p, buildDuesSheet({ period: p, members: [m], payments: [], rules, today }).rows[0]!.month.expected!),
      ),
    );
    const report = duesReport({
      year: 2026,
      members,
      payments,
      rules,
      today,
      withMembers: false,
      ruleSet: { code: 'QD01-2026', version: 1 },
    });
    expect(report.months.map((m) => m.period)).toEqual(all(11));
    expect(report.members).toBeUndefined();
    expect(report.months[8]).toMatchObject({ owedMembers: 12, paidMembers: 12 });
    expect(report.months[0]).toMatchObject({ owedMembers: 12, paidMembers: 0, unpaidMembers: 12, collected: 0 });
    expect(DuesReportSchema.parse(report)).toEqual(report);
    const named = duesReport({ year: 2026, members, payments, rules, today, withMembers: true });
    expect(named.members).toHaveLength(12);
    expect(named.members![0]!.months[8]).toMatchObject({ period: '2026-09', status: 'paid', paid: 50_000, expected: 50_000 });
    expect(DuesReportSchema.parse(named)).toEqual(named);
    const year = sumDuesMonths(report.months);
    expect(year.collected).toBe(payments.reduce((a, p) => a + p.amount, 0));
    // The aggregator: two units' reports summed per month.
    const agg = aggregateDuesReports([report, report], 2026);
    expect(agg).toHaveLength(11);
    expect(agg[9]!.collected).toBe(2 * report.months[9]!.collected);
    expect(agg[9]!.owedMembers).toBe(24);
    const units = [
      { code: 'CB01', name: 'Chi bộ 1' },
      { code: 'CB02', name: 'Chi bộ 2' },
      { code: 'CB03', name: 'Chi bộ 3' },
    ];
    const received = [{ unitCode: 'CB01', dues: report }, { unitCode: 'CB02' }];
    expect(unitsWithoutDues(units, received, '2026-10').map((u) => u.code)).toEqual(['CB02', 'CB03']);
    expect(unitsWithoutDues(units, received, '2026-12').map((u) => u.code)).toEqual(['CB01', 'CB02', 'CB03']); // December not in the report yet
  });
});

function all(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
}

describe('one figure, one function', () => {
  it('a member who left still appears in the sheet of the month they paid arrears in, without being owed', () => {
    const gone = dm({
      id: 'g',
      fullName: 'Đinh Văn Hậu',
      duesBasis: salaried(6_000_000),
      statusPeriods: [period('chuyen_di', '2026-09-10')],
    });
    const arrears = pay('g', '2026-09', 60_000, { coversFrom: '2026-08', coversThrough: '2026-08', paidOn: '2026-09-08' });
    const sheet = buildDuesSheet({ period: '2026-09', members: [gone], payments: [arrears], rules, today: '2026-09-20' });
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]!.month.owed).toBe(false);
    expect(sheet.totals).toMatchObject({ owedMembers: 0, collected: 60_000, arrearsCollected: 60_000 });
    expect(
      memberMonths({ member: gone, history: gone.duesBasis, payments: [arrears], rules, today: '2026-09-20' }, '2026-08', '2026-08')[0]!
        .status,
    ).toBe('paid');
  });

  it('property: the year report months equal the month sheets, and the year collects every payment of the year', () => {
    const members = [0, 1, 2].map((i) => dm({ id: `r${i}`, fullName: `Đảng viên ${i}`, duesBasis: salaried(4_000_000 + i * 1_000_000) }));
    const paymentArb = fc.record({
      who: fc.integer({ min: 0, max: 2 }),
      month: fc.integer({ min: 1, max: 12 }),
      back: fc.integer({ min: 0, max: 2 }),
      ahead: fc.integer({ min: 0, max: 3 }),
      amount: fc.integer({ min: 1, max: 500_000 }),
      channel: fc.constantFrom('cong_dvc' as const, 'tien_mat' as const),
    });
    fc.assert(
      fc.property(fc.array(paymentArb, { maxLength: 15 }), (specs) => {
        const payments = specs.map((x, i) => {
          const p = `2026-${String(x.month).padStart(2, '0')}`;
          const from = x.month - x.back >= 1 ? `2026-${String(x.month - x.back).padStart(2, '0')}` : p;
          const throughM = Math.min(12, x.month + x.ahead);
          return pay(`r${x.who}`, p, x.amount, {
            id: `q${i}`,
            coversFrom: from,
            coversThrough: `2026-${String(throughM).padStart(2, '0')}`,
            channel: x.channel,
          });
        });
        const input = { members, payments, rules, today: '2027-01-15' };
        const report = duesReport({ ...input, year: 2026, withMembers: true });
        expect(report.months).toHaveLength(12);
        report.months.forEach((m, i) => expect(m).toEqual(buildDuesSheet({ ...input, period: all(12)[i]! }).totals));
        const year = sumDuesMonths(report.months);
        expect(year.collected).toBe(payments.reduce((a, p) => a + p.amount, 0));
        expect(year.collected).toBe(year.collectedByChannel.cong_dvc + year.collectedByChannel.tien_mat);
        expect(year.paidForMonth).toBe(year.collected); // every payment covers months of 2026 only
        const paidByStatus = report.members!.flatMap((m) => m.months).filter((m) => m.status === 'paid').length;
        expect(paidByStatus).toBe(year.paidMembers);
      }),
      { numRuns: 60 },
    );
  });
});
