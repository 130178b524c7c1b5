import type { RuleSet } from '../../../src-renderer/core/model';
import { resolveRule } from '../../../src-renderer/core/rules';
import { describe, expect, it } from 'vitest';
import {
  applyUySpelling,
  DEFAULT_DOCUMENT_STYLE,
  DOCUMENT_STYLE_PRESETS,
  documentSymbol,
  formatDocumentNumber,
  mmToPt,
} from '../../../src-renderer/core/documents/style';

describe('formatDocumentNumber', () => {
  it('pads numbers below 10 with a leading zero and has no colon', () => {
    expect(formatDocumentNumber(1, 'BB', 'CB')).toBe('Số 01-BB/CB');
    expect(formatDocumentNumber(9, 'NQ', 'CB')).toBe('Số 09-NQ/CB');
    expect(formatDocumentNumber(10, 'BC', 'CB')).toBe('Số 10-BC/CB');
    expect(formatDocumentNumber(123, 'KH', 'ĐU')).toBe('Số 123-KH/ĐU');
    expect(formatDocumentNumber(5, 'BB', 'CB')).not.toContain(':');
  });

  it('refuses zero, negative and fractional numbers', () => {
    expect(() => documentSymbol(0, 'BB', 'CB')).toThrow(/nguyên dương/u);
    expect(() => documentSymbol(-3, 'BB', 'CB')).toThrow();
    expect(() => documentSymbol(1.5, 'BB', 'CB')).toThrow();
  });

  it('normalises the codes to NFC', () => {
    expect(documentSymbol(2, 'QĐ'.normalize('NFD'), 'ĐU')).toBe('02-QĐ/ĐU');
  });
});

describe('document style presets', () => {
  it('ship HD36-2018 and HD05-2026 (v1 as first shipped, v2 with the §11 values) with the 20/20/30/15 mm default margins and "," separator', () => {
    expect(DOCUMENT_STYLE_PRESETS.map((p) => `${p.code} v${p.version}`)).toEqual(['HD36-2018 v1', 'HD05-2026 v1', 'HD05-2026 v2']);
    for (const p of DOCUMENT_STYLE_PRESETS) {
      expect(p.kind).toBe('document_style');
      expect(p.data.marginsMm).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
      expect(p.data.recipientSeparator).toBe(',');
    }
    expect(DOCUMENT_STYLE_PRESETS[1]!.unverified).toBe(true);
  });

  // Through the one resolver (core/rules); a style chosen by code in settings is used whatever its dates.
  const selectDocumentStyle = (ruleSets: readonly RuleSet[], date: string, code?: string) =>
    resolveRule('document_style', { date, ruleSets, ...(code ? { code } : {}) });

  it('selects the profile valid on a date, or by code', () => {
    expect(selectDocumentStyle(DOCUMENT_STYLE_PRESETS, '2020-01-01')?.code).toBe('HD36-2018');
    expect(selectDocumentStyle(DOCUMENT_STYLE_PRESETS, '2026-05-26')?.code).toBe('HD36-2018');
    expect(selectDocumentStyle(DOCUMENT_STYLE_PRESETS, '2026-05-27')?.code).toBe('HD05-2026');
    // Before any profile: the default style.
    expect(selectDocumentStyle(DOCUMENT_STYLE_PRESETS, '2010-01-01').data).toBe(DEFAULT_DOCUMENT_STYLE);
    expect(selectDocumentStyle(DOCUMENT_STYLE_PRESETS, '2027-01-01', 'HD36-2018')?.code).toBe('HD36-2018');
  });

  it('prefers the highest version of a profile', () => {
    const v2 = {
      ...DOCUMENT_STYLE_PRESETS[1]!,
      id: 'x',
      version: 2,
      data: { ...DEFAULT_DOCUMENT_STYLE, marginsMm: { top: 25, bottom: 25, left: 35, right: 15 } },
    };
    expect(selectDocumentStyle([...DOCUMENT_STYLE_PRESETS, v2], '2026-12-01')?.version).toBe(2);
    expect(selectDocumentStyle([...DOCUMENT_STYLE_PRESETS, v2], '2026-12-01', 'HD05-2026')?.version).toBe(2);
  });

  it('converts millimetres to points', () => {
    expect(mmToPt(20)).toBe(56.69);
    expect(mmToPt(30)).toBe(85.04);
    expect(mmToPt(15)).toBe(42.52);
  });
});

describe('applyUySpelling', () => {
  it('moves the tone of "uy" syllables to u or y', () => {
    expect(applyUySpelling('Đảng uỷ, Uỷ ban, thuỷ, tuỳ', 'ủy')).toBe('Đảng ủy, Ủy ban, thủy, tùy');
    expect(applyUySpelling('Đảng ủy, ỦY BAN, thủy, lũy', 'uỷ')).toBe('Đảng uỷ, UỶ BAN, thuỷ, luỹ');
  });

  it('leaves other syllables alone', () => {
    for (const s of ['quý', 'huyện', 'khuya', 'Nguyễn', 'uyên', 'Thúy'.replace('ú', 'u')]) {
      expect(applyUySpelling(s, 'ủy')).toBe(s);
      expect(applyUySpelling(s, 'uỷ')).toBe(s);
    }
  });

  it('is idempotent', () => {
    const once = applyUySpelling('Ban Thường vụ Đảng uỷ', 'ủy');
    expect(applyUySpelling(once, 'ủy')).toBe(once);
  });
});
