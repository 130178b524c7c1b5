/**
 * applyImport writes unit reports in batches (up to 50 files per transaction). The result must be
 * the same as one transaction per file: same rows, a file refused by its plan writes nothing, a
 * file whose write fails is the only one refused (full dumps compared), and a later file of the
 * same batch can replace or remove one written earlier in it (with undo).
 */
import { describe, expect, it } from 'vitest';
import { buildEnvelope, buildUnitReportPayload, encodeEnvelope, type UnitReportEnvelope } from '../../src-renderer/core/exchange';
import { syntheticUnit } from '../fixtures/synthetic-units';
import { buildConsolidatedReport, computeDashboard } from '../../src-renderer/db/aggregator';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import {
  applyImport,
  prepareImport,
  reportKey,
  undoReplacement,
  type FileInput,
  type PlanOptions,
  type PreparedFile,
} from '../../src-renderer/db/exchange';
import { dump, makeAggregator } from './exchange-helpers';

const NOW = new Date('2026-11-30T08:00:00.000Z');
const period = { year: 2026, month: 11 };

async function unitFile(
  code: string,
  members: number,
  seed: number,
  opts: { exportedAt?: string; parentCode?: string } = {},
): Promise<FileInput> {
  const parentCode = opts.parentCode ?? 'DB-CQD';
  const src = syntheticUnit({ code, name: `Chi bộ ${code}`, parentCode, members, year: 2026, months: 11, seed });
  const env = (await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: 2,
    appVersion: '0.1.0',
    exportedAt: opts.exportedAt ?? '2026-11-28T08:00:00.000Z',
    unit: { code, name: `Chi bộ ${code}`, parentCode },
    period,
    payload: buildUnitReportPayload(src, period, { aggregateOnly: seed % 3 === 0 }),
  })) as UnitReportEnvelope;
  return { name: `${code}.sng`, bytes: await encodeEnvelope(env) };
}

const codes = (n: number) => Array.from({ length: n }, (_, i) => `CB-${String(i).padStart(3, '0')}`);

/** The stored rows without what differs between two runs (random ids, the moment of import). */
async function content(db: SoNeuGuongDb) {
  const t = await dump(db);
  const reportCode = new Map(t.unitReports.map((r) => [r.id, String(r.unitCode)]));
  const byCode = <T>(rows: T[], code: (r: T) => string) => [...rows].sort((a, b) => (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0));
  const s = (v: unknown) => String(v);
  return {
    settings: t.settings,
    units: byCode(
      t.units.map(({ id: _i, createdAt: _c, updatedAt: _u, ...u }) => u),
      (u) => s(u.code),
    ),
    unitReports: byCode(
      t.unitReports.map(({ id: _i, importedAt: _a, ...r }) => r),
      (r) => s(r.unitCode),
    ),
    reportPayloads: byCode(
      t.reportPayloads.map((p) => ({ unitCode: reportCode.get(p.id), payload: p.payload })),
      (p) => p.unitCode ?? '',
    ),
    importLog: byCode(
      t.importLog.map(({ id: _i, at: _a, ...l }) => l),
      (l) => `${s(l.unitCode)} ${s(l.fileName)} ${s(l.sha256)}`,
    ),
  };
}

async function importEach(db: SoNeuGuongDb, files: FileInput[], options: PlanOptions) {
  // one applyImport per file: one transaction per file, as before batching
  const out = [];
  for (const f of files) {
    const prepared = await prepareImport(db, [f], { now: NOW, ...options });
    out.push(...(await applyImport(db, prepared, { ...options, now: () => NOW })));
  }
  return out;
}

async function importAll(db: SoNeuGuongDb, files: FileInput[], options: PlanOptions) {
  const prepared = await prepareImport(db, files, { now: NOW, ...options });
  return { prepared, results: await applyImport(db, prepared, { ...options, now: () => NOW }) };
}

