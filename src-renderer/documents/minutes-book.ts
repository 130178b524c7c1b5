/**
 * The year's minutes book (sổ biên bản sinh hoạt chi bộ, issue 16): every finalised minutes of
 * a year with its amendments, as one PDF for the bound book a cell keeps — a cover "SỔ BIÊN BẢN
 * SINH HOẠT CHI BỘ NĂM 2026", a table of contents with page numbers, then each minutes exactly
 * as minutes-pdf.ts prints it (minutesContent), each from a new page, pages numbered
 * continuously from the contents. Pure: data → pdfmake definition.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { applyUySpelling, type DocumentStyleData } from '../core/documents/style';
import { formatDate } from '../core/text';
import { minutesModel, type MinutesInput, type MinutesModel } from './minutes-content';
import { minutesContent } from './minutes-pdf';
import { partyDocument, protect, TABLE_KEEP } from './party-layout';

export interface MinutesBookInput {
  year: number;
  /** The unit as printed on the cover (its profile at the end of the year). */
  unit: { superiorName: string; unitName: string; placeName: string };
  /** Minutes of the unit; only the finalised ones of the year are bound, by date then number. */
  minutes: readonly MinutesInput[];
}

export interface MinutesBookEntry {
  input: MinutesInput;
  model: MinutesModel;
  /** Id of the anchor at the top of its first page (the contents print its page). */
  anchor: string;
}

export const minutesBookTitle = (year: number) => `Sổ biên bản sinh hoạt chi bộ năm ${year}`;

/** The minutes bound in the book, in order. */
export function minutesBookEntries(input: Pick<MinutesBookInput, 'year' | 'minutes'>): MinutesBookEntry[] {
  return input.minutes
    .filter((m) => m.meeting.state === 'finalised' && m.meeting.date.startsWith(`${input.year}-`))
    .slice()
    .sort(
      (a, b) =>
        (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0) ||
        (a.meeting.documentNumber ?? 0) - (b.meeting.documentNumber ?? 0) ||
        (a.meeting.startTime < b.meeting.startTime ? -1 : 1),
    )
    .map((m, i) => ({ input: m, model: minutesModel(m), anchor: `so-bien-ban-${i + 1}` }));
}

const symbol = (numberText: string) => numberText.replace(/^Số\s*/u, '').trim();

function cover(input: MinutesBookInput, entries: readonly MinutesBookEntry[], style: DocumentStyleData): Content {
  const spell = (s: string) => applyUySpelling(s, style.uySpelling);
  const up = (s: string) => spell(s.normalize('NFC').trim().toLocaleUpperCase('vi'));
  const first = entries[0];
  const last = entries.at(-1);
  const amended = entries.filter((e) => e.model.amendments.length > 0).length;
  const summary =
    first && last
      ? `Gồm ${entries.length} biên bản, từ số ${symbol(first.model.header.numberText)} ngày ${formatDate(first.input.meeting.date)} đến số ${symbol(last.model.header.numberText)} ngày ${formatDate(last.input.meeting.date)}.`
      : `Chưa có biên bản nào được thông qua trong năm ${input.year}.`;
  return {
    stack: [
      ...(input.unit.superiorName.trim()
        ? [{ text: up(input.unit.superiorName), alignment: 'center', fontSize: style.fontSizes.issuer } as Content]
        : []),
      { text: up(input.unit.unitName), bold: true, alignment: 'center', fontSize: style.fontSizes.issuer },
      { text: '*', alignment: 'center' },
      { text: 'SỔ BIÊN BẢN SINH HOẠT CHI BỘ', bold: true, alignment: 'center', fontSize: 22, margin: [0, 190, 0, 6] },
      { text: `NĂM ${input.year}`, bold: true, alignment: 'center', fontSize: 22, margin: [0, 0, 0, 28] },
      { text: protect(summary), italics: true, alignment: 'center', margin: [20, 0, 20, 4] },
      ...(amended > 0
        ? [
            {
              text: `Có ${amended} biên bản được đính chính sau khi thông qua (in kèm nội dung đính chính).`,
              italics: true,
              alignment: 'center',
              margin: [20, 0, 20, 0],
            } as Content,
          ]
        : []),
      { text: `${input.unit.placeName.trim() || '…'}, năm ${input.year}`, alignment: 'center', margin: [0, 230, 0, 0] },
    ],
  };
}

function contents(entries: readonly MinutesBookEntry[], style: DocumentStyleData): Content[] {
  const size = style.fontSizes.body - 1;
  const head = (t: string): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: size });
  const rows: TableCell[][] = entries.map((e, i) => [
    { text: String(i + 1), alignment: 'center', fontSize: size },
    { text: formatDate(e.input.meeting.date), alignment: 'center', fontSize: size, noWrap: true },
    {
      text: `${e.model.subject}${e.model.amendments.length > 0 ? ` (có ${e.model.amendments.length} đính chính)` : ''}`,
      fontSize: size,
    },
    { text: symbol(e.model.header.numberText), alignment: 'center', fontSize: size, noWrap: true },
    { pageReference: e.anchor, alignment: 'center', fontSize: size } as TableCell,
  ]);
  return [
    { text: 'MỤC LỤC', bold: true, alignment: 'center', fontSize: style.fontSizes.title, margin: [0, 0, 0, 14], pageBreak: 'before' },
    entries.length === 0
      ? { text: 'Chưa có biên bản nào được thông qua.', italics: true, alignment: 'center' }
      : {
          table: {
            ...TABLE_KEEP,
            widths: [24, 66, '*', 72, 34],
            body: [[head('TT'), head('Ngày'), head('Biên bản'), head('Số'), head('Trang')], ...rows],
          },
          lineHeight: 1.1,
        },
  ];
}

/** The whole book as one pdfmake definition. */
export function minutesBookDefinition(input: MinutesBookInput, style: DocumentStyleData): TDocumentDefinitions {
  const entries = minutesBookEntries(input);
  const content: Content[] = [cover(input, entries, style), ...contents(entries, style)];
  for (const e of entries) {
    // A one-point anchor at the top of the minutes' first page: the contents and the outline point here.
    content.push({
      text: ' ',
      fontSize: 1,
      lineHeight: 1,
      id: e.anchor,
      outline: true,
      outlineText: `${formatDate(e.input.meeting.date)} — ${e.model.subject}`,
      pageBreak: 'before',
    } as Content);
    content.push(...minutesContent(e.model, style));
  }
  return partyDocument(content, style, {
    title: minutesBookTitle(input.year),
    author: input.unit.unitName,
    subject: minutesBookTitle(input.year),
  });
}

/** Render the book to PDF bytes. */
export async function buildMinutesBookPdf(
  input: MinutesBookInput,
  style: DocumentStyleData,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const { renderPdf } = await import('./render-pdf');
  return renderPdf(minutesBookDefinition(input, style), onProgress);
}
