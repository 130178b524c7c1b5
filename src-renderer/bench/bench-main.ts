/**
 * Benchmark page (built into dist-web/bench/bench.html by scripts/bench.mjs). Exposes `window.__bench`:
 * every measure calls the app's own db/, documents/ and core/ functions on generated sample
 * data (core/sample), and where rows are written or read, a raw-IndexedDB baseline for the same
 * rows in the same run. Times are performance.now() differences in milliseconds.
 */
import { documentStyleOn, meetingRules } from '../core/rules';
import Dexie from 'dexie';
import { APP_VERSION } from '../core/app-version';
import type { Meeting, Member, MonthlyAssessment, PledgeForm, StoredUnitReport } from '../core/model';
import { filterMembers, referenceDate, sortRoster } from '../core/members';
import { clock } from '../platform/clock';
import {
  SAMPLE_COMMITTEE_CODE,
  blocUnitSpecs,
  generateBlocUnit,
  generateCell,
  generateRoster,
  sampleCounts,
  sampleUnitReportFile,
  yearsEndingAt,
  type SampleCell,
} from '../core/sample';
import { profileOn } from '../core/units';
import { SCHEMA_VERSION, createDatabase, declareVersions, type SoNeuGuongDb } from '../db/database';
import { openDatabase } from '../db/open';
import { prepareAggregatorDatabase, writeSampleCell } from '../db/sample';
import { saveMonthGrid } from '../db/monthly';
import { saveDuesEdits } from '../db/dues';
import { DuesPaymentSchema, type DuesPayment } from '../core/dues';
import type { StoredDuesPayment } from '../core/model';
import { applyImport, buildUnitReport, encodeExport, prepareImport, type FileInput } from '../db/exchange';
import { monthlyReporting } from '../core/aggregation';
import { computeDashboard, latestStatisticsOfYear } from '../db/aggregator';
import { buildMinutesPdf } from '../documents/minutes-pdf';
import { renderPledgeBatchPdf, type PledgeFormDocInput } from '../documents/pledge-form';
import { preloadPdfRenderer } from '../documents/render-pdf';
import { readExchangeFile } from '../core/exchange';

/** Fixed "today" of the benchmark data, so every run measures the same rows. */
export const BENCH_TODAY = '2026-11-28';

interface Measured {
  ms: number;
  baselineMs?: number;
  info?: Record<string, unknown>;
}

const cells = new Map<string, SampleCell>();
const dbs = new Map<string, SoNeuGuongDb>();
const files = new Map<string, FileInput[]>();
const durabilityDbs = new Map<string, Dexie>();
let lastDues: StoredDuesPayment[] = [];
let relaxedDues: Dexie | undefined;

async function dbOf(name: string): Promise<SoNeuGuongDb> {
  let db = dbs.get(name);
  if (!db) {
    db = await openDatabase(name);
    dbs.set(name, db);
  }
  return db;
}

async function freshDb(name: string): Promise<SoNeuGuongDb> {
  dbs.get(name)?.close();
  dbs.delete(name);
  await Dexie.delete(name);
  return dbOf(name);
}

function cellOf(name: string): SampleCell {
  const cell = cells.get(name);
  if (!cell) throw new Error(`No sample cell in ${name}: call setupCell first.`);
  return cell;
}

/** Raw IndexedDB: put rows into stores in one readwrite transaction, resolve on complete. */
function rawPut(
  idb: IDBDatabase,
  rows: Array<[store: string, values: readonly unknown[]]>,
  durability?: IDBTransactionDurability,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(
      rows.map(([s]) => s),
      'readwrite',
      durability ? { durability } : undefined,
    );
    for (const [store, values] of rows) {
      const os = tx.objectStore(store);
      for (const v of values) os.put(v);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

function rawGetAll(idb: IDBDatabase, reads: Array<[store: string, index?: string, key?: IDBValidKey]>): Promise<unknown[][]> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction([...new Set(reads.map(([s]) => s))], 'readonly');
    const out: unknown[][] = [];
    reads.forEach(([store, index, key], i) => {
      const os = tx.objectStore(store);
      const req = index ? os.index(index).getAll(key) : os.getAll();
      req.onsuccess = () => (out[i] = req.result as unknown[]);
    });
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => reject(tx.error);
  });
}

