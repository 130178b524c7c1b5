// @vitest-environment jsdom
/**
 * The collection sheet and the month's statement (PDF) and the workbook (.xlsx) print the same rows
 * and figures as the sheet: text extracted from the PDF, cells read back from the workbook.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildDuesSheet,
  duesTableRows,
  DUES_GROUP,
  QD01_2026_DUES,
  type DuesPayment,
  type DuesSheetMember,
} from '../../src-renderer/core/dues';
import { buildDuesSheetPdf, buildDuesStatementPdf, DUES_SHEET_COLUMNS, type DuesDocumentInput } from '../../src-renderer/documents/dues';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { buildDuesXlsx, DUES_XLSX_HEADERS } from '../../src-renderer/features/dues/xlsx';
import { member } from '../core/members/helpers';
import { readPdf, readPdfLayout, squash } from '../helpers/pdf-text';
import { layoutViolations } from '../helpers/layout-rules';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Đức Hà',
  'Phạm Thị Ánh Tuyết',
  'Hoàng Văn Đạt',
  'Vũ Thị Ngọc Ẩn',
  'Đặng Xuân Khánh',
  'Bùi Thu Ngọc',
  'Đỗ Quốc Việt',
  'Hồ Thị Ngọc Thảo',
  'Ngô Văn Lượng',
  'Dương Thị Yến',
];
const members: DuesSheetMember[] = NAMES.map((fullName, i) => ({
  ...member({ id: `m${i + 1}`, fullName, admissionDate: '2010-05-19' }),
  duesBasis:
    i === 10
      ? [{ from: '2026-01', groupCode: DUES_GROUP.pension, base: 5_300_000 }]
      : i === 11
        ? [{ from: '2026-01', groupCode: DUES_GROUP.student }]
        : [{ from: '2026-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_000_000 + i * 250_000 }],
}));
const pay = (i: number, patch: Partial<DuesPayment> = {}): DuesPayment => ({
  id: `p${i}`,
  memberId: `m${i + 1}`,
  period: '2026-11',
  coversFrom: '2026-11',
  coversThrough: '2026-11',
  amount: 0,
  paidOn: '2026-11-05',
  channel: i % 3 === 0 ? 'tien_mat' : 'cong_dvc',
  ...patch,
});
const sheet = buildDuesSheet({
  period: '2026-11',
  members,
  rules: QD01_2026_DUES,
  today: '2026-11-20',
  payments: [
    ...[0, 1, 2, 3, 6, 7, 8, 9, 10].map((i) => pay(i, { amount: Math.round((8_000_000 + i * 250_000) / 100_000) * 1000 })),
    pay(4, { amount: 0, paidOn: undefined, channel: undefined, deferredReason: 'Ốm dài ngày' }),
    pay(5, { coversThrough: '2027-01', amount: 276_000, note: 'Nộp trước 3 tháng' }),
  ].map((p) => (p.memberId === 'm11' ? { ...p, amount: 27_000 } : p)),
});
const input: DuesDocumentInput = {
  period: '2026-11',
  superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
  superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
  unitName: 'Chi bộ Sở Tư pháp',
  placeName: 'Ninh Thuận',
  issuerCode: 'CB',
  date: '2026-11-30',
  rows: duesTableRows(sheet, (id) => members.find((m) => m.id === id)?.duesBasis),
  totals: sheet.totals,
  ruleSetName: 'Chế độ đảng phí (Quy định 01-QĐ/TW, 03/02/2026) (mã QD01-2026, phiên bản 1)',
  signerName: 'Nguyễn Văn Đức',
  style: DEFAULT_DOCUMENT_STYLE,
};

describe('đảng phí documents', () => {
  it('the collection sheet: header, title, every member with amounts, totals and both signatures (landscape)', async () => {
    const bytes = await renderPdf(buildDuesSheetPdf(input));
    if (process.env.DUES_PDF_OUT) {
      mkdirSync(process.env.DUES_PDF_OUT, { recursive: true });
      writeFileSync(`${process.env.DUES_PDF_OUT}/bang-thu.pdf`, bytes);
    }
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]!.width).toBeCloseTo(841.89, 1);
    const text = squash(pdf.text);
    for (const s of [
      'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH',
      'CHI BỘ SỞ TƯ PHÁP',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Ninh Thuận, ngày 30 tháng 11 năm 2026',
      'BẢNG THU ĐẢNG PHÍ',
      'tháng 11 năm 2026',
      'NGƯỜI LẬP BẢNG',
      'T/M CHI BỘ',
      'BÍ THƯ',
      'Nguyễn Văn Đức',
    ])
      expect(text).toContain(s);
    for (const n of NAMES) expect(text).toContain(n);
    expect(text).toContain('Chậm đóng có lý do: Ốm dài ngày');
    expect(text).toContain('Nộp trước đến tháng 1/2027');
    expect(text).toContain('Cộng');
    expect(text).toContain(sheet.totals.collected.toLocaleString('vi-VN'));
    expect(text).toContain(`Đã nộp đủ ${sheet.totals.paidMembers}/12 đồng chí`);
  });

  it('the collection sheet at 1–45 members: rows whole, the Cộng row never alone under the repeated header, signatures with text', async () => {
    const problems: string[] = [];
    for (let n = 1; n <= 45; n++) {
      const rows = Array.from({ length: n }, (_, i) => ({
        ...input.rows[i % input.rows.length]!,
        index: i + 1,
        name: `Đảng viên số ${i + 1} (tt-${i + 1})`,
      }));
      const pages = await readPdfLayout(await renderPdf(buildDuesSheetPdf({ ...input, rows })));
      const found = layoutViolations(pages, {
        signature: 'T/M CHI BỘ',
        headings: [],
        tableHeaders: [DUES_SHEET_COLUMNS.join(' ')],
        rows: rows.map((r) => [`Đảng viên số ${r.index} `, `(tt-${r.index})`] as const),
        runs: new Map(),
        totalRows: ['Cộng'],
      });
      problems.push(...found.map((p) => `${n} đảng viên: ${p}`));
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('the statement to the superior: Kính gửi, the figures of the totals, Nơi nhận, signature', async () => {
    const bytes = await renderPdf(buildDuesStatementPdf(input));
    if (process.env.DUES_PDF_OUT) writeFileSync(`${process.env.DUES_PDF_OUT}/bao-cao.pdf`, bytes);
    const text = squash((await readPdf(bytes)).text);
    for (const s of [
      'BÁO CÁO',
      'thu, nộp đảng phí tháng 11 năm 2026',
      'Kính gửi: Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
      'Nơi nhận:',
      'Số -BC/CB',
    ])
      expect(text).toContain(s);
    expect(text).toContain(`Số đảng viên phải nộp đảng phí trong tháng ${sheet.totals.owedMembers} đồng chí`);
    expect(text).toContain(`Tổng số tiền thu được trong tháng ${sheet.totals.collected.toLocaleString('vi-VN')} đồng`);
    expect(text).toContain(`Trong đó: nộp trước cho các tháng sau ${sheet.totals.advanceCollected.toLocaleString('vi-VN')} đồng`);
  });

  it('the workbook: the same rows and the statement figures', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildDuesXlsx(input)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Bảng thu')!;
    expect(ws.getRow(4).values).toEqual([undefined, ...DUES_XLSX_HEADERS]);
    expect(ws.getRow(5).getCell(2).value).toBe(input.rows[0]!.name);
    expect(ws.getRow(4 + 12 + 1).getCell(6).value).toBe(sheet.totals.collected);
    expect(ws.getRow(4 + 12 + 1).getCell(5).value).toBe(sheet.totals.expected);
    const st = wb.getWorksheet('Báo cáo')!;
    expect(st.getRow(5).values).toEqual([undefined, 'Số đảng viên phải nộp đảng phí trong tháng', 12, 'đồng chí']);
  });
});
