import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  cleanText,
  dateWords,
  foldForSearch,
  formatDate,
  formatInteger,
  formatPercent,
  matchesSearch,
  nfcDeep,
  parseDate,
  percent,
  placeDateLine,
  sortMembers,
  splitFullName,
  toneInsensitiveKey,
} from '../../../src-renderer/core/text';

describe('NFC and search folding', () => {
  it('normalises NFD input to NFC and collapses spaces', () => {
    const nfd = '  Nguyễn   Thị '.normalize('NFD');
    expect(cleanText(nfd)).toBe('Nguyễn Thị');
    expect(cleanText(nfd)).toBe(cleanText(nfd).normalize('NFC'));
  });
  it('normalises every string inside nested values', () => {
    const value = nfcDeep({ a: ['Đặng'.normalize('NFD')], b: { c: 'Ờ'.normalize('NFD') }, n: 3 });
    expect(value).toEqual({ a: ['Đặng'], b: { c: 'Ờ' }, n: 3 });
  });
  it('folds diacritics, đ and case', () => {
    expect(foldForSearch('Nguyễn Thị Ngọc Yến')).toBe('nguyen thi ngoc yen');
    expect(foldForSearch('ĐẶNG Đức')).toBe('dang duc');
  });
  it('finds names without diacritics, with diacritics and with NFD queries', () => {
    const key = foldForSearch('Nguyễn Thị Ngọc Yến');
    expect(matchesSearch(key, 'nguyen thi yen')).toBe(true);
    expect(matchesSearch(key, 'Yến'.normalize('NFD'))).toBe(true);
    expect(matchesSearch(key, 'nguyen van')).toBe(false);
  });
  it('folding is idempotent and ignores normalisation form (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậềểễếệờởỡớợừửữứựĐẶ '.split('')) }),
        (s) => {
          const f = foldForSearch(s);
          expect(foldForSearch(f)).toBe(f);
          expect(foldForSearch(s.normalize('NFD'))).toBe(f);
          expect(f).toMatch(/^[a-z ]*$/u);
        },
      ),
    );
  });
  it('compares names regardless of tone placement', () => {
    expect(toneInsensitiveKey('Thủy')).toBe(toneInsensitiveKey('Thuỷ'));
    expect(toneInsensitiveKey('Hòa')).toBe(toneInsensitiveKey('Hoà'));
    expect(toneInsensitiveKey('Hòa')).not.toBe(toneInsensitiveKey('Hóa'));
  });
});

describe('names', () => {
  it('splits họ, tên đệm, tên', () => {
    expect(splitFullName('Nguyễn Thị Minh Khai')).toEqual({ familyName: 'Nguyễn', middleName: 'Thị Minh', givenName: 'Khai' });
    expect(splitFullName('Lê Lợi')).toEqual({ familyName: 'Lê', middleName: '', givenName: 'Lợi' });
    expect(splitFullName('Tôn Nữ Thị Ninh')).toEqual({ familyName: 'Tôn Nữ', middleName: 'Thị', givenName: 'Ninh' });
    expect(splitFullName('Âu Dương Phong')).toEqual({ familyName: 'Âu Dương', middleName: '', givenName: 'Phong' });
  });
  it('orders by tên, then tên đệm, then họ, Vietnamese collation', () => {
    const people = ['Trần Văn Đức', 'Lê Thị Dung', 'Nguyễn Văn An', 'Phạm Văn Ân', 'Bùi Thị Ánh', 'Nguyễn Thị An', 'Lê Văn An'].map(
      (n) => ({
        ...splitFullName(n),
        partyPosition: 'dang_vien' as const,
      }),
    );
    const sorted = sortMembers(people).map((p) => `${p.familyName} ${p.middleName} ${p.givenName}`);
    expect(sorted).toEqual(['Nguyễn Thị An', 'Lê Văn An', 'Nguyễn Văn An', 'Bùi Thị Ánh', 'Phạm Văn Ân', 'Lê Thị Dung', 'Trần Văn Đức']);
  });
  it('puts office holders first when asked', () => {
    const people = [
      { ...splitFullName('Nguyễn Văn An'), partyPosition: 'dang_vien' as const },
      { ...splitFullName('Trần Thị Yến'), partyPosition: 'bi_thu' as const },
      { ...splitFullName('Lê Văn Bình'), partyPosition: 'pho_bi_thu' as const },
    ];
    expect(sortMembers(people, true).map((p) => p.givenName)).toEqual(['Yến', 'Bình', 'An']);
    expect(sortMembers(people, false).map((p) => p.givenName)).toEqual(['An', 'Bình', 'Yến']);
  });
});

describe('dates', () => {
  it('writes the Party place-date line with leading zeros for day < 10 and months 1–2', () => {
    expect(placeDateLine('Ninh Thuận', '2026-02-05')).toBe('Ninh Thuận, ngày 05 tháng 02 năm 2026');
    expect(dateWords('2026-05-27')).toBe('ngày 27 tháng 5 năm 2026');
    expect(dateWords('2026-01-09')).toBe('ngày 09 tháng 01 năm 2026');
    expect(dateWords('2026-11-28')).toBe('ngày 28 tháng 11 năm 2026');
  });
  it('parses typed dates and refuses impossible ones', () => {
    expect(parseDate('5/2/2026')).toBe('2026-02-05');
    expect(parseDate('05-02-2026')).toBe('2026-02-05');
    expect(parseDate('31/02/2026')).toBeUndefined();
    expect(parseDate('hôm qua')).toBeUndefined();
    expect(formatDate('2026-02-05')).toBe('05/02/2026');
  });
  it('round-trips every valid date through dd/mm/yyyy (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1930-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDate(formatDate(iso))).toBe(iso);
      }),
    );
  });
  it('adds months clamping the day', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
});

describe('numbers', () => {
  it('formats Vietnamese integers and percentages', () => {
    expect(formatInteger(2885)).toBe('2.885');
    expect(formatPercent(2695, 2885)).toBe('93,41%');
    expect(formatPercent(1, 3)).toBe('33,33%');
    expect(formatPercent(0, 0)).toBe('—');
    expect(percent(2, 3)).toBe(66.67);
  });
});