const bench = {
  ready: true,

  /** Generate a cell and write it (with the settings of a set-up cell) into database `dbName`. */
  async setupCell(args: { dbName: string; seed: number; memberCount: number; years: number; today?: string }): Promise<Measured> {
    const today = args.today ?? BENCH_TODAY;
    let t = performance.now();
    const cell = generateCell({ seed: args.seed, memberCount: args.memberCount, years: yearsEndingAt(today, args.years), today });
    const genMs = performance.now() - t;
    cells.set(args.dbName, cell);
    const db = await freshDb(args.dbName);
    t = performance.now();
    const counts = await writeSampleCell(db, cell);
    return { ms: performance.now() - t, info: { genMs, counts } };
  },

  /** A cell with only a roster of `memberCount` members (for the members page at scale). */
  async setupRoster(args: { dbName: string; memberCount: number; seed: number }): Promise<Measured> {
    const cell = generateCell({ seed: args.seed, memberCount: 3, years: [Number(BENCH_TODAY.slice(0, 4))], today: BENCH_TODAY });
    const members = generateRoster({
      seed: args.seed,
      memberCount: args.memberCount,
      years: yearsEndingAt(BENCH_TODAY, 5),
      today: BENCH_TODAY,
    }).map((m) => ({ ...m, unitId: cell.unit.id }));
    const db = await freshDb(args.dbName);
    const t = performance.now();
    await writeSampleCell(db, {
      ...cell,
      members,
      pledgeForms: [],
      monthly: [],
      meetings: [],
      documents: [],
      yearReviews: [],
      unitReviews: [],
      commendations: [],
    });
    return { ms: performance.now() - t, info: { members: members.length } };
  },

  /** What the members page should show after each prefix of `query` (default filter: active members today). */
  async rosterCounts(args: { dbName: string; query: string }): Promise<{ total: number; counts: number[] }> {
    const db = await dbOf(args.dbName);
    const settings = await db.settings.get('settings');
    const members = await db.members.where('unitId').equals(settings!.ownUnitId!).toArray();
    const date = referenceDate({}, clock.today());
    const active = filterMembers(members, { status: 'active', date });
    const counts = Array.from({ length: args.query.length + 1 }, (_, i) => filterMembers(active, args.query.slice(0, i)).length);
    return { total: members.length, counts };
  },

  /** Type `query` into the filter of a roster of `memberCount` members; ms = slowest keystroke. */
  filterKeystrokes(args: { memberCount: number; query: string; seed?: number }): Measured {
    const key = `roster-${args.memberCount}-${args.seed ?? 5}`;
    let roster = rosters.get(key);
    if (!roster) {
      roster = sortRoster(
        generateRoster({ seed: args.seed ?? 5, memberCount: args.memberCount, years: yearsEndingAt(BENCH_TODAY, 5), today: BENCH_TODAY }),
      );
      rosters.set(key, roster);
    }
    // Fresh objects each run, as a new live query result would be (no warm per-member cache).
    const members = roster.map((m) => ({ ...m }));
    const perKey: number[] = [];
    let hits = 0;
    for (let i = 1; i <= args.query.length; i++) {
      const t = performance.now();
      hits = filterMembers(members, args.query.slice(0, i)).length;
      perKey.push(performance.now() - t);
    }
    return { ms: Math.max(...perKey), info: { perKey, hits, keystrokes: perKey.length } };
  },

  /**
   * Save a month's grid: `rows` members × `cols` item results with new levels through the app's
   * saveMonthGrid (one transaction). The stored rows are kept for saveGridRaw.
   */
  async saveGrid(args: { dbName: string; period: string; rows: number; cols: number; run: number }): Promise<Measured> {
    const cell = cellOf(args.dbName);
    const db = await dbOf(args.dbName);
    const year = Number(args.period.slice(0, 4));
    const forms = new Map(cell.pledgeForms.filter((f) => f.year === year).map((f) => [f.memberId, f]));
    const existing = new Map(
      (await db.monthlyAssessments.where('[unitId+period]').equals([cell.unit.id, args.period]).toArray()).map((r) => [r.memberId, r]),
    );
    const now = clock.nowIso();
    const members = cell.members.slice(0, args.rows);
    const records: MonthlyAssessment[] = members.map((m, i) => {
      const form = forms.get(m.id);
      const itemIds = Array.from({ length: args.cols }, (_, j) => form?.items[j]?.id ?? `${m.id}-x${j}`);
      const base = existing.get(m.id);
      return {
        ...(base ?? {
          id: crypto.randomUUID(),
          memberId: m.id,
          unitId: cell.unit.id,
          period: args.period,
          scaleCode: 'THUC-HIEN-3-MUC',
          praised: false,
          reminded: false,
        }),
        results: itemIds.map((itemId, j) => ({ itemId, level: GRID_LEVELS[(i + j + args.run) % GRID_LEVELS.length]! })),
        updatedAt: now,
      } as MonthlyAssessment;
    });
    const t = performance.now();
    lastGrid = await saveMonthGrid(db, records);
    return { ms: performance.now() - t, info: { rows: records.length, cols: args.cols } };
  },

  /**
   * Save a month's dues sheet (issue 20): one payment per member for `rows` members — what the
   * grid's autosave sends after "Đã thu đủ" — through the app's saveDuesEdits (zod check of every
   * row, NFC, one transaction). The stored rows are kept for saveDuesGridRaw.
   */
  async saveDuesGrid(args: { dbName: string; period: string; rows: number; run: number }): Promise<Measured> {
    const cell = cellOf(args.dbName);
    const db = await dbOf(args.dbName);
    const members = cell.members.slice(0, args.rows);
    const put: DuesPayment[] = members.map((m, i) => ({
      id: `dues-${m.id}-${args.period}`,
      memberId: m.id,
      period: args.period,
      coversFrom: args.period,
      coversThrough: args.period,
      amount: 50_000 + ((i + args.run) % 40) * 1_000,
      paidOn: `${args.period}-05`,
      channel: (i + args.run) % 3 === 0 ? 'tien_mat' : 'cong_dvc',
      ...(i % 7 === 0 ? { note: 'Nộp tại buổi sinh hoạt' } : {}),
    }));
    const t = performance.now();
    lastDues = await saveDuesEdits(db, { unitId: cell.unit.id, put });
    return { ms: performance.now() - t, info: { rows: put.length } };
  },

  /** Parts of saveDuesEdits on the same rows: the zod check and cleaning alone, Dexie's transaction + bulkPut alone, raw put. */
  async saveDuesParts(args: { dbName: string }): Promise<Record<string, number>> {
    const db = await dbOf(args.dbName);
    const rows = lastDues.map((r) => ({ ...r, amount: r.amount + 1_000 }));
    let t = performance.now();
    for (const r of rows) DuesPaymentSchema.safeParse(r);
    const validate = performance.now() - t;
    t = performance.now();
    await db.transaction('rw', db.duesPayments, () => db.duesPayments.bulkPut(rows));
    const dexiePut = performance.now() - t;
    t = performance.now();
    await rawPut(db.backendDB(), [['duesPayments', rows]]);
    const raw = performance.now() - t;
    t = performance.now();
    await rawPut(db.backendDB(), [['duesPayments', rows]], 'strict');
    const rawStrict = performance.now() - t;
    // The same Dexie write on a second connection with Chromium's relaxed durability (what the raw baseline uses).
    relaxedDues ??= await (async () => {
      const d = new Dexie(args.dbName, { chromeTransactionDurability: 'relaxed' });
      declareVersions(d);
      await d.open();
      return d;
    })();
    const table = relaxedDues.table('duesPayments');
    t = performance.now();
    await relaxedDues.transaction('rw', table, () => table.bulkPut(rows));
    const dexieRelaxed = performance.now() - t;
    return { validate, dexiePut, dexieRelaxed, raw, rawStrict };
  },

  /**
   * Raw IndexedDB baseline of saveDuesGrid: the same stored rows (new amounts) put in one
   * transaction, with Chromium's default (relaxed) durability or, with `durability: 'strict'`, the
   * app's own (DEXIE_OPTIONS).
   */
  async saveDuesGridRaw(args: { dbName: string; run: number; durability?: IDBTransactionDurability }): Promise<Measured> {
    const db = await dbOf(args.dbName);
    const again = lastDues.map((r, i) => ({ ...r, amount: 50_000 + ((i + args.run + 1) % 40) * 1_000 }));
    const t = performance.now();
    await rawPut(db.backendDB(), [['duesPayments', again]], args.durability);
    return { ms: performance.now() - t };
  },

  /** Raw IndexedDB baseline of saveGrid: the same final rows (new levels) put in one transaction. */
  async saveGridRaw(args: { dbName: string; run: number }): Promise<Measured> {
    const db = await dbOf(args.dbName);
    const again = lastGrid.map((r) => ({
      ...r,
      results: r.results.map((x, j) => ({ ...x, level: GRID_LEVELS[(j + args.run + 1) % GRID_LEVELS.length]! })),
    }));
    const t = performance.now();
    await rawPut(db.backendDB(), [['monthlyAssessments', again]]);
    return { ms: performance.now() - t };
  },

  /** Parts of saveMonthGrid timed alone on the same rows (to see what dominates). */
  async saveGridParts(args: { dbName: string }): Promise<Record<string, number>> {
    const db = await dbOf(args.dbName);
    const rows = lastGrid;
    const keys = rows.map((r) => [r.memberId, r.period] as [string, string]);
    const out: Record<string, number> = {};
    let t = performance.now();
    await db.transaction('r', db.monthlyAssessments, () => db.monthlyAssessments.where('[memberId+period]').anyOf(keys).toArray());
    out.lookupAnyOf = performance.now() - t;
    t = performance.now();
    await db.transaction('r', db.monthlyAssessments, () =>
      db.monthlyAssessments.where('[unitId+period]').equals([rows[0]!.unitId, rows[0]!.period]).toArray(),
    );
    out.lookupUnitPeriodRange = performance.now() - t;
    t = performance.now();
    await db.transaction('rw', db.monthlyAssessments, () => db.monthlyAssessments.bulkPut(rows));
    out.dexieBulkPutOnly = performance.now() - t;
    t = performance.now();
    await rawPut(db.backendDB(), [['monthlyAssessments', rows]]);
    out.rawPut = performance.now() - t;
    return out;
  },

  /** Minutes PDF of the latest finalised meeting of the cell in `dbName`. */
  async minutesPdf(args: { dbName: string }): Promise<Measured> {
    await preloadPdfRenderer();
    const cell = cellOf(args.dbName);
    const meeting = [...cell.meetings].reverse().find((m: Meeting) => m.state === 'finalised')!;
    const profile = profileOn(cell.unit, meeting.date)!;
    const t = performance.now();
    const rules = meetingRules(meeting, [], {
      meetingRubricCode: 'HD42-2025',
      monthlyScaleCode: 'TOT-KHA-TB-KEM',
      documentStyleCode: 'HD36-2018',
    });
    const pdf = await buildMinutesPdf(
      {
        meeting,
        members: cell.members,
        unit: { superiorName: profile.superiorName, unitName: profile.name, placeName: profile.placeName, issuerCode: profile.issuerCode },
        quorum: rules.quorum.data,
        rubric: rules.rubric,
      },
      rules.documentStyle.data,
    );
    return { ms: performance.now() - t, info: { bytes: pdf.byteLength, attendance: meeting.attendance.length } };
  },

  /** `count` members' pledge forms of the cell in `dbName` in one PDF. */
  async pledgePdf(args: { dbName: string; count: number }): Promise<Measured> {
    await preloadPdfRenderer();
    const cell = cellOf(args.dbName);
    const byId = new Map(cell.members.map((m): [string, Member] => [m.id, m]));
    const latestYear = Math.max(...cell.pledgeForms.map((f) => f.year));
    const ordered: PledgeForm[] = [...cell.pledgeForms].sort((a, b) => b.year - a.year);
    const chosen = ordered.slice(0, args.count);
    const inputs: PledgeFormDocInput[] = chosen.map((form) => {
      const profile = profileOn(cell.unit, `${form.year}-01-31`) ?? cell.unit.history[0]!;
      return { form, member: byId.get(form.memberId)!, unit: profile, secretaryName: profile.secretary };
    });
    const t = performance.now();
    const style = documentStyleOn(`${latestYear}-01-31`, [], { documentStyleCode: 'HD36-2018' }).data;
    const pdf = await renderPledgeBatchPdf(inputs, style);
    return { ms: performance.now() - t, info: { bytes: pdf.byteLength, forms: inputs.length, latestYear } };
  },

  /** The cell's unit-year report as exported by the app (buildUnitReport + encodeExport, gzip). */
  async reportFile(args: { dbName: string; year: number }): Promise<Measured> {
    const db = await dbOf(args.dbName);
    const t = performance.now();
    const env = await buildUnitReport(db, { period: { year: args.year }, aggregateOnly: false });
    const file = await encodeExport(env);
    const plain = await encodeExport(env, { compress: false });
    return {
      ms: performance.now() - t,
      info: { bytes: file.bytes.byteLength, plainBytes: plain.bytes.byteLength, counts: env.counts, fileName: file.fileName },
    };
  },

  /** Unit report files of a bloc (generated once per key, kept in page memory). */
  async prepareBloc(args: { key: string; seed: number; units: number; members: number; year: number }): Promise<Measured> {
    const t = performance.now();
    const specs = blocUnitSpecs(args.seed, args.units, args.members);
    const out: FileInput[] = [];
    let monthly = 0;
    for (const spec of specs) {
      const cell = generateBlocUnit(spec, [args.year], `${args.year}-12-31`);
      monthly += cell.monthly.length;
      out.push(
        await sampleUnitReportFile(cell, {
          period: { year: args.year },
          exportedAt: `${args.year + 1}-01-0${1 + (spec.index % 9)}T08:00:00.000Z`,
          appVersion: APP_VERSION,
          schemaVersion: SCHEMA_VERSION,
        }),
      );
    }
    files.set(args.key, out);
    return {
      ms: performance.now() - t,
      info: {
        files: out.length,
        bytes: out.reduce((s, f) => s + f.bytes.byteLength, 0),
        members: specs.reduce((s, x) => s + x.memberCount, 0),
        monthly,
      },
    };
  },

  /** A fresh aggregator database (own committee in aggregator mode) for the next import. */
  async aggregatorFresh(args: { dbName: string }): Promise<void> {
    const db = await freshDb(args.dbName);
    await prepareAggregatorDatabase(db, { code: SAMPLE_COMMITTEE_CODE, name: 'Đảng bộ các cơ quan Đảng tỉnh' });
  },

  /** Import every file of a bloc with the app's pipeline (prepareImport + applyImport). */
  async aggregatorImport(args: { key: string; dbName: string }): Promise<Measured> {
    const list = files.get(args.key);
    if (!list) throw new Error(`No files for ${args.key}: call prepareBloc first.`);
    const db = await dbOf(args.dbName);
    const addUnits = new Set(list.map((f) => f.name.split('_')[0]!));
    const t = performance.now();
    const prepared = await prepareImport(db, list, { addUnits });
    const prepareMs = performance.now() - t;
    const results = await applyImport(db, prepared, { addUnits });
    const ms = performance.now() - t;
    const applied = results.filter((r) => r.outcome === 'applied').length;
    if (applied !== list.length)
      throw new Error(`Only ${applied}/${list.length} files applied: ${results.find((r) => r.outcome !== 'applied')?.message}`);
    return { ms, info: { files: list.length, prepareMs, applyMs: ms - prepareMs } };
  },

  /**
   * Raw IndexedDB baseline of an import: the rows the app wrote (unit, stored report summary, its
   * payload, import-log line), put into a fresh database, one transaction per file (Chromium's
   * default durability) — or, with `batch`, in transactions of `batch` files with the app's strict
   * durability: the same transactions as applyImport writes.
   */
  async aggregatorRaw(args: { dbName: string; batch?: number }): Promise<Measured> {
    const db = await dbOf(args.dbName);
    const [units, reports, payloads, log] = await Promise.all([
      db.units.toArray(),
      db.unitReports.toArray(),
      db.reportPayloads.toArray(),
      db.importLog.toArray(),
    ]);
    const base = await freshDb(`${args.dbName}-raw`);
    const idb = base.backendDB();
    await rawPut(idb, [['units', units.filter((u) => u.isOwn)]]);
    const byCode = new Map(units.map((u) => [u.code, u]));
    const logByCode = new Map(log.map((l) => [l.unitCode, l]));
    const payloadById = new Map(payloads.map((p) => [p.id, p]));
    const list = reports as StoredUnitReport[];
    const size = args.batch ?? 1;
    const t = performance.now();
    for (let i = 0; i < list.length; i += size) {
      const part = list.slice(i, i + size);
      await rawPut(
        idb,
        [
          ['units', part.map((r) => byCode.get(r.unitCode)!)],
          ['unitReports', part],
          ['reportPayloads', part.map((r) => payloadById.get(r.id)!)],
          ['importLog', part.map((r) => logByCode.get(r.unitCode)!)],
        ],
        args.batch ? 'strict' : undefined,
      );
    }
    const ms = performance.now() - t;
    base.close();
    dbs.delete(`${args.dbName}-raw`);
    await Dexie.delete(`${args.dbName}-raw`);
    return { ms };
  },

  /** Dashboard of a period in an aggregator database. */
  async dashboard(args: { dbName: string; periodKey: string }): Promise<Measured> {
    const db = await dbOf(args.dbName);
    const t = performance.now();
    const d = await computeDashboard(db, args.periodKey);
    return { ms: performance.now() - t, info: { units: d.rows.length, members: d.totals.members } };
  },

  /** Raw read of the same rows as the dashboard (all units, the period's stored report summaries). */
  async dashboardRaw(args: { dbName: string; periodKey: string }): Promise<Measured> {
    const db = await dbOf(args.dbName);
    const t = performance.now();
    const [, reports] = await rawGetAll(db.backendDB(), [['units'], ['unitReports', 'periodKey', args.periodKey]]);
    const ms = performance.now() - t;
    const payloads = await db.reportPayloads.toArray();
    const payloadBytes = payloads.reduce((n, r) => n + JSON.stringify(r.payload).length, 0);
    const summaryBytes = (reports as StoredUnitReport[]).reduce((n, r) => n + JSON.stringify(r).length, 0);
    return { ms, info: { reports: reports!.length, payloadBytes, summaryBytes } };
  },

  /** The year's monthly chart data: latest report of each unit in the year → units per month. */
  async yearChart(args: { dbName: string; year: number }): Promise<Measured> {
    const db = await dbOf(args.dbName);
    const t = performance.now();
    const stats = await latestStatisticsOfYear(db, args.year);
    const data = monthlyReporting(stats);
    return { ms: performance.now() - t, info: { units: stats.length, months: data.length } };
  },

  /** Raw baseline of the year chart: getAll of the year's stored report summaries. */
  async yearChartRaw(args: { dbName: string; year: number }): Promise<Measured> {
    const db = await dbOf(args.dbName);
    const t = performance.now();
    await rawGetAll(db.backendDB(), [['unitReports', 'year', args.year]]);
    return { ms: performance.now() - t };
  },

  /**
   * Profiling aid (scripts/profile-payload-forms.mjs): the payloads of a prepared bloc written raw in
   * four forms — the parsed objects (what the app stores), their JSON text, that text as UTF-8
   * bytes, the gzip file itself — 50 per transaction with strict durability, then read back; ms per
   * round for each form (the time of building the row — JSON.stringify, TextEncoder — included, as
   * an import would pay it). The order of the forms turns every round.
   */
  async payloadForms(args: { key: string; rounds: number }): Promise<Record<string, number[]>> {
    const list = files.get(args.key)!;
    const reads: Array<{ f: FileInput; r: Awaited<ReturnType<typeof readExchangeFile>> }> = [];
    for (const f of list) reads.push({ f, r: await readExchangeFile(f.bytes, { maxBytes: 64 * 1024 * 1024 }) });
    const forms: Record<string, (i: number) => unknown> = {
      objects: (i) => ({ id: `r${i}`, payload: reads[i]!.r.envelope.payload }),
      string: (i) => ({ id: `r${i}`, json: JSON.stringify(reads[i]!.r.envelope.payload) }),
      utf8: (i) => ({ id: `r${i}`, utf8: new TextEncoder().encode(JSON.stringify(reads[i]!.r.envelope.payload)) }),
      gzipFile: (i) => ({ id: `r${i}`, file: reads[i]!.f.bytes.slice() }),
    };
    const out: Record<string, number[]> = {};
    for (let round = 0; round < args.rounds; round++) {
      const order = Object.entries(forms);
      for (let k = 0; k < round % order.length; k++) order.push(order.shift()!);
      for (const [name, make] of order) {
        const base = await freshDb(`forms-${name}`);
        const idb = base.backendDB();
        const t = performance.now();
        for (let i = 0; i < reads.length; i += 50) {
          const rows = [];
          for (let j = i; j < Math.min(reads.length, i + 50); j++) rows.push(make(j));
          await rawPut(idb, [['reportPayloads', rows]], 'strict');
        }
        (out[name] ??= []).push(Math.round(performance.now() - t));
        const t2 = performance.now();
        await base.reportPayloads.toArray();
        (out[`${name}Read`] ??= []).push(Math.round(performance.now() - t2));
        base.close();
        dbs.delete(`forms-${name}`);
        await Dexie.delete(`forms-${name}`);
      }
    }
    return out;
  },

  /** Files of a prepared bloc as base64 (to drop them into the app page for the UI measure). */
  blocFiles(args: { key: string; count?: number }): Array<{ name: string; base64: string }> {
    const list = files.get(args.key);
    if (!list) throw new Error(`No files for ${args.key}: call prepareBloc first.`);
    return list.slice(0, args.count ?? list.length).map((f) => {
      let bin = '';
      for (let i = 0; i < f.bytes.length; i += 0x8000) bin += String.fromCharCode(...f.bytes.subarray(i, i + 0x8000));
      return { name: f.name, base64: btoa(bin) };
    });
  },

  /** Opening the app's database the way the app does (openDatabase: probe, refuse newer, open), in a fresh page. */
  /**
   * Cost of strict durability (the app opens Dexie with chromeTransactionDurability 'strict'): the
   * same month's grid (`rows` × 10 results) written in one transaction into a database of the app's
   * schema opened with the given durability. bench.mjs interleaves strict and relaxed runs.
   */
  async durabilityWrite(args: { dbName: string; durability: 'strict' | 'relaxed'; rows: number; run: number }): Promise<Measured> {
    const key = `${args.dbName}-durability-${args.durability}`;
    let db = durabilityDbs.get(key);
    if (!db) {
      db = new Dexie(key, { chromeTransactionDurability: args.durability });
      declareVersions(db);
      await db.open();
      durabilityDbs.set(key, db);
    }
    const table = db.table('monthlyAssessments');
    const updatedAt = clock.nowIso();
    const rows = Array.from({ length: args.rows }, (_, i) => ({
      id: `grid-${i}`,
      memberId: `member-${i}`,
      unitId: 'unit',
      period: '2026-11',
      scaleCode: 'THUC-HIEN-3-MUC',
      results: Array.from({ length: 10 }, (_, j) => ({
        itemId: `item-${j}`,
        level: GRID_LEVELS[(i + j + args.run) % GRID_LEVELS.length]!,
      })),
      praised: false,
      reminded: false,
      updatedAt,
    }));
    const t = performance.now();
    await db.transaction('rw', table, () => table.bulkPut(rows));
    return { ms: performance.now() - t, info: { rows: rows.length, durability: args.durability } };
  },

  async openTiming(args: { dbName: string }): Promise<Measured> {
    let t = performance.now();
    await Dexie.exists(args.dbName);
    const exists = performance.now() - t;
    t = performance.now();
    const db = await openDatabase(args.dbName);
    const open = performance.now() - t;
    t = performance.now();
    await db.settings.get('settings');
    await db.units.toArray();
    const firstReads = performance.now() - t;
    db.close();
    return { ms: exists + open, info: { exists, openDatabase: open, firstReads } };
  },

  async storageEstimate(): Promise<{ usage?: number; quota?: number; detail?: unknown }> {
    const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: unknown };
    return { usage: e.usage, quota: e.quota, detail: e.usageDetails };
  },

  counts(name: string): Record<string, number> {
    return sampleCounts(cellOf(name));
  },

  async close(): Promise<void> {
    for (const db of dbs.values()) db.close();
    dbs.clear();
  },

  /** Make sure the real schema exists in a database (used before the start-up measure). */
  async touch(name: string): Promise<void> {
    const db = createDatabase(name);
    await db.open();
    db.close();
  },
};

const rosters = new Map<string, Member[]>();
const GRID_LEVELS = ['thuc_hien_tot', 'thuc_hien', 'chua_thuc_hien_tot'];
let lastGrid: MonthlyAssessment[] = [];

declare global {
  interface Window {
    __bench?: typeof bench;
  }
}

window.__bench = bench;
document.getElementById('status')!.textContent = 'Sẵn sàng đo.';
