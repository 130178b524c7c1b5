import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildRosterXlsx, readSpreadsheet, SpreadsheetError } from '../../../src-renderer/features/members/excel';
import { detectHeader, parseRoster, sortRoster } from '../../../src-renderer/core/members';
import { member } from '../../core/members/helpers';

const TODAY = '2026-11-28';

describe('roster .xlsx export → import round trip', () => {
  const members = sortRoster([
    member({ fullName: 'Nguyễn Thị Ngọc Yến', birthDate: '1980-02-05', gender: 'nu', admissionDate: '2005-01-10', fullMembershipDate: '2006-01-10', partyPosition: 'bi_thu', govPosition: 'Giám đốc Sở' }),
    member({ fullName: 'Đặng Văn Đức', birthDate: '1975-12-31', gender: 'nam', admissionDate: '2000-02-29', partyPosition: 'dang_vien', note: 'Cựu chiến binh; "tốt"' }),
    member({ fullName: 'Tôn Nữ Thị Ninh', birthDate: '1990-01-01', gender: 'nu' }),
  ]);

  it('writes the columns in order, sorted as given, and reads back the same data', async () => {
    const bytes = await buildRosterXlsx(members, { unitName: 'Chi bộ Sở Tư pháp', date: TODAY });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách đảng viên')!;
    expect(ws.getRow(4).values).toEqual([undefined, 'STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng', 'Ngày chính thức', 'Chức vụ', 'Ghi chú']);
    expect([ws.getCell('B5').value, ws.getCell('B6').value, ws.getCell('B7').value]).toEqual(['Đặng Văn Đức', 'Tôn Nữ Thị Ninh', 'Nguyễn Thị Ngọc Yến']);
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
