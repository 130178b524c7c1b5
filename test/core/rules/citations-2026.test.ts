/**
 * Issue 15 point 9: frameworks, forms and review wording cite the text valid on the document's
 * date — QĐ 37-QĐ/TW until 25/7/2026, QĐ 207-QĐ/TW from 26/7/2026 (domain.md §11, [P]) — as
 * rule-set versions the secretary can switch off with a local version that keeps QĐ 37.
 */
import { describe, expect, it } from 'vitest';
import { QD207_CITATION, QD37_CITATION, withQd37Citation } from '../../../src-renderer/core/documents/citations';
import type { RuleSet } from '../../../src-renderer/core/model';
import { newPledgeForm, PLEDGE_FRAMEWORK_PRESETS, withBasisOfDate } from '../../../src-renderer/core/pledges';
import { reviewBasisSentence, schemeCitation, schemeDate } from '../../../src-renderer/core/review';
import {
  frameworksOnOffer,
  frameworkVersionOn,
  isKeepQd37,
  keepQd37Versions,
  resolveRule,
  reviewWordingOn,
  ruleSetProblems,
} from '../../../src-renderer/core/rules';

const NOW = '2026-12-01T10:00:00.000Z';
const seeded: RuleSet[] = PLEDGE_FRAMEWORK_PRESETS.map((p) => structuredClone(p));
const scheme2026 = resolveRule('year_end_scheme', { date: schemeDate(2026), ruleSets: [] });

describe('the year-end review wording by the document’s date', () => {
  it('a document dated 25/7/2026 cites QĐ 37, one dated 27/7/2026 QĐ 207 (unverified)', () => {
    const before = reviewWordingOn(scheme2026, '2026-07-25', []);
    const after = reviewWordingOn(scheme2026, '2026-07-27', []);
    expect(before.code).toBe('QD366-2025');
    expect(after.code).toBe('QD366-2025');
    expect(before.data.prohibitionsCitation).toBe(QD37_CITATION);
    expect(after.data.prohibitionsCitation).toBe(QD207_CITATION);
    expect(after.unverified).toBe(true);
    expect(reviewBasisSentence(before)).toBe(
      'Thực hiện các quy định của Đảng về trách nhiệm nêu gương của cán bộ, đảng viên, Quy định số 37-QĐ/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm và Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị về kiểm điểm, đánh giá, xếp loại chất lượng',
    );
    expect(reviewBasisSentence(after)).toContain(
      'Quy định số 207-QĐ/TW, ngày 26/7/2026 của Ban Chấp hành Trung ương về những điều đảng viên không được làm',
    );
    expect(reviewBasisSentence(after)).not.toContain('37-QĐ/TW');
    // The levels, scores and quota are the year's: the same in both versions.
    expect({ ...after.data, prohibitionsCitation: undefined }).toEqual({ ...before.data, prohibitionsCitation: undefined });
    expect(schemeCitation(after)).toBe('Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị');
  });

  it('the 2025 review, documents of January 2026, cite QĐ 37; older schemes cite nothing', () => {
    const s2025 = resolveRule('year_end_scheme', { date: schemeDate(2025), ruleSets: [] });
    expect(reviewWordingOn(s2025, '2026-01-15', []).data.prohibitionsCitation).toBe(QD37_CITATION);
    const s2024 = resolveRule('year_end_scheme', { date: schemeDate(2024), ruleSets: [] });
    expect(reviewBasisSentence(reviewWordingOn(s2024, '2025-01-10', []))).toBe(
      'Thực hiện các quy định của Đảng về trách nhiệm nêu gương của cán bộ, đảng viên và Quy định 124-QĐ/TW (04/10/2023) về kiểm điểm, đánh giá, xếp loại chất lượng',
    );
  });
});

