/**
 * The .docx minutes as Word/LibreOffice lays them out (issue 16): seeded cases written as .docx,
 * converted by LibreOffice (`libreoffice --headless --convert-to pdf`, Debian package
 * libreoffice-writer-nogui, installed by .ci/run) and checked with the same four rules as the
 * PDF. Skipped with a message when LibreOffice is not installed, except with REQUIRE_LIBREOFFICE=1 (.ci/run).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildMinutesDocx } from '../../../src-renderer/documents/minutes-docx';
import { minutesModel } from '../../../src-renderer/documents/minutes-content';
import { readPdfLayout, type PdfLayoutPage } from '../../helpers/pdf-text';
import { layoutViolations } from '../../helpers/layout-rules';
import { generatedMinutes, minutesSpec } from './minutes-cases';
import { DEFAULT_DOCUMENT_STYLE } from '../../../src-renderer/core/documents/style';

const CASES = Number(process.env.LAYOUT_DOCX_CASES ?? 24);
const libreoffice = (() => {
  try {
    return execSync('command -v libreoffice || command -v soffice', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
})();
if (!libreoffice)
  console.warn(
    'LibreOffice không có trên máy (apt-get install -y --no-install-recommends libreoffice-writer-nogui): bỏ qua kiểm tra bố cục .docx.',
  );

/** LibreOffice prints the non-breaking characters of the .docx; read them as the plain ones. */
function plain(pages: PdfLayoutPage[]): PdfLayoutPage[] {
  return pages.map((p) => ({
    ...p,
    lines: p.lines.map((l) => ({
      ...l,
      text: l.text
        .replace(/\u2011/gu, '-')
        .replace(/\u00a0/gu, ' ')
        .replace(/\u2060/gu, '')
        .replace(/\s+/gu, ' '),
    })),
  }));
}

describe('minutes .docx through LibreOffice', () => {
  it('has real column widths: TT narrow, Nhiệm vụ wide; rows kept whole', async () => {
    const xml = await (
      await JSZip.loadAsync(await buildMinutesDocx(generatedMinutes(7), DEFAULT_DOCUMENT_STYLE))
    )
      .file('word/document.xml')!
      .async('string');
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gu)].map((m) =>
      [...m[1]!.matchAll(/w:w="(\d+)"/gu)].map((g) => Number(g[1])),
    );
    expect(grids.length).toBeGreaterThanOrEqual(3);
    for (const g of grids) expect(g.every((w) => w > 100)).toBe(true);
    const tasks = grids.find((g) => g.length === 4)!;
    expect(tasks[0]! * 5).toBeLessThan(tasks[1]!);
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:keepNext/>');
  });

  it('keeps each heading with its first paragraph in one borderless row that cannot split (seed 183)', async () => {
    const xml = await (
      await JSZip.loadAsync(await buildMinutesDocx(generatedMinutes(183), DEFAULT_DOCUMENT_STYLE))
    )
      .file('word/document.xml')!
      .async('string');
    const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gsu)].map((m) => m[1]!);
    const text = (t: string) => [...t.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(' ');
    const kept = tables.find((t) => text(t).includes('III. SINH HOẠT CHUYÊN ĐỀ'))!;
    expect(kept).toBeDefined();
    expect(text(kept)).toContain('1. Trình bày chuyên đề');
    expect(text(kept)).toContain('Tên chuyên đề');
    expect(kept).toContain('<w:cantSplit/>');
    expect([...kept.matchAll(/<w:gridCol /gu)]).toHaveLength(1);
    expect(kept).not.toMatch(/w:val="single"/u);
  });

  // Skipped without LibreOffice on a developer's machine; in CI (.ci/run installs it and sets REQUIRE_LIBREOFFICE=1) a missing
  // LibreOffice fails the test instead of hiding it.
  it.skipIf(!libreoffice && !process.env.REQUIRE_LIBREOFFICE)(
    `converted by LibreOffice passes the four layout rules (${CASES} seeded cases)`,
    async () => {
      if (!libreoffice) throw new Error('LibreOffice không có trên máy CI: .ci/run phải cài libreoffice-writer-nogui.');
      const dir = join('test-results', 'docs-issue16', 'lo');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const seeds = Array.from({ length: CASES }, (_, i) => i + 1);
      for (const seed of seeds)
        writeFileSync(join(dir, `minutes-${seed}.docx`), await buildMinutesDocx(generatedMinutes(seed), DEFAULT_DOCUMENT_STYLE));
      // One LibreOffice process for all files (its start-up dominates the time).
      execFileSync(
        libreoffice!,
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...seeds.map((s) => join(dir, `minutes-${s}.docx`))],
        {
          stdio: 'ignore',
          env: { ...process.env, HOME: join(process.cwd(), dir) },
          timeout: 600_000,
        },
      );
      const failures: string[] = [];
      for (const seed of seeds) {
        const pages = plain(await readPdfLayout(readFileSync(join(dir, `minutes-${seed}.pdf`))));
        const problems = layoutViolations(pages, minutesSpec(minutesModel(generatedMinutes(seed))));
        if (problems.length > 0) failures.push(`seed ${seed}: ${problems.join('; ')}`);
      }
      expect(failures).toEqual([]);
    },
    900_000,
  );
});
