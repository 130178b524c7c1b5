/**
 * The personal pledge form (bản đăng ký / bản cam kết, domain.md §2) as a pure pdfmake builder,
 * one member at a time or the whole cell in one PDF (a section per member, own page numbers).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate, Member, PledgeForm, PledgeTitleVariant, UnitProfileVersion } from '../core/model';
import { withClosingMark, type DocumentStyleData } from '../core/documents/style';
import { CLOSING_CAM_KET, CLOSING_DANG_KY, pledgeTitle, TITLE_VARIANTS } from '../core/pledges/frameworks';
import { deadlineLabel, itemsByCategory } from '../core/pledges/forms';
import { confirmerTitle } from '../core/pledges/confirmer';
import { PARTY_POSITION_LABELS } from '../core/members/labels';
import { formatDate, placeDateLine } from '../core/text';
import { KEEP_SPELLING, partyDocument, partyDocumentBatch, partyHeader, signatureBlocks, titleBlock, paragraph } from './party-layout';

export type PledgeMemberInfo = Pick<Member, 'fullName' | 'birthDate' | 'workplace' | 'partyPosition' | 'govPosition' | 'massOrgPosition'>;

export interface PledgeFormDocInput {
  form: PledgeForm;
  member: PledgeMemberInfo;
  /** The unit's profile valid on the form's date (profileOn(unit, date)). */
  unit: Pick<UnitProfileVersion, 'name' | 'superiorName' | 'placeName'>;
  /** Printed under "T/M CHI BỘ / BÍ THƯ" when the form is not confirmed yet. */
  secretaryName?: string;
  /** Date of the place-date line; default the registration date, else left blank to fill by hand. */
  date?: IsoDate;
}

const DOTS = '…………………………………………………………………………';
const FIELD_DOTS = '……………………………………………………';

/** "NGƯỜI ĐĂNG KÝ" / "NGƯỜI CAM KẾT". */
export function signerLabel(variant: PledgeTitleVariant): string {
  return TITLE_VARIANTS[variant].signer.toLocaleUpperCase('vi');
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
}

function field(label: string, value: string | undefined, bold = false, isName = false): Content {
  const v = value?.trim();
  return {
    text: [{ text: `${label}: ` }, v ? { text: v, bold, ...(isName ? KEEP_SPELLING : {}) } : { text: FIELD_DOTS, color: '#444444' }],
    margin: [0, 0, 0, 2],
  };
}

function placeDate(input: PledgeFormDocInput): string {
  const date = input.date ?? input.form.registeredAt;
  const place = input.unit.placeName.trim() || '…………';
  return date ? placeDateLine(place, date) : `${place}, ngày …… tháng …… năm ${input.form.year}`;
}

function introSentence(variant: PledgeTitleVariant): string {
  return variant === 'cam_ket_tu_duong'
    ? 'Sau khi nghiên cứu, học tập các nghị quyết, quy định của Đảng, tôi cam kết nghiêm túc thực hiện những nội dung sau:'
    : 'Tôi xin đăng ký thực hiện những nội dung sau:';
}

function basisParagraphs(basis: string, style: DocumentStyleData): Content[] {
  const ls = lines(basis);
  if (ls.length === 0) return [paragraph(`Căn cứ ${DOTS};`, style)];
  return ls.map((l, i) => {
    const text = /^căn cứ/iu.test(l) ? l : `Căn cứ ${l}`;
    const end = /[;.,:]$/u.test(text) ? '' : i === ls.length - 1 ? ';' : ';';
    return paragraph(text + end, style);
  });
}

function itemText(item: PledgeForm['items'][number]): Content {
  const details: string[] = [];
  if (item.target) details.push(`chỉ tiêu, kết quả: ${item.target}`);
  if (deadlineLabel(item)) details.push(`thời hạn: ${deadlineLabel(item)}`);
  return {
    text: [{ text: `- ${item.action}` }, ...(details.length ? [{ text: ` (${details.join('; ')})`, italics: true }] : [])],
    alignment: 'justify',
    margin: [14, 0, 0, 3],
  } as Content;
}

