import { describe, expect, it } from 'vitest';
import type { RuleSet, RuleSetKind } from '../../../src-renderer/core/model';
import { HD42_RUBRIC, QUORUM_PRESET, RUBRIC_HD12, RUBRIC_HD42 } from '../../../src-renderer/core/meetings';
import { MONTHLY_SCALE_PRESETS, SCALE_THUC_HIEN, SCALE_TOT_KHA_TB_KEM } from '../../../src-renderer/core/monthly';
import { DEADLINES_PRESET, DEFAULT_DEADLINE_RULES } from '../../../src-renderer/core/calendar';
import { PARTY_DUES_PRESET, QD01_2026_DUES } from '../../../src-renderer/core/dues';
import {
  RULE_KINDS,
  RULE_SET_KINDS,
  allPresets,
  compareRuleSets,
  describeRuleSet,
  meetingRules,
  resolveRule,
  resolveRulesPerCode,
  ruleSetProblems,
} from '../../../src-renderer/core/rules';

const scale = MONTHLY_SCALE_PRESETS.find((s) => s.code === SCALE_TOT_KHA_TB_KEM)!;
const variant = <T>(base: RuleSet<T>, patch: Partial<RuleSet<T>>): RuleSet<T> => ({
  ...base,
  id: `${base.id}-${JSON.stringify(patch).length}-${patch.source ?? ''}-${patch.version ?? ''}-${patch.validFrom ?? ''}`,
  ...patch,
});

describe('the registry of rule kinds', () => {
  it('has a label, schema, presets list and minAppVersion for every kind, and every preset passes its own schema', () => {
    for (const kind of RULE_SET_KINDS) {
      const spec = RULE_KINDS[kind];
      expect(spec.kind).toBe(kind);
      expect(spec.label.length).toBeGreaterThan(3);
      expect(spec.minAppVersion).toMatch(/^\d+\.\d+\.\d+$/u);
      for (const p of spec.presets) {
        expect(p.kind).toBe(kind);
        expect(p.source).toBe('preset');
        expect(ruleSetProblems(p)).toEqual([]);
      }
    }
    const kinds: RuleSetKind[] = [
      'pledge_framework',
      'monthly_scale',
      'meeting_rubric',
      'quorum',
      'year_end_scheme',
      'document_style',
      'deadlines',
      'party_dues',
    ];
    expect([...RULE_SET_KINDS].sort()).toEqual([...kinds].sort());
    expect(allPresets().some((p) => p.id === QUORUM_PRESET.id)).toBe(true);
  });

  it('names the rule set and what is wrong in a refused one', () => {
    const bad = { ...scale, name: 'Thang của Đảng ủy Khối', code: 'KHOI-1', data: { nothing: true } };
    const [problem] = ruleSetProblems(bad);
    expect(problem).toContain('«Thang của Đảng ủy Khối» (mã KHOI-1, phiên bản 1)');
    expect(problem).toContain('thang đánh giá hằng tháng');
    expect(problem).toContain('levels');
    // Schema-valid but the sums do not add up.
    const rubric = { ...HD42_RUBRIC, data: { ...HD42_RUBRIC.data, total: 90 } };
    expect(ruleSetProblems(rubric).join(' ')).toContain('khác tổng điểm (90)');
    expect(ruleSetProblems({ ...scale, kind: 'lich_truc' as RuleSetKind })[0]).toContain('không được ứng dụng này hỗ trợ');
    // A scale's data under the dues kind is refused with the kind named.
    expect(ruleSetProblems({ ...scale, kind: 'party_dues' })[0]).toContain('chế độ đảng phí');
  });
});

