/**
 * Spreadsheet I/O for the roster with exceljs (loaded on demand: it is large). Reading turns a
 * .xlsx or .csv file into plain rows for core/members/roster-import; writing builds the roster
 * .xlsx (STT, Họ và tên, Ngày sinh, Giới tính, Ngày vào Đảng, Ngày chính thức, Chức vụ, Ghi chú).
 */
import type { IsoDate } from '../../core/model';
import {
  normalizeCell,
  parseCsv,
  ROSTER_SAMPLE_HEADERS,
  ROSTER_SAMPLE_HELP,
  ROSTER_SAMPLE_HELP_SHEET,
  ROSTER_SAMPLE_ROWS,
  ROSTER_SAMPLE_SHEET,
  ROSTER_EXPORT_HEADERS,
  rosterExportRows,
  type ExportableMember,
  type SheetRows,
} from '../../core/members';
import { formatDate, nfc } from '../../core/text';
import { errorMessage } from '../../services/errors';

export class SpreadsheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

export interface SheetData {
  name: string;
  rows: SheetRows;
}

async function loadExcelJs() {
  const mod = await import('exceljs');
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Decode CSV bytes: UTF-8 (with or without BOM), else Windows-1258 (old Vietnamese Excel). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return nfc(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    try {
      return nfc(new TextDecoder('windows-1258').decode(bytes));
    } catch {
      throw new SpreadsheetError(
        'Không đọc được chữ tiếng Việt trong tệp CSV này. Hãy mở tệp bằng Excel, chọn "Lưu thành" (Save As), chọn dạng "Sổ làm việc Excel (.xlsx)" rồi chọn lại tệp đó.',
      );
    }
  }
}

/** Read every sheet of a .xlsx or .csv file. Throws SpreadsheetError with a Vietnamese message. */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<SheetData[]> {
  const lower = fileName.toLowerCase();
  if (bytes.byteLength === 0) throw new SpreadsheetError(`Tệp "${fileName}" trống.`);
  if (lower.endsWith('.csv')) {
    if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC))
      throw new SpreadsheetError(`Tệp "${fileName}" có đuôi .csv nhưng không phải tệp văn bản CSV.`);
    let rows: string[][];
    try {
      rows = parseCsv(decodeCsv(bytes));
    } catch (e) {
      throw new SpreadsheetError(errorMessage(e, 'Tệp CSV bị lỗi.'));
    }
    return [{ name: fileName.replace(/\.csv$/iu, ''), rows }];
  }
  if (lower.endsWith('.xls') || startsWith(bytes, OLE_MAGIC))
    throw new SpreadsheetError(
      `Tệp "${fileName}" là dạng Excel cũ (.xls, Excel 97–2003), chưa đọc được. Hãy mở bằng Excel và "Lưu thành" dạng .xlsx rồi chọn lại.`,
    );
  if (!startsWith(bytes, ZIP_MAGIC))
    throw new SpreadsheetError(`Tệp "${fileName}" không phải bảng tính Excel (.xlsx) hay CSV. Hãy chọn đúng tệp danh sách đảng viên.`);
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new SpreadsheetError(`Không đọc được tệp "${fileName}": tệp bị hỏng hoặc không đúng định dạng Excel (.xlsx).`);
  }
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => {
    const rows: SheetRows = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: SheetRows[number] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = normalizeCell(cell.value);
      });
      rows[rowNumber - 1] = values;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: nfc(ws.name), rows });
  });
  if (sheets.length === 0) throw new SpreadsheetError(`Tệp "${fileName}" không có trang tính nào.`);
  return sheets;
}

