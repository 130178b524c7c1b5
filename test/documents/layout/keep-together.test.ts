/**
 * keepTogether (the text held with the signatures): pdfmake drops everything after the first
 * page of an unbreakable block, so a block taller than a page lost text and signatures; and a
 * heading's keep rule inside the block broke it (consolidated report seed 10).
 */
import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { heading, keepTogether, paragraph, partyDocument, signatureBlocks } from '../../../src-renderer/documents/party-layout';
import { renderPdf } from '../../../src-renderer/documents/render-pdf';
import { readPdfLayout } from '../../helpers/pdf-text';
import { layoutViolations } from '../../helpers/layout-rules';
import { DEFAULT_DOCUMENT_STYLE } from '../../../src-renderer/core/documents/style';

const signatures = signatureBlocks(undefined, { authority: 'T/M Chi bộ', title: 'Bí thư', name: 'Lê Thị Hoa' }, DEFAULT_DOCUMENT_STYLE);
const numbered = (from: number, n: number) => Array.from({ length: n }, (_, i) => `từ${from + i}`).join(' ');

async function lines(content: Content[]): Promise<string[][]> {
  return (await readPdfLayout(await renderPdf(partyDocument(content, DEFAULT_DOCUMENT_STYLE)))).map((p) => p.lines.map((l) => l.text));
}

function words(pages: string[][]): Set<string> {
  return new Set(pages.flat().join(' ').split(/\s+/u));
}

describe('keepTogether', () => {
  it('drops the keep-with-next marks of the headings it holds, and only those', () => {
    const h = heading(['IV. KIẾN NGHỊ, ĐỀ XUẤT'], DEFAULT_DOCUMENT_STYLE) as { id: string; headlineLevel: number };
    expect(h.id).toMatch(/^keep:/u);
    const kept = keepTogether([h as Content, paragraph('Một đoạn.', DEFAULT_DOCUMENT_STYLE), signatures], {
      style: DEFAULT_DOCUMENT_STYLE,
    }) as unknown as {
      stack: Array<Record<string, unknown>>;
      unbreakable: boolean;
    };
    expect(kept.unbreakable).toBe(true);
    expect(kept.stack[0]!.headlineLevel).toBeUndefined();
    expect(kept.stack[0]!.id).toBeUndefined();
    expect(kept.stack[0]!.text).toEqual((h as unknown as { text: unknown }).text);
    expect(h.headlineLevel).toBe(1); // the original is not changed
  });

  it('a last paragraph longer than a page: every word printed, signatures with its last lines', async () => {
    const pages = await lines([
      paragraph('Mở đầu.', DEFAULT_DOCUMENT_STYLE),
      keepTogether([paragraph(`${numbered(0, 1500)}.`, DEFAULT_DOCUMENT_STYLE), signatures], { style: DEFAULT_DOCUMENT_STYLE }),
    ]);
    const seen = words(pages);
    for (let i = 0; i < 1500; i++) expect(seen.has(`từ${i}`) || seen.has(`từ${i}.`)).toBe(true);
    const last = pages.at(-1)!;
    expect(last.some((l) => l.includes('Lê Thị Hoa'))).toBe(true);
    expect(last.findIndex((l) => l.includes('T/M CHI BỘ'))).toBeGreaterThan(0);
  });

  it('a heading and many paragraphs: earlier ones go before the block, nothing lost, no page of signatures only', async () => {
    const paras = Array.from({ length: 30 }, (_, k) => paragraph(`Đoạn ${k}: ${numbered(k * 100, 60)}.`, DEFAULT_DOCUMENT_STYLE));
    const body: Content[] = [heading(['IV. KIẾN NGHỊ, ĐỀ XUẤT'], DEFAULT_DOCUMENT_STYLE), ...paras];
    const pdf = await readPdfLayout(
      await renderPdf(
        partyDocument(
          [paragraph('Mở đầu.', DEFAULT_DOCUMENT_STYLE), keepTogether([...body, signatures], { style: DEFAULT_DOCUMENT_STYLE })],
          DEFAULT_DOCUMENT_STYLE,
        ),
      ),
    );
    const seen = words(pdf.map((p) => p.lines.map((l) => l.text)));
    for (let k = 0; k < 30; k++)
      for (let i = 0; i < 60; i++) expect(seen.has(`từ${k * 100 + i}`) || seen.has(`từ${k * 100 + i}.`)).toBe(true);
    expect(
      layoutViolations(pdf, { signature: 'T/M CHI BỘ', headings: ['IV. KIẾN NGHỊ, ĐỀ XUẤT'], tableHeaders: [], rows: [], runs: new Map() }),
    ).toEqual([]);
  });

  it('does not split a paragraph inside "đồng chí <name>" or a document number', async () => {
    const text = Array.from(
      { length: 80 },
      (_, k) => `ý ${k} theo Kết luận số 21-KL/TW ngày 25/10/2021 do đồng chí Nguyễn Văn An phụ trách`,
    ).join(', ');
    const pdf = await readPdfLayout(
      await renderPdf(
        partyDocument(
          [
            paragraph('Mở đầu.', DEFAULT_DOCUMENT_STYLE),
            keepTogether([paragraph(`${text}.`, DEFAULT_DOCUMENT_STYLE), signatures], { style: DEFAULT_DOCUMENT_STYLE }),
          ],
          DEFAULT_DOCUMENT_STYLE,
        ),
      ),
    );
    const all = pdf.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    const count = (s: string) => all.split(s).length - 1;
    expect(count('21-KL/TW')).toBe(80);
    expect(count('25/10/2021')).toBe(80);
    expect(count('đồng chí Nguyễn Văn An')).toBe(80);
    expect(all).toContain('Lê Thị Hoa');
  });
});