describe('batched apply = one transaction per file', () => {
  it('120 files (three batches), new units added, some replacing stored reports: the same rows and results', async () => {
    const list = codes(120);
    const files = await Promise.all(list.map((c, i) => unitFile(c, 2 + (i % 5), i + 1)));
    const addUnits = new Set(list);
    // 10 reports already stored (older), which the batch replaces; one stored report is newer (refused).
    const older = await Promise.all(list.slice(0, 10).map((c, i) => unitFile(c, 3, 500 + i, { exportedAt: '2026-11-20T08:00:00.000Z' })));
    const newer = await unitFile(list[10]!, 4, 900, { exportedAt: '2026-11-29T08:00:00.000Z' });
    const a = await makeAggregator([]);
    const b = await makeAggregator([]);
    for (const db of [a, b]) await importAll(db, [...older, newer], { addUnits });
    expect(await content(a)).toEqual(await content(b));

    const batched = await importAll(a, files, { addUnits });
    const each = await importEach(b, files, { addUnits });
    expect(batched.results.map((r) => [r.fileName, r.outcome, r.message, r.changes])).toEqual(
      each.map((r) => [r.fileName, r.outcome, r.message, r.changes]),
    );
    expect(batched.results.filter((r) => r.outcome === 'applied')).toHaveLength(119);
    expect(batched.results[10]!.outcome).toBe('refused');
    expect(batched.results[10]!.message).toMatch(/cũ hơn/u);
    expect(batched.results.slice(0, 10).every((r) => r.replaced?.reports.length === 1 && r.replaced.payloads.length === 1)).toBe(true);
    expect(await content(a)).toEqual(await content(b));
    expect(await a.unitReports.count()).toBe(120);
    expect(await a.units.count()).toBe(121);
  });

  it('progress is reported once per file, in order', async () => {
    const list = codes(55);
    const files = await Promise.all(list.map((c, i) => unitFile(c, 2, i + 1)));
    const db = await makeAggregator([]);
    const prepared = await prepareImport(db, files, { now: NOW, addUnits: new Set(list) });
    const progress: number[] = [];
    await applyImport(db, prepared, { addUnits: new Set(list), now: () => NOW, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual(Array.from({ length: 55 }, (_, i) => i + 1));
  });
});

describe('a write that fails inside a batch', () => {
  it('refuses only that file; the others are written; the database holds exactly what the others wrote', async () => {
    const list = codes(30);
    const files = await Promise.all(list.map((c, i) => unitFile(c, 2 + (i % 4), i + 1)));
    const addUnits = new Set(list);
    const failing = list[17]!;
    const db = await makeAggregator([]);
    const prepared = await prepareImport(db, files, { now: NOW, addUnits });
    expect(prepared.every((p) => p.status === 'ready')).toBe(true);
    db.unitReports.hook('creating', (_key, obj) => {
      if ((obj as { unitCode: string }).unitCode === failing) throw new Error('ổ đĩa đầy (giả lập)');
    });
    const results = await applyImport(db, prepared, { addUnits, now: () => NOW });
    expect(results.map((r) => r.outcome)).toEqual(list.map((c) => (c === failing ? 'refused' : 'applied')));
    expect(results[17]!.message.length).toBeGreaterThan(10);

    // The same database as importing the 29 other files only.
    const other = await makeAggregator([]);
    const rest = files.filter((_, i) => i !== 17);
    await importAll(other, rest, { addUnits });
    expect(await content(db)).toEqual(await content(other));
    expect((await dump(db)).units.map((u) => u.code)).not.toContain(failing);
  });

  it('a failure of every write leaves the database exactly as it was (full dump)', async () => {
    const list = codes(12);
    const files = await Promise.all(list.map((c, i) => unitFile(c, 3, i + 1)));
    const db = await makeAggregator([]);
    const prepared = await prepareImport(db, files, { now: NOW, addUnits: new Set(list) });
    const before = await dump(db);
    db.importLog.hook('creating', () => {
      throw new Error('lỗi giả lập');
    });
    const results = await applyImport(db, prepared, { addUnits: new Set(list), now: () => NOW });
    expect(results.every((r) => r.outcome === 'refused')).toBe(true);
    expect(await dump(db)).toEqual(before);
  });
});

describe('files of one batch that act on each other', () => {
  async function middle() {
    // DB-MID consolidates A, B, C.
    const mid = await makeAggregator(['CB-A', 'CB-B', 'CB-C']);
    await mid.units.update('agg-own', { code: 'DB-MID', parentCode: 'DB-CQD' });
    const mine = { parentCode: 'DB-MID' };
    const prepared = await prepareImport(
      mid,
      [await unitFile('CB-A', 5, 1, mine), await unitFile('CB-B', 7, 2, mine), await unitFile('CB-C', 9, 4, mine)],
      { now: NOW },
    );
    await applyImport(mid, prepared, { now: () => NOW });
    const env = await buildConsolidatedReport(mid, '2026-11', { now: new Date('2026-11-29T08:00:00.000Z') });
    return { name: 'DB-MID.sng', bytes: await encodeEnvelope(env) };
  }

  it("a consolidated report kept over A's own report earlier in the same batch removes it; undo puts it back", async () => {
    const consolidated = await middle();
    const a = await unitFile('CB-A', 5, 1, { parentCode: 'DB-MID' });
    const top = await makeAggregator(['CB-A', 'DB-MID']);
    const first = await prepareImport(top, [a, consolidated], { now: NOW });
    expect(first[1]!.status === 'error' && first[1]!.problem.code).toBe('overlap');
    const key = first[1]!.status === 'error' ? (first[1]!.problem.details.reportKey as string) : '';
    expect(key).toBe(reportKey('DB-MID', '2026-11'));
    const keep = { dropOverlapping: new Set([key]) };
    const beforeApply = await dump(top);
    const prepared: PreparedFile[] = await prepareImport(top, [a, consolidated], { now: NOW, ...keep });
    expect(prepared.map((p) => p.status)).toEqual(['ready', 'ready']);
    const results = await applyImport(top, prepared, { ...keep, now: () => NOW });
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
    expect(results[1]!.changes.join(' ')).toMatch(/Gỡ báo cáo đã nhập bị trùng số liệu với tệp này: Chi bộ CB-A/u);
    // A's report (written by the first file of the batch) is gone: 21 members, not 26.
    const d = await computeDashboard(top, '2026-11');
    expect(d.totals.members).toBe(21);
    expect(await top.unitReports.count()).toBe(1);
    expect(await top.reportPayloads.count()).toBe(1);
    // What the second file removed is in its result, payload included, and undo restores it.
    const replaced = results[1]!.replaced!;
    expect(replaced.reports.map((r) => r.unitCode)).toEqual(['CB-A']);
    expect(replaced.payloads).toHaveLength(1);
    await undoReplacement(top, replaced);
    const after = await dump(top);
    expect(after.unitReports.map((r) => r.unitCode)).toEqual(['CB-A']);
    expect(after.reportPayloads).toHaveLength(1);
    expect(after.units).toEqual(beforeApply.units);
  });
});
