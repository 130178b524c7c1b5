/**
 * The header at any unit name and place (issue 16 point 9): "ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH" on one
 * line, a long unit name in two even lines broken between words, the place-date line whole (or
 * after its comma) and level with "Số …" (or "*"), columns that never overlap — in the PDF and
 * in the .docx as LibreOffice lays it out.
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { placeDateLine } from '../../../src-renderer/core/text';
import { balancedLines, paragraph, partyDocument, partyHeader, partyHeaderLayout } from '../../../src-renderer/documents/party-layout';
import { renderPdf } from '../../../src-renderer/documents/render-pdf';
import { DEFAULT_DOCUMENT_STYLE, DOCUMENT_STYLE_BY_DATE } from '../../../src-renderer/core/documents/style';
import { documentStyleOn } from '../../../src-renderer/core/rules';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formDocument } from '../../../src-renderer/documents/form-pdf';
import { buildFormsDocx } from '../../../src-renderer/documents/form-docx';
import { selfReviewModel } from '../../../src-renderer/documents/self-review-content';
import { sampleSelfReview, unit } from '../forms-fixtures';

const libreoffice = (() => {
  try {
    return execSync('command -v libreoffice || command -v soffice', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
})();

const SUPERIORS = ['Đảng bộ Ủy ban nhân dân tỉnh', 'Đảng bộ các cơ quan Đảng tỉnh', 'Tỉnh ủy Ninh Thuận', ''];
const UNITS = [
  'Chi bộ Sở Tư pháp',
  'Chi bộ Sở Nông nghiệp và Môi trường',
  'Chi bộ Văn phòng Ủy ban nhân dân tỉnh',
  'Chi bộ Trung tâm Kiểm soát bệnh tật và Giám định y khoa tỉnh',
];
const PLACES = ['Ninh Thuận', 'Khánh Hòa', 'Thành phố Hồ Chí Minh'];

interface Item {
  str: string;
  x: number;
  right: number;
  top: number;
}

/** The text items of every page (x, right edge and baseline from the top, in points). */
async function pageItems(bytes: Uint8Array): Promise<Item[][]> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: Item[][] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const h = page.getViewport({ scale: 1 }).height;
      const out: Item[] = [];
      for (const it of (await page.getTextContent()).items) {
        if (!('str' in it) || !it.str.trim()) continue;
        const [, , , , e = 0, f = 0] = it.transform as number[];
        out.push({ str: it.str.normalize('NFC'), x: e, right: e + it.width, top: h - f });
      }
      pages.push(out);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Lines of one column: items of the same baseline joined, top to bottom. */
function lines(its: Item[]): Array<{ text: string; top: number; x: number; right: number }> {
  const out: Array<{ text: string; top: number; x: number; right: number }> = [];
  for (const it of [...its].sort((a, b) => a.top - b.top || a.x - b.x)) {
    const l = out.find((o) => Math.abs(o.top - it.top) < 1);
    if (l) Object.assign(l, { text: `${l.text} ${it.str}`.replace(/\s+/gu, ' '), right: Math.max(l.right, it.right) });
    else out.push({ text: it.str.trim(), top: it.top, x: it.x, right: it.right });
  }
  return out;
}

