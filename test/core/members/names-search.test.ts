import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterMembers, prepareMemberSearch, prepareName, sortRoster, splitMatchesFullName } from '../../../src-renderer/core/members';
import { foldForSearch, splitFullName } from '../../../src-renderer/core/text';
import { member, period } from './helpers';

describe('name splitting', () => {
  it('họ / tên đệm / tên', () => {
    expect(splitFullName('Nguyễn Thị Ngọc Yến')).toEqual({ familyName: 'Nguyễn', middleName: 'Thị Ngọc', givenName: 'Yến' });
    expect(splitFullName('Lê Lợi')).toEqual({ familyName: 'Lê', middleName: '', givenName: 'Lợi' });
  });

  it('compound family names Tôn Nữ, Âu Dương stay together', () => {
    expect(splitFullName('Tôn Nữ Thị Ninh')).toEqual({ familyName: 'Tôn Nữ', middleName: 'Thị', givenName: 'Ninh' });
    expect(splitFullName('Âu Dương Lân')).toEqual({ familyName: 'Âu Dương', middleName: '', givenName: 'Lân' });
  });

  it('one-word name is a given name only', () => {
    expect(splitFullName('Xuân')).toEqual({ familyName: '', middleName: '', givenName: 'Xuân' });
    expect(prepareName('  Xuân ').fullName).toBe('Xuân');
  });

  it('prepareName: NFC, white space, searchKey; NFD input gives the same result', () => {
    const nfd = 'Nguyễn   Thị Ngọc Yến'.normalize('NFD');
    const p = prepareName(nfd);
    expect(p.fullName).toBe('Nguyễn Thị Ngọc Yến'.normalize('NFC'));
    expect(p.fullName).toBe(p.fullName.normalize('NFC'));
    expect(p.searchKey).toBe('nguyen thi ngoc yen');
    expect(p.givenName).toBe('Yến');
  });

  it('override of the split is kept when it joins back to the full name', () => {
    const p = prepareName('Hoàng Phủ Ngọc Tường', { familyName: 'Hoàng Phủ', middleName: 'Ngọc', givenName: 'Tường' });
    expect(p.familyName).toBe('Hoàng Phủ');
    const q = prepareName('Lò Văn Pâng', { familyName: 'Lò Văn', middleName: '', givenName: 'Pâng' });
    expect(q).toMatchObject({ familyName: 'Lò Văn', middleName: '', givenName: 'Pâng', nameSplitOverride: true });
    const bad = prepareName('Lò Văn Pâng', { familyName: 'Lò', middleName: '', givenName: 'Pâng' });
    expect(bad).toMatchObject({ familyName: 'Lò', middleName: 'Văn', nameSplitOverride: false });
    expect(splitMatchesFullName('Lò Văn Pâng', { familyName: 'Lò', middleName: '', givenName: 'Pâng' })).toBe(false);
  });
});

const names = (list: { fullName: string }[]) => list.map((m) => m.fullName);

