import { resolveRule } from '../../../src-renderer/core/rules';
import { describe, expect, it } from 'vitest';
import {
  MONTHLY_SCALE_PRESETS,
  SCALE_DAT_KHONG_DAT,
  SCALE_THUC_HIEN,
  SCALE_TOT_KHA_TB_KEM,
  levelForKey,
  levelKeys,
  levelKeysSentence,
  validateScale,
  worstLevel,
} from '../../../src-renderer/core/monthly';
import type { RuleSet } from '../../../src-renderer/core/model';

// Through the one resolver (core/rules): a code that exists, else undefined.
const findScale = (code: string, ruleSets: readonly RuleSet[] = [], date = '2026-01-01') => {
  const r = resolveRule('monthly_scale', { date, code, ruleSets });
  return r.code === code ? r : undefined;
};
const tkt = findScale(SCALE_TOT_KHA_TB_KEM)!.data;
const th = findScale(SCALE_THUC_HIEN)!.data;
const dat = findScale(SCALE_DAT_KHONG_DAT)!.data;

describe('monthly scale presets', () => {
  it('ships the three presets, each valid, NFC and with a good and a not-good level', () => {
    expect(MONTHLY_SCALE_PRESETS.map((s) => s.code)).toEqual([SCALE_TOT_KHA_TB_KEM, SCALE_THUC_HIEN, SCALE_DAT_KHONG_DAT]);
    for (const s of MONTHLY_SCALE_PRESETS) {
      expect(validateScale(s.data)).toEqual([]);
      expect(s.data.levels.some((l) => l.good)).toBe(true);
      expect(s.data.levels.some((l) => !l.good)).toBe(true);
      for (const l of s.data.levels) expect(l.label).toBe(l.label.normalize('NFC'));
    }
    expect(tkt.levels.map((l) => l.label)).toEqual(['Tốt', 'Khá', 'Trung bình', 'Kém']);
    expect(th.levels.map((l) => l.label)).toEqual(['Thực hiện tốt', 'Thực hiện', 'Chưa thực hiện tốt']);
    expect(dat.levels.map((l) => [l.label, l.good])).toEqual([
      ['Đạt', true],
      ['Không đạt', false],
    ]);
  });

  it('reports duplicate shortcuts, bad shortcuts and a scale without a good level', () => {
    const problems = validateScale({
      levels: [
        { code: 'a', label: 'A', shortcut: 'X', good: false },
        { code: 'b', label: 'B', shortcut: 'X', good: false },
        { code: 'c', label: 'C', shortcut: 'đ', good: false },
      ],
    });
    expect(problems.join('\n')).toContain('Phím tắt "X" dùng cho hai mức');
    expect(problems.join('\n')).toContain('chữ cái không dấu');
    expect(problems.join('\n')).toContain('ít nhất một mức được coi là "tốt"');
    expect(validateScale({ levels: [{ code: 'a', label: 'A', shortcut: 'A', good: true }] })).toContain(
      'Thang đánh giá phải có ít nhất 2 mức.',
    );
  });

  it('prefers a superior committee override and respects validity dates', () => {
    const override: RuleSet = {
      ...MONTHLY_SCALE_PRESETS[0]!,
      id: 'sup',
      source: 'superior',
      validFrom: '2026-01-01',
      data: { levels: [{ code: 'x', label: 'Xuất sắc', shortcut: 'X', good: true }, ...tkt.levels] },
    };
    expect(findScale(SCALE_TOT_KHA_TB_KEM, [override], '2026-11-03')!.id).toBe('sup');
    expect(findScale(SCALE_TOT_KHA_TB_KEM, [override], '2025-11-03')!.id).toBe('preset-monthly-tot-kha-tb-kem');
    expect(findScale('NOPE')).toBeUndefined();
  });
});

describe('levelForKey (typing a first letter in a cell)', () => {
  it('each key sets one fixed level: the shortcut, never a cycle through levels sharing a letter', () => {
    expect(levelForKey(tkt, 't')).toBe('tot');
    expect(levelForKey(tkt, 'T')).toBe('tot');
    expect(levelForKey(tkt, 'k')).toBe('kha');
    expect(levelForKey(tkt, 'b')).toBe('trung_binh');
    expect(levelForKey(tkt, 'e')).toBe('kem');
    expect(levelForKey(th, 't')).toBe('thuc_hien_tot');
    expect(levelForKey(th, 'h')).toBe('thuc_hien');
    expect(levelForKey(th, 'c')).toBe('chua_thuc_hien_tot');
    // "Trung bình" starts with T but its key is B; "Kém" starts with K but its key is E.
    for (const scale of [tkt, th, dat]) {
      for (const level of scale.levels) {
        expect(levelForKey(scale, level.shortcut.toLowerCase())).toBe(level.code);
      }
    }
  });

  it('a letter that is no shortcut selects nothing, even when a label starts with it', () => {
    const scale = {
      levels: [
        { code: 'a', label: 'Tốt', shortcut: 'A', good: true },
        { code: 'b', label: 'Yếu', shortcut: 'Y', good: false },
      ],
    };
    expect(levelForKey(scale, 't')).toBeUndefined();
    expect(levelForKey(scale, 'a')).toBe('a');
  });

  it('levelKeys and levelKeysSentence name exactly the keys levelForKey obeys', () => {
    for (const scale of [tkt, th, dat]) {
      for (const k of levelKeys(scale)) {
        expect(levelForKey(scale, k.key)).toBe(k.code);
        expect(levelForKey(scale, k.digit!)).toBe(k.code);
      }
    }
    expect(levelKeysSentence(tkt)).toBe('T = Tốt, K = Khá, B = Trung bình, E = Kém (hoặc số 1–4 theo thứ tự đó)');
    expect(levelKeysSentence(dat)).toBe('D = Đạt, K = Không đạt (hoặc số 1–2 theo thứ tự đó)');
  });

  it('accepts Vietnamese letters folded (Đ → D) and digits; rejects other keys', () => {
    expect(levelForKey(dat, 'đ')).toBe('dat');
    expect(levelForKey(dat, 'D')).toBe('dat');
    expect(levelForKey(dat, 'k')).toBe('khong_dat');
    expect(levelForKey(tkt, '3')).toBe('trung_binh');
    expect(levelForKey(tkt, '5')).toBeUndefined();
    expect(levelForKey(tkt, 'z')).toBeUndefined();
    expect(levelForKey(tkt, 'Enter')).toBeUndefined();
    expect(levelForKey(tkt, ' ')).toBeUndefined();
  });

  it('worstLevel ignores unknown codes', () => {
    expect(worstLevel(tkt, ['tot', 'kem', 'kha'])).toBe('kem');
    expect(worstLevel(tkt, ['tot', undefined, 'zzz'])).toBe('tot');
    expect(worstLevel(tkt, [])).toBeUndefined();
  });
});
