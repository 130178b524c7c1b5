/**
 * The dues sheet and the month's statement as one .xlsx workbook (exceljs, loaded on demand):
 * sheet "Bảng thu" (one row per member, totals) and sheet "Báo cáo" (the statement's figures).
 * Same rows and figures as the PDFs (core/dues duesTableRows, duesStatementLines).
 */
import { duesStatementLines } from '../../core/dues';
import { formatDate } from '../../core/text';
import type { DuesDocumentInput } from '../../services/dues';

async function loadExcelJs() {
  const mod = await import('exceljs');
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

export const DUES_XLSX_HEADERS = [
  'TT',
  'Họ và tên',
  'Đối tượng',
  'Mức lương làm căn cứ (đồng)',
  'Mức phải nộp (đồng)',
  'Số tiền đã nộp (đồng)',
  'Ngày nộp',
  'Hình thức',
  'Trạng thái',
  'Ghi chú',
];

const monthYear = (period: string) => `tháng ${Number(period.slice(5, 7))}/${period.slice(0, 4)}`;

export async function buildDuesXlsx(input: DuesDocumentInput): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sổ Nêu Gương';
  const money = '#,##0';

  const ws = wb.addWorksheet('Bảng thu');
  ws.addRow([input.unitName.toLocaleUpperCase('vi')]).font = { bold: true };
  ws.addRow([`BẢNG THU ĐẢNG PHÍ ${monthYear(input.period).toLocaleUpperCase('vi')}`]).font = { bold: true, size: 13 };
  ws.addRow([`Lập ngày ${formatDate(input.date)}; mức phải nộp tính theo ${input.ruleSetName}.`]);
  ws.addRow(DUES_XLSX_HEADERS).font = { bold: true };
  for (const r of input.rows) {
    ws.addRow([
      r.index,
      r.name,
      r.group,
      r.base ?? null,
      r.expected ?? r.expectedText,
      r.collected || null,
      r.paidOn,
      r.channel,
      r.status,
      r.note,
    ]);
  }
  const t = input.totals;
  ws.addRow(['', 'Cộng', '', null, t.expected, t.collected, '', '', `Đã nộp đủ ${t.paidMembers}/${t.owedMembers}`, '']).font = {
    bold: true,
  };
  for (const c of [4, 5, 6]) ws.getColumn(c).numFmt = money;
  ws.columns.forEach((c, i) => {
    c.width = [5, 28, 34, 16, 14, 14, 12, 18, 22, 36][i] ?? 12;
  });

  const st = wb.addWorksheet('Báo cáo');
  st.addRow([input.unitName.toLocaleUpperCase('vi')]).font = { bold: true };
  st.addRow([`BÁO CÁO THU, NỘP ĐẢNG PHÍ ${monthYear(input.period).toLocaleUpperCase('vi')}`]).font = { bold: true, size: 13 };
  st.addRow([`Kính gửi: ${input.superiorCommittee}`]);
  st.addRow(['Nội dung', 'Số lượng', 'Đơn vị']).font = { bold: true };
  for (const l of duesStatementLines(t)) {
    const row = st.addRow([`${l.indent ? '   ' : ''}${l.label}`, l.value, l.money ? 'đồng' : 'đồng chí']);
    if (!l.indent) row.font = { bold: true };
  }
  st.getColumn(2).numFmt = money;
  st.getColumn(1).width = 62;
  st.getColumn(2).width = 16;
  st.getColumn(3).width = 10;

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