/** The body of one member's form (header to signatures), for a single or a batch document. */
export function pledgeFormContent(input: PledgeFormDocInput, style: DocumentStyleData): Content[] {
  const { form, member, unit } = input;
  const isCamKet = form.titleVariant === 'cam_ket_tu_duong';
  const out: Content[] = [];
  out.push(partyHeader({ superiorName: unit.superiorName, unitName: unit.name, placeDate: placeDate(input) }, style));
  out.push(
    titleBlock(TITLE_VARIANTS[form.titleVariant].title, [`NĂM ${form.year}`], {
      ...style,
      fontSizes: { ...style.fontSizes, title: 15, summary: 15 },
    }),
  );

  out.push({
    stack: [
      field('Họ và tên', member.fullName, true, true),
      field('Ngày sinh', member.birthDate ? formatDate(member.birthDate) : undefined),
      field('Đơn vị công tác', member.workplace),
      field('Chức vụ Đảng', PARTY_POSITION_LABELS[member.partyPosition]),
      field('Chức vụ chính quyền', member.govPosition),
      field('Chức vụ đoàn thể', member.massOrgPosition),
      field('Sinh hoạt tại chi bộ', unit.name),
    ],
    margin: [0, 0, 0, 8],
  });

  out.push(...basisParagraphs(form.basis, style));
  out.push(paragraph(introSentence(form.titleVariant), style));

  out.push({ text: isCamKet ? 'I. NỘI DUNG CAM KẾT' : 'I. NỘI DUNG ĐĂNG KÝ', bold: true, margin: [0, 4, 0, 4] });
  if (form.framework.hasTopicOfYear || form.topicOfYear) {
    out.push({
      text: [{ text: `Chuyên đề năm ${form.year}: `, bold: true }, { text: form.topicOfYear?.trim() || DOTS }],
      margin: [0, 0, 0, 4],
    });
  }
  let group: string | undefined;
  let n = 0;
  for (const { category, items } of itemsByCategory(form)) {
    let groupHeading: Content | undefined;
    if (category.group && category.group !== group) {
      group = category.group;
      groupHeading = { text: group, bold: true, italics: true, margin: [0, 4, 0, 2] };
    }
    n += 1;
    const heading: Content = { text: `${n}. ${category.label}`, bold: true, margin: [0, 3, 0, 2] };
    const body: Content[] = items.length === 0 ? [{ text: `- ${DOTS}`, margin: [14, 0, 0, 3], color: '#444444' }] : items.map(itemText);
    // A heading never ends a page alone: it is kept with its first line.
    out.push({ stack: [...(groupHeading ? [groupHeading] : []), heading, body[0]!], unbreakable: true }, ...body.slice(1));
  }

  const measuresHeading: Content = { text: 'II. BIỆN PHÁP THỰC HIỆN', bold: true, margin: [0, 6, 0, 4] };
  const measures = lines(form.measures);
  const measureLines: Content[] =
    measures.length === 0
      ? [{ text: `- ${DOTS}`, margin: [14, 0, 0, 3], color: '#444444' }]
      : measures.map((m) => ({ text: m.startsWith('-') ? m : `- ${m}`, alignment: 'justify', margin: [14, 0, 0, 3] }) as Content);
  out.push({ stack: [measuresHeading, measureLines[0]!], unbreakable: true }, ...measureLines.slice(1));

  // The closing sentence, the amendment notes and the signatures stay together on one page.
  const ending: Content[] = [];
  const closing = form.framework.closing ?? (isCamKet ? CLOSING_CAM_KET : CLOSING_DANG_KY);
  ending.push(paragraph(withClosingMark(closing, style), style, { margin: [0, 8, 0, 0] }));

  if (form.amendments.length > 0) {
    ending.push({
      stack: form.amendments.map((a) => ({
        text: `Nội dung đã được điều chỉnh ngày ${formatDate(a.at)} (lý do: ${a.reason}; người điều chỉnh: ${a.by}).`,
        italics: true,
        fontSize: style.fontSizes.body - 2,
      })),
      margin: [0, 6, 0, 0],
    });
  }

  const confirmedNote = form.confirmedAt ? `(Xác nhận ngày ${formatDate(form.confirmedAt)})` : undefined;
  ending.push(
    signatureBlocks(
      {
        heading: 'Xác nhận của chi bộ',
        authority: 'T/M Chi bộ',
        title: form.confirmedBy ? confirmerTitle(form) : 'Bí thư',
        name: form.confirmedBy ?? input.secretaryName ?? '',
        ...(confirmedNote ? { note: confirmedNote } : {}),
      },
      { title: signerLabel(form.titleVariant), note: '(Ký, ghi rõ họ tên)', name: member.fullName },
      style,
    ),
  );
  out.push({ stack: ending, unbreakable: true });
  return out;
}

export function pledgeFormFileName(input: Pick<PledgeFormDocInput, 'form' | 'member'>): string {
  const name = input.member.fullName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .replace(/[^A-Za-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .toLowerCase();
  return `dang-ky-neu-guong-${input.form.year}-${name || 'dang-vien'}.pdf`;
}

/** One member's form as a document definition. */
export function pledgeFormDocument(input: PledgeFormDocInput, style: DocumentStyleData): TDocumentDefinitions {
  return partyDocument(pledgeFormContent(input, style), style, {
    title: `${pledgeTitle(input.form.titleVariant, input.form.year)} — ${input.member.fullName}`,
  });
}

/**
 * All members' forms in one document: one section per member (new page, own page numbers).
 * `onProgress(done, total)` is called after each member's content is built.
 */
export function pledgeBatchDocument(
  inputs: readonly PledgeFormDocInput[],
  style: DocumentStyleData,
  onProgress?: (done: number, total: number) => void,
): TDocumentDefinitions {
  const docs: Content[] = [];
  inputs.forEach((input, i) => {
    docs.push(pledgeFormContent(input, style));
    onProgress?.(i + 1, inputs.length);
  });
  const year = inputs[0]?.form.year;
  return partyDocumentBatch(docs, style, { title: `Bản đăng ký nêu gương${year ? ` năm ${year}` : ''} — cả chi bộ` });
}

/**
 * Build and render the batch PDF (what the export button and the benchmark call).
 * Progress: 0–0.2 while building, 0.2–1 while pdfmake writes pages.
 */
export async function renderPledgeBatchPdf(
  inputs: readonly PledgeFormDocInput[],
  style: DocumentStyleData,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const def = pledgeBatchDocument(inputs, style, (done, total) => onProgress?.((0.2 * done) / Math.max(total, 1)));
  const { renderPdf } = await import('./render-pdf');
  return renderPdf(def, (p) => onProgress?.(0.2 + 0.8 * p));
}
