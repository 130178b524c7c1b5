/**
 * A Party form (bản kiểm điểm, báo cáo kiểm điểm) as a neutral model shared by the PDF
 * (form-pdf.ts) and the editable Word file (form-docx.ts): header, form code, title, a body of
 * headings, paragraphs, lines to fill by hand, fields and level boxes, then closing groups each
 * kept on one page with its signatures. Pure data.
 */
import type { SignatureBlock } from './party-layout';

export interface FormField {
  label: string;
  /** Printed bold after the label; absent leaves a dotted line to fill by hand. */
  value?: string;
  bold?: boolean;
}

export type FormBlock =
  /** As printed. 1: "A. NỘI DUNG KIỂM ĐIỂM"; 2: "I. Ưu điểm …"; 3: "1. Về …" (italic). */
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; italics?: boolean }
  /** Dotted lines left for hand-written (or Word-typed) text. */
  | { kind: 'blank'; lines: number }
  | { kind: 'fields'; fields: FormField[] }
  | { kind: 'boxes'; options: ReadonlyArray<{ label: string; checked: boolean }> };

/** Left slot of a signature row: a signature, or the "Nơi nhận" list. */
export type FormLeftSlot = SignatureBlock | { recipients: string[] };

/** Blocks kept on one page with the signature row that ends them (never a page of signatures only). */
export interface FormClosing {
  blocks: FormBlock[];
  left?: FormLeftSlot;
  right?: SignatureBlock;
}

export interface FormModel {
  /** "Mẫu 2B-HD KĐ.ĐG 2025", printed small at the top right. */
  formCode?: string;
  header: { superiorName: string; unitName: string; documentNumber?: string; placeDate: string };
  /** Tên loại (printed upper case), e.g. "Bản kiểm điểm cá nhân", "Báo cáo". */
  title: string;
  /** Bold lines under the title ("Năm 2026", the trích yếu). */
  summary: string[];
  /** Italic line under them ("(Dùng cho …)"). */
  audience?: string;
  /** "Kính gửi: …" under the title. */
  recipient?: string;
  body: FormBlock[];
  closings: FormClosing[];
  meta: { title: string; fileBaseName: string };
}

export function isRecipients(slot: FormLeftSlot): slot is { recipients: string[] } {
  return Array.isArray((slot as { recipients?: unknown }).recipients);
}

/** Paragraph blocks of a multi-line text (empty lines dropped). */
export function textBlocks(text: string | undefined, opts: { italics?: boolean } = {}): FormBlock[] {
  return (text ?? '')
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l): FormBlock => ({ kind: 'paragraph', text: l, ...(opts.italics ? { italics: true } : {}) }));
}

/** The member's text when there is one, else `lines` dotted lines to fill by hand. */
export function textOrBlank(text: string | undefined, lines = 3): FormBlock[] {
  const blocks = textBlocks(text);
  return blocks.length > 0 ? blocks : [{ kind: 'blank', lines }];
}

/** Every string a form prints (for text checks and the layout rules). */
export function formStrings(model: FormModel): string[] {
  const ofBlock = (b: FormBlock): string[] =>
    b.kind === 'heading' || b.kind === 'paragraph'
      ? [b.text]
      : b.kind === 'fields'
        ? b.fields.map((f) => `${f.label}: ${f.value ?? ''}`)
        : b.kind === 'boxes'
          ? b.options.map((o) => o.label)
          : [];
  return [
    model.header.documentNumber ?? '',
    model.header.placeDate,
    ...model.summary,
    model.recipient ?? '',
    ...model.body.flatMap(ofBlock),
    ...model.closings.flatMap((c) => c.blocks.flatMap(ofBlock)),
  ].filter(Boolean);
}

/** Heading lines of a form (body and closing groups), as printed. */
export function formHeadings(model: FormModel): string[] {
  const up = (b: FormBlock) => (b.kind === 'heading' ? [b.text] : []);
  return [...model.body.flatMap(up), ...model.closings.flatMap((c) => c.blocks.flatMap(up))];
}