describe('roster order', () => {
  it('by tên, then tên đệm, then họ; Đ after D', () => {
    const list = ['Trần Văn Đức', 'Nguyễn Văn Dũng', 'Lê Thị Em', 'Phạm Văn Dương', 'Hoàng Thị Đào'].map((n) => member({ fullName: n }));
    expect(names(sortRoster(list))).toEqual(['Nguyễn Văn Dũng', 'Phạm Văn Dương', 'Hoàng Thị Đào', 'Trần Văn Đức', 'Lê Thị Em']);
  });

  it('tones: a à ả ã á ạ', () => {
    const order = ['Ta', 'Tà', 'Tả', 'Tã', 'Tá', 'Tạ'];
    const list = [...order].reverse().map((t) => member({ fullName: `Nguyễn Văn ${t}` }));
    expect(sortRoster(list).map((m) => m.givenName)).toEqual(order);
  });

  it('letters a ă â, e ê, o ô ơ, u ư are distinct, in that order', () => {
    const order = ['An', 'Ăn', 'Ân', 'Em', 'Êm', 'On', 'Ôn', 'Ơn', 'Um', 'Ưm'];
    const list = [...order]
      .sort()
      .reverse()
      .map((t) => member({ fullName: `Lê ${t}` }));
    expect(sortRoster(list).map((m) => m.givenName)).toEqual(order);
  });

  it('same tên: then tên đệm, then họ', () => {
    const list = ['Trần Văn An', 'Nguyễn Văn An', 'Lê Thị An', 'Bùi An'].map((n) => member({ fullName: n }));
    expect(names(sortRoster(list))).toEqual(['Bùi An', 'Lê Thị An', 'Nguyễn Văn An', 'Trần Văn An']);
  });

  it('office holders first on request', () => {
    const list = [
      member({ fullName: 'Nguyễn Văn An' }),
      member({ fullName: 'Lê Văn Yên', partyPosition: 'bi_thu' }),
      member({ fullName: 'Trần Thị Bình', partyPosition: 'chi_uy_vien' }),
      member({ fullName: 'Phạm Văn Xuân', partyPosition: 'pho_bi_thu' }),
    ];
    expect(names(sortRoster(list, true))).toEqual(['Lê Văn Yên', 'Phạm Văn Xuân', 'Trần Thị Bình', 'Nguyễn Văn An']);
    expect(names(sortRoster(list, false))).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Văn Xuân', 'Lê Văn Yên']);
  });

  const syllable = fc.constantFrom(
    'An',
    'Ánh',
    'Ân',
    'Đức',
    'Dũng',
    'Yến',
    'Ngọc',
    'Thị',
    'Văn',
    'Hòa',
    'Hoà',
    'Thủy',
    'Ưng',
    'Ơn',
    'Tạ',
    'Tả',
    'Nguyễn',
    'Lê',
    'Đặng',
  );
  const fullName = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

  it('property: sorting is a permutation and is the same for NFC and NFD input', () => {
    fc.assert(
      fc.property(fc.array(fullName, { maxLength: 25 }), (list) => {
        const nfc = list.map((n) => ({ ...splitFullName(n), fullName: n, partyPosition: 'dang_vien' as const }));
        const nfd = list.map((n) => {
          const d = n.normalize('NFD');
          return { ...splitFullName(d), fullName: d, partyPosition: 'dang_vien' as const };
        });
        const a = sortRoster(nfc).map((m) => m.fullName);
        const b = sortRoster(nfd).map((m) => m.fullName.normalize('NFC'));
        expect([...a].sort()).toEqual([...list].sort());
        expect(b).toEqual(a);
      }),
    );
  });
});

describe('search without diacritics', () => {
  const roster = [
    member({ fullName: 'Nguyễn Thị Ngọc Yến', cardNumber: '79.012345' }),
    member({ fullName: 'Đặng Văn Đức' }),
    member({ fullName: 'Trần Thị Loan' }),
    member({ fullName: 'Lê An' }),
  ];

  it('"nguyen thi yen" finds Nguyễn Thị Ngọc Yến', () => {
    expect(names(filterMembers(roster, 'nguyen thi yen'))).toEqual(['Nguyễn Thị Ngọc Yến']);
  });

  it('"dang" → Đặng, "duc" → Đức, upper case and NFD input work', () => {
    expect(names(filterMembers(roster, 'dang'))).toEqual(['Đặng Văn Đức']);
    expect(names(filterMembers(roster, 'DUC'))).toEqual(['Đặng Văn Đức']);
    expect(names(filterMembers(roster, 'Đức'.normalize('NFD')))).toEqual(['Đặng Văn Đức']);
    expect(names(filterMembers(roster, 'yến'))).toEqual(['Nguyễn Thị Ngọc Yến']);
  });

  it('matches word beginnings (an does not find Loan) and số thẻ', () => {
    expect(names(filterMembers(roster, 'an'))).toEqual(['Lê An']);
    expect(names(filterMembers(roster, '012345'))).toEqual(['Nguyễn Thị Ngọc Yến']);
    expect(filterMembers(roster, '')).toHaveLength(4);
    expect(filterMembers(roster, 'xyz')).toHaveLength(0);
  });

  it('property: fold is idempotent, NFC/NFD-insensitive, ASCII lower case', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâbdđeêioôơuưyAĂÂĐÊÔƠƯ ̣́̀̉̃ àảãáạấầẩẫậ'.split('')), maxLength: 30 }), (s) => {
        const f = foldForSearch(s);
        expect(foldForSearch(f)).toBe(f);
        expect(foldForSearch(s.normalize('NFD'))).toBe(foldForSearch(s.normalize('NFC')));
        expect(/^[a-z ]*$/u.test(f)).toBe(true);
      }),
    );
  });

  it('property: a member is always found by its own name typed without diacritics', () => {
    const syl = fc.constantFrom('Nguyễn', 'Thị', 'Ngọc', 'Yến', 'Đặng', 'Đức', 'Hưng', 'Phạm', 'Ánh', 'Quỳnh');
    fc.assert(
      fc.property(fc.array(syl, { minLength: 1, maxLength: 4 }), (words) => {
        const m = member({ fullName: words.join(' ') });
        return filterMembers([m], foldForSearch(words.join(' '))).length === 1;
      }),
    );
  });
});

