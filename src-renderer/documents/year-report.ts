/**
 * "BÁO CÁO kết quả thực hiện trách nhiệm nêu gương năm …" of a chi bộ to its superior
 * (domain.md §7.5): Party layout, statistics table, free-text sections, T/M CHI BỘ / BÍ THƯ,
 * Nơi nhận. Pure: data → pdfmake definition.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate, RatingLevel } from '../core/model';
import { formatDocumentNumber, withClosingMark, type DocumentStyleData } from '../core/documents/style';
import {
  COMMENDATION_FORMS,
  RATING_LEVELS,
  reviewBasisSentence,
  unitLevelLabel,
  type CellRollup,
  type YearEndScheme,
  type YearStatistics,
} from '../core/review';
import { formatDecimal, formatInteger, placeDateLine } from '../core/text';
import {
  heading,
  keepTogether,
  paragraph,
  partyDocument,
  partyHeader,
  recipients,
  signatureBlocks,
  TABLE_KEEP,
  titleBlock,
} from './party-layout';

export interface YearReportInput {
  year: number;
  superiorName: string;
  unitName: string;
  placeName: string;
  issuerCode: string;
  /** Recipient, e.g. "Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh". */
  superiorCommittee: string;
  reportNumber?: number;
  reportDate: IsoDate;
  scheme: YearEndScheme;
  /**
   * The version of the scheme in force on the report's date (core/review reviewWordingOn): the
   * texts it cites (QĐ 37-QĐ/TW before 26/7/2026, QĐ 207-QĐ/TW from then). Default `scheme`.
   */
  wording?: YearEndScheme;
  stats: YearStatistics;
  /** Monthly roll-up of the cell (kept for callers; the table's figures all come from `stats`). */
  cell?: CellRollup;
  unitLevel?: { level?: RatingLevel; score?: number };
  texts: { results: string; limits: string; proposals: string; typical?: string };
  signerName?: string;
  /** The style profile in force on the document's date (core/rules documentStyleOn). */
  style: DocumentStyleData;
}

/** "Số 05-BC/CB", or "Số    -BC/CB" with room to write the number by hand. */
export function reportNumberText(n: number | undefined, issuerCode: string): string {
  return n === undefined ? `Số     -BC/${issuerCode}` : formatDocumentNumber(n, 'BC', issuerCode);
}

export const REPORT_TITLE = 'Báo cáo';
export const reportSummary = (year: number) => `kết quả thực hiện trách nhiệm nêu gương năm ${year}`;

/** One row of the statistics table: TT, label, count, share, sub-row. */
export interface YearReportRow {
  n: string;
  label: string;
  /** The figure itself (what the unit report file carries under `key`). */
  count: number;
  share: string;
  sub?: boolean;
  /** The matching figure of the unit report file (UnitStatistics), when there is one. */
  key?:
    | 'members'
    | 'requiredToRegister'
    | 'registered'
    | 'reportedMonths'
    | 'memberMonthReports'
    | 'reviewRequired'
    | 'reviewExcluded'
    | 'rated'
    | `levels.${RatingLevel}`;
}

/**
 * The rows of the printed statistics table, all from `input.stats` (core/review computeStatistics,
 * i.e. core/figures computeYearFigures — the function the unit report file uses).
 */
export function yearReportRows(input: Pick<YearReportInput, 'stats' | 'scheme'>): YearReportRow[] {
  const s = input.stats;
  const labels = input.scheme.data.memberLabels;
  return [
    { n: '1', label: 'Tổng số đảng viên của chi bộ', count: s.membersTotal, share: '', key: 'members' },
    {
      n: '2',
      label: 'Số đảng viên phải đăng ký nêu gương (trừ đảng viên được miễn, bị đình chỉ sinh hoạt)',
      count: s.requiredToRegister,
      share: '',
      key: 'requiredToRegister',
    },
    { n: '3', label: 'Số đảng viên đã đăng ký', count: s.registered.count, share: s.registered.text, key: 'registered' },
    { n: '', label: '— trong đó cán bộ lãnh đạo, quản lý', count: s.registeredLeaders.count, share: s.registeredLeaders.text, sub: true },
    { n: '4', label: 'Số tháng chi bộ có nội dung nêu gương trong sinh hoạt', count: s.monthsReported, share: '', key: 'reportedMonths' },
    {
      n: '5',
      label: 'Số lượt đảng viên tự đánh giá, báo cáo việc thực hiện nêu gương',
      count: s.memberMonthReports,
      share: '',
      key: 'memberMonthReports',
    },
    { n: '6', label: 'Số đảng viên được biểu dương trong sinh hoạt chi bộ', count: s.membersPraised.count, share: s.membersPraised.text },
    { n: '7', label: 'Số đảng viên bị nhắc nhở, phê bình', count: s.membersReminded.count, share: s.membersReminded.text },
    { n: '8', label: 'Số đảng viên phải kiểm điểm, xếp loại chất lượng', count: s.requiredToReview, share: '', key: 'reviewRequired' },
    {
      n: '',
      label: `— không đánh giá, xếp loại: miễn công tác và sinh hoạt ${s.excluded.mien}; bị đình chỉ sinh hoạt ${s.excluded.dinh_chi}; mới kết nạp chưa đủ 6 tháng ${s.excluded.moi_ket_nap}`,
      count: s.excluded.total,
      share: '',
      sub: true,
      key: 'reviewExcluded',
    },
    { n: '9', label: 'Số đảng viên đã kiểm điểm, xếp loại', count: s.reviewed.count, share: s.reviewed.text, key: 'rated' },
    ...RATING_LEVELS.map((l: RatingLevel): YearReportRow => ({
      n: '',
      label: `— ${labels[l]}`,
      count: s.levels[l].count,
      share: s.levels[l].text,
      sub: true,
      key: `levels.${l}`,
    })),
    { n: '10', label: `Số đảng viên ${labels.tot.toLocaleLowerCase('vi')} trở lên`, count: s.totOrAbove.count, share: s.totOrAbove.text },
    {
      n: '11',
      label: `Tỷ lệ ${labels.xuat_sac.toLocaleLowerCase('vi')} so với số ${input.scheme.data.quota?.base === 'tot_and_above' ? 'hoàn thành tốt nhiệm vụ trở lên' : 'hoàn thành tốt nhiệm vụ'}`,
      count: s.xuatSacOfTot.count,
      share: s.xuatSacOfTot.text,
    },
    {
      n: '12',
      label: `Khen thưởng trong năm${
        s.commendations.total > 0
          ? ` (${Object.entries(s.commendations.byForm)
              .filter(([, n]) => n > 0)
              .map(([f, n]) => `${COMMENDATION_FORMS[f as keyof typeof COMMENDATION_FORMS].toLocaleLowerCase('vi')} ${n}`)
              .join(', ')})`
          : ''
      }`,
      count: s.commendations.total,
      share: '',
    },
  ];
}

