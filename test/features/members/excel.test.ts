import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildRosterSampleXlsx, buildRosterXlsx, readSpreadsheet, SpreadsheetError } from '../../../src-renderer/features/members/excel';
import {
  detectHeader,
  parseRoster,
  ROSTER_SAMPLE_FILE_NAME,
  ROSTER_SAMPLE_HELP_SHEET,
  ROSTER_SAMPLE_ROWS,
  ROSTER_SAMPLE_SHEET,
  sortRoster,
  validateMapping,
} from '../../../src-renderer/core/members';
import { member } from '../../core/members/helpers';

const TODAY = '2026-11-28';

describe('roster .xlsx export → import round trip', () => {
  const members = sortRoster([
    member({
      fullName: 'Nguyễn Thị Ngọc Yến',
      birthDate: '1980-02-05',
      gender: 'nu',
      admissionDate: '2005-01-10',
      fullMembershipDate: '2006-01-10',
      partyPosition: 'bi_thu',
      govPosition: 'Giám đốc Sở',
    }),
    member({
      fullName: 'Đặng Văn Đức',
      birthDate: '1975-12-31',
      gender: 'nam',
      admissionDate: '2000-02-29',
      partyPosition: 'dang_vien',
      note: 'Cựu chiến binh; "tốt"',
    }),
    member({ fullName: 'Tôn Nữ Thị Ninh', birthDate: '1990-01-01', gender: 'nu' }),
  ]);

  it('writes the columns in order, sorted as given, and reads back the same data', async () => {
    const bytes = await buildRosterXlsx(members, { unitName: 'Chi bộ Sở Tư pháp', date: TODAY });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách đảng viên')!;
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Ngày vào Đảng',
      'Ngày chính thức',
      'Chức vụ',
      'Ghi chú',
    ]);
    expect([ws.getCell('B5').value, ws.getCell('B6').value, ws.getCell('B7').value]).toEqual([
      'Đặng Văn Đức',
      'Tôn Nữ Thị Ninh',
      'Nguyễn Thị Ngọc Yến',
    ]);
    expect(ws.getCell('C5').numFmt).toBe('dd/mm/yyyy');

    const sheets = await readSpreadsheet('danh-sach.xlsx', bytes);
    const rows = sheets[0]!.rows;
    const h = detectHeader(rows)!;
    expect(h.headerRow).toBe(3);
    const parsed = parseRoster(rows, h.headerRow, h.mapping, [], { today: TODAY });
    expect(parsed.map((p) => p.action)).toEqual(['add', 'add', 'add']);
    const back = parsed.map((p) => p.data!);
    for (const [i, m] of members.entries()) {
      expect(back[i]).toMatchObject({
        fullName: m.fullName,
        familyName: m.familyName,
        givenName: m.givenName,
        birthDate: m.birthDate,
        gender: m.gender,
        partyPosition: m.partyPosition,
      });
      expect(back[i]!.admissionDate).toBe(m.admissionDate);
      expect(back[i]!.fullMembershipDate).toBe(m.fullMembershipDate);
      expect(back[i]!.govPosition).toBe(m.govPosition);
      expect(back[i]!.note).toBe(m.note);
    }
    // Re-importing the export over the same roster changes nothing.
    const again = parseRoster(rows, h.headerRow, h.mapping, members, { today: TODAY });
    expect(again.map((p) => p.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('reads .csv (UTF-8 with BOM, and NFD text becomes NFC)', async () => {
    const text = '\uFEFFHọ và tên;Ngày sinh\r\n' + 'Nguyễn Thị Ngọc Yến'.normalize('NFD') + ';05/02/1980\r\n';
    const sheets = await readSpreadsheet('ds.csv', new TextEncoder().encode(text));
    expect(sheets[0]!.rows).toEqual([
      ['Họ và tên', 'Ngày sinh'],
      ['Nguyễn Thị Ngọc Yến'.normalize('NFC'), '05/02/1980'],
    ]);
  });

  it('refuses non-spreadsheets and broken files with a clear message', async () => {
    await expect(readSpreadsheet('anh.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]))).rejects.toThrow('không phải bảng tính Excel');
    await expect(readSpreadsheet('cu.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow('Excel cũ (.xls');
    await expect(readSpreadsheet('hong.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).rejects.toThrow('tệp bị hỏng');
    await expect(readSpreadsheet('rong.xlsx', new Uint8Array())).rejects.toBeInstanceOf(SpreadsheetError);
  });
});

describe('the sample file of the import screen', () => {
  it('has the recognised header on row 1, three example rows that import cleanly, and a help sheet', async () => {
    const bytes = await buildRosterSampleXlsx();
    const sheets = await readSpreadsheet(ROSTER_SAMPLE_FILE_NAME, bytes);
    expect(sheets.map((s) => s.name)).toEqual([ROSTER_SAMPLE_SHEET, ROSTER_SAMPLE_HELP_SHEET]);
    const rows = sheets[0]!.rows;
    const h = detectHeader(rows)!;
    expect(h.headerRow).toBe(0);
    // Every column but STT is mapped to its field.
    expect(Object.keys(h.mapping).sort()).toEqual(
      ['admissionDate', 'birthDate', 'cardNumber', 'fullMembershipDate', 'fullName', 'gender', 'note', 'position', 'workplace'].sort(),
    );
    expect(validateMapping(h.mapping)).toEqual([]);
    const parsed = parseRoster(rows, h.headerRow, h.mapping, [], { today: TODAY });
    expect(parsed.map((p) => [p.action, p.errors])).toEqual(ROSTER_SAMPLE_ROWS.map(() => ['add', []]));
    expect(parsed.map((p) => p.data!.fullName)).toEqual(ROSTER_SAMPLE_ROWS.map((r) => r.fullName));
    expect(parsed[0]!.data).toMatchObject({
      partyPosition: 'bi_thu',
      govPosition: 'Giám đốc Sở',
      birthDate: '1975-03-12',
      gender: 'nam',
      cardNumber: '79.001234',
    });
    expect(parsed[1]!.data).toMatchObject({ partyPosition: 'chi_uy_vien', gender: 'nu', fullMembershipDate: '2009-02-03' });
    expect(parsed[2]!.data!.fullMembershipDate).toBeUndefined();
    const help = sheets[1]!.rows.map((r) => String(r[0] ?? '')).join('\n');
    expect(help).toContain('Bí thư chi bộ; Giám đốc Sở');
    expect(help).toContain('ngày/tháng/năm');
  });
});
