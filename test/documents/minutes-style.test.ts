/**
 * Point 9 of issue 16: one style rule for the trích yếu of every document, speeches starting
 * "- Đồng chí", and section numbers that never skip (seeded minutes of every type and length).
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { minutesModel } from '../../src-renderer/documents/minutes-content';
import { buildMinutesDocx } from '../../src-renderer/documents/minutes-docx';
import { minutesDefinition } from '../../src-renderer/documents/minutes-pdf';
import { summaryCase, titleBlock } from '../../src-renderer/documents/party-layout';
import { generatedMinutes } from './layout/minutes-cases';
import { decodeDocx } from '../helpers/docx-text';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** A text of inlines (protect's noWrap runs) as one string. */
const inlineText = (v: unknown[]): string | undefined =>
  v.every((x) => typeof x === 'string' || (x !== null && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string'))
    ? v.map((x) => (typeof x === 'string' ? x : (x as { text: string }).text)).join('')
    : undefined;

/** Every text string of a pdfmake definition, in order (a text of inlines joined). */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) strings(n, out);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      const joined = k === 'text' && Array.isArray(v) ? inlineText(v) : undefined;
      if (joined !== undefined) out.push(joined);
      else if (k === 'text' || k === 'stack' || k === 'columns' || k === 'content') strings(v, out);
    }
  return out;
}

describe('trích yếu: one style rule', () => {
  it('starts in lower case in the minutes, the reports and the list; capitals of a year line stay', () => {
    expect(summaryCase('Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026')).toBe('sinh hoạt chi bộ thường kỳ tháng 11 năm 2026');
    expect(summaryCase('kết quả thực hiện trách nhiệm nêu gương năm 2026')).toBe('kết quả thực hiện trách nhiệm nêu gương năm 2026');
    expect(summaryCase('NĂM 2026')).toBe('NĂM 2026');
    expect(summaryCase(' Đánh giá')).toBe('đánh giá');
    const block = strings(titleBlock('Biên bản', 'Sinh hoạt chuyên đề tháng 11 năm 2026', DEFAULT_DOCUMENT_STYLE));
    expect(block).toContain('sinh hoạt chuyên đề tháng 11 năm 2026');
  });

  it('the minutes PDF and .docx print the trích yếu in lower case (the screens keep the capital)', async () => {
    const input = generatedMinutes(3);
    const subject = minutesModel(input).subject;
    expect(subject.charAt(0)).toBe(subject.charAt(0).toLocaleUpperCase('vi')); // the screens keep the capital
    expect(strings(minutesDefinition(input, DEFAULT_DOCUMENT_STYLE).content)).toContain(summaryCase(subject));
    const xml = await (
      await JSZip.loadAsync(await buildMinutesDocx(input, DEFAULT_DOCUMENT_STYLE))
    )
      .file('word/document.xml')!
      .async('string');
    // Read as typed: the .docx keeps "năm 2026" whole with a non-breaking space (decodeDocx).
    expect(decodeDocx(xml)).toContain(`>${summaryCase(subject)}<`);
  });
});

describe('minutes numbering and speeches', () => {
  it('parts I, II, III … and sections 1, 2, 3 … without a gap; every speech starts "- Đồng chí" (200 seeded meetings)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const model = minutesModel(generatedMinutes(seed));
      model.parts.forEach((part, p) => {
        expect(part.heading.startsWith(`${ROMAN[p]}. `), `seed ${seed}: ${part.heading}`).toBe(true);
        const numbered = part.sections.filter((s) => s.heading);
        numbered.forEach((s, i) =>
          expect(s.heading.startsWith(`${i + 1}. `), `seed ${seed}, ${part.heading}: ${numbered.map((x) => x.heading).join(' | ')}`).toBe(
            true,
          ),
        );
      });
      const speeches = model.parts.flatMap((p) => p.sections).find((s) => s.heading.endsWith('Ý kiến thảo luận'));
      for (const line of speeches?.paragraphs ?? []) expect(line.startsWith('- Đồng chí '), `seed ${seed}: ${line}`).toBe(true);
    }
  });
});
