/**
 * Read a generated PDF back for assertions (pdfjs-dist 5.6 legacy build, works in Node and jsdom).
 * Text is NFC-normalised; lines follow pdfjs' end-of-line marks.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPageInfo {
  /** Width and height in points (A4 = 595.28 × 841.89). */
  width: number;
  height: number;
  text: string;
}

export interface PdfInfo {
  pageCount: number;
  pages: PdfPageInfo[];
  /** Text of all pages joined with "\n\f\n". */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfInfo> {
  // pdfjs transfers (detaches) the buffer it is given: pass a copy.
  const data = new Uint8Array(bytes);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfPageInfo[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) {
          text += item.str;
          if (item.hasEOL) text += '\n';
        }
      }
      pages.push({ width: viewport.width, height: viewport.height, text: text.normalize('NFC') });
    }
    return { pageCount: doc.numPages, pages, text: pages.map((p) => p.text).join('\n\f\n') };
  } finally {
    await doc.destroy();
  }
}

/** All the text of a PDF, NFC. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await readPdf(bytes)).text;
}

/** Collapse white space (pdfjs splits runs and lines in places) for `toContain` checks. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** One printed line: the text items sharing a baseline, left to right. */
export interface PdfLine {
  /** Distance of the baseline from the top of the page, in points. */
  top: number;
  left: number;
  right: number;
  /** Font height of the line's largest item. */
  height: number;
  /** Items joined; a space where the gap between two items is wider than a fifth of the font height. */
  text: string;
}

export interface PdfLayoutPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

/**
 * The lines of every page with their positions (pdfjs text items grouped by baseline), top to
 * bottom. Text inside a line is rebuilt from the gaps between items, so justified spacing that
 * pulls "21-KL/TW" apart shows as "21- KL/ TW".
 */
export async function readPdfLayout(bytes: Uint8Array): Promise<PdfLayoutPage[]> {
  const data = new Uint8Array(bytes);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: PdfLayoutPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      type Item = { x: number; top: number; w: number; h: number; str: string };
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , , d = 0, e = 0, f = 0] = item.transform as number[];
        items.push({ x: e, top: viewport.height - f, w: item.width, h: Math.abs(d) || item.height, str: item.str });
      }
      items.sort((a, b) => a.top - b.top || a.x - b.x);
      const lines: Array<{ top: number; items: Item[] }> = [];
      for (const it of items) {
        const line = lines.find((l) => Math.abs(l.top - it.top) < 1.5);
        if (line) line.items.push(it);
        else lines.push({ top: it.top, items: [it] });
      }
      pages.push({
        width: viewport.width,
        height: viewport.height,
        lines: lines
          .sort((a, b) => a.top - b.top)
          .map((l) => {
            const its = l.items.sort((a, b) => a.x - b.x);
            let text = '';
            let end: number | undefined;
            const height = Math.max(...its.map((x) => x.h));
            for (const it of its) {
              if (end !== undefined && it.x - end > height * 0.2 && !text.endsWith(' ') && !it.str.startsWith(' ')) text += ' ';
              text += it.str;
              end = it.x + it.w;
            }
            return {
              top: l.top,
              left: its[0]!.x,
              right: Math.max(...its.map((x) => x.x + x.w)),
              height,
              text: text.normalize('NFC').replace(/\s+/gu, ' ').trim(),
            };
          }),
      });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
