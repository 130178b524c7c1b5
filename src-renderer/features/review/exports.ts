/** Export of the review documents: report PDF, list PDF, list .xlsx — saved through the DesktopApi. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Unit } from '../../core/model';
import { documentHeader, type DocumentHeader } from '../../core/documents/header';
import { documentStyleOn, reviewWordingOn } from '../../core/rules';
import { schemeCitation, type ReviewListRow } from '../../core/review';
import { formatDate } from '../../core/text';
import type { ReviewData } from '../../services/review';
import { buildYearReport } from '../../documents/year-report';
import { buildReviewListPdf, REVIEW_LIST_COLUMNS } from '../../documents/review-list';
import { getDesktopApi } from '../../platform';
import type { ReviewView } from './view-model';
import { clock } from '../../platform/clock';

export interface ExportContext {
  unit: Unit;
  data: ReviewData;
  view: ReviewView;
  documentStyleCode: string;
}

/** The header of a document dated `date` (core/documents documentHeader); refused while the unit has no profile. */
function headerFor(ctx: ExportContext, date: string): DocumentHeader {
  if (ctx.unit.history.length === 0) throw new Error('Chưa có thông tin đơn vị. Hãy hoàn tất phần “Đơn vị” trước khi xuất văn bản.');
  return documentHeader(ctx.unit, date);
}

/** Render a document definition and offer to save it; undefined when the secretary cancels. */
async function savePdf(def: TDocumentDefinitions, suggestedName: string) {
  const { renderPdf } = await import('../../documents/render-pdf');
  const bytes = await renderPdf(def);
  return getDesktopApi().saveFile({ suggestedName, bytes: new Uint8Array(bytes), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
}

export async function exportReportPdf(ctx: ExportContext): Promise<string | undefined> {
  const ur = ctx.data.unitReview;
  const date = ur?.reportDate ?? clock.today();
  const { secretaryName, ...header } = headerFor(ctx, date);
  const def = buildYearReport({
    year: ctx.view.year,
    ...header,
    reportNumber: ur?.reportNumber ? Number(ur.reportNumber) : undefined,
    reportDate: date,
    scheme: ctx.view.scheme,
    wording: reviewWordingOn(ctx.view.scheme, date, ctx.data.ruleSets),
    stats: ctx.view.stats,
    cell: ctx.view.cell,
    unitLevel: ur ? { level: ur.finalLevel ?? ur.selfLevel, score: ur.score } : undefined,
    texts: {
      results: ur?.report.results ?? '',
      limits: ur?.report.limits ?? '',
      proposals: ur?.report.proposals ?? '',
      typical: ur?.typical,
    },
    signerName: secretaryName,
    style: documentStyleOn(date, ctx.data.ruleSets, ctx).data,
  });
  const saved = await savePdf(def, `bao-cao-neu-guong-${ctx.view.year}.pdf`);
  return saved ? `Đã lưu báo cáo năm ${ctx.view.year} (PDF).` : undefined;
}

export async function exportListPdf(ctx: ExportContext): Promise<string | undefined> {
  const date = ctx.view.reviewDate ?? clock.today();
  const { superiorName, unitName, placeName, secretaryName } = headerFor(ctx, date);
  const def = buildReviewListPdf({
    year: ctx.view.year,
    superiorName,
    unitName,
    placeName,
    date,
    rows: ctx.view.rows,
    schemeName: schemeCitation(reviewWordingOn(ctx.view.scheme, date, ctx.data.ruleSets)),
    signerName: secretaryName,
    style: documentStyleOn(date, ctx.data.ruleSets, ctx).data,
  });
  const saved = await savePdf(def, `danh-sach-xep-loai-${ctx.view.year}.pdf`);
  return saved ? 'Đã lưu danh sách xếp loại (PDF).' : undefined;
}

/** The review list as an .xlsx workbook (exceljs), Vietnamese headers, one row per member. */
export async function reviewListXlsx(
  rows: readonly ReviewListRow[],
  meta: { year: number; unitName: string; schemeName: string; date: string },
): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sổ Nêu Gương';
  const ws = wb.addWorksheet(`Xếp loại ${meta.year}`, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true } });
  ws.addRow([`${meta.unitName} — kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm ${meta.year}`]).font = {
    bold: true,
    size: 13,
  };
  ws.addRow([`Theo ${meta.schemeName}; ngày kiểm điểm ${formatDate(meta.date)}`]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow([...REVIEW_LIST_COLUMNS, 'Mã mức']);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  for (const r of rows) {
    ws.addRow([
      r.index,
      r.name,
      r.position,
      r.monthsText,
      r.praised || r.reminded ? `${r.praised} / ${r.reminded}` : '',
      r.scoreCommon,
      r.scoreTasks,
      r.total,
      r.selfLevel,
      r.proposedLevel,
      [r.finalLevel, r.decision].filter(Boolean).join('; '),
      r.note,
      r.levelShort,
    ]);
  }
  const widths = [5, 26, 16, 10, 10, 10, 10, 9, 24, 24, 34, 34, 10];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function exportListXlsx(ctx: ExportContext): Promise<string | undefined> {
  const date = ctx.view.reviewDate ?? clock.today();
  const { unitName } = headerFor(ctx, date);
  const bytes = await reviewListXlsx(ctx.view.rows, { year: ctx.view.year, unitName, schemeName: ctx.view.scheme.name, date });
  const saved = await getDesktopApi().saveFile({
    suggestedName: `danh-sach-xep-loai-${ctx.view.year}.xlsx`,
    bytes: new Uint8Array(bytes),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
  return saved ? 'Đã lưu danh sách xếp loại (Excel).' : undefined;
}
