import { describe, expect, it } from 'vitest';
import {
  cellToDate,
  columnLetter,
  detectHeader,
  excelSerialToIso,
  normalizeCell,
  parseCsv,
  parsePosition,
  parseRoster,
  positionText,
  rosterExportTable,
  summarize,
  toCsv,
  validateMapping,
  type SheetRows,
} from '../../../src-renderer/core/members';
import { member } from './helpers';

const TODAY = '2026-11-28';

const sheet: SheetRows = [
  ['DANH SÁCH ĐẢNG VIÊN CHI BỘ SỞ TƯ PHÁP'],
  [],
  ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ', 'Chức vụ', 'Ghi chú'],
  [1, 'Nguyễn Thị Ngọc Yến', '05/02/1980', 'Nữ', new Date(Date.UTC(2005, 0, 10)), '10/01/2006', '79.001', 'Bí thư chi bộ; Giám đốc Sở', ''],
  [2, 'Đặng Văn Đức', 29256, 'Nam', '1/3/2010', '1/3/2011', '79.002', 'Đảng viên', 'Cựu chiến binh'],
  [3, '', '01/01/1990', 'Nam', '', '', '', '', ''],
  [4, 'Trần Văn Bình', '31/02/1985', 'Nam', '', '', '', '', ''],
  [5, 'Lê Thị Hoa', '1979', 'Nữ', '', '', '', '', ''],
  [6, 'Phạm Văn Cường', '01/01/1975', 'X', '', '', '79.001', '', ''],
  [7, 'Đặng Văn Đức', 29256, 'Nam', '', '', '', '', ''],
  [],
  [8, 'Hoàng Văn Em', '01/01/1975', 'Nam', '01/01/2030', '', '', '', ''],
];

