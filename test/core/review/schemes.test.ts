import { resolveRule } from '../../../src-renderer/core/rules';
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../../src-renderer/core/model';
import {
  SCHEME_QD366,
  levelFromLabel,
  memberLevelLabel,
  schemeDate,
  unitLevelLabel,
  type YearEndSchemeData,
} from '../../../src-renderer/core/review';

// Through the one resolver (core/rules): judged on 31 December of the year.
const schemeForYear = (year: number, ruleSets: readonly RuleSet[] = []) =>
  resolveRule('year_end_scheme', { date: schemeDate(year), ruleSets });

describe('year-end scheme chosen by year', () => {
  it.each([
    [2010, 'HD27-2014'],
    [2016, 'HD27-2014'],
    [2017, 'HD27-2014'],
    [2018, 'QD132-2018'],
    [2022, 'QD132-2018'],
    [2023, 'QD124-2023'],
    [2024, 'QD124-2023'],
    [2025, 'QD366-2025'],
    [2026, 'QD366-2025'],
  ])('%i → %s', (year, code) => {
    expect(schemeForYear(year).code).toBe(code);
  });

  it('old years display their own labels', () => {
    expect(memberLevelLabel(schemeForYear(2016), 'xuat_sac')).toBe('Đủ tư cách, hoàn thành xuất sắc nhiệm vụ');
    expect(unitLevelLabel(schemeForYear(2016), 'xuat_sac')).toBe('Trong sạch, vững mạnh');
    expect(memberLevelLabel(schemeForYear(2020), 'tot')).toBe('Hoàn thành tốt nhiệm vụ');
    expect(schemeForYear(2016).data.scoring).toBeUndefined();
    expect(schemeForYear(2026).data.scoring?.commonMax).toBe(30);
    expect(schemeForYear(2026).data.scoring?.tasksMax).toBe(70);
  });

  it('a superior rule set with the same start date wins over the preset', () => {
    const superior: RuleSet<YearEndSchemeData> = {
      ...SCHEME_QD366,
      id: 'x',
      source: 'superior',
      data: { ...SCHEME_QD366.data, quota: { percent: 20, outstandingPercent: 25, base: 'tot_and_above' } },
    };
    expect(schemeForYear(2026, [superior]).id).toBe('x');
    expect(schemeForYear(2024, [superior]).code).toBe('QD124-2023');
  });

  it('maps legacy HD 27 labels to the four levels for charts', () => {
    expect(levelFromLabel('Đủ tư cách, hoàn thành xuất sắc nhiệm vụ')).toBe('xuat_sac');
    expect(levelFromLabel('Đủ tư cách, hoàn thành tốt nhiệm vụ')).toBe('tot');
    expect(levelFromLabel('Đủ tư cách, hoàn thành nhiệm vụ')).toBe('hoan_thanh');
    expect(levelFromLabel('Vi phạm tư cách hoặc không hoàn thành nhiệm vụ')).toBe('khong_hoan_thanh');
    expect(levelFromLabel('Trong sạch, vững mạnh tiêu biểu')).toBe('xuat_sac');
    expect(levelFromLabel('trong sach vung manh')).toBe('xuat_sac');
    expect(levelFromLabel('Yếu kém')).toBe('khong_hoan_thanh');
    expect(levelFromLabel('HTTNV')).toBe('tot');
    expect(levelFromLabel('Không hoàn thành nhiệm vụ')).toBe('khong_hoan_thanh');
    expect(levelFromLabel('Hoàn thành nhiệm vụ')).toBe('hoan_thanh');
    expect(levelFromLabel('chưa rõ')).toBeUndefined();
  });
});
