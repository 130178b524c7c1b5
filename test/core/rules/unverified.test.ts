/**
 * The unverified values listed in Cài đặt, and an edit verifying what it changes.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES } from '../../../src-renderer/core/calendar';
import { DUES_GROUP, QD01_2026_DUES, PARTY_DUES_PRESET } from '../../../src-renderer/core/dues';
import type { RuleSet } from '../../../src-renderer/core/model';
import {
  deadlineUnverifiedValues,
  duesUnverifiedValues,
  editedDuesRules,
  settingValue,
  stillUnverified,
  unverifiedValuesOn,
} from '../../../src-renderer/core/rules';

describe('unverified values of the đảng phí preset (QĐ 01-QĐ/TW 2026)', () => {
  it('lists every name of unverifiedSettings with its label and value in force', () => {
    const values = duesUnverifiedValues(QD01_2026_DUES);
    expect(values.map((v) => [v.key, v.label, v.value])).toEqual([
      ['rounding', 'Cách làm tròn số tiền đảng phí', 'đến 1.000 đồng, làm tròn gần nhất'],
      ['countWindow', 'Cách tính "3 tháng trong năm"', 'trong năm dương lịch (từ tháng 1)'],
      ['graceDays', 'Số ngày được nộp muộn sau cuối tháng', '0 ngày'],
      ['notOwedStatuses', 'Trường hợp không nộp đảng phí tại chi bộ', 'Sinh hoạt đảng tạm thời nơi khác'],
      [`groups.${DUES_GROUP.other}.amount`, 'Mức đóng của nhóm «Đảng viên khác ở trong nước (mức cố định)»', '10.000 đồng/tháng'],
    ]);
    // The 1% and 0,5% rates are verified [V]: not listed.
    expect(values.some((v) => v.key.includes(DUES_GROUP.bhxhSalary))).toBe(false);
  });

  it('a value the cell changes leaves the list (and its group loses the flag); unchanged ones stay', () => {
    const after = {
      ...QD01_2026_DUES,
      rounding: { step: 100, mode: 'nearest' as const },
      groups: QD01_2026_DUES.groups.map((g) => (g.code === DUES_GROUP.other && g.method === 'fixed' ? { ...g, amount: 20_000 } : g)),
    };
    const edited = editedDuesRules(QD01_2026_DUES, after);
    expect(edited.unverifiedSettings).toEqual(['countWindow', 'graceDays', 'notOwedStatuses']);
    expect(edited.groups.find((g) => g.code === DUES_GROUP.other)!.unverified).toBeUndefined();
    expect(duesUnverifiedValues(edited).map((v) => v.key)).toEqual(['countWindow', 'graceDays', 'notOwedStatuses']);
    // Saving the same values verifies nothing.
    expect(editedDuesRules(QD01_2026_DUES, QD01_2026_DUES)).toEqual(QD01_2026_DUES);
  });

  it('setting names reach into groups by code', () => {
    expect(settingValue(QD01_2026_DUES, `groups.${DUES_GROUP.student}.amount`)).toBe(5_000);
    expect(settingValue(QD01_2026_DUES, 'graceDays')).toBe(0);
    expect(settingValue(QD01_2026_DUES, 'groups.khong_co.amount')).toBeUndefined();
    expect(stillUnverified(['graceDays', 'countWindow'], QD01_2026_DUES, { ...QD01_2026_DUES, graceDays: 5 })).toEqual(['countWindow']);
  });
});

describe('unverified values of the deadlines preset', () => {
  it('lists the offsets and the unverified holidays per year (2026: the day next to Quốc khánh; 2027: all)', () => {
    const values = deadlineUnverifiedValues(DEFAULT_DEADLINE_RULES);
    expect(values.slice(0, 5).map((v) => v.key)).toEqual([
      'officialMeetingWithinWorkingDays',
      'officialPaperworkWorkingDaysBefore',
      'badgeProposalDaysBefore',
      'excusedAbsenceMeetingsInARow',
      'noticeDays',
    ]);
    expect(values[0]!.value).toBe('30');
    const h2026 = values.find((v) => v.key === 'holidays.2026')!;
    // 2/9 is statutory; the adjacent day 1/9 is not confirmed.
    expect(h2026.value).toBe('1 ngày: 01/09');
    expect(values.find((v) => v.key === 'holidays.2027')!.label).toBe('Ngày nghỉ lễ, ngày làm bù năm 2027 (tính ngày làm việc)');
  });
});

describe('unverifiedValuesOn: one list for Cài đặt', () => {
  it('groups the values by the rule set in force; a local version that sets them empties its group', () => {
    const groups = unverifiedValuesOn('2026-11-20', []);
    expect(groups.map((g) => g.kind)).toEqual(expect.arrayContaining(['party_dues', 'deadlines', 'quorum']));
    expect(groups.find((g) => g.kind === 'party_dues')!.ruleSet).toContain('mặc định của ứng dụng');
    const local: RuleSet = {
      ...PARTY_DUES_PRESET,
      id: 'local-dues',
      source: 'local',
      version: 2,
      validFrom: '2026-11-01',
      data: { ...QD01_2026_DUES, unverifiedSettings: [], groups: QD01_2026_DUES.groups.map(({ unverified: _u, ...g }) => g) },
    };
    expect(unverifiedValuesOn('2026-11-20', [local]).some((g) => g.kind === 'party_dues')).toBe(false);
    // October is before the local version: the preset's values are still unverified there.
    expect(unverifiedValuesOn('2026-10-20', [local]).some((g) => g.kind === 'party_dues')).toBe(true);
  });
});
