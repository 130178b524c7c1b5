/**
 * Consolidated .xlsx: a summary sheet (one row per unit + totals) and one sheet per unit with its
 * members (detailed reports) or its figures (aggregate-only reports). exceljs is loaded on demand.
 */
import { memberRows, type Dashboard } from '../../core/aggregation';
import { levelCodeLabel, type UnitReportPayload, type UnitStatistics } from '../../core/exchange';
import { percent } from '../../core/text';

async function loadExcelJs() {
  const mod = await import('exceljs');
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

const SUMMARY_HEADERS = [
  'TT',
  'Mã đơn vị',
  'Đơn vị',
  'Đảng viên',
  'Phải đăng ký',
  'Đã đăng ký',
  'Tỷ lệ đăng ký (%)',
  'Số tháng có báo cáo',
  'Lượt tự đánh giá',
  'Đã xếp loại',
  'Hoàn thành xuất sắc',
  'Hoàn thành tốt',
  'Hoàn thành',
  'Không hoàn thành',
  'HTT trở lên (%)',
  'Xuất sắc (%)',
  'Buổi sinh hoạt',
  'Tỷ lệ dự (%)',
  'Chất lượng sinh hoạt',
];

function summaryRow(n: number | string, code: string, name: string, s: UnitStatistics): Array<string | number> {
  return [
    n,
    code,
    name,
    s.members,
    s.requiredToRegister,
    s.registered,
    percent(s.registered, s.requiredToRegister),
    s.reportedMonths.length,
    s.memberMonthReports,
    s.rated,
    s.levels.xuat_sac,
    s.levels.tot,
    s.levels.hoan_thanh,
    s.levels.khong_hoan_thanh,
    percent(s.levels.xuat_sac + s.levels.tot, s.rated),
    percent(s.levels.xuat_sac, s.rated),
    s.meetings,
    percent(s.meetingAttendancePresent, s.meetingAttendanceExpected),
    Object.entries(s.meetingQuality)
      .map(([k, v]) => `${levelCodeLabel(k)} ${v}`)
      .join('; '),
  ];
}

/** Excel sheet names: ≤ 31 characters, none of []:*?/\ and unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/gu, '-').slice(0, 28) || 'Don vi';
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 26)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** `payloads`: the stored payloads of the reported rows, by report id (read from db only for this export). */
export async function buildConsolidatedXlsx(
  dashboard: Dashboard,
  payloads: ReadonlyMap<string, UnitReportPayload>,
  title: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sổ Nêu Gương';
  const used = new Set<string>();
  const summary = wb.addWorksheet(sheetName('Tổng hợp', used));
  summary.addRow([title]).font = { bold: true, size: 13 };
  summary.addRow([dashboard.totalsLine]);
  summary.addRow([]);
  summary.addRow(SUMMARY_HEADERS).font = { bold: true };
  dashboard.reported.forEach((r, i) => summary.addRow(summaryRow(i + 1, r.unitCode, r.unitName, r.statistics!)));
  summary.addRow(summaryRow('', '', 'Tổng cộng', dashboard.totals)).font = { bold: true };
  if (dashboard.missing.length > 0) {
    summary.addRow([]);
    summary.addRow([`Chưa báo cáo: ${dashboard.missing.map((m) => m.unitName).join(', ')}`]);
  }
  summary.columns.forEach((c, i) => {
    c.width = i === 2 ? 36 : i === 18 ? 28 : 12;
  });

  for (const row of dashboard.reported) {
    const ws = wb.addWorksheet(sheetName(row.unitName, used));
    ws.addRow([row.unitName, row.unitCode]).font = { bold: true };
    const payload = row.reportId ? payloads.get(row.reportId) : undefined;
    const members = payload ? memberRows(payload) : [];
    if (members.length > 0) {
      ws.addRow([
        'TT',
        'Họ và tên',
        'Chức vụ',
        'Đăng ký',
        'Số tháng báo cáo',
        'Mức tự đánh giá',
        'Biểu dương',
        'Nhắc nhở',
        'Xếp loại',
      ]).font = { bold: true };
      members.forEach((m, i) =>
        ws.addRow([i + 1, m.fullName, m.position, m.registered, m.monthsReported, m.monthlyLevels, m.praised, m.reminded, m.level]),
      );
      ws.getColumn(2).width = 30;
      ws.getColumn(6).width = 30;
    } else {
      ws.addRow(['Báo cáo chỉ có số liệu tổng hợp.']);
      ws.addRow(SUMMARY_HEADERS.slice(3)).font = { bold: true };
      ws.addRow(summaryRow('', '', '', row.statistics!).slice(3));
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
