/**
 * The year's minutes book: cover, contents with the right page numbers, continuous page numbers,
 * every finalised minutes of the year (drafts and other years left out) with its amendments,
 * each minutes passing the layout rules inside the book.
 */
// @vitest-environment jsdom
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MinutesInput } from '../../src-renderer/documents/minutes-content';
import { buildMinutesBookPdf, minutesBookEntries } from '../../src-renderer/documents/minutes-book';
import { readPdf, readPdfLayout, squash } from '../helpers/pdf-text';
import { layoutViolations } from '../helpers/layout-rules';
import { generatedMinutes, minutesSpec } from './layout/minutes-cases';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

const OUT = 'test-results/docs-16b';
mkdirSync(OUT, { recursive: true });

function yearOfMinutes(): MinutesInput[] {
  const out: MinutesInput[] = [];
  for (let month = 1; month <= 12; month++) {
    const base = generatedMinutes(100 + month);
    const mm = String(month).padStart(2, '0');
    out.push({
      ...base,
      meeting: {
        ...base.meeting,
        id: `bb-${month}`,
        date: `2026-${mm}-0${(month % 7) + 2}`,
        period: `2026-${mm}`,
        documentNumber: month,
        state: 'finalised',
        amendments:
          month === 4
            ? [
                {
                  at: '2026-04-20',
                  by: 'Nguyễn Thị Ngọc Yến',
                  field: 'conclusion',
                  before: 'tháng 4',
                  after: 'tháng 5',
                  reason: 'ghi nhầm tháng',
                },
              ]
            : [],
      },
    });
  }
  // Left out: a draft of the year and a finalised minutes of the year before (listed first on purpose).
  const draft = generatedMinutes(7);
  out.unshift({
    ...draft,
    meeting: { ...draft.meeting, id: 'draft', date: '2026-12-20', period: '2026-12', state: 'draft', documentNumber: undefined },
  });
  const old = generatedMinutes(8);
  out.unshift({ ...old, meeting: { ...old.meeting, id: 'old', date: '2025-12-05', period: '2025-12', documentNumber: 12 } });
  return out;
}

describe('minutes book of a year', () => {
  it('binds the finalised minutes of the year with a cover, contents and continuous page numbers', async () => {
    const minutes = yearOfMinutes();
    const input = {
      year: 2026,
      unit: { superiorName: 'Đảng bộ các cơ quan Đảng tỉnh', unitName: 'Chi bộ Sở Tư pháp', placeName: 'Ninh Thuận' },
      minutes,
    };
    const entries = minutesBookEntries(input);
    expect(entries.map((e) => e.input.meeting.id)).toEqual(Array.from({ length: 12 }, (_, i) => `bb-${i + 1}`));
    const bytes = await buildMinutesBookPdf(input, DEFAULT_DOCUMENT_STYLE);
    writeFileSync(`${OUT}/minutes-book-2026.pdf`, bytes);
    const pdf = await readPdf(bytes);
    const pages = pdf.pages.map((p) => squash(p.text));

    // Cover.
    expect(pages[0]).toContain('ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH CHI BỘ SỞ TƯ PHÁP');
    expect(pages[0]).toContain('SỔ BIÊN BẢN SINH HOẠT CHI BỘ NĂM 2026');
    expect(pages[0]).toContain('Gồm 12 biên bản, từ số 01-BB/CB ngày 03/01/2026 đến số 12-BB/CB ngày 07/12/2026.');
    expect(pages[0]).toContain('Có 1 biên bản được đính chính sau khi thông qua');
    expect(pages[0]).toContain('Ninh Thuận, năm 2026');
    expect(pages[0]).not.toMatch(/^\d+ /u);

    // Page numbers: none on the cover, then 2, 3, … at the top of every page.
    const layout = await readPdfLayout(bytes);
    expect(layout[0]!.lines.some((l) => /^\d+$/u.test(l.text))).toBe(false);
    layout.slice(1).forEach((p, i) => expect(p.lines[0]!.text, `trang ${i + 2}`).toBe(String(i + 2)));

    // Contents: one row per minutes, its page = the page where its header "Số 0n-BB/CB" is printed.
    expect(pages[1]).toContain('MỤC LỤC');
    expect(pages[1]).toContain('TT Ngày Biên bản Số Trang');
    const starts: number[] = [];
    entries.forEach((e, i) => {
      const n = String(i + 1).padStart(2, '0');
      const page = pages.findIndex((t, p) => p > 1 && t.includes(`Số ${n}-BB/CB`)) + 1;
      starts.push(page);
      const date = e.input.meeting.date.split('-').reverse().join('/');
      const row = new RegExp(
        `${i + 1} ${date} ${e.model.subject.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}${i === 3 ? ' \\(có 1 đính chính\\)' : ''} ${n}-BB/CB ${page}(?!\\d)`,
        'u',
      );
      expect(pages[1], `mục lục dòng ${i + 1}`).toMatch(row);
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(12);

    // Every minutes whole, its amendments included; nothing of the draft or of 2025.
    const all = pages.join(' ');
    for (const e of entries) expect(all).toContain(e.model.opening);
    expect(all).toContain('ĐÍNH CHÍNH SAU KHI THÔNG QUA');
    expect(all).toContain('Lý do: ghi nhầm tháng.');
    expect(all).not.toContain('năm 2025');
    expect(all).not.toContain('ngày 20 tháng 12 năm 2026');

    // Each minutes passes the layout rules on its own pages.
    const failures: string[] = [];
    entries.forEach((e, i) => {
      const from = starts[i]! - 1;
      const to = i + 1 < starts.length ? starts[i + 1]! - 1 : layout.length;
      const problems = layoutViolations(layout.slice(from, to), minutesSpec(e.model));
      if (problems.length) failures.push(`biên bản ${i + 1}: ${problems.join('; ')}`);
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('a year without finalised minutes: cover and contents say so', async () => {
    const text = squash(
      (
        await readPdf(
          await buildMinutesBookPdf(
            {
              year: 2027,
              unit: { superiorName: '', unitName: 'Chi bộ Sở Tư pháp', placeName: 'Ninh Thuận' },
              minutes: yearOfMinutes(),
            },
            DEFAULT_DOCUMENT_STYLE,
          ),
        )
      ).text,
    );
    expect(text).toContain('SỔ BIÊN BẢN SINH HOẠT CHI BỘ NĂM 2027');
    expect(text).toContain('Chưa có biên bản nào được thông qua trong năm 2027.');
  });
});