describe('pledge forms by their dates', () => {
  it('the frameworks on offer: a form started in January 2026 takes QĐ 37, one started in August QĐ 207', () => {
    const camket = (year: number, today: string) => frameworksOnOffer(seeded, year, today).find((r) => r.code === 'CAMKET-7MUC')!;
    expect(camket(2026, '2026-01-10').data.basis).toContain(QD37_CITATION);
    expect(camket(2026, '2026-07-25').data.basis).toContain(QD37_CITATION);
    expect(camket(2026, '2026-07-27').data.basis).toContain(QD207_CITATION);
    // A 2027 form prepared in December 2026: the 2027 version.
    expect(camket(2027, '2026-12-20').data.basis).toContain(QD207_CITATION);
    // Every code of the year is still offered.
    expect(new Set(frameworksOnOffer(seeded, 2026, '2026-01-10').map((r) => r.code)).size).toBe(6);
  });

  it('a form handed in on 27/7/2026 cites QĐ 207, one handed in on 25/7/2026 QĐ 37; an edited căn cứ is kept', () => {
    const v1 = frameworkVersionOn(seeded, 'CAMKET-7MUC', '2026-01-10')!;
    const form = newPledgeForm({ id: 'f', memberId: 'm', year: 2026, framework: v1, now: NOW });
    const handedIn = (date: string, f = form) =>
      withBasisOfDate({ ...f, registeredAt: date }, v1, frameworkVersionOn(seeded, 'CAMKET-7MUC', date));
    expect(handedIn('2026-07-25').basis).toContain(QD37_CITATION);
    expect(handedIn('2026-07-25').framework.version).toBe(1);
    expect(handedIn('2026-07-27').basis).toContain(QD207_CITATION);
    expect(handedIn('2026-07-27').basis).not.toContain('37-QĐ/TW');
    expect(handedIn('2026-07-27').framework.version).toBe(2);
    const edited = { ...form, basis: 'Căn cứ Quy định số 37-QĐ/TW (chi bộ giữ)' };
    expect(handedIn('2026-07-27', edited).basis).toBe(edited.basis);
  });
});

describe('switching QĐ 207 off: local versions that keep QĐ 37', () => {
  const kept = keepQd37Versions(seeded, NOW);

  it('one version per citing rule set, valid from 26/7/2026, each a valid local rule set', () => {
    expect(kept.map((r) => `${r.kind}:${r.code}:v${r.version}`).sort()).toEqual([
      'pledge_framework:CAMKET-7MUC:v3',
      'year_end_scheme:QD366-2025:v3',
    ]);
    for (const r of kept) {
      expect(r.source).toBe('local');
      expect(r.validFrom).toBe('2026-07-26');
      expect(isKeepQd37(r)).toBe(true);
      expect(ruleSetProblems(r)).toEqual([]);
      const { description, ...cited } = r.data as { description?: string };
      expect(JSON.stringify(cited)).not.toContain('207-QĐ/TW');
      if (description) expect(description).toContain('giữ trích dẫn Quy định số 37-QĐ/TW');
    }
    expect(kept.find((r) => r.kind === 'pledge_framework')!.name).toBe(
      'Cam kết tu dưỡng, rèn luyện, phấn đấu (7 mục) — giữ Quy định 37-QĐ/TW',
    );
  });

  it('with them stored, documents dated 27/7/2026 cite QĐ 37; before 26/7 nothing changes; removing them brings QĐ 207 back', () => {
    const ruleSets = [...seeded, ...kept];
    expect(reviewWordingOn(scheme2026, '2026-07-27', ruleSets).data.prohibitionsCitation).toBe(QD37_CITATION);
    expect(frameworkVersionOn(ruleSets, 'CAMKET-7MUC', '2026-07-27')!.data.basis).toContain(QD37_CITATION);
    expect(frameworkVersionOn(ruleSets, 'CAMKET-7MUC', '2026-07-25')!.id).toBe('preset-pledge_framework-CAMKET-7MUC-v1');
    // A form made from QĐ 207 and handed in after the switch-off takes QĐ 37.
    const v2 = frameworkVersionOn(seeded, 'CAMKET-7MUC', '2026-08-01')!;
    const form = newPledgeForm({ id: 'f', memberId: 'm', year: 2026, framework: v2, now: NOW });
    expect(withBasisOfDate(form, v2, frameworkVersionOn(ruleSets, 'CAMKET-7MUC', '2026-08-02')).basis).toContain(QD37_CITATION);
    // Nothing more to keep once kept.
    expect(
      keepQd37Versions(ruleSets, NOW)
        .map((r) => r.id)
        .sort(),
    ).toEqual(kept.map((r) => r.id).sort());
    expect(reviewWordingOn(scheme2026, '2026-07-27', seeded).data.prohibitionsCitation).toBe(QD207_CITATION);
  });

  it('rewrites the citation in its full and short forms', () => {
    expect(withQd37Citation(`Căn cứ ${QD207_CITATION};`)).toBe(`Căn cứ ${QD37_CITATION};`);
    expect(withQd37Citation('theo QĐ 207-QĐ/TW và Quy định số 207-QĐ/TW, ngày 26/7/2026')).toBe(
      'theo QĐ 37-QĐ/TW và Quy định số 37-QĐ/TW, ngày 25/10/2021',
    );
  });
});