function statisticsTable(input: YearReportInput, size: number): Content {
  type Row = [string, string, string, string, boolean?];
  const rows: Row[] = yearReportRows(input).map((r) => [r.n, r.label, formatInteger(r.count), r.share, r.sub]);
  const head = (t: string): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: size });
  const body: TableCell[][] = [
    [head('TT'), head('Nội dung'), head('Số lượng'), head('Tỷ lệ')],
    ...rows.map(([n, label, count, pct, sub]): TableCell[] => [
      { text: n, alignment: 'center', fontSize: size },
      { text: label, fontSize: size, italics: sub === true, margin: sub ? [8, 0, 0, 0] : [0, 0, 0, 0] },
      { text: count, alignment: 'right', fontSize: size },
      { text: pct, alignment: 'right', fontSize: size },
    ]),
  ];
  return { table: { ...TABLE_KEEP, widths: [22, '*', 52, 58], body }, margin: [0, 4, 0, 10] };
}

/** A numbered section; `last`: the document's last section, whose last sentence takes the closing mark. */
function section(title: string, text: string, style: DocumentStyleData, last = false, emptyText = '(Chưa có nội dung.)'): Content[] {
  const paras = text
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (last && paras.length > 0) paras.push(withClosingMark(paras.pop()!, style));
  return [
    heading([title], style, { margin: [0, 6, 0, 4] }),
    ...(paras.length > 0 ? paras.map((p) => paragraph(p, style)) : [paragraph(emptyText, style, { italics: true })]),
  ];
}

/**
 * The last section's last paragraph goes with the signatures (never a page of signatures
 * only); with a one-paragraph section its heading goes too.
 */
export function withSignatures(body: Content[], signatures: Content, style: DocumentStyleData): Content[] {
  const tail = body.splice(-1);
  const last = body.at(-1) as { headlineLevel?: number } | undefined;
  if (last?.headlineLevel !== undefined) tail.unshift(body.pop()!);
  return [...body, keepTogether([...tail, signatures], { style })];
}

export function buildYearReport(input: YearReportInput): TDocumentDefinitions {
  const style = input.style;
  const y = input.year;
  const tableSize = Math.max(11, style.fontSizes.body - 2);
  const unitLevel = input.unitLevel?.level
    ? `Chi bộ tự đánh giá, xếp loại năm ${y}: ${unitLevelLabel(input.scheme, input.unitLevel.level)}${input.unitLevel.score !== undefined ? ` (${formatDecimal(input.unitLevel.score)} điểm)` : ''}.`
    : undefined;
  const content: Content[] = [
    partyHeader(
      {
        superiorName: input.superiorName,
        unitName: input.unitName,
        documentNumber: reportNumberText(input.reportNumber, input.issuerCode),
        placeDate: placeDateLine(input.placeName, input.reportDate),
      },
      style,
    ),
    titleBlock(REPORT_TITLE, reportSummary(y), style),
    {
      text: [{ text: 'Kính gửi: ', italics: false }, { text: input.superiorCommittee }],
      alignment: 'center',
      margin: [0, 0, 0, 12],
    },
    paragraph(
      `${reviewBasisSentence(input.wording ?? input.scheme)}, ${input.unitName} báo cáo kết quả thực hiện trách nhiệm nêu gương năm ${y} như sau:`,
      style,
    ),
    heading(['I. KẾT QUẢ ĐĂNG KÝ, TỰ ĐÁNH GIÁ VÀ XẾP LOẠI'], style, { margin: [0, 6, 0, 4], followPt: 3 * tableSize * 1.4 + 12 }),
    statisticsTable(input, tableSize),
    ...(unitLevel ? [paragraph(unitLevel, style)] : []),
    ...section('II. KẾT QUẢ NỔI BẬT', [input.texts.results, input.texts.typical ?? ''].filter((t) => t.trim()).join('\n'), style),
    ...section('III. HẠN CHẾ, NGUYÊN NHÂN', input.texts.limits, style),
  ];
  content.push(
    ...withSignatures(
      section('IV. KIẾN NGHỊ, ĐỀ XUẤT', input.texts.proposals, style, true),
      signatureBlocks(
        { content: recipients([input.superiorCommittee, 'Lưu Chi bộ'], style) },
        { authority: 'T/M Chi bộ', title: 'Bí thư', name: input.signerName },
        style,
      ),
      style,
    ),
  );
  return partyDocument(content, style, {
    title: `Báo cáo kết quả thực hiện trách nhiệm nêu gương năm ${y}`,
    author: input.unitName,
  });
}
