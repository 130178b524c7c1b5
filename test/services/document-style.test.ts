// @vitest-environment jsdom
/**
 * Cài đặt → thể thức văn bản and the 2026 citations, through the services the screens call:
 * a profile's values edited as the cell's own version (still chosen by date, winning over the
 * preset), reset, pinned; settings written before the choice existed read "by date"; QĐ 207
 * switched off and on; pledge forms and the year report printed on 25/7/2026 and 27/7/2026.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QD207_CITATION, QD37_CITATION } from '../../src-renderer/core/documents/citations';
import { HD05_STYLE } from '../../src-renderer/core/documents/style';
import { yearFiguresInputOf } from '../../src-renderer/core/figures';
import { computeStatistics, schemeDate } from '../../src-renderer/core/review';
import { documentStyleOn, resolveRule, reviewWordingOn } from '../../src-renderer/core/rules';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { createForm, saveDraft, submit } from '../../src-renderer/db/pledges';
import { seedPresetRuleSets } from '../../src-renderer/db/presets';
import { loadSettings } from '../../src-renderer/db/settings';
import { pledgeFormDocument } from '../../src-renderer/documents/pledge-form';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { buildYearReport } from '../../src-renderer/documents/year-report';
import { resetClock, setClock } from '../../src-renderer/platform/clock';
import {
  chooseDocumentStyle,
  keepQd37Citations,
  loadRuleSets,
  resetDocumentStyle,
  restoreQd207Citations,
  RuleEditError,
  saveDocumentStyle,
} from '../../src-renderer/services/rules';
import { cellRecords } from '../core/figures/fixtures';
import { member } from '../core/pledges/fixtures';
import { dump, freshDb } from '../db/exchange-helpers';
import { pdfText, squash } from '../helpers/pdf-text';

let db: SoNeuGuongDb;
beforeEach(async () => {
  setClock('2026-12-01T09:00:00');
  db = freshDb();
  setDatabaseForTests(db);
  await seedPresetRuleSets(db);
});
afterEach(() => {
  resetClock();
  db.close();
});

const styleOn = async (date: string) => documentStyleOn(date, await loadRuleSets(), await loadSettings(db));

describe('document style profiles edited in Cài đặt', () => {
  it('an edit of HD 05 is the cell’s own version: used on HD 05 dates, not before 27/5/2026; reset brings the preset back', async () => {
    expect((await styleOn('2026-11-03')).id).toBe('preset-document_style-HD05-2026-v2');
    const saved = await saveDocumentStyle('HD05-2026', {
      ...HD05_STYLE,
      lineSpacingPt: 18,
      closingMark: false,
      minutesSignatures: { left: ' Thư ký ', right: 'Chủ trì' },
    });
    expect(saved).toMatchObject({ source: 'local', code: 'HD05-2026', version: 3, validFrom: '2026-05-27' });
    expect(saved.data.minutesSignatures).toEqual({ left: 'Thư ký', right: 'Chủ trì' });
    const inForce = await styleOn('2026-11-03');
    expect(inForce.id).toBe(saved.id);
    expect(inForce.data.lineSpacingPt).toBe(18);
    expect((await styleOn('2026-05-26')).code).toBe('HD36-2018');
    // A second edit: the next version; an edit of HD 36 stays on HD 36 dates.
    expect((await saveDocumentStyle('HD05-2026', { ...saved.data, closingMark: true })).version).toBe(4);
    const hd36 = await saveDocumentStyle('HD36-2018', { ...(await styleOn('2026-01-01')).data, uySpelling: 'ủy' });
    expect(hd36).toMatchObject({ validFrom: '2018-04-03', validTo: '2026-05-26', version: 2 });
    expect((await styleOn('2026-01-01')).data.uySpelling).toBe('ủy');
    expect((await styleOn('2026-11-03')).data.closingMark).toBe(true);
    await resetDocumentStyle('HD05-2026');
    expect((await styleOn('2026-11-03')).id).toBe('preset-document_style-HD05-2026-v2');
    expect((await styleOn('2026-01-01')).id).toBe(hd36.id);
  });

  it('an impossible value is refused and nothing is stored', async () => {
    const before = await dump(db);
    const attempt = saveDocumentStyle('HD05-2026', { ...HD05_STYLE, marginsMm: { ...HD05_STYLE.marginsMm, left: 300 } });
    await expect(attempt).rejects.toBeInstanceOf(RuleEditError);
    await expect(attempt).rejects.toThrow('thể thức văn bản');
    await expect(
      saveDocumentStyle('HD05-2026', { ...HD05_STYLE, minutesSignatures: { left: '', right: 'Chủ trì' } }),
    ).rejects.toBeInstanceOf(RuleEditError);
    // An emptied line-spacing field (NaN) is refused, not read as "no exact spacing".
    await expect(saveDocumentStyle('HD05-2026', { ...HD05_STYLE, lineSpacingPt: Number.NaN })).rejects.toThrow('lineSpacingPt');
    expect(await dump(db)).toEqual(before);
  });

  it('by date unless one profile is chosen; the old stored default "HD36-2018" (never chosen) reads as by date', async () => {
    await db.settings.put({ key: 'settings', ...(await loadSettings(db)), documentStyleCode: 'HD36-2018' });
    expect((await loadSettings(db)).documentStyleCode).toBe('');
    expect((await styleOn('2026-11-03')).code).toBe('HD05-2026');
    await chooseDocumentStyle('HD36-2018');
    expect((await loadSettings(db)).documentStyleCode).toBe('HD36-2018');
    expect((await styleOn('2026-11-03')).code).toBe('HD36-2018');
    await chooseDocumentStyle('');
    expect((await styleOn('2026-11-03')).code).toBe('HD05-2026');
    expect((await styleOn('2026-05-26')).code).toBe('HD36-2018');
  });
});

describe('QĐ 37 before 26/7/2026, QĐ 207 after, on printed documents', () => {
  async function handedIn(memberId: string, date: string): Promise<string> {
    await db.members.put(member(memberId));
    const f = await createForm(db, { memberId, year: 2026, frameworkId: 'preset-pledge_framework-CAMKET-7MUC-v1' });
    await saveDraft(db, f.id, { items: [{ id: `${memberId}-1`, categoryCode: 'TU_TUONG', action: 'Học tập nghị quyết' }] });
    const form = await submit(db, f.id, date);
    const doc = {
      form,
      member: member(memberId),
      unit: { name: 'Chi bộ Sở Tư pháp', superiorName: 'Đảng bộ các cơ quan Đảng tỉnh', placeName: 'Khánh Hòa' },
    };
    return saved(`pledge-form-${memberId}-${date}`, await renderPdf(pledgeFormDocument(doc, (await styleOn(date)).data)));
  }

  /** The text of a PDF, kept under test-results/ to be looked at. */
  async function saved(name: string, bytes: Uint8Array): Promise<string> {
    mkdirSync('test-results/citations-2026', { recursive: true });
    writeFileSync(`test-results/citations-2026/${name}.pdf`, bytes);
    return squash(await pdfText(bytes));
  }

  async function yearReport(date: string): Promise<string> {
    const records = cellRecords([[5, { final: 'tot' }]]);
    const ruleSets = await loadRuleSets();
    const scheme = resolveRule('year_end_scheme', { date: schemeDate(2026), ruleSets });
    const def = buildYearReport({
      year: 2026,
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      unitName: 'Chi bộ Sở Tư pháp',
      placeName: 'Khánh Hòa',
      issuerCode: 'CB',
      superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
      reportDate: date,
      scheme,
      wording: reviewWordingOn(scheme, date, ruleSets),
      stats: computeStatistics(
        scheme,
        yearFiguresInputOf(2026, {
          members: records.members,
          pledges: records.pledges,
          monthly: records.monthly,
          reviews: records.reviews,
          commendations: records.commendations,
        }),
      ),
      texts: { results: '', limits: '', proposals: '' },
      style: (await styleOn(date)).data,
    });
    const kept = (await loadRuleSets()).some((r) => r.id.startsWith('local-keep-qd37-'));
    return saved(`year-report-${date}${kept ? '-qd37-kept' : ''}`, await renderPdf(def));
  }

  it('pledge forms and the year report dated 25/7/2026 cite QĐ 37, those dated 27/7/2026 QĐ 207', async () => {
    const before = await handedIn('a', '2026-07-25');
    expect(before).toContain('Khánh Hòa, ngày 25 tháng 7 năm 2026');
    expect(before).toContain(QD37_CITATION);
    expect(before).not.toContain('207-QĐ/TW');
    const after = await handedIn('b', '2026-07-27');
    expect(after).toContain('Khánh Hòa, ngày 27 tháng 7 năm 2026');
    expect(after).toContain(QD207_CITATION);
    expect(after).not.toContain('37-QĐ/TW');

    const r25 = await yearReport('2026-07-25');
    expect(r25).toContain(`cán bộ, đảng viên, ${QD37_CITATION} và Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị về kiểm điểm`);
    const r27 = await yearReport('2026-07-27');
    expect(r27).toContain(`cán bộ, đảng viên, ${QD207_CITATION} và Quy định số 366-QĐ/TW`);
    expect(r27).not.toContain('37-QĐ/TW');
  });

  it('switched off, documents dated 27/7/2026 keep QĐ 37; switched on again, QĐ 207', async () => {
    expect(await keepQd37Citations()).toBe(2);
    expect(await keepQd37Citations()).toBe(2); // idempotent: the same two records
    expect((await loadRuleSets()).filter((r) => r.id.startsWith('local-keep-qd37-'))).toHaveLength(2);
    const form = await handedIn('c', '2026-07-27');
    expect(form).toContain(QD37_CITATION);
    expect(form).not.toContain('207-QĐ/TW');
    expect(await yearReport('2026-07-27')).toContain(`cán bộ, đảng viên, ${QD37_CITATION} và`);
    await restoreQd207Citations();
    expect((await loadRuleSets()).some((r) => r.id.startsWith('local-keep-qd37-'))).toBe(false);
    expect(await yearReport('2026-07-27')).toContain(QD207_CITATION);
    expect(await handedIn('d', '2026-07-27')).toContain(QD207_CITATION);
  });
});
