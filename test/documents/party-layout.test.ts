// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { DEFAULT_DOCUMENT_STYLE, formatDocumentNumber } from '../../src-renderer/core/documents/style';
import { placeDateLine } from '../../src-renderer/core/text';
import {
  partyDocument,
  partyDocumentBatch,
  partyHeader,
  recipients,
  signatureBlocks,
  titleBlock,
  paragraph,
  normalizeDefinition,
} from '../../src-renderer/documents/party-layout';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { readPdf, squash } from '../helpers/pdf-text';

const lastLine = (text: string) => text.trim().split('\n').at(-1)!.trim();

const header = partyHeader(
  {
    superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
    unitName: 'Chi bộ Sở Tư pháp',
    documentNumber: formatDocumentNumber(1, 'BB', 'CB'),
    placeDate: placeDateLine('Ninh Thuận', '2026-02-05'),
  },
  DEFAULT_DOCUMENT_STYLE,
);

describe('party layout', () => {
  it('renders header, title, place-date line and signature blocks as A4 text', async () => {
    const def = partyDocument(
      [
        header,
        titleBlock('Biên bản', 'sinh hoạt chi bộ thường kỳ tháng 01 năm 2026', DEFAULT_DOCUMENT_STYLE),
        paragraph('Hôm nay, đồng chí Nguyễn Thị Ngọc Yến chủ trì; các chữ ặ ẫ ờ Đ hiển thị đúng.', DEFAULT_DOCUMENT_STYLE),
        signatureBlocks(
          { title: 'Thư ký', name: 'Trần Văn Bình' },
          { authority: 'T/M Chi bộ', title: 'Bí thư', name: 'Lê Thị Hoa' },
          DEFAULT_DOCUMENT_STYLE,
        ),
      ],
      DEFAULT_DOCUMENT_STYLE,
      { title: 'Biên bản' },
    );
    const bytes = await renderPdf(def);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pages[0]!.width).toBeCloseTo(595.28, 1);
    expect(pdf.pages[0]!.height).toBeCloseTo(841.89, 1);
    const text = squash(pdf.text);
    for (const s of [
      'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH',
      'CHI BỘ SỞ TƯ PHÁP',
      'Số 01-BB/CB',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Ninh Thuận, ngày 05 tháng 02 năm 2026',
      'BIÊN BẢN',
      'sinh hoạt chi bộ thường kỳ tháng 01 năm 2026',
      'THƯ KÝ',
      'T/M CHI BỘ',
      'BÍ THƯ',
      'Trần Văn Bình',
      'Lê Thị Hoa',
      'ặ ẫ ờ Đ',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Số:');
  });

  it('normalises NFD input to NFC before rendering', async () => {
    const nfd = 'Nguyễn Thị Ngọc Yến'.normalize('NFD');
    const def = partyDocument([{ text: nfd }], DEFAULT_DOCUMENT_STYLE);
    const content = def.content as Content[];
    expect((content[0] as { text: string }).text).toBe('Nguyễn Thị Ngọc Yến'.normalize('NFC'));
    const text = squash((await readPdf(await renderPdf(def))).text);
    expect(text).toContain('Nguyễn Thị Ngọc Yến');
  });

  it('uses the profile margins (mm → pt) and numbers pages from page 2', async () => {
    const def = partyDocument(
      [header, ...Array.from({ length: 80 }, (_, i) => paragraph(`Dòng nội dung số ${i + 1} của văn bản.`, DEFAULT_DOCUMENT_STYLE))],
      DEFAULT_DOCUMENT_STYLE,
    );
    expect(def.pageMargins).toEqual([85.04, 56.69, 42.52, 56.69]);
    const pdf = await readPdf(await renderPdf(def));
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    // The page number is drawn after the content: it is the last line of page 2, and page 1 has none.
    expect(lastLine(pdf.pages[1]!.text)).toBe('2');
    expect(lastLine(pdf.pages[0]!.text)).not.toMatch(/^\d+$/u);
  });

  it('restarts page numbers per document in a batch', async () => {
    const long = (name: string) => [
      header,
      { text: name },
      ...Array.from({ length: 60 }, (_, i) => paragraph(`Dòng ${i + 1}.`, DEFAULT_DOCUMENT_STYLE)),
    ];
    const def = partyDocumentBatch([long('Văn bản A'), long('Văn bản B')], DEFAULT_DOCUMENT_STYLE);
    const progress: number[] = [];
    const pdf = await readPdf(await renderPdf(def, (p) => progress.push(p)));
    const nbA = pdf.pages.findIndex((p) => p.text.includes('Văn bản B'));
    expect(nbA).toBeGreaterThan(1);
    expect(pdf.pageCount).toBe(nbA * 2);
    const numbers = pdf.pages.map((p) => lastLine(p.text));
    const perDoc = ['', ...Array.from({ length: nbA - 1 }, (_, i) => String(i + 2))];
    expect(numbers.map((n) => (/^\d+$/u.test(n) ? n : ''))).toEqual([...perDoc, ...perDoc]);
    expect(progress.at(-1)).toBe(1);
  });

  it('writes Nơi nhận with the separator and a final full stop', () => {
    const c = recipients(['Ban Thường vụ Đảng uỷ các cơ quan Đảng tỉnh', '- Lưu Chi bộ.'], DEFAULT_DOCUMENT_STYLE) as {
      stack: Array<{ text: string }>;
    };
    expect(c.stack.map((s) => s.text)).toEqual(['Nơi nhận:', '- Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh,', '- Lưu Chi bộ.']);
  });

  it('leaves functions working and binary data untouched when normalising', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const out = normalizeDefinition({ a: bytes, f: () => ({ text: 'Yến'.normalize('NFD') }) });
    expect(out.a).toBe(bytes);
    expect(out.f().text).toBe('Yến');
  });
});
