/**
 * The two document style profiles (domain.md §5, §11): HD 36 (2018) until 26/5/2026, HD 05 (2026)
 * from 27/5/2026, chosen by the document's date through the one resolver; a stored local edit
 * wins over the preset; the settings' choice pins one profile.
 */
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../../src-renderer/core/model';
import {
  bodyLinePt,
  DOCUMENT_STYLE_BY_DATE,
  DOCUMENT_STYLE_PRESETS,
  HD05_STYLE,
  lineFactorForPt,
  minutesSignatureTitles,
  normaliseDocumentStyle,
  spellText,
  withClosingMark,
  type DocumentStyleData,
} from '../../../src-renderer/core/documents/style';
import { documentStyleOn, resolveRule, ruleSetProblems } from '../../../src-renderer/core/rules';

const byDate = { documentStyleCode: DOCUMENT_STYLE_BY_DATE };
const AT = '2026-12-01T10:00:00.000Z';

/** A stored copy of the presets, as a seeded database holds them. */
const seeded: RuleSet[] = DOCUMENT_STYLE_PRESETS.map((p) => structuredClone(p));

describe('HD 36 before 27/5/2026, HD 05 from then, through resolveRule', () => {
  it('picks the profile valid on the document’s date', () => {
    for (const ruleSets of [[], seeded]) {
      expect(resolveRule('document_style', { date: '2026-05-26', ruleSets }).code).toBe('HD36-2018');
      expect(documentStyleOn('2026-05-26', ruleSets, byDate).code).toBe('HD36-2018');
      expect(documentStyleOn('2026-05-27', ruleSets, byDate).code).toBe('HD05-2026');
      // HD 05 in its version with the §11 values (v2); v1 stays stored as it was shipped.
      expect(documentStyleOn('2026-05-27', ruleSets, byDate).version).toBe(2);
      expect(documentStyleOn('2026-12-01', ruleSets, byDate).data).toEqual(HD05_STYLE);
    }
  });

  it('the HD 05 values of §11: 20/20/30/15 mm, 14 pt, exactly 19 pt, indent 10 mm, ủy, ./., the 2026 signature titles', () => {
    const hd05 = documentStyleOn('2026-07-27', [], byDate).data;
    expect(hd05.marginsMm).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(hd05.fontSizes.body).toBe(14);
    expect(hd05.lineSpacingPt).toBe(19);
    expect(bodyLinePt(hd05)).toBe(19);
    expect(hd05.firstLineIndentMm).toBe(10);
    expect(hd05.uySpelling).toBe('ủy');
    expect(hd05.closingMark).toBe(true);
    expect(minutesSignatureTitles(hd05)).toEqual({ left: 'Người ghi biên bản', right: 'Chủ trì hội nghị' });
    const hd36 = documentStyleOn('2026-05-26', [], byDate).data;
    expect(hd36.uySpelling).toBe('uỷ');
    expect(hd36.closingMark).toBe(false);
    expect(hd36.lineSpacingPt).toBeUndefined();
    expect(minutesSignatureTitles(hd36)).toEqual({ left: 'Thư ký', right: 'Chủ trì' });
    // A profile stored before these fields existed reads as HD 36 practice.
    const { closingMark: _c, minutesSignatures: _m, ...rest } = hd36;
    const old: DocumentStyleData = rest;
    expect(minutesSignatureTitles(old)).toEqual({ left: 'Thư ký', right: 'Chủ trì' });
    expect(withClosingMark('Hết.', old)).toBe('Hết.');
    for (const p of DOCUMENT_STYLE_PRESETS) expect(ruleSetProblems(p)).toEqual([]);
  });

  it('a stored local edit of a profile wins over its preset, on that profile’s dates only', () => {
    const hd05 = DOCUMENT_STYLE_PRESETS.find((p) => p.id.endsWith('HD05-2026-v2'))!;
    const edit: RuleSet<DocumentStyleData> = {
      ...hd05,
      id: 'local-hd05',
      version: 3,
      source: 'local',
      data: { ...hd05.data, minutesSignatures: { left: 'Thư ký', right: 'Chủ trì' }, closingMark: false },
      updatedAt: AT,
    };
    const ruleSets = [...seeded, edit];
    expect(documentStyleOn('2026-11-03', ruleSets, byDate).id).toBe('local-hd05');
    expect(documentStyleOn('2026-11-03', ruleSets, byDate).data.closingMark).toBe(false);
    // Even a local edit with a lower version number than the preset wins (local before preset).
    expect(documentStyleOn('2026-11-03', [...seeded, { ...edit, version: 1 }], byDate).id).toBe('local-hd05');
    expect(documentStyleOn('2026-05-26', ruleSets, byDate).code).toBe('HD36-2018');
  });

  it('a profile chosen in Cài đặt is used whatever the date; the default is by date', () => {
    expect(documentStyleOn('2026-11-03', seeded, { documentStyleCode: 'HD36-2018' }).code).toBe('HD36-2018');
    expect(documentStyleOn('2026-01-03', seeded, { documentStyleCode: 'HD05-2026' }).code).toBe('HD05-2026');
    expect(documentStyleOn('2026-11-03', seeded, { documentStyleCode: '  ' }).code).toBe('HD05-2026');
  });
});

describe('style values', () => {
  it('closing mark "./." after the last sentence, never twice', () => {
    const on = { closingMark: true };
    expect(withClosingMark('Biên bản được thông qua.', on)).toBe('Biên bản được thông qua./.');
    expect(withClosingMark('Đề nghị cấp trên xem xét', on)).toBe('Đề nghị cấp trên xem xét./.');
    expect(withClosingMark('Hết./.', on)).toBe('Hết./.');
    expect(withClosingMark('Hết.', { closingMark: false })).toBe('Hết.');
  });

  it('exact line spacing keeps lineHeight as its factor at the body size', () => {
    const data = normaliseDocumentStyle({ ...HD05_STYLE, lineSpacingPt: 20, lineHeight: 9 });
    expect(data.lineHeight).toBeCloseTo(lineFactorForPt(20, 14), 3);
    expect(bodyLinePt(data)).toBe(20);
    const multiple = normaliseDocumentStyle({ ...HD05_STYLE, lineSpacingPt: undefined, lineHeight: 1.3 });
    expect(multiple.lineSpacingPt).toBeUndefined();
    expect(bodyLinePt(multiple)).toBeCloseTo(14 * 1.107 * 1.3, 1);
  });

  it('"ủy"/"uỷ" applies to the text but not to a name after "đồng chí"', () => {
    const text = 'Đồng chí Lê Thị Thuỷ, Ủy viên Ban Thường vụ Đảng ủy, báo cáo; Chi uỷ thống nhất.';
    expect(spellText(text, 'ủy')).toBe('Đồng chí Lê Thị Thuỷ, Ủy viên Ban Thường vụ Đảng ủy, báo cáo; Chi ủy thống nhất.');
    expect(spellText(text, 'uỷ')).toBe('Đồng chí Lê Thị Thuỷ, Uỷ viên Ban Thường vụ Đảng uỷ, báo cáo; Chi uỷ thống nhất.');
    expect(spellText('đồng chí Nguyễn Văn Thủy phát biểu', 'uỷ')).toBe('đồng chí Nguyễn Văn Thủy phát biểu');
  });
});