describe('one precedence: superior > local > preset, then latest validFrom, then highest version', () => {
  const local = variant(scale, { source: 'local', version: 2, data: { levels: scale.data.levels.slice(0, 3) } });
  const superior = variant(scale, { source: 'superior', code: 'KHOI-THANG', version: 1, validFrom: '2026-01-01' });

  it('a superior package beats the local choice and the local edit beats the preset', () => {
    const q = { date: '2026-11-03', code: SCALE_TOT_KHA_TB_KEM };
    expect(resolveRule('monthly_scale', { ...q, ruleSets: [] }).id).toBe(scale.id);
    expect(resolveRule('monthly_scale', { ...q, ruleSets: [local] }).id).toBe(local.id);
    expect(resolveRule('monthly_scale', { ...q, ruleSets: [local, superior] }).id).toBe(superior.id);
    // Before the superior's rule set starts, the local choice applies again.
    expect(resolveRule('monthly_scale', { ...q, date: '2025-12-31', ruleSets: [local, superior] }).id).toBe(local.id);
  });

  it('among equals the latest validFrom on or before the date wins, then the highest version', () => {
    const early = variant(scale, { source: 'superior', code: 'K', validFrom: '2025-01-01', version: 5 });
    const late = variant(scale, { source: 'superior', code: 'K', validFrom: '2026-06-01', version: 1 });
    const lateV2 = variant(scale, { source: 'superior', code: 'K', validFrom: '2026-06-01', version: 2 });
    expect(resolveRule('monthly_scale', { date: '2026-07-01', ruleSets: [early, late] }).id).toBe(late.id);
    expect(resolveRule('monthly_scale', { date: '2026-05-31', ruleSets: [early, late] }).id).toBe(early.id);
    expect(resolveRule('monthly_scale', { date: '2026-07-01', ruleSets: [early, late, lateV2] }).id).toBe(lateV2.id);
    expect([late, early, lateV2].sort(compareRuleSets).map((r) => r.id)).toEqual([lateV2.id, late.id, early.id]);
  });

  it('a code recorded on a scored meeting keeps its rubric; otherwise the date decides', () => {
    const superiorRubric = variant(HD42_RUBRIC, { source: 'superior', code: 'KHOI-2026', validFrom: '2026-01-01' });
    expect(resolveRule('meeting_rubric', { date: '2025-10-27', ruleSets: [] }).code).toBe(RUBRIC_HD12);
    expect(resolveRule('meeting_rubric', { date: '2025-10-28', ruleSets: [] }).code).toBe(RUBRIC_HD42);
    expect(resolveRule('meeting_rubric', { date: '2026-11-03', ruleSets: [superiorRubric], code: RUBRIC_HD42 }).code).toBe('KHOI-2026');
    expect(resolveRule('meeting_rubric', { date: '2026-11-03', ruleSets: [superiorRubric], recordedCode: RUBRIC_HD12 }).code).toBe(
      RUBRIC_HD12,
    );
  });

  it('stored records that do not match their kind are skipped (the presets apply)', () => {
    const broken = { ...superior, data: { nothing: true } } as unknown as RuleSet;
    expect(resolveRule('monthly_scale', { date: '2026-11-03', code: SCALE_THUC_HIEN, ruleSets: [broken] }).code).toBe(SCALE_THUC_HIEN);
  });

  it('every kind falls back to a preset when nothing is valid on the date', () => {
    expect(resolveRule('deadlines', { date: '2020-01-01', ruleSets: [] }).id).toBe(DEADLINES_PRESET.id);
    expect(resolveRule('party_dues', { date: '2025-06-30', ruleSets: [] }).id).toBe(PARTY_DUES_PRESET.id);
    expect(resolveRule('year_end_scheme', { date: '2000-12-31', ruleSets: [] }).validFrom).toBe('2014-01-01');
    expect(resolveRule('document_style', { date: '1990-01-01', ruleSets: [] }).code).toBe('MAC-DINH');
  });

  it('frameworks on offer: one per code, each by the precedence', () => {
    const offered = resolveRulesPerCode('pledge_framework', { date: '2026-03-01', ruleSets: [] });
    expect(new Set(offered.map((r) => r.code)).size).toBe(offered.length);
    expect(offered).toHaveLength(6);
  });

  it('meetingRules resolves rubric, quorum, scale and style together and says where a rule came from', () => {
    const quorum = variant(QUORUM_PRESET, {
      source: 'superior',
      name: 'Ngưỡng của Đảng ủy Khối',
      data: { ...QUORUM_PRESET.data, attendanceWarnAtOrBelowPercent: 90 },
    });
    const rules = meetingRules({ date: '2026-11-03' }, [quorum], {
      meetingRubricCode: RUBRIC_HD42,
      monthlyScaleCode: SCALE_THUC_HIEN,
      documentStyleCode: 'HD36-2018',
    });
    expect(rules.quorum.id).toBe(quorum.id);
    expect(rules.rubric.code).toBe(RUBRIC_HD42);
    expect(rules.scale.code).toBe(SCALE_THUC_HIEN);
    expect(rules.documentStyle.code).toBe('HD36-2018');
    expect(describeRuleSet(rules.quorum)).toBe(
      'ngưỡng dự họp và biểu quyết «Ngưỡng của Đảng ủy Khối» (mã QUORUM-DEFAULT, phiên bản 1, do cấp trên ban hành)',
    );
  });
});