describe('balancedLines', () => {
  it('splits between words, before "VÀ" / "ỦY" rather than inside "NÔNG NGHIỆP"', () => {
    expect(balancedLines('CHI BỘ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 200, 13, true)).toEqual(['CHI BỘ SỞ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG']);
    expect(balancedLines('CHI BỘ VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH', 200, 13, true)).toEqual(['CHI BỘ VĂN PHÒNG', 'ỦY BAN NHÂN DÂN TỈNH']);
    expect(balancedLines('CHI BỘ SỞ TƯ PHÁP', 200, 13, true)).toEqual(['CHI BỘ SỞ TƯ PHÁP']);
    expect(balancedLines('ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH', 170, 14)).toEqual(['ĐẢNG BỘ', 'ỦY BAN NHÂN DÂN TỈNH']);
    const three = balancedLines('CHI BỘ TRUNG TÂM KIỂM SOÁT BỆNH TẬT VÀ GIÁM ĐỊNH Y KHOA TỈNH', 190, 14, true);
    expect(three).toHaveLength(3);
    expect(three.every((l) => l.includes(' '))).toBe(true);
  });
});

describe('party header', () => {
  it('lays out every superior × unit × place × number case cleanly', async () => {
    const failures: string[] = [];
    const cases = SUPERIORS.flatMap((superiorName) =>
      UNITS.flatMap((unitName) =>
        PLACES.flatMap((place) => ['Số 01-BB/CB', undefined].map((documentNumber) => ({ superiorName, unitName, place, documentNumber }))),
      ),
    );
    // One header a page, all in one PDF.
    const pages = await pageItems(
      await renderPdf(
        partyDocument(
          cases.map((c, i) => ({
            stack: [
              partyHeader({ ...c, placeDate: placeDateLine(c.place, '2026-11-05') }, DEFAULT_DOCUMENT_STYLE),
              paragraph('Nội dung.', DEFAULT_DOCUMENT_STYLE),
            ],
            ...(i > 0 ? { pageBreak: 'before' as const } : {}),
          })),
          DEFAULT_DOCUMENT_STYLE,
          { pageNumbers: false },
        ),
      ),
    );
    for (const [i, { superiorName, unitName, place, documentNumber }] of cases.entries()) {
      const input = { superiorName, unitName, documentNumber, placeDate: placeDateLine(place, '2026-11-05') };
      const layout = partyHeaderLayout(input, DEFAULT_DOCUMENT_STYLE);
      const its = pages[i]!;
      const split = 85.04 + layout.leftWidthPt + 3; // left margin + the left column + half the gap
      const headerIts = its.filter((it) => it.str !== 'Nội dung.');
      const left = lines(headerIts.filter((it) => it.right <= split + 1));
      const right = lines(headerIts.filter((it) => it.x >= split - 1));
      const name = `${superiorName || '(không cấp trên)'} / ${unitName} / ${place} / ${documentNumber ?? '-'}`;
      const problem = (p: string) => failures.push(`${name}: ${p}`);
      if (headerIts.some((it) => it.x < split - 1 && it.right > split + 1)) problem('một dòng vắt qua hai cột');
      const sup = superiorName.toLocaleUpperCase('vi');
      if (superiorName && !left.some((l) => l.text === sup))
        problem(`cấp trên không nằm trọn một dòng: ${JSON.stringify(left.map((l) => l.text))}`);
      const unitUpper = unitName.toLocaleUpperCase('vi');
      const unitLines = left.filter((l) => unitUpper.includes(l.text) && l.text !== sup && l.text !== '*');
      if (unitLines.map((l) => l.text).join(' ') !== unitUpper) problem(`tên chi bộ: ${JSON.stringify(unitLines.map((l) => l.text))}`);
      // Two lines at most; three for the 60-character name (two would split a word).
      const maxLines = unitName.length > 50 ? 3 : 2;
      if (unitLines.length > maxLines) problem(`tên chi bộ ${unitLines.length} dòng`);
      if (unitLines.length > 1 && unitLines.some((l) => !l.text.includes(' ')))
        problem(`một chữ đứng riêng: ${unitLines.map((l) => l.text).join(' | ')}`);
      if (
        unitLines.length > 1 &&
        unitLines.slice(0, -1).some((l) => /(?:NÔNG|MÔI|ỦY|BAN|NHÂN|KIỂM|GIÁM|BỆNH|TRUNG|VĂN|TƯ|Y)$/u.test(l.text))
      )
        problem(`ngắt giữa một từ: ${unitLines.map((l) => l.text).join(' | ')}`);
      if (!right.some((l) => l.text === 'ĐẢNG CỘNG SẢN VIỆT NAM')) problem('ĐẢNG CỘNG SẢN VIỆT NAM bị ngắt');
      const dateLines = right.filter((l) => l.text.includes('ngày') || l.text.startsWith(place));
      const first = dateLines[0];
      if (!first) {
        problem('không thấy dòng địa danh');
        continue;
      }
      const joined = dateLines.map((l) => l.text).join(' ');
      if (joined !== input.placeDate) problem(`dòng ngày tháng: ${JSON.stringify(dateLines.map((l) => l.text))}`);
      if (dateLines.length > 1 && dateLines[0]!.text !== `${place},`)
        problem(`ngày tháng ngắt sai chỗ: ${dateLines.map((l) => l.text).join(' | ')}`);
      const lastLeft = left.at(-1)!;
      if (lastLeft.text !== (documentNumber ?? '*')) problem(`dòng cuối cột trái: ${lastLeft.text}`);
      // Level with the last line of the left column (a two-line left column is shorter than
      // the title and its rule: the date then comes right under the rule).
      if (layout.leftLineCount > 2 && Math.abs(first.top - lastLeft.top) > 1.5)
        problem(`dòng ngày tháng lệch ${Math.round(first.top - lastLeft.top)} pt so với "${lastLeft.text}"`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('Mẫu 2A/2B/2C header: a clear gap beside ĐẢNG CỘNG SẢN VIỆT NAM at any superior name', () => {
  const SUPERIOR_NAMES = [
    'Đảng bộ các cơ quan Đảng tỉnh',
    'Đảng bộ Ủy ban nhân dân tỉnh',
    'ĐẢNG BỘ CƠ QUAN ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU',
    'Đảng bộ Khối các cơ quan và doanh nghiệp Thành phố Hồ Chí Minh',
  ];
  /** The smallest horizontal gap between a left-column item and "ĐẢNG CỘNG SẢN VIỆT NAM" on about the same height. */
  const gapBesideTitle = (its: Item[]) => {
    const title = its.find((it) => it.str.includes('ĐẢNG CỘNG SẢN VIỆT NAM'))!;
    const beside = its.filter((it) => it !== title && it.right <= title.x + 1 && Math.abs(it.top - title.top) < 14 && it.top < 200);
    return Math.min(...beside.map((it) => title.x - it.right));
  };
  const models = SUPERIOR_NAMES.map((superiorName) => selfReviewModel(sampleSelfReview('a', { unit: { ...unit, superiorName } })));

  // HD 36 (the default) and the HD 05 profile in force from 2026 (chosen by the document's date).
  const STYLES = [
    ['HD 36', DEFAULT_DOCUMENT_STYLE],
    ['HD 05', documentStyleOn('2026-12-15', [], { documentStyleCode: DOCUMENT_STYLE_BY_DATE }).data],
  ] as const;
  const cases = STYLES.flatMap(([styleName, style]) =>
    models.map((model, i) => ({ name: `${styleName}: ${SUPERIOR_NAMES[i]}`, model, style })),
  );

  it('PDF: 16 pt or more, the long name wrapped within the left column', async () => {
    for (const { name, model, style } of cases) {
      const its = (await pageItems(await renderPdf(formDocument(model, style))))[0]!;
      expect(gapBesideTitle(its), name).toBeGreaterThanOrEqual(16);
      const layout = partyHeaderLayout(model.header, style);
      const left = its.filter((it) => it.top < 160 && it.right <= 85.04 + layout.leftWidthPt + 1);
      expect(left.map((it) => it.str).join(' '), name).toContain(layout.superiorLines.at(-1)!);
    }
  });

  it.skipIf(!libreoffice)(
    '.docx through LibreOffice: 16 pt or more',
    async () => {
      const dir = join('test-results', 'docs-issue16', 'header-gap');
      mkdirSync(dir, { recursive: true });
      const files = [];
      for (const [i, { model, style }] of cases.entries()) {
        const file = join(dir, `mau-2a-${i}.docx`);
        writeFileSync(file, await buildFormsDocx([model], 'Mẫu 2A', style));
        files.push(file);
      }
      execFileSync(libreoffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
        stdio: 'ignore',
        env: { ...process.env, HOME: join(process.cwd(), dir) },
        timeout: 300_000,
      });
      for (const [i, file] of files.entries()) {
        const its = (await pageItems(readFileSync(file.replace(/\.docx$/u, '.pdf'))))[0]!;
        expect(gapBesideTitle(its), cases[i]!.name).toBeGreaterThanOrEqual(16);
      }
    },
    300_000,
  );
});
