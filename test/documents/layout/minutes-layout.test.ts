/**
 * Layout of the minutes PDF at any length (issue 16): a seeded generator of 200 meetings with
 * 0–60 opinions, 0–20 tasks and 0–10 news items, each rendered and read back with pdfjs; every
 * case must pass the four rules of test/helpers/layout-rules.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildMinutesPdf } from '../../../src-renderer/documents/minutes-pdf';
import { minutesModel } from '../../../src-renderer/documents/minutes-content';
import { readPdfLayout } from '../../helpers/pdf-text';
import { layoutViolations } from '../../helpers/layout-rules';
import { generatedMinutes, minutesSpec } from './minutes-cases';
import { DEFAULT_DOCUMENT_STYLE } from '../../../src-renderer/core/documents/style';

const CASES = Number(process.env.LAYOUT_CASES ?? 200);

describe('minutes PDF layout at any length', () => {
  it(`keeps signatures with text, headings with what follows, rows and numbers whole (${CASES} seeded cases)`, async () => {
    const failures: string[] = [];
    let pages = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const input = generatedMinutes(seed);
      const bytes = await buildMinutesPdf(input, DEFAULT_DOCUMENT_STYLE);
      const layout = await readPdfLayout(bytes);
      pages += layout.length;
      const problems = layoutViolations(layout, minutesSpec(minutesModel(input)));
      if (problems.length > 0) {
        failures.push(`seed ${seed}: ${problems.join('; ')}`);
        if (process.env.LAYOUT_OUT) {
          mkdirSync('test-results/docs-issue16', { recursive: true });
          writeFileSync(`test-results/docs-issue16/minutes-seed-${seed}.pdf`, bytes);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(pages).toBeGreaterThan(CASES * 2);
  }, 600_000);
});