describe('party dues and deadlines through the one resolver', () => {
  it('the QĐ 01 preset applies; a superior package of kind party_dues overrides it; a local edit beats the preset only', () => {
    expect(resolveRule('party_dues', { date: '2026-11-30', ruleSets: [] }).data.groups[0]).toMatchObject({
      method: 'percent',
      ratePercent: 1,
    });
    const local = variant(PARTY_DUES_PRESET, {
      source: 'local',
      version: 2,
      data: { ...QD01_2026_DUES, rounding: { step: 100, mode: 'up' as const } },
    });
    const superior = variant(PARTY_DUES_PRESET, {
      source: 'superior',
      code: 'KHOI-DANG-PHI',
      validFrom: '2026-07-01',
      data: {
        ...QD01_2026_DUES,
        groups: QD01_2026_DUES.groups.map((g) => (g.method === 'fixed' && g.code === 'khac_trong_nuoc' ? { ...g, amount: 20_000 } : g)),
      },
    });
    expect(resolveRule('party_dues', { date: '2026-11-30', ruleSets: [local] }).data.rounding.step).toBe(100);
    const chosen = resolveRule('party_dues', { date: '2026-11-30', ruleSets: [local, superior] });
    expect(chosen.code).toBe('KHOI-DANG-PHI');
    expect(chosen.data.groups.find((g) => g.code === 'khac_trong_nuoc')).toMatchObject({ amount: 20_000 });
    expect(resolveRule('party_dues', { date: '2026-06-30', ruleSets: [local, superior] }).id).toBe(local.id);
  });

  it('a bad party_dues package is refused with the rule set named (removal threshold below the reminder)', () => {
    const bad = variant(PARTY_DUES_PRESET, {
      source: 'superior',
      name: 'Đảng phí của Khối',
      data: { ...QD01_2026_DUES, removalUnpaidMonths: 1 },
    });
    const [problem] = ruleSetProblems(bad);
    expect(problem).toContain('«Đảng phí của Khối»');
    expect(problem).toContain('chế độ đảng phí');
    expect(problem).toContain('removalUnpaidMonths');
  });

  it('deadlines are resolved field by field: the package dates, the local holidays table, the preset offsets', () => {
    const holidays = { holidays: [{ date: '2026-03-02', name: 'Nghỉ bù của cơ quan' }], workingDays: [], years: [2026] };
    const local = variant(DEADLINES_PRESET, {
      source: 'local',
      version: 2,
      name: 'Ngày nghỉ của chi bộ',
      data: { ...DEFAULT_DEADLINE_RULES, holidays, badgeProposalDaysBefore: 60 },
    });
    // What db/exchange stores from a framework package: only the year's dates and the note.
    const pkg: RuleSet = {
      id: 'pkg-deadlines-2026',
      kind: 'deadlines',
      code: 'THOI-HAN-DB-KHOI-2026',
      name: 'Thời hạn năm 2026 của Đảng ủy Khối',
      version: 1,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      source: 'superior',
      data: { yearReviewBy: '2026-12-20', monthlyReportDay: 5, note: 'Gửi đúng hạn' },
      updatedAt: '2026-01-05T00:00:00.000Z',
    };
    const r = resolveRule('deadlines', { date: '2026-06-01', ruleSets: [local, pkg] });
    expect(r.id).toBe(pkg.id);
    expect(r.data.yearReviewBy).toBe('2026-12-20');
    expect(r.data.monthlyReportDay).toBe(5);
    expect(r.data.holidays).toEqual(holidays);
    expect(r.data.badgeProposalDaysBefore).toBe(60);
    expect(r.data.probationMonths).toBe(12);
    expect(r.data.badgeAwardDates).toEqual(['02-03', '05-19', '09-02', '11-07']);
    // The next year: the package no longer applies, the local table and the preset do.
    const next = resolveRule('deadlines', { date: '2027-06-01', ruleSets: [local, pkg] });
    expect(next.id).toBe(local.id);
    expect(next.data.yearReviewBy).toBeUndefined();
    expect(next.data.holidays).toEqual(holidays);
    // Nothing stored: the complete preset.
    expect(resolveRule('deadlines', { date: '2026-06-01', ruleSets: [] }).data).toEqual(DEFAULT_DEADLINE_RULES);
  });
});
