import type { RuleSet } from '../../../src-renderer/core/model';
import { newestRulesPerCode, resolveRulesPerCode, yearQuery } from '../../../src-renderer/core/rules';
import { describe, expect, it } from 'vitest';
import {
  createCustomFramework,
  frameworkVersions,
  newFrameworkVersion,
  newPledgeForm,
  PLEDGE_FRAMEWORK_PRESETS,
  pledgeTitle,
  PledgeRuleError,
  validateFramework,
} from '../../../src-renderer/core/pledges';
import { NOW, preset } from './fixtures';

describe('pledge framework presets', () => {
  it('ship the six presets with the expected number of categories', () => {
    const counts = Object.fromEntries(PLEDGE_FRAMEWORK_PRESETS.map((p) => [p.code, p.data.categories.length]));
    expect(counts).toEqual({
      'QD101-2012': 7,
      'CAMKET-7MUC': 7,
      'QD144-2024': 5,
      'QD08-2018': 16,
      'CT05-2016': 2,
      'QD55-2016': 6,
    });
    for (const p of PLEDGE_FRAMEWORK_PRESETS) {
      expect(p.kind).toBe('pledge_framework');
      expect(p.source).toBe('preset');
      expect(new Set(p.data.categories.map((c) => c.code)).size).toBe(p.data.categories.length);
      for (const c of p.data.categories) expect(c.label).toBe(c.label.normalize('NFC'));
    }
  });

  it('mark the [M] wording unverified (QĐ 101 items 3–7) and keep the verified ones clean', () => {
    const qd101 = preset('QD101-2012');
    expect(qd101.unverified).toBe(true);
    expect(qd101.data.categories.filter((c) => c.unverified).map((c) => c.order)).toEqual([3, 4, 5, 6, 7]);
    expect(preset('QD144-2024').unverified).toBeUndefined();
    expect(preset('QD144-2024').data.categories.every((c) => !c.unverified)).toBe(true);
    const qd08 = preset('QD08-2018').data.categories;
    expect(qd08.filter((c) => c.group?.includes('gương mẫu đi đầu'))).toHaveLength(8);
    expect(qd08.filter((c) => c.group?.includes('kiên quyết chống'))).toHaveLength(8);
  });

  it('flag the special kinds: QĐ 55 is a checklist, Chỉ thị 05 needs a chuyên đề', () => {
    expect(preset('QD55-2016').data.checklist).toBe(true);
    expect(preset('CT05-2016').data.hasTopicOfYear).toBe(true);
    expect(preset('CAMKET-7MUC').data.defaultTitleVariant).toBe('cam_ket_tu_duong');
    expect(preset('CAMKET-7MUC').data.closing).toMatch(/^Bản cam kết này đồng thời/u);
  });

  it('build the printed titles with the year', () => {
    expect(pledgeTitle('cam_ket_tu_duong', 2026)).toBe('BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026');
    expect(pledgeTitle('hoc_tap_lam_theo', 2025)).toBe(
      'BẢN ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2025',
    );
  });
});

// Through the one resolver (core/rules).
const frameworksValidOn = (ruleSets: readonly RuleSet[], date: string) => resolveRulesPerCode('pledge_framework', { date, ruleSets });
const frameworksForYear = (ruleSets: readonly RuleSet[], year: number) =>
  resolveRulesPerCode('pledge_framework', { ...yearQuery(year), ruleSets });
const latestFrameworks = (ruleSets: readonly RuleSet[]) => newestRulesPerCode('pledge_framework', ruleSets);

describe('selection by date', () => {
  it('offers only frameworks in force on the date', () => {
    const codes = (d: string) =>
      frameworksValidOn(PLEDGE_FRAMEWORK_PRESETS, d)
        .map((r) => r.code)
        .sort();
    expect(codes('2015-01-01')).toEqual(['QD101-2012']);
    expect(codes('2020-01-01')).toEqual(['CT05-2016', 'QD08-2018', 'QD101-2012', 'QD55-2016']);
    expect(codes('2026-03-01')).toHaveLength(6);
    expect(frameworksForYear(PLEDGE_FRAMEWORK_PRESETS, 2024).map((r) => r.code)).toContain('QD144-2024');
    expect(frameworksForYear(PLEDGE_FRAMEWORK_PRESETS, 2023).map((r) => r.code)).not.toContain('QD144-2024');
  });

  it('prefers the highest version of a code and respects validTo', () => {
    const base = preset('QD144-2024');
    const v2 = newFrameworkVersion(
      PLEDGE_FRAMEWORK_PRESETS,
      base,
      { name: base.name, validFrom: '2026-01-01', data: base.data },
      'v2',
      NOW,
    );
    const all = [...PLEDGE_FRAMEWORK_PRESETS, v2];
    expect(frameworksValidOn(all, '2026-06-01').find((r) => r.code === base.code)?.version).toBe(2);
    // Before v2's validFrom the preset is still the one in force.
    expect(frameworksValidOn(all, '2025-06-01').find((r) => r.code === base.code)?.version).toBe(1);
    const ended = { ...v2, id: 'v3', version: 3, validTo: '2026-03-31' };
    expect(frameworksValidOn([...all, ended], '2026-06-01').find((r) => r.code === base.code)?.version).toBe(2);
    expect(latestFrameworks([...all, ended]).find((r) => r.code === base.code)?.version).toBe(3);
  });
});