describe('detectHeader', () => {
  it('finds the header below a title and maps the columns', () => {
    const h = detectHeader(sheet)!;
    expect(h.headerRow).toBe(2);
    expect(h.mapping).toEqual({
      fullName: 1,
      birthDate: 2,
      gender: 3,
      admissionDate: 4,
      fullMembershipDate: 5,
      cardNumber: 6,
      position: 7,
      note: 8,
    });
  });

  it('recognises variants: "Họ tên", "Ngày tháng năm sinh", "Số thẻ đảng viên", "Ngày vào Đảng (dd/mm/yyyy)"', () => {
    const h = detectHeader([
      ['TT', 'Họ tên', 'Ngày tháng năm sinh', 'Số thẻ đảng viên', 'Ngày vào Đảng (dd/mm/yyyy)', 'Ngày công nhận chính thức'],
    ])!;
    expect(h.mapping).toEqual({ fullName: 1, birthDate: 2, cardNumber: 3, admissionDate: 4, fullMembershipDate: 5 });
  });

  it('separate "Họ và tên đệm" + "Tên" columns', () => {
    const h = detectHeader([
      ['Họ và tên đệm', 'Tên', 'Ngày sinh'],
      ['Tôn Nữ Thị', 'Ninh', '01/01/1980'],
    ])!;
    expect(h.mapping).toEqual({ familyAndMiddle: 0, givenName: 1, birthDate: 2 });
    const rows = parseRoster(
      [
        ['Họ và tên đệm', 'Tên', 'Ngày sinh'],
        ['Nguyễn Thị', 'Yến', '01/01/1980'],
      ],
      0,
      h.mapping,
      [],
      { today: TODAY },
    );
    expect(rows[0]!.data).toMatchObject({ fullName: 'Nguyễn Thị Yến', familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Yến' });
  });

  it('no name column → undefined', () => {
    expect(
      detectHeader([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBeUndefined();
  });
});

describe('validateMapping', () => {
  it('requires a name and one column per field', () => {
    expect(validateMapping({ birthDate: 1 })).toHaveLength(1);
    expect(validateMapping({ fullName: 1, birthDate: 1 })[0]).toBe('Cột B được chọn cho cả "Họ và tên" và "Ngày sinh".');
    expect(validateMapping({ fullName: 0 })).toEqual([]);
    expect(columnLetter(27)).toBe('AB');
  });
});

describe('parseRoster', () => {
  const h = detectHeader(sheet)!;
  const rows = parseRoster(sheet, h.headerRow, h.mapping, [], { today: TODAY });

  it('valid rows, with dates from text, Date cells and Excel serials', () => {
    expect(rows[0]).toMatchObject({ rowNumber: 4, action: 'add', errors: [] });
    expect(rows[0]!.data).toMatchObject({
      fullName: 'Nguyễn Thị Ngọc Yến',
      givenName: 'Yến',
      birthDate: '1980-02-05',
      gender: 'nu',
      admissionDate: '2005-01-10',
      fullMembershipDate: '2006-01-10',
      cardNumber: '79.001',
      partyPosition: 'bi_thu',
      govPosition: 'Giám đốc Sở',
    });
    expect(rows[1]!.data).toMatchObject({ birthDate: '1980-02-05', partyPosition: 'dang_vien', note: 'Cựu chiến binh' });
  });

  it('per-row Vietnamese errors: missing name, bad date, year only, gender, duplicates in the file, future date', () => {
    const byRow = new Map(rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(6)!.errors).toEqual(['Thiếu họ và tên.']);
    expect(byRow.get(7)!.errors).toEqual(['Ngày sinh không hợp lệ: "31/02/1985". Nhập theo dạng ngày/tháng/năm, ví dụ 05/02/1980.']);
    expect(byRow.get(8)!.errors).toEqual(['Ngày sinh chỉ có năm (1979); cần đủ ngày/tháng/năm, ví dụ 05/02/1979.']);
    expect(byRow.get(9)!.errors).toEqual(['Giới tính không rõ: "X" (ghi "Nam" hoặc "Nữ").']);
    expect(byRow.get(10)!.errors).toEqual(['Trùng họ tên và ngày sinh với dòng 5.']);
    expect(byRow.get(12)!.errors).toEqual(['Ngày vào Đảng (01/01/2030) ở tương lai.']);
    expect(rows.every((r) => r.errors.length === 0 || r.action === 'invalid')).toBe(true);
    expect(summarize(rows)).toEqual({ add: 2, update: 0, unchanged: 0, invalid: 6 });
  });

  it('same số thẻ twice in the file', () => {
    const s: SheetRows = [
      ['Họ và tên', 'Số thẻ'],
      ['Lê An', '001'],
      ['Lê Bình', '0 01'],
    ];
    const r = parseRoster(s, 0, { fullName: 0, cardNumber: 1 }, [], { today: TODAY });
    expect(r[1]!.errors).toEqual(['Trùng số thẻ đảng viên với dòng 2.']);
  });

  it('matches the stored roster: update, unchanged, card owned by someone else', () => {
    const existing = [
      member({ id: 'x1', fullName: 'Nguyễn Thị Ngọc Yến', birthDate: '1980-02-05', cardNumber: '79.001' }),
      member({
        id: 'x2',
        fullName: 'Đặng Văn Đức',
        birthDate: '1980-02-05',
        cardNumber: '79.002',
        gender: 'nam',
        admissionDate: '2010-03-01',
        fullMembershipDate: '2011-03-01',
        note: 'Cựu chiến binh',
      }),
    ];
    const again = parseRoster(sheet, h.headerRow, h.mapping, existing, { today: TODAY });
    expect(again[0]).toMatchObject({ action: 'update', matchId: 'x1' });
    expect(again[1]).toMatchObject({ action: 'unchanged', matchId: 'x2' });
    const other = parseRoster(
      [
        ['Họ và tên', 'Số thẻ'],
        ['Lê Văn Tám', '79001'],
      ],
      0,
      { fullName: 0, cardNumber: 1 },
      existing,
      { today: TODAY },
    );
    expect(other[0]!.errors[0]).toBe('Số thẻ 79001 đã thuộc đồng chí Nguyễn Thị Ngọc Yến, khác họ tên trong tệp.');
  });

  it('same name, different or unknown birth date: added with a warning', () => {
    const existing = [member({ id: 'x1', fullName: 'Lê An', birthDate: '1970-01-01' })];
    const r = parseRoster(
      [
        ['Họ và tên', 'Ngày sinh'],
        ['Lê An', '02/01/1970'],
      ],
      0,
      { fullName: 0, birthDate: 1 },
      existing,
      { today: TODAY },
    );
    expect(r[0]!.action).toBe('add');
    expect(r[0]!.warnings[0]).toContain('Đã có đồng chí cùng họ tên (01/01/1970)');
  });

  it('NFD text in the file is stored NFC', () => {
    const r = parseRoster([['Họ và tên'], ['Nguyễn Thị Ngọc Yến'.normalize('NFD')]], 0, { fullName: 0 }, [], { today: TODAY });
    expect(r[0]!.data!.fullName).toBe('Nguyễn Thị Ngọc Yến'.normalize('NFC'));
    expect(r[0]!.data!.searchKey).toBe('nguyen thi ngoc yen');
  });
});

describe('cells', () => {
  it('normalizeCell handles exceljs rich text, formula results and hyperlinks', () => {
    expect(normalizeCell({ richText: [{ text: 'Nguyễn ' }, { text: 'Văn A' }] })).toBe('Nguyễn Văn A');
    expect(normalizeCell({ formula: 'A1', result: 5 })).toBe(5);
    expect(normalizeCell({ text: 'x', hyperlink: 'http://a' })).toBe('x');
    expect(normalizeCell(null)).toBeUndefined();
  });

  it('dates', () => {
    expect(excelSerialToIso(29256)).toBe('1980-02-05');
    expect(cellToDate('05.02.1980', 'Ngày sinh')).toEqual({ iso: '1980-02-05' });
    expect(cellToDate('5 / 2 / 1980', 'Ngày sinh')).toEqual({ iso: '1980-02-05' });
    expect(cellToDate(new Date(Date.UTC(1980, 1, 5)), 'Ngày sinh')).toEqual({ iso: '1980-02-05' });
    expect(cellToDate('hôm qua', 'Ngày sinh').error).toContain('không hợp lệ');
    expect(cellToDate('', 'Ngày sinh')).toEqual({});
  });

  it('position text round trip', () => {
    for (const m of [
      { partyPosition: 'bi_thu' as const, govPosition: 'Giám đốc Sở' },
      { partyPosition: 'pho_bi_thu' as const },
      { partyPosition: 'chi_uy_vien' as const, govPosition: 'Trưởng phòng, phụ trách kế toán' },
      { partyPosition: 'dang_vien' as const, govPosition: 'Chuyên viên' },
      { partyPosition: 'dang_vien' as const },
    ]) {
      const back = parsePosition(positionText(m));
      expect(back.partyPosition).toBe(m.partyPosition);
      expect(back.govPosition).toBe(m.govPosition);
    }
    expect(parsePosition('Bí thư Đoàn thanh niên')).toEqual({ partyPosition: 'dang_vien', govPosition: 'Bí thư Đoàn thanh niên' });
  });
});

describe('CSV', () => {
  it('parses quotes, doubled quotes, CRLF, BOM and detects ; delimiters', () => {
    expect(parseCsv('\uFEFFHọ và tên,Ghi chú\r\n"Lê, An","nói ""chào"""\r\n')).toEqual([
      ['Họ và tên', 'Ghi chú'],
      ['Lê, An', 'nói "chào"'],
    ]);
    expect(parseCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('"abc')).toThrow('chưa được đóng');
  });

  it('export table → CSV → parse → same table', () => {
    const ms = [
      member({ fullName: 'Lê An', birthDate: '1970-01-01', partyPosition: 'bi_thu', note: 'a, "b"' }),
      member({ fullName: 'Trần Bình' }),
    ];
    const table = rosterExportTable(ms);
    expect(parseCsv(toCsv(table))).toEqual(table);
  });
});
