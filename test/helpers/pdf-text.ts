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
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
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