describe('editing creates a new version', () => {
  it('never rewrites the old record', () => {
    const base = preset('QD101-2012');
    const before = JSON.stringify(base);
    const categories = base.data.categories.map((c) =>
      c.order === 3 ? { ...c, label: 'Về tinh thần trách nhiệm với công việc', unverified: false } : c,
    );
    const v2 = newFrameworkVersion(
      PLEDGE_FRAMEWORK_PRESETS,
      base,
      { name: base.name, validFrom: '2026-01-01', data: { ...base.data, categories } },
      'v2',
      NOW,
    );
    expect(JSON.stringify(base)).toBe(before);
    expect(v2).toMatchObject({ id: 'v2', code: 'QD101-2012', version: 2, source: 'local', kind: 'pledge_framework' });
    expect(v2.data.categories[2]!.label).toBe('Về tinh thần trách nhiệm với công việc');
    expect(v2.data.categories[2]!.unverified).toBeUndefined();
    const v3 = newFrameworkVersion(
      [...PLEDGE_FRAMEWORK_PRESETS, v2],
      base,
      { name: 'Khác', validFrom: '2026-01-01', data: v2.data },
      'v3',
      NOW,
    );
    expect(v3.version).toBe(3);
    expect(frameworkVersions([...PLEDGE_FRAMEWORK_PRESETS, v2, v3], 'QD101-2012').map((r) => r.version)).toEqual([3, 2, 1]);
  });

  it('refuses an invalid framework with Vietnamese messages', () => {
    expect(validateFramework({ name: ' ', validFrom: '2026-01-01', data: { categories: [] } })).toEqual([
      expect.stringContaining('tên khung'),
      expect.stringContaining('ít nhất một mục'),
    ]);
    const dup = {
      name: 'X',
      validFrom: '2026-01-01',
      data: {
        categories: [
          { code: 'A', label: 'Một', order: 1 },
          { code: 'A', label: 'Hai', order: 2 },
        ],
      },
    };
    expect(validateFramework(dup).join(' ')).toContain('bị trùng');
    expect(() => newFrameworkVersion(PLEDGE_FRAMEWORK_PRESETS, preset('QD101-2012'), dup, 'x', NOW)).toThrow(PledgeRuleError);
  });

  it('creates custom frameworks with their own codes, NFC and renumbered', () => {
    const draft = {
      name: 'Khung của Đảng bộ'.normalize('NFD'),
      validFrom: '2026-01-01',
      data: {
        categories: [
          { code: 'B', label: '  Về công tác chuyên môn ', order: 5 },
          { code: 'A', label: 'Về học tập', order: 2 },
        ],
      },
    };
    const c1 = createCustomFramework(PLEDGE_FRAMEWORK_PRESETS, draft, 'c1', NOW);
    expect(c1.code).toBe('LOCAL-1');
    expect(c1.name).toBe('Khung của Đảng bộ'.normalize('NFC'));
    expect(c1.data.categories.map((c) => [c.code, c.order, c.label])).toEqual([
      ['A', 1, 'Về học tập'],
      ['B', 2, 'Về công tác chuyên môn'],
    ]);
    const c2 = createCustomFramework([...PLEDGE_FRAMEWORK_PRESETS, c1], draft, 'c2', NOW);
    expect(c2.code).toBe('LOCAL-2');
  });
});

describe('2026 texts: QĐ 37-QĐ/TW before 26/7/2026, QĐ 207-QĐ/TW from then (issue 15 point 9)', () => {
  const camket = (d: string) => frameworksValidOn(PLEDGE_FRAMEWORK_PRESETS, d).find((r) => r.code === 'CAMKET-7MUC')!;

  it('the cam kết cites the text valid on the date', () => {
    expect(camket('2026-07-25').version).toBe(1);
    expect(camket('2026-07-25').data.basis).toContain('Quy định số 37-QĐ/TW, ngày 25/10/2021');
    expect(camket('2026-07-25').data.basis).not.toContain('207-QĐ/TW');
    expect(camket('2026-07-26').version).toBe(2);
    expect(camket('2026-07-26').data.basis).toContain('Quy định số 207-QĐ/TW, ngày 26/7/2026');
    expect(camket('2026-07-26').data.basis).not.toContain('37-QĐ/TW');
    expect(camket('2026-07-26').unverified).toBe(true); // [P] in domain.md §11
    expect(camket('2026-07-26').data.categories).toEqual(camket('2026-07-25').data.categories);
  });

  it('a form registered on a date takes that date’s căn cứ', () => {
    const before = newPledgeForm({ id: 'a', memberId: 'm', year: 2026, framework: camket('2026-01-10'), now: NOW });
    const after = newPledgeForm({ id: 'b', memberId: 'm', year: 2027, framework: camket('2027-01-10'), now: NOW });
    expect(before.basis).toContain('37-QĐ/TW');
    expect(after.basis).toContain('207-QĐ/TW');
    expect(after.framework.version).toBe(2);
  });

  it('the secretary switches QĐ 207 off with an ordinary local version, found by the same lookup', () => {
    const v1 = camket('2026-01-10');
    const v2 = camket('2026-08-01');
    const local = newFrameworkVersion(
      PLEDGE_FRAMEWORK_PRESETS,
      v2,
      { name: 'Cam kết (giữ Quy định 37)', validFrom: '2026-07-26', data: { ...v1.data } },
      'local-1',
      NOW,
    );
    expect(local.version).toBe(3);
    const chosen = frameworksValidOn([...PLEDGE_FRAMEWORK_PRESETS, local], '2026-09-01').find((r) => r.code === 'CAMKET-7MUC')!;
    expect(chosen.id).toBe('local-1');
    expect(chosen.data.basis).toContain('37-QĐ/TW');
  });
});