describe('filters by status and year', () => {
  const a = member({ fullName: 'Nguyễn Văn An', admissionDate: '2000-01-01', fullMembershipDate: '2001-01-01' });
  const b = member({ fullName: 'Trần Thị Bình', admissionDate: '2026-03-01' });
  const c = member({ fullName: 'Lê Văn Cường', admissionDate: '2000-01-01', statusPeriods: [period('chuyen_di', '2025-06-01')] });
  const d = member({
    fullName: 'Phạm Văn Dũng',
    admissionDate: '1970-01-01',
    fullMembershipDate: '1971-01-01',
    statusPeriods: [period('mien_sinh_hoat', '2020-01-01')],
  });
  const list = [a, b, c, d];

  it('status on a date', () => {
    const on = '2026-06-01';
    expect(names(filterMembers(list, { status: 'active', date: on }))).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Văn Dũng']);
    expect(names(filterMembers(list, { status: 'du_bi', date: on }))).toEqual(['Trần Thị Bình']);
    expect(names(filterMembers(list, { status: 'chinh_thuc', date: on }))).toEqual(['Nguyễn Văn An']);
    expect(names(filterMembers(list, { status: 'mien', date: on }))).toEqual(['Phạm Văn Dũng']);
    expect(names(filterMembers(list, { status: 'left', date: on }))).toEqual(['Lê Văn Cường']);
  });

  it('year: members who belonged to the cell at some time that year', () => {
    expect(names(filterMembers(list, { year: 2025 }))).toEqual(['Nguyễn Văn An', 'Lê Văn Cường', 'Phạm Văn Dũng']);
    expect(names(filterMembers(list, { year: 2026 }))).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Văn Dũng']);
    expect(names(filterMembers(list, { year: 2025, status: 'left', date: '2025-12-31' }))).toEqual(['Lê Văn Cường']);
  });
});

describe('tone placement (issue 15 point 5, domain.md §5.4, §8.1)', () => {
  it('Thủy and Thuỷ, Hòa and Hoà sort as one name; Hoả never lands between two Hòa', () => {
    const list = [
      'Bùi Văn Hòa',
      'Bùi Văn Hoả',
      'Bùi Văn Hoà',
      'Bùi Văn Hoa',
      'Lê Thị Thuỷ',
      'Lê Thị Thủy',
      'Lê Thị Thuý',
      'Bùi Văn Hòa',
    ].map((n) => member({ fullName: n }));
    const sorted = names(sortRoster(list));
    expect(sorted).toEqual([
      'Bùi Văn Hoa',
      'Bùi Văn Hoà',
      'Bùi Văn Hòa',
      'Bùi Văn Hòa',
      'Bùi Văn Hoả',
      'Lê Thị Thuỷ',
      'Lê Thị Thủy',
      'Lê Thị Thuý',
    ]);
    // the two spellings of Hòa are adjacent, Hoả after both
    const firstHoa = sorted.findIndex((n) => n.endsWith('Hoà') || n.endsWith('Hòa'));
    expect(sorted.slice(firstHoa, firstHoa + 3).every((n) => n.endsWith('Hoà') || n.endsWith('Hòa'))).toBe(true);
  });

  it('tone order holds whatever the spelling: Hoa < Hoà/Hòa < Hoả < Hoã/Hõa < Hoá/Hóa < Hoạ/Họa', () => {
    const given = ['Họa', 'Hoá', 'Hõa', 'Hoả', 'Hòa', 'Hoa'];
    const list = given.map((g) => member({ fullName: `Trần ${g}` }));
    expect(sortRoster(list).map((m) => m.givenName)).toEqual(['Hoa', 'Hòa', 'Hoả', 'Hõa', 'Hoá', 'Họa']);
  });

  const roster = [
    member({ fullName: 'Nguyễn Văn Dũng' }),
    member({ fullName: 'Trần Thị Dung' }),
    member({ fullName: 'Lê Thị Thủy' }),
    member({ fullName: 'Phạm Thu Thuỷ' }),
    member({ fullName: 'Võ Thị Thùy' }),
    member({ fullName: 'Hà Văn Trường' }),
    member({ fullName: 'Đỗ Văn Nguyên' }),
  ];

  it('a query typed without marks matches any marks', () => {
    expect(names(filterMembers(roster, 'dung'))).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Dung']);
    expect(names(filterMembers(roster, 'thuy'))).toEqual(['Lê Thị Thủy', 'Phạm Thu Thuỷ', 'Võ Thị Thùy']);
  });

  it('a query typed with marks matches only those marks, wherever the tone sits', () => {
    expect(names(filterMembers(roster, 'DŨNG'))).toEqual(['Nguyễn Văn Dũng']);
    expect(names(filterMembers(roster, 'dũng'))).toEqual(['Nguyễn Văn Dũng']);
    expect(names(filterMembers(roster, 'thuỷ'))).toEqual(['Lê Thị Thủy', 'Phạm Thu Thuỷ']);
    expect(names(filterMembers(roster, 'thủy'.normalize('NFD')))).toEqual(['Lê Thị Thủy', 'Phạm Thu Thuỷ']);
    expect(names(filterMembers(roster, 'thùy'))).toEqual(['Võ Thị Thùy']);
    expect(names(filterMembers(roster, 'nguyên'))).toEqual(['Đỗ Văn Nguyên']);
    expect(names(filterMembers(roster, 'nguyễn'))).toEqual(['Nguyễn Văn Dũng']);
  });

  it('a word still being typed with marks matches names it begins (Trư → Trường)', () => {
    expect(names(filterMembers(roster, 'trư'))).toEqual(['Hà Văn Trường']);
    expect(names(filterMembers(roster, 'trườ'))).toEqual(['Hà Văn Trường']);
    expect(names(filterMembers(roster, 'trương'))).toEqual([]);
    expect(names(filterMembers(roster, 'đỗ'))).toEqual(['Đỗ Văn Nguyên']);
    expect(names(filterMembers(roster, 'do'))).toEqual(['Đỗ Văn Nguyên']);
  });

  it('property: a member is found by its own name as written, with the tone on either vowel', () => {
    const syl = fc.constantFrom('Nguyễn', 'Thị', 'Hòa', 'Hoà', 'Thủy', 'Thuỷ', 'Quỳnh', 'Đức', 'Khoẻ', 'Khỏe', 'Tuý', 'Túy');
    const swap: Record<string, string> = {
      Hòa: 'Hoà',
      Hoà: 'Hòa',
      Thủy: 'Thuỷ',
      Thuỷ: 'Thủy',
      Khoẻ: 'Khỏe',
      Khỏe: 'Khoẻ',
      Tuý: 'Túy',
      Túy: 'Tuý',
    };
    fc.assert(
      fc.property(fc.array(syl, { minLength: 1, maxLength: 4 }), (words) => {
        const m = member({ fullName: words.join(' ') });
        const other = words.map((w) => swap[w] ?? w).join(' ');
        return filterMembers([m], words.join(' ')).length === 1 && filterMembers([m], other).length === 1;
      }),
    );
  });
});

