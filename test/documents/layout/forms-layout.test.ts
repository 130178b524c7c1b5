/**
 * Layout of the self-review forms (Mẫu 2A/2B/2C) and Mẫu 01 at any length: seeded texts of
 * 0–12 paragraphs in every section, rendered and read back with pdfjs, checked with the rules of
 * test/helpers/layout-rules.ts — the signature blocks share their page with body text, no heading
 * is the last line of a page, document numbers, dates and names stay whole.
 */
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { SECTION_KEYS, SELF_REVIEW_KEYS } from '../../../src-renderer/core/review';
import { formBatchDocument, formDocument } from '../../../src-renderer/documents/form-pdf';
import { formHeadings, formStrings, type FormModel } from '../../../src-renderer/documents/form-model';
import { unbreakableRuns } from '../../../src-renderer/documents/party-layout';
import { renderPdf } from '../../../src-renderer/documents/render-pdf';
import { selfReviewModel } from '../../../src-renderer/documents/self-review-content';
import { unitReviewModel } from '../../../src-renderer/documents/unit-review-content';
import { readPdfLayout, type PdfLayoutPage } from '../../helpers/pdf-text';
import { layoutViolations, personName, runCounts, seeded, sentenceWithRuns, type LayoutSpec, type Rng } from '../../helpers/layout-rules';
import { sampleSelfReview, sampleUnitReview } from '../forms-fixtures';
import { DEFAULT_DOCUMENT_STYLE } from '../../../src-renderer/core/documents/style';

const CASES = Number(process.env.LAYOUT_FORM_CASES ?? 40);

const paras = (r: Rng, max: number) => {
  const n = r.next() < 0.3 ? 0 : Math.floor((max + 1) * r.next() ** 1.5);
  return Array.from({ length: n }, () => sentenceWithRuns(r)).join('\n');
};

function spec(model: FormModel, signature: string): LayoutSpec {
  return { signature, headings: formHeadings(model), tableHeaders: [], rows: [], runs: runCounts(formStrings(model), unbreakableRuns) };
}

async function check(name: string, seed: number, bytes: Uint8Array, specs: LayoutSpec[], pages?: PdfLayoutPage[]): Promise<string[]> {
  const layout = pages ?? (await readPdfLayout(bytes));
  const problems = specs.flatMap((s) => layoutViolations(layout, s));
  if (problems.length > 0 && process.env.LAYOUT_OUT) {
    mkdirSync('test-results/docs-16b/layout', { recursive: true });
    writeFileSync(`test-results/docs-16b/layout/${name}-seed-${seed}.pdf`, bytes);
  }
  return problems.map((p) => `${name} seed ${seed}: ${p}`);
}

describe('self-review and Mẫu 01 layout at any length', () => {
  it(`Mẫu 2A/2B/2C: signatures with text, headings with what follows, numbers whole (${CASES} seeded cases)`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= CASES; seed++) {
      const r = seeded(5000 + seed);
      const base = sampleSelfReview(`s${seed}`);
      const sections: Record<string, string> = {};
      for (const key of Object.values(SELF_REVIEW_KEYS))
        sections[key] = paras(r, key === SECTION_KEYS.pledge || key === SELF_REVIEW_KEYS.tasks ? 12 : 6);
      const variant = r.pick(['2A', '2B', '2C'] as const);
      const model = selfReviewModel({
        ...base,
        variant,
        member: { ...base.member, fullName: personName(r) },
        review: { ...base.review, sections, ...(r.next() < 0.5 ? { scoreCommon: undefined, scoreTasks: undefined } : {}) },
        committee: { name: personName(r) },
      });
      const bytes = await renderPdf(formDocument(model, DEFAULT_DOCUMENT_STYLE));
      failures.push(...(await check('tu-kiem-diem', seed, bytes, [spec(model, 'NGƯỜI TỰ KIỂM ĐIỂM'), spec(model, 'T/M CHI ỦY')])));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('the whole cell in one file: each member’s form passes the rules on its own pages', async () => {
    const r = seeded(77);
    const models = Array.from({ length: 6 }, (_, i) => {
      const base = sampleSelfReview(`c${i}`);
      return selfReviewModel({
        ...base,
        member: { ...base.member, fullName: personName(r) },
        review: { ...base.review, sections: { [SELF_REVIEW_KEYS.tasks]: paras(r, 10) } },
      });
    });
    const bytes = await renderPdf(formBatchDocument(models, 'Cả chi bộ', DEFAULT_DOCUMENT_STYLE));
    const layout = await readPdfLayout(bytes);
    const starts = layout.map((p, i) => (p.lines.some((l) => l.text === 'BẢN KIỂM ĐIỂM CÁ NHÂN') ? i : -1)).filter((i) => i >= 0);
    expect(starts).toHaveLength(6);
    const failures: string[] = [];
    for (let i = 0; i < 6; i++) {
      const pages = layout.slice(starts[i], starts[i + 1] ?? layout.length);
      failures.push(
        ...(await check('ca-chi-bo', i, bytes, [spec(models[i]!, 'NGƯỜI TỰ KIỂM ĐIỂM'), spec(models[i]!, 'T/M CHI ỦY')], pages)),
      );
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it(`Mẫu 01: T/M CHI BỘ with text, headings with what follows (${Math.ceil(CASES / 2)} seeded cases)`, async () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= Math.ceil(CASES / 2); seed++) {
      const r = seeded(9000 + seed);
      const base = sampleUnitReview();
      const model = unitReviewModel({
        ...base,
        unitReview: { ...base.unitReview, report: { results: paras(r, 14), limits: paras(r, 8) } },
        signer: { name: personName(r) },
      });
      const bytes = await renderPdf(formDocument(model, DEFAULT_DOCUMENT_STYLE));
      failures.push(...(await check('mau-01', seed, bytes, [spec(model, 'T/M CHI BỘ')])));
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