function isoToUtcDate(iso: IsoDate | undefined): Date | undefined {
  if (!iso) return undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export interface RosterWorkbookOptions {
  unitName?: string;
  /** "Tính đến ngày" line; also the file's date. */
  date: IsoDate;
}

/** The roster .xlsx, rows in the given (on-screen) order. Dates are real date cells shown dd/mm/yyyy. */
export async function buildRosterXlsx(
  members: readonly ExportableMember[],
  options: RosterWorkbookOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sổ Nêu Gương';
  const ws = wb.addWorksheet('Danh sách đảng viên', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [
    { key: 'stt', width: 6 },
    { key: 'fullName', width: 30 },
    { key: 'birthDate', width: 13 },
    { key: 'gender', width: 10 },
    { key: 'admissionDate', width: 15 },
    { key: 'fullMembershipDate', width: 15 },
    { key: 'position', width: 32 },
    { key: 'note', width: 30 },
  ];
  const font = { name: 'Times New Roman', size: 12 };
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = 'DANH SÁCH ĐẢNG VIÊN';
  ws.getCell('A1').font = { ...font, bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:H2');
  ws.getCell('A2').value = nfc(`${options.unitName ? options.unitName + ' — ' : ''}tính đến ngày ${formatDate(options.date)}`);
  ws.getCell('A2').font = { ...font, italic: true };
  ws.getCell('A2').alignment = { horizontal: 'center' };
  const header = ws.getRow(4);
  header.values = [...ROSTER_EXPORT_HEADERS];
  header.font = { ...font, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const border = { style: 'thin' as const };
  const borders = { top: border, left: border, bottom: border, right: border };
  header.eachCell((c) => (c.border = borders));
  let r = 5;
  for (const row of rosterExportRows(members)) {
    const xr = ws.getRow(r++);
    xr.values = [
      row.stt,
      nfc(row.fullName),
      isoToUtcDate(row.birthDate) ?? null,
      row.gender,
      isoToUtcDate(row.admissionDate) ?? null,
      isoToUtcDate(row.fullMembershipDate) ?? null,
      nfc(row.position),
      nfc(row.note),
    ];
    xr.font = font;
    for (const c of [3, 5, 6]) xr.getCell(c).numFmt = 'dd/mm/yyyy';
    for (let c = 1; c <= 8; c++) xr.getCell(c).border = borders;
    xr.getCell(1).alignment = { horizontal: 'center' };
  }
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * The sample file of the import screen: the header the import recognises on row 1, three example
 * rows (real date cells shown dd/mm/yyyy), and a "Hướng dẫn" sheet after the list.
 */
export async function buildRosterSampleXlsx(): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sổ Nêu Gương';
  const font = { name: 'Times New Roman', size: 12 };
  const border = { style: 'thin' as const };
  const borders = { top: border, left: border, bottom: border, right: border };
  const ws = wb.addWorksheet(ROSTER_SAMPLE_SHEET);
  ws.columns = [6, 28, 13, 10, 15, 15, 16, 32, 28, 40].map((width) => ({ width }));
  const header = ws.getRow(1);
  header.values = [...ROSTER_SAMPLE_HEADERS];
  header.font = { ...font, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((c) => {
    c.border = borders;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F5FF' } };
  });
  ROSTER_SAMPLE_ROWS.forEach((row, i) => {
    const xr = ws.getRow(i + 2);
    xr.values = [
      i + 1,
      row.fullName,
      isoToUtcDate(row.birthDate) ?? null,
      row.gender,
      isoToUtcDate(row.admissionDate) ?? null,
      isoToUtcDate(row.fullMembershipDate) ?? null,
      row.cardNumber,
      row.position,
      row.workplace,
      row.note,
    ];
    xr.font = { ...font, italic: true, color: { argb: 'FF495057' } };
    for (const c of [3, 5, 6]) xr.getCell(c).numFmt = 'dd/mm/yyyy';
    xr.getCell(7).numFmt = '@';
    for (let c = 1; c <= ROSTER_SAMPLE_HEADERS.length; c++) xr.getCell(c).border = borders;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet(ROSTER_SAMPLE_HELP_SHEET);
  help.getColumn(1).width = 120;
  ROSTER_SAMPLE_HELP.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.font = i === 0 ? { ...font, bold: true, size: 14 } : font;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