describe('prepareMemberSearch (the members page: prepared once, then one call per keystroke)', () => {
  const names = (ms: readonly { fullName: string }[]) => ms.map((m) => m.fullName);
  const roster = [
    'Nguyễn Thị Hoa',
    'Nguyễn Thị Hòa',
    'Nguyễn Thị Hằng',
    'Nguyễn Văn Hùng',
    'Nguyên Thị Hà',
    'Trần Thị Nguyệt',
    'Hà Văn Trường',
    'Đỗ Văn Nguyên',
    'Lê Thị Thủy',
    'Phạm Thu Thuỷ',
  ].map((n, i) => member({ fullName: n, cardNumber: `0${i}12345` }));

  it('typing “nguyen thi h” one character at a time gives filterMembers’ result at every step', () => {
    const search = prepareMemberSearch(roster);
    const query = 'nguyen thi h';
    for (let k = 0; k <= query.length; k++)
      expect(names(search(query.slice(0, k)))).toEqual(names(filterMembers(roster, query.slice(0, k))));
    expect(names(search('nguyen thi h'))).toEqual(['Nguyễn Thị Hoa', 'Nguyễn Thị Hòa', 'Nguyễn Thị Hằng', 'Nguyên Thị Hà']);
    // Deleting, retyping with marks, a card number: still the same as a fresh filter.
    for (const q of ['nguyen thi', 'nguyễn', 'nguyễn thị hòa', 'nguyên', 'nguyen', '0312', '031234', '', 'thuy', 'thuỷ', 'thu'])
      expect(names(search(q))).toEqual(names(filterMembers(roster, q)));
  });

  it('an empty query gives the whole list', () => {
    expect(prepareMemberSearch(roster)('  ')).toHaveLength(roster.length);
  });

  it('property: any sequence of queries gives filterMembers’ result each time', () => {
    const piece = fc.constantFrom(
      'n',
      'ng',
      'nguy',
      'nguyen',
      'nguyễ',
      'nguyên',
      'thi',
      'thị',
      'h',
      'ho',
      'hò',
      'hà',
      'hằ',
      'tr',
      'thuỷ',
      ' ',
      '0',
      '12',
      'Đ',
      'đỗ',
    );
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 5 }), { minLength: 1, maxLength: 12 }), (queries) => {
        const search = prepareMemberSearch(roster);
        // Each query typed on from the previous one half of the time, written anew otherwise.
        let text = '';
        return queries.every((parts, i) => {
          text = (i % 2 === 0 ? text : '') + parts.join('');
          return names(search(text)).join('|') === names(filterMembers(roster, text)).join('|');
        });
      }),
    );
  });
});
