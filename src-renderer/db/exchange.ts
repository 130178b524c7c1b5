/**
 * Exchange files against the database: building exports (unit report, roster, framework
 * package) and THE import pipeline for every file:
 *   prepareImport: read (decrypt/decompress/parse/validate/migrate, core) → plan against what is
 *                  stored (preview: what will change) — nothing is written;
 *   applyImport:   beforeApply hook (backup) → per file ONE transaction that re-plans against the
 *                  current state and writes, plus an importLog entry.
 * Refused files never write anything (not even a log line).
 */
import { APP_VERSION } from '../core/app-version';
import { ruleSetProblems } from '../core/rules';
import {
  buildEnvelope,
  buildUnitReportPayload,
  canonicalJson,
  ExchangeError,
  exchangeFileName,
  encodeEnvelope,
  isExchangeError,
  KIND_LABELS,
  MAX_EXCHANGE_BYTES,
  MAX_FUTURE_SKEW_MS,
  MESSAGES,
  normaliseUnitCode,
  periodEndDate,
  periodKey,
  periodText,
  readExchangeFile,
  stripUndefined,
  unitProfileOn,
  validateForExport,
  type Deadlines,
  type EncodeOptions,
  type Envelope,
  type FrameworkPackageEnvelope,
  type Period,
  type ReadResult,
  type RosterEnvelope,
  type RosterPayload,
  type UnitReportEnvelope,
} from '../core/exchange';
import type { ImportLogEntry, Member, RuleSet, StoredReportPayload, StoredUnitReport, Unit } from '../core/model';
import { effectiveLevel } from '../core/monthly';
import { resolveRule } from '../core/rules';
import { formatInteger, toIsoDate } from '../core/text';
import { SCHEMA_VERSION, type SoNeuGuongDb } from './database';
import { duesReportKept } from './dues';
import { clock } from '../platform/clock';

const uuid = () => globalThis.crypto.randomUUID();

// ------------------------------------------------------------------ own unit & settings

async function readSettings(db: SoNeuGuongDb) {
  const s = await db.settings.get('settings');
  return { mode: s?.mode ?? 'cell', ownUnitId: s?.ownUnitId };
}

export async function findOwnUnit(db: SoNeuGuongDb): Promise<Unit | undefined> {
  const s = await readSettings(db);
  if (s.ownUnitId) {
    const u = await db.units.get(s.ownUnitId);
    if (u) return u;
  }
  return db.units.filter((u) => u.isOwn).first();
}

function noOwnUnit(): ExchangeError {
  return new ExchangeError('apply_failed', 'Chưa thiết lập đơn vị của mình. Hãy hoàn tất bước thiết lập ban đầu (mục Đơn vị) trước.');
}

export function unitName(unit: Unit, date = clock.today()): string {
  return unitProfileOn(unit, date).name;
}

// ------------------------------------------------------------------ exports

export interface ExportMeta {
  appVersion?: string;
  now?: Date;
}

export interface UnitReportRequest extends ExportMeta {
  period: Period;
  aggregateOnly: boolean;
  texts?: { results: string; limits: string; proposals: string };
}

/** The cell's report for a period (year to date), read in one snapshot. */
export async function buildUnitReport(db: SoNeuGuongDb, req: UnitReportRequest): Promise<UnitReportEnvelope> {
  const unit = await findOwnUnit(db);
  if (!unit) throw noOwnUnit();
  const year = req.period.year;
  const from = `${year}-01`;
  const to = `${year}-12`;
  const source = await db.transaction(
    'r',
    [db.members, db.pledgeForms, db.monthlyAssessments, db.meetings, db.yearReviews, db.unitReviews, db.commendations],
    async () => ({
      members: await db.members.where('unitId').equals(unit.id).toArray(),
      pledgeForms: await db.pledgeForms.where('year').equals(year).toArray(),
      monthly: await db.monthlyAssessments.where('[unitId+period]').between([unit.id, from], [unit.id, to], true, true).toArray(),
      meetings: await db.meetings.where('[unitId+period]').between([unit.id, from], [unit.id, to], true, true).toArray(),
      yearReviews: await db.yearReviews.where('[unitId+year]').equals([unit.id, year]).toArray(),
      unitReview: await db.unitReviews.where('[unitId+year]').equals([unit.id, year]).first(),
      commendations: await db.commendations.where('year').equals(year).toArray(),
    }),
  );
  // A month entered item by item has no overall level: the report carries the level the monthly
  // screen shows (the worst item level of the scale), so that the month counts as reported.
  const ruleSets = await db.ruleSets.toArray();
  const monthly = source.monthly.map((a) => {
    if (a.overallLevel !== undefined || a.notApplicable) return a;
    // The scale the month was assessed with (its recorded code wins, whatever its dates).
    const scale = resolveRule('monthly_scale', { date: `${a.period}-01`, ruleSets, recordedCode: a.scaleCode });
    const level = scale.code === a.scaleCode ? effectiveLevel(scale.data, a) : undefined;
    return level === undefined ? a : { ...a, overallLevel: level };
  });
  const payload = buildUnitReportPayload({ unit, ...source, monthly, ruleSets, texts: req.texts }, req.period, {
    aggregateOnly: req.aggregateOnly,
  });
  // Đảng phí of the year up to the period, when the unit keeps it in the app; named detail only with member detail.
  const dues = await duesReportKept(db, {
    unitId: unit.id,
    year,
    withMembers: payload.detail === 'members',
    today: toIsoDate(req.now ?? clock.now()),
    ruleSets,
    throughPeriod: periodEndDate(req.period).slice(0, 7),
    memberIds: payload.members?.map((m) => m.id),
  });
  if (dues) payload.dues = dues;
  const env = await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: SCHEMA_VERSION,
    appVersion: req.appVersion ?? APP_VERSION,
    exportedAt: (req.now ?? clock.now()).toISOString(),
    unit: envelopeUnit(unit, periodEndDate(req.period)),
    period: req.period,
    payload,
  });
  return env as UnitReportEnvelope;
}

function envelopeUnit(unit: Unit, date: string) {
  return stripUndefined({ code: unit.code, name: unitName(unit, date), parentCode: unit.parentCode });
}

/** The unit's member list (every member record of the own unit). */
export async function buildRoster(db: SoNeuGuongDb, meta: ExportMeta = {}): Promise<RosterEnvelope> {
  const unit = await findOwnUnit(db);
  if (!unit) throw noOwnUnit();
  const now = meta.now ?? clock.now();
  const members = await db.members.where('unitId').equals(unit.id).toArray();
  const env = await buildEnvelope({
    kind: 'roster',
    schemaVersion: SCHEMA_VERSION,
    appVersion: meta.appVersion ?? APP_VERSION,
    exportedAt: now.toISOString(),
    unit: envelopeUnit(unit, toIsoDate(now)),
    period: { year: now.getFullYear(), month: now.getMonth() + 1 },
    payload: { unit, members } as unknown as RosterPayload,
  });
  return env as RosterEnvelope;
}

export interface FrameworkPackageRequest extends ExportMeta {
  year: number;
  ruleSetIds: string[];
  deadlines: Deadlines;
  note?: string;
}

/** Superior → cells: the chosen rule sets (as "superior" rule sets) and the deadlines of a year. */
export async function buildFrameworkPackage(db: SoNeuGuongDb, req: FrameworkPackageRequest): Promise<FrameworkPackageEnvelope> {
  const unit = await findOwnUnit(db);
  if (!unit) throw noOwnUnit();
  const ruleSets = (await db.ruleSets.bulkGet(req.ruleSetIds)).filter((r): r is RuleSet => r !== undefined);
  if (ruleSets.length === 0)
    throw new ExchangeError('invalid_content', 'Hãy chọn ít nhất một khung nội dung, thang đánh giá hoặc tiêu chí để gửi.');
  const now = req.now ?? clock.now();
  const env = await buildEnvelope({
    kind: 'framework_package',
    schemaVersion: SCHEMA_VERSION,
    appVersion: req.appVersion ?? APP_VERSION,
    exportedAt: now.toISOString(),
    unit: envelopeUnit(unit, toIsoDate(now)),
    period: { year: req.year },
    payload: stripUndefined({
      year: req.year,
      ruleSets: ruleSets.map((r) => ({ ...r, source: 'superior' as const })),
      deadlines: req.deadlines,
      note: req.note,
    }),
  });
  return env as FrameworkPackageEnvelope;
}

export interface EncodedExport {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  envelope: Envelope;
}

/** The file of an export. The envelope is first checked with the importer's own schema and rules. */
export async function encodeExport(envelope: Envelope, options: EncodeOptions = {}): Promise<EncodedExport> {
  validateForExport(envelope);
  return { fileName: exchangeFileName(envelope), bytes: await encodeEnvelope(envelope, options), envelope };
}

// ------------------------------------------------------------------ import: plans

export interface UnitOffer {
  code: string;
  name: string;
  parentCode?: string;
}

export interface ImportPlan {
  action: 'apply' | 'unchanged';
  /** One line per change, Vietnamese, shown in the preview. */
  changes: string[];
  /** Unit that will be added to the subordinate list (the user accepted it). */
  addsUnit?: UnitOffer;
  /** Stored reports (ids) removed on apply: the overlap the user chose to resolve for this file. */
  removesReports?: string[];
}

export interface PlanOptions {
  /** Codes of unknown units the user agreed to add (any case: compared in normal form). */
  addUnits?: ReadonlySet<string>;
  /**
   * Reports (reportKey: "CODE|period") the user chose to put in place of the stored one although the
   * stored one is dated later or at the same instant (a cell PC whose clock was wrong).
   */
  replaceReports?: ReadonlySet<string>;
  /**
   * Reports (reportKey of the incoming file) the user chose to keep although they overlap stored
   * reports through a consolidated report: the overlapping stored reports are removed on apply.
   */
  dropOverlapping?: ReadonlySet<string>;
  /** The importing PC's clock (files dated more than a day later are refused). */
  now?: Date;
}

/** Key of a unit report for the choices above: "CB-SOTUPHAP|2026-11". */
export function reportKey(unitCode: string, key: string): string {
  return `${normaliseUnitCode(unitCode)}|${key}`;
}

/** The codes of a choice set in normal form (computed once per set, again if the set grew or shrank). */
const normalisedSets = new WeakMap<ReadonlySet<string>, { size: number; codes: Set<string> }>();

function hasCode(set: ReadonlySet<string> | undefined, code: string): boolean {
  if (!set) return false;
  if (set.has(code)) return true;
  let normal = normalisedSets.get(set);
  if (!normal || normal.size !== set.size) {
    normal = { size: set.size, codes: new Set([...set].map(normaliseUnitCode)) };
    normalisedSets.set(set, normal);
  }
  return normal.codes.has(code);
}

const instant = (iso: string) => Date.parse(iso);

const dt = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ngày ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
};

/**
 * What planning a unit report needs from the database, read once for a batch of files (one read of
 * the settings, the units and the stored report summaries of the batch's periods) instead of six
 * index reads per file; applyImport keeps it up to date inside its transaction as files are written.
 */
export interface PlanState {
  mode: 'cell' | 'aggregator';
  own?: Unit;
  /** Units by code (codes are stored in normal form). */
  units: Map<string, Unit>;
  /** Stored report summaries of the loaded periods, by "CODE|period". */
  reports: Map<string, StoredUnitReport>;
  /** Stored consolidated reports of the loaded periods by "covered code|period". */
  covering: Map<string, StoredUnitReport[]>;
  periods: ReadonlySet<string>;
}

const slot = (code: string, key: string) => `${code}|${key}`;

/** Read what planning the unit reports of these periods needs (inside a transaction when applying). */
export async function loadPlanState(db: SoNeuGuongDb, periods: Iterable<string>): Promise<PlanState> {
  const keys = [...new Set(periods)].sort();
  const settings = await readSettings(db);
  const units = await db.units.toArray();
  const own = (settings.ownUnitId ? units.find((u) => u.id === settings.ownUnitId) : undefined) ?? units.find((u) => u.isOwn);
  const stored =
    keys.length === 0
      ? []
      : keys.length === 1
        ? await db.unitReports.where('periodKey').equals(keys[0]!).toArray()
        : await db.unitReports.where('periodKey').anyOf(keys).toArray();
  const state: PlanState = {
    mode: settings.mode,
    own,
    units: new Map(units.map((u) => [u.code, u])),
    reports: new Map(),
    covering: new Map(),
    periods: new Set(keys),
  };
  // Index order (id) within a code, as the index reads gave it: the overlap message lists reports in that order.
  stored.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of stored) addToState(state, r);
  return state;
}

function addToState(state: PlanState, r: StoredUnitReport): void {
  state.reports.set(slot(r.unitCode, r.periodKey), r);
  for (const c of new Set(r.coveredCodes ?? [])) {
    const k = slot(c, r.periodKey);
    const list = state.covering.get(k);
    if (!list) state.covering.set(k, [r]);
    else {
      // keep the id order of the index
      const at = list.findIndex((x) => x.id > r.id);
      if (at < 0) list.push(r);
      else list.splice(at, 0, r);
    }
  }
}

function removeFromState(state: PlanState, r: StoredUnitReport): void {
  const k = slot(r.unitCode, r.periodKey);
  if (state.reports.get(k)?.id === r.id) state.reports.delete(k);
  for (const c of new Set(r.coveredCodes ?? [])) {
    const ck = slot(c, r.periodKey);
    const list = state.covering.get(ck)?.filter((x) => x.id !== r.id);
    if (list && list.length > 0) state.covering.set(ck, list);
    else state.covering.delete(ck);
  }
}

/** Plan for one validated file against the current database (called inside transactions too). */
export async function planImport(db: SoNeuGuongDb, read: ReadResult, options: PlanOptions = {}): Promise<ImportPlan> {
  const env = read.envelope;
  switch (env.kind) {
    case 'unit_report':
      return planUnitReport(await loadPlanState(db, [periodKey(env.period)]), env, read.sha256, options);
    case 'framework_package':
      return planFramework(db, env);
    case 'roster':
      return planRoster(db, env);
    case 'full_backup':
      throw new ExchangeError('backup_kind', MESSAGES.backup_kind);
  }
}

/** Plan of a unit report against a PlanState that holds its period (no database read). */
export function planUnitReport(state: PlanState, env: UnitReportEnvelope, sha256: string, options: PlanOptions): ImportPlan {
  if (state.mode !== 'aggregator') {
    throw new ExchangeError(
      'wrong_mode',
      'Báo cáo của đơn vị chỉ nhập được ở chế độ tổng hợp (cấp ủy cấp trên). Máy này đang ở chế độ chi bộ; đổi chế độ ở mục Cài đặt nếu đây là máy của cấp ủy cấp trên.',
    );
  }
  const own = state.own;
  if (!own) throw noOwnUnit();
  const code = env.unit.code;
  const ownCode = normaliseUnitCode(own.code);
  if (code === ownCode) {
    throw new ExchangeError('not_our_unit', `Tệp là báo cáo của chính đơn vị mình (mã ${code}), không phải của đơn vị trực thuộc.`);
  }
  checkExportDate(env, options.now ?? clock.now());
  const changes: string[] = [];
  let addsUnit: UnitOffer | undefined;
  const known = state.units.get(code);
  if (!known) {
    const offer = stripUndefinedShallow({ code, name: env.unit.name, parentCode: env.unit.parentCode });
    if (!hasCode(options.addUnits, code)) {
      const other =
        env.unit.parentCode && env.unit.parentCode !== ownCode
          ? ` Tệp ghi cấp trên là mã ${env.unit.parentCode}, không phải mã của đơn vị mình (${ownCode}).`
          : '';
      throw new ExchangeError(
        'unknown_unit',
        `Đơn vị «${env.unit.name}» (mã ${code}) chưa có trong danh sách đơn vị trực thuộc.${other} Nếu đúng là đơn vị trực thuộc, bấm «Thêm đơn vị này» rồi nhập lại.`,
        { offer },
      );
    }
    addsUnit = offer;
    changes.push(`Thêm đơn vị trực thuộc mới: ${env.unit.name} (mã ${code}).`);
  }
  const key = periodKey(env.period);
  if (!state.periods.has(key)) throw new Error(`PlanState without period ${key}`);
  const rKey = reportKey(code, key);
  const existing = state.reports.get(slot(code, key));
  const removesReports = overlapOf(state, env, key, existing, options.dropOverlapping?.has(rKey) ?? false, changes);
  const s = env.payload.statistics;
  const figures = `${formatInteger(s.members)} đảng viên, ${formatInteger(s.rated)} đã xếp loại, ${s.reportedMonths.length} tháng có báo cáo, ${formatInteger(s.meetings)} buổi sinh hoạt`;
  const name = env.unit.name;
  if (existing) {
    if (existing.sha256 === sha256) {
      return {
        action: 'unchanged',
        changes: [`Tệp này đã được nhập lúc ${dt(existing.importedAt)}; không có gì thay đổi.`],
      };
    }
    const forced = options.replaceReports?.has(rKey) ?? false;
    const stored = instant(existing.exportedAt);
    const incoming = instant(env.exportedAt);
    if (stored > incoming && !forced) {
      throw new ExchangeError(
        'older_report',
        `Tệp này xuất lúc ${dt(env.exportedAt)}, cũ hơn báo cáo ${periodText(env.period)} của ${name} đã nhập (xuất lúc ${dt(existing.exportedAt)}). Giữ báo cáo mới hơn; không nhập tệp này. Nếu báo cáo đã nhập mang ngày sai (máy của đơn vị đặt sai đồng hồ) và tệp này mới đúng, bấm «Thay báo cáo đã nhập bằng tệp này».`,
        { fileExportedAt: env.exportedAt, storedExportedAt: existing.exportedAt, reportKey: rKey },
      );
    }
    if (stored === incoming && !forced) {
      throw new ExchangeError(
        'conflicting_report',
        `Đã có một báo cáo ${periodText(env.period)} của ${name} xuất cùng lúc (${dt(env.exportedAt)}) nhưng nội dung khác. Hãy hỏi đơn vị tệp nào đúng; nếu là tệp này, bấm «Thay báo cáo đã nhập bằng tệp này».`,
        { reportKey: rKey },
      );
    }
    const before = existing.summary;
    changes.push(
      forced && stored >= incoming
        ? `Thay báo cáo ${periodText(env.period)} đã nhập (xuất lúc ${dt(existing.exportedAt)}) bằng tệp này (xuất lúc ${dt(env.exportedAt)}) theo lựa chọn của người nhập.`
        : `Thay báo cáo ${periodText(env.period)} đã nhập (xuất lúc ${dt(existing.exportedAt)}) bằng báo cáo mới hơn (xuất lúc ${dt(env.exportedAt)}).`,
    );
    if (before.members !== s.members) changes.push(`Số đảng viên: ${formatInteger(before.members)} → ${formatInteger(s.members)}.`);
    if (before.rated !== s.rated) changes.push(`Số đảng viên đã xếp loại: ${formatInteger(before.rated)} → ${formatInteger(s.rated)}.`);
    if (before.meetings !== s.meetings)
      changes.push(`Số buổi sinh hoạt: ${formatInteger(before.meetings)} → ${formatInteger(s.meetings)}.`);
    if (before.reportedMonths.length !== s.reportedMonths.length)
      changes.push(`Số tháng có báo cáo: ${before.reportedMonths.length} → ${s.reportedMonths.length}.`);
    return stripUndefinedShallow({ action: 'apply' as const, changes, addsUnit, removesReports });
  }
  changes.push(`Thêm báo cáo ${periodText(env.period)} của ${name}: ${figures}.`);
  if (env.payload.detail === 'aggregate') changes.push('Báo cáo chỉ có số liệu tổng hợp (không có danh sách từng đảng viên).');
  if (env.payload.detail === 'consolidated') changes.push(`Báo cáo tổng hợp của ${formatInteger(s.units)} đơn vị.`);
  return stripUndefinedShallow({ action: 'apply' as const, changes, addsUnit, removesReports });
}

/** Drops the members that are undefined (a record about to be stored or shown: no JSON round trip). */
function stripUndefinedShallow<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === undefined) delete o[k];
  return o;
}

/** A file dated more than a day after this PC's clock, or before its period began, is refused. */
function checkExportDate(env: UnitReportEnvelope, now: Date): void {
  const at = instant(env.exportedAt);
  if (at > now.getTime() + MAX_FUTURE_SKEW_MS) {
    throw new ExchangeError(
      'future_export',
      `Tệp ghi thời điểm xuất là ${dt(env.exportedAt)}, muộn hơn hôm nay (${dt(now.toISOString())}) hơn một ngày: đồng hồ máy tính của ${env.unit.name} có lẽ đang đặt sai ngày. Không nhập, vì một báo cáo mang ngày tương lai sẽ chặn mọi báo cáo đúng gửi sau. Hãy nhờ đơn vị chỉnh lại ngày giờ của máy tính rồi xuất lại tệp (hoặc kiểm tra đồng hồ của máy này).`,
      { exportedAt: env.exportedAt, now: now.toISOString() },
    );
  }
  const p = env.period;
  const firstMonth = p.month ?? (p.quarter !== undefined ? p.quarter * 3 - 2 : 1);
  const periodStart = Date.UTC(p.year, firstMonth - 1, 1) - MAX_FUTURE_SKEW_MS;
  if (at < periodStart) {
    throw new ExchangeError(
      'before_period',
      `Tệp báo cáo ${periodText(p)} nhưng ghi thời điểm xuất là ${dt(env.exportedAt)}, trước khi kỳ báo cáo bắt đầu: đồng hồ máy tính của ${env.unit.name} có lẽ đang đặt sai ngày. Không nhập. Hãy nhờ đơn vị chỉnh lại ngày giờ của máy tính rồi xuất lại tệp.`,
      { exportedAt: env.exportedAt },
    );
  }
}

/** Codes of the units whose figures a report includes: its own unit, and for a consolidated one every unit below. */
export function coveredBy(r: { unitCode: string; coveredCodes?: readonly string[] }): string[] {
  return [r.unitCode, ...(r.coveredCodes ?? [])];
}

function coveredCodesOf(env: UnitReportEnvelope): string[] | undefined {
  return env.payload.detail === 'consolidated' ? (env.payload.consolidatedFrom ?? []).map((f) => f.unitCode) : undefined;
}

/**
 * Double counting upward: a consolidated report for A+B+C next to A's own report (or the other way
 * round) counts A twice. Refused, naming the units, unless the user chose to keep this file — then
 * the stored reports it overlaps are removed on apply (listed in the plan).
 */
function overlapOf(
  state: PlanState,
  env: UnitReportEnvelope,
  key: string,
  existing: StoredUnitReport | undefined,
  keepThis: boolean,
  changes: string[],
): string[] | undefined {
  const mine = new Set(coveredBy({ unitCode: env.unit.code, coveredCodes: coveredCodesOf(env) }));
  // Stored consolidated reports that include one of this file's units, and (for a consolidated
  // file) stored reports of the units it includes — in the order of the two index reads this
  // replaces (codes ascending, then report id), so messages list them as before.
  const codes = [...mine].sort();
  const found: StoredUnitReport[] = [];
  for (const c of codes) for (const r of state.covering.get(slot(c, key)) ?? []) found.push(r);
  for (const c of codes) {
    if (c === env.unit.code) continue;
    const r = state.reports.get(slot(c, key));
    if (r) found.push(r);
  }
  if (found.length === 0) return undefined;
  const others = [...new Map(found.map((r) => [r.id, r])).values()].filter((r) => r.id !== existing?.id);
  const clashes = others.map((r) => ({ r, shared: coveredBy(r).filter((c) => mine.has(c)) })).filter((x) => x.shared.length > 0);
  if (clashes.length === 0) return undefined;
  const names = clashes.map(
    ({ r, shared }) =>
      `${r.unitName} (mã ${r.unitCode}${r.detail === 'consolidated' ? `, báo cáo tổng hợp gồm ${shared.join(', ')}` : ''})`,
  );
  if (!keepThis) {
    throw new ExchangeError(
      'overlap',
      `Số liệu của tệp này trùng với báo cáo ${periodText(env.period)} đã nhập của ${names.join('; ')}: cùng đơn vị ${[...new Set(clashes.flatMap((c) => c.shared))].join(', ')} sẽ bị tính hai lần. Không nhập. Hãy chọn giữ báo cáo nào: bấm «Giữ tệp này, gỡ báo cáo trùng» để nhập tệp này và gỡ các báo cáo đã nhập bị trùng (có sao lưu trước), hoặc bỏ qua tệp này để giữ các báo cáo đã nhập.`,
      { reportKey: reportKey(env.unit.code, key), overlaps: clashes.map(({ r }) => r.id) },
    );
  }
  changes.push(`Gỡ báo cáo đã nhập bị trùng số liệu với tệp này: ${names.join('; ')}.`);
  return clashes.map(({ r }) => r.id);
}

async function planFramework(db: SoNeuGuongDb, env: FrameworkPackageEnvelope): Promise<ImportPlan> {
  const own = await findOwnUnit(db);
  if (!own) throw noOwnUnit();
  if (own.parentCode && normaliseUnitCode(own.parentCode) !== env.unit.code) {
    throw new ExchangeError(
      'not_our_unit',
      `Gói khung nội dung do «${env.unit.name}» (mã ${env.unit.code}) ban hành, không phải cấp ủy cấp trên của đơn vị mình (mã cấp trên: ${own.parentCode}). Không nhập; nếu cấp trên đã đổi mã, hãy sửa mã cấp trên ở mục Đơn vị.`,
      { issuer: env.unit.code, expected: own.parentCode },
    );
  }
  // Every rule set is checked against its kind before anything is stored (core/rules).
  const problems = env.payload.ruleSets.flatMap((r) => ruleSetProblems(r));
  if (problems.length > 0) {
    throw new ExchangeError('invalid_content', `Gói khung nội dung không nhập được; không có gì được lưu. ${problems.join(' ')}`, {
      problems,
    });
  }
  const changes: string[] = [];
  for (const r of env.payload.ruleSets) {
    const stored = await db.ruleSets.get(r.id);
    if (!stored) changes.push(`Thêm: ${r.name} (${r.code}, phiên bản ${r.version}).`);
    else if (canonicalJson(stored) !== canonicalJson(r))
      changes.push(`Cập nhật: ${r.name} (${r.code}, phiên bản ${stored.version} → ${r.version}).`);
  }
  const deadlines = await deadlineRecord(db, env);
  if (!deadlines.stored) changes.push(`Thêm các mốc thời hạn năm ${env.payload.year}.`);
  else if (canonicalJson(deadlines.stored) !== canonicalJson(deadlines.next))
    changes.push(`Cập nhật các mốc thời hạn năm ${env.payload.year}.`);
  if (changes.length === 0)
    return { action: 'unchanged', changes: ['Các khung nội dung và thời hạn trong tệp đã có sẵn, giống hệt; không có gì thay đổi.'] };
  return { action: 'apply', changes };
}

/** The deadlines of a package are kept as a RuleSet of kind "deadlines", one per issuer and year. */
async function deadlineRecord(db: SoNeuGuongDb, env: FrameworkPackageEnvelope): Promise<{ stored?: RuleSet; next: RuleSet }> {
  const code = `THOI-HAN-${env.unit.code}-${env.payload.year}`;
  const stored = await db.ruleSets.where('[kind+code]').equals(['deadlines', code]).first();
  const next: RuleSet = stripUndefined({
    id: stored?.id ?? uuid(),
    kind: 'deadlines',
    code,
    name: `Thời hạn năm ${env.payload.year} của ${env.unit.name}`,
    version: 1,
    validFrom: `${env.payload.year}-01-01`,
    validTo: `${env.payload.year}-12-31`,
    source: 'superior',
    data: { ...env.payload.deadlines, note: env.payload.note },
    updatedAt: stored?.updatedAt ?? env.exportedAt,
  });
  if (stored && canonicalJson({ ...stored, updatedAt: '' }) !== canonicalJson({ ...next, updatedAt: '' })) next.updatedAt = env.exportedAt;
  return { stored, next };
}

function rosterMembers(own: Unit, env: RosterEnvelope): Member[] {
  return env.payload.members.map((m) => ({ ...(m as unknown as Member), unitId: own.id }));
}

async function planRoster(db: SoNeuGuongDb, env: RosterEnvelope): Promise<ImportPlan> {
  const own = await findOwnUnit(db);
  if (!own) throw noOwnUnit();
  if (normaliseUnitCode(own.code) !== env.unit.code) {
    throw new ExchangeError(
      'not_our_unit',
      `Danh sách đảng viên này của «${env.unit.name}» (mã ${env.unit.code}), không phải của đơn vị mình (mã ${own.code}). Không nhập.`,
    );
  }
  let added = 0;
  let updated = 0;
  for (const m of rosterMembers(own, env)) {
    const stored = await db.members.get(m.id);
    if (!stored) added++;
    else if (canonicalJson(stored) !== canonicalJson(m)) updated++;
  }
  if (added === 0 && updated === 0)
    return { action: 'unchanged', changes: ['Danh sách trong tệp giống hệt danh sách đang có; không có gì thay đổi.'] };
  const changes: string[] = [];
  if (added > 0) changes.push(`Thêm ${added} đảng viên.`);
  if (updated > 0) changes.push(`Cập nhật thông tin ${updated} đảng viên.`);
  return { action: 'apply', changes };
}

// ------------------------------------------------------------------ import: prepare

export interface FileInput {
  name: string;
  bytes: Uint8Array;
}

export interface FileProblem {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

export type PreparedFile =
  | { status: 'error'; fileName: string; sizeBytes: number; problem: FileProblem; read?: ReadResult }
  | { status: 'ready'; fileName: string; sizeBytes: number; read: ReadResult; plan: ImportPlan };

export interface PrepareOptions extends PlanOptions {
  passphrase?: string;
  onProgress?: (done: number, total: number) => void;
}

function problemOf(e: unknown): FileProblem {
  if (isExchangeError(e)) return { code: e.code, message: e.message, details: e.details };
  return {
    code: 'unreadable',
    message: 'Không đọc được tệp: cấu trúc tệp bất thường. Hãy xin đơn vị gửi lại tệp.',
    details: { reason: e instanceof Error ? e.message : String(e) },
  };
}

/** Read, validate and plan every file. Writes nothing. */
export async function prepareImport(db: SoNeuGuongDb, files: readonly FileInput[], options: PrepareOptions = {}): Promise<PreparedFile[]> {
  const out: Array<PreparedFile | Readable> = new Array(files.length);
  let next = 0;
  let done = 0;
  // READ_CONCURRENCY files at a time: while one waits for its gunzip or checksum (off the main
  // thread), the next is parsed and validated. Results stay in the order of the files.
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const f = files[i]!;
      try {
        const read = await readExchangeFile(f.bytes, { passphrase: options.passphrase, maxBytes: MAX_EXCHANGE_BYTES });
        out[i] = { fileName: f.name, sizeBytes: f.bytes.length, read };
      } catch (e) {
        out[i] = { status: 'error', fileName: f.name, sizeBytes: f.bytes.length, problem: problemOf(e) };
      }
      options.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return checkBatch(await planAll(db, out, options), options);
}

/** Files read at the same time (2: memory stays bounded by two files at the size limit). */
const READ_CONCURRENCY = 2;

type Readable = { fileName: string; sizeBytes: number; read: ReadResult; status?: undefined };

/**
 * Plan every file that was read: the unit reports against one PlanState read for the whole batch
 * (not six index reads per file), the other kinds against the database as before.
 */
async function planAll(db: SoNeuGuongDb, files: ReadonlyArray<PreparedFile | Readable>, options: PlanOptions): Promise<PreparedFile[]> {
  const periods = files.flatMap((p) =>
    p.status !== 'error' && p.read.envelope.kind === 'unit_report' ? [periodKey(p.read.envelope.period)] : [],
  );
  let state: PlanState | undefined;
  let stateError: unknown;
  if (periods.length > 0) {
    try {
      state = await loadPlanState(db, periods);
    } catch (e) {
      stateError = e;
    }
  }
  const out: PreparedFile[] = [];
  for (const p of files) {
    if (p.status === 'error') {
      out.push(p);
      continue;
    }
    const { fileName, sizeBytes, read } = p;
    try {
      const env = read.envelope;
      let plan: ImportPlan;
      if (env.kind === 'unit_report') {
        if (!state) throw stateError;
        plan = planUnitReport(state, env, read.sha256, options);
      } else {
        plan = await planImport(db, read, options);
      }
      out.push({ status: 'ready', fileName, sizeBytes, read, plan });
    } catch (e) {
      out.push({ status: 'error', fileName, sizeBytes, problem: problemOf(e), read });
    }
  }
  return out;
}

/**
 * Plan again files that were already read (after the user added units, chose to replace a report
 * or resolved an overlap): no file is read, decrypted, unpacked or validated a second time. Files
 * that could not be read keep their problem.
 */
export async function replanImport(
  db: SoNeuGuongDb,
  prepared: readonly PreparedFile[],
  options: PlanOptions = {},
): Promise<PreparedFile[]> {
  const files = prepared.map((p): PreparedFile | Readable => (p.read ? { fileName: p.fileName, sizeBytes: p.sizeBytes, read: p.read } : p));
  return checkBatch(await planAll(db, files, options), options);
}

/** Unknown units offered by the files of a batch (for one "Thêm tất cả N đơn vị mới" step). */
export function unitOffers(prepared: readonly PreparedFile[]): UnitOffer[] {
  const seen = new Map<string, UnitOffer>();
  for (const p of prepared) {
    if (p.status !== 'error' || p.problem.code !== 'unknown_unit') continue;
    const offer = p.problem.details.offer as UnitOffer | undefined;
    if (offer && !seen.has(offer.code)) seen.set(offer.code, offer);
  }
  return [...seen.values()];
}

/**
 * Within one batch: two files for the same unit and period (keep the later one), and files whose
 * figures overlap through a consolidated report — the later file in the list is refused.
 */
function checkBatch(files: PreparedFile[], options: PlanOptions): PreparedFile[] {
  // The first accepted file that counts a unit in a period, by "code|period" (no scan of the accepted files).
  const firstCounting = new Map<string, { index: number; key: string; name: string }>();
  let accepted = 0;
  return files.map((p) => {
    if (p.status !== 'ready' || p.plan.action !== 'apply' || p.read.envelope.kind !== 'unit_report') return p;
    const env = p.read.envelope;
    const period = periodKey(env.period);
    const key = reportKey(env.unit.code, period);
    const codes = new Set(coveredBy({ unitCode: env.unit.code, coveredCodes: coveredCodesOf(env) }));
    let clash: { index: number; key: string; name: string } | undefined;
    for (const c of codes) {
      const a = firstCounting.get(slot(c, period));
      if (a && (!clash || a.index < clash.index)) clash = a;
    }
    if (clash && !(options.dropOverlapping?.has(key) ?? false)) {
      const same = clash.key === key;
      const problem = new ExchangeError(
        same ? 'conflicting_report' : 'overlap',
        same
          ? `Trong các tệp đã chọn có hai báo cáo ${periodText(env.period)} của ${env.unit.name}. Chỉ nhập tệp đầu; hãy bỏ tệp còn lại khỏi danh sách hoặc nhập riêng.`
          : `Số liệu của tệp này trùng với tệp ${clash.name} trong cùng lần nhập (có đơn vị được tính ở cả hai). Không nhập tệp này cùng lúc; hãy nhập tệp đúng trước, rồi chọn giữ báo cáo nào.`,
        { reportKey: key },
      );
      return { status: 'error', fileName: p.fileName, sizeBytes: p.sizeBytes, problem: problemOf(problem), read: p.read };
    }
    const entry = { index: accepted++, key, name: p.fileName };
    for (const c of codes) if (!firstCounting.has(slot(c, period))) firstCounting.set(slot(c, period), entry);
    return p;
  });
}

// ------------------------------------------------------------------ import: apply

export interface ApplyOptions extends Omit<PlanOptions, 'now'> {
  /** Called once before anything is written when at least one file will change data (the backup). */
  beforeApply?: (files: readonly PreparedFile[]) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

export interface ApplyResult {
  fileName: string;
  outcome: 'applied' | 'unchanged' | 'refused';
  message: string;
  changes: string[];
  /**
   * Unit reports only: the stored reports this file replaced or removed (an older report of the
   * same unit and period, overlapping reports), to undo the import of this file (undoReplacement).
   */
  replaced?: { reportId: string; sha256: string; reports: StoredUnitReport[]; payloads: StoredReportPayload[] };
}

/**
 * Apply the prepared files in order. Every file is all or nothing. Unit reports are written in
 * batches: one transaction for up to APPLY_BATCH_FILES consecutive files (re-planned inside it
 * against one PlanState that follows the files written before them, then written with bulk
 * puts). A file refused by its plan writes nothing and the others go on; if a write fails, the
 * batch is rolled back and its files are applied again one transaction each, so that only the
 * file that cannot be written is refused. Other kinds: one transaction per file.
 */
export async function applyImport(db: SoNeuGuongDb, prepared: readonly PreparedFile[], options: ApplyOptions = {}): Promise<ApplyResult[]> {
  const willChange = prepared.filter((p) => p.status === 'ready' && p.plan.action === 'apply');
  if (willChange.length > 0 && options.beforeApply) {
    try {
      await options.beforeApply(willChange);
    } catch {
      return prepared.map((p) => ({ fileName: p.fileName, outcome: 'refused', message: MESSAGES.backup_failed, changes: [] }));
    }
  }
  const now = options.now ?? (() => clock.now());
  const planOptions: PlanOptions = { ...options, now: undefined };
  const results: ApplyResult[] = [];
  let batch: ReadyFile[] = [];
  let batchBytes = 0;
  const report = (r: ApplyResult) => {
    results.push(r);
    options.onProgress?.(results.length, prepared.length);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const list = batch;
    batch = [];
    batchBytes = 0;
    for (const r of await applyReportBatch(db, list, planOptions, now)) report(r);
  };
  for (const p of prepared) {
    if (p.status === 'ready' && p.read.envelope.kind === 'unit_report') {
      batch.push(p);
      batchBytes += p.read.sizeBytes;
      if (batch.length >= APPLY_BATCH_FILES || batchBytes >= APPLY_BATCH_BYTES) await flush();
      continue;
    }
    await flush();
    if (p.status === 'error') {
      report({ fileName: p.fileName, outcome: 'refused', message: p.problem.message, changes: [] });
    } else {
      try {
        report(await applyOne(db, p, planOptions, now()));
      } catch (e) {
        report({ fileName: p.fileName, outcome: 'refused', message: problemOf(e).message, changes: [] });
      }
    }
  }
  await flush();
  return results;
}

type ReadyFile = Extract<PreparedFile, { status: 'ready' }>;

/** Unit reports written in one transaction (the raw IndexedDB cost is mostly per transaction). */
const APPLY_BATCH_FILES = 50;
/** …and at most this many file bytes (gzip) in one transaction (≈ 25 MB of records). */
const APPLY_BATCH_BYTES = 4 * 1024 * 1024;

/** Rows a batch of unit reports writes, collected while planning and put at the end in bulk. */
class PendingWrites {
  units: Unit[] = [];
  reports = new Map<string, StoredUnitReport>();
  payloads = new Map<string, StoredReportPayload>();
  deletes = new Set<string>();
  log: ImportLogEntry[] = [];

  put(record: StoredUnitReport, payload: StoredReportPayload): void {
    this.deletes.delete(record.id);
    this.reports.set(record.id, record);
    this.payloads.set(payload.id, payload);
  }

  remove(id: string): void {
    this.reports.delete(id);
    this.payloads.delete(id);
    this.deletes.add(id);
  }

  async write(db: SoNeuGuongDb): Promise<void> {
    if (this.deletes.size > 0) {
      const ids = [...this.deletes];
      await Promise.all([db.unitReports.bulkDelete(ids), db.reportPayloads.bulkDelete(ids)]);
    }
    await Promise.all([
      this.units.length > 0 ? db.units.bulkAdd(this.units) : undefined,
      db.unitReports.bulkPut([...this.reports.values()]),
      db.reportPayloads.bulkPut([...this.payloads.values()]),
      db.importLog.bulkAdd(this.log),
    ]);
  }
}

async function applyReportBatch(
  db: SoNeuGuongDb,
  files: readonly ReadyFile[],
  options: PlanOptions,
  now: () => Date,
): Promise<ApplyResult[]> {
  try {
    return await db.transaction('rw', [db.settings, db.units, db.unitReports, db.reportPayloads, db.importLog], async () => {
      // Plan again inside the transaction: the database may have changed since the preview, and
      // earlier files of the same batch change the state (kept up to date below).
      const state = await loadPlanState(
        db,
        files.map((p) => periodKey(p.read.envelope.period)),
      );
      const pending = new PendingWrites();
      const out: ApplyResult[] = [];
      for (const p of files) {
        const env = p.read.envelope as UnitReportEnvelope;
        const at = now();
        let plan: ImportPlan;
        try {
          plan = planUnitReport(state, env, p.read.sha256, { ...options, now: at });
        } catch (e) {
          if (!isExchangeError(e)) throw e;
          out.push({ fileName: p.fileName, outcome: 'refused', message: e.message, changes: [] });
          continue;
        }
        if (plan.action === 'unchanged') {
          out.push({ fileName: p.fileName, outcome: 'unchanged', message: plan.changes[0] ?? 'Không có gì thay đổi.', changes: [] });
          continue;
        }
        const replaced = await stageUnitReport(db, state, pending, env, p.read.sha256, plan, at.toISOString());
        const message = `Đã nhập ${IMPORTED_NOUN[env.kind]} của ${env.unit.name} (${periodText(env.period)}).`;
        pending.log.push(importLogEntry(p, message, plan, at.toISOString()));
        out.push(stripUndefinedShallow({ fileName: p.fileName, outcome: 'applied' as const, message, changes: plan.changes, replaced }));
      }
      await pending.write(db);
      return out;
    });
  } catch (e) {
    if (files.length === 1) return [{ fileName: files[0]!.fileName, outcome: 'refused', message: problemOf(e).message, changes: [] }];
    // A write failed and the whole batch was rolled back: one transaction per file, so that only
    // the file that cannot be written is refused.
    const out: ApplyResult[] = [];
    for (const p of files) out.push(...(await applyReportBatch(db, [p], options, now)));
    return out;
  }
}

function importLogEntry(p: ReadyFile, message: string, plan: ImportPlan, at: string): ImportLogEntry {
  const env = p.read.envelope;
  return {
    id: uuid(),
    at,
    fileName: p.fileName,
    kind: env.kind,
    unitCode: env.unit.code,
    period: periodKey(env.period),
    sha256: p.read.sha256,
    outcome: 'applied',
    message: [message, ...plan.changes].join(' '),
  };
}

/** One file other than a unit report: one transaction. */
async function applyOne(db: SoNeuGuongDb, p: ReadyFile, options: PlanOptions, now: Date): Promise<ApplyResult> {
  const env = p.read.envelope;
  const at = now.toISOString();
  const planOptions: PlanOptions = { ...options, now };
  return db.transaction(
    'rw',
    [db.settings, db.units, db.unitReports, db.reportPayloads, db.ruleSets, db.members, db.importLog],
    async () => {
      // Re-plan inside the transaction: an earlier file of the same batch may have changed things.
      const plan = await planImport(db, p.read, planOptions);
      if (plan.action === 'unchanged') {
        return { fileName: p.fileName, outcome: 'unchanged' as const, message: plan.changes[0] ?? 'Không có gì thay đổi.', changes: [] };
      }
      switch (env.kind) {
        case 'unit_report':
          // Written by applyReportBatch.
          throw new Error('unit reports are applied in batches');
        case 'framework_package': {
          await db.ruleSets.bulkPut(env.payload.ruleSets as RuleSet[]);
          const { next } = await deadlineRecord(db, env);
          await db.ruleSets.put(next);
          break;
        }
        case 'roster': {
          const own = (await findOwnUnit(db))!;
          await db.members.bulkPut(rosterMembers(own, env));
          break;
        }
        case 'full_backup':
          throw new ExchangeError('backup_kind', MESSAGES.backup_kind);
      }
      const message = `Đã nhập ${IMPORTED_NOUN[env.kind]} của ${env.unit.name} (${periodText(env.period)}).`;
      await db.importLog.add(importLogEntry(p, message, plan, at));
      return { fileName: p.fileName, outcome: 'applied' as const, message, changes: plan.changes };
    },
  );
}

/**
 * The rows of one unit report (its unit when new, the summary, the payload), staged in `pending`
 * and reflected in `state` for the next files of the batch. Returns what it replaced or removed.
 */
async function stageUnitReport(
  db: SoNeuGuongDb,
  state: PlanState,
  pending: PendingWrites,
  env: UnitReportEnvelope,
  sha256: string,
  plan: ImportPlan,
  at: string,
): Promise<ApplyResult['replaced']> {
  const own = state.own!;
  if (plan.addsUnit) {
    const date = `${env.period.year}-01-01`;
    const unit: Unit = stripUndefinedShallow({
      id: uuid(),
      code: normaliseUnitCode(plan.addsUnit.code),
      type: env.payload.unitType,
      parentCode: plan.addsUnit.parentCode ?? normaliseUnitCode(own.code),
      history: [
        stripUndefinedShallow({
          validFrom: date,
          name: plan.addsUnit.name,
          superiorName: env.payload.superiorName,
          superiorCommittee: '',
          placeName: env.payload.placeName,
          issuerCode: 'CB',
        }),
      ],
      isOwn: false,
      createdAt: at,
      updatedAt: at,
    });
    pending.units.push(unit);
    state.units.set(unit.code, unit);
  }
  const key = periodKey(env.period);
  const existing = state.reports.get(slot(env.unit.code, key));
  const takenIds = [...(existing ? [existing.id] : []), ...(plan.removesReports ?? [])];
  let replaced: ApplyResult['replaced'];
  if (takenIds.length > 0) {
    const reports: StoredUnitReport[] = [];
    const fromDb: string[] = [];
    for (const id of takenIds) {
      const r = pending.reports.get(id) ?? [...state.reports.values()].find((x) => x.id === id);
      if (r) reports.push(r);
      if (!pending.payloads.has(id)) fromDb.push(id);
    }
    const stored = fromDb.length > 0 ? await db.reportPayloads.bulkGet(fromDb) : [];
    const byId = new Map(stored.filter((r): r is StoredReportPayload => r !== undefined).map((r) => [r.id, r]));
    const payloads = takenIds
      .map((id) => pending.payloads.get(id) ?? byId.get(id))
      .filter((r): r is StoredReportPayload => r !== undefined);
    for (const id of plan.removesReports ?? []) {
      const r = reports.find((x) => x.id === id);
      if (r) removeFromState(state, r);
      pending.remove(id);
    }
    if (reports.length > 0) replaced = { reportId: '', sha256, reports, payloads };
  }
  const id = existing?.id ?? uuid();
  const record: StoredUnitReport = stripUndefinedShallow({
    id,
    unitCode: env.unit.code,
    unitName: env.unit.name,
    parentCode: env.unit.parentCode,
    periodKey: key,
    year: env.period.year,
    exportedAt: env.exportedAt,
    importedAt: at,
    sha256,
    summary: env.payload.statistics,
    detail: env.payload.detail,
    unitType: env.payload.unitType,
    coveredCodes: coveredCodesOf(env),
    // Đảng phí month totals (the dashboard sums them; no member detail in the summary).
    dues: env.payload.dues?.year === env.period.year ? env.payload.dues.months : undefined,
  });
  // The payload is JSON already (parsed from the file): no round trip needed.
  if (existing) removeFromState(state, existing);
  addToState(state, record);
  pending.put(record, { id, payload: env.payload });
  return replaced ? { ...replaced, reportId: id } : undefined;
}

/**
 * Undo the import of one unit report that replaced or removed stored reports: the imported report
 * goes, the reports it replaced come back exactly as they were. Refused if the imported report was
 * changed since (another import).
 */
export async function undoReplacement(db: SoNeuGuongDb, replaced: NonNullable<ApplyResult['replaced']>): Promise<void> {
  await db.transaction('rw', db.unitReports, db.reportPayloads, async () => {
    const now = await db.unitReports.get(replaced.reportId);
    if (now && now.sha256 !== replaced.sha256) {
      throw new ExchangeError('apply_failed', 'Không hoàn tác được: báo cáo này đã được thay bằng một tệp khác sau đó.');
    }
    await db.unitReports.delete(replaced.reportId);
    await db.reportPayloads.delete(replaced.reportId);
    await db.unitReports.bulkPut(replaced.reports);
    await db.reportPayloads.bulkPut(replaced.payloads);
  });
}

/** What was imported, as a noun followed by "của <unit>" ("báo cáo của Chi bộ …", not "báo cáo của đơn vị của …"). */
const IMPORTED_NOUN: Record<Envelope['kind'], string> = {
  unit_report: 'báo cáo',
  framework_package: 'gói khung nội dung',
  roster: 'danh sách đảng viên',
  full_backup: 'bản sao lưu',
};

/** The import log, newest first. */
export async function listImportLog(db: SoNeuGuongDb, limit = 200): Promise<ImportLogEntry[]> {
  return db.importLog.orderBy('at').reverse().limit(limit).toArray();
}

export function describeRead(read: ReadResult): string[] {
  const env = read.envelope;
  return [
    `${KIND_LABELS[env.kind]} — ${env.unit.name} (mã ${env.unit.code || '—'})`,
    `Kỳ: ${periodText(env.period)} · xuất lúc ${dt(env.exportedAt)} · ứng dụng ${env.appVersion}`,
    `Số bản ghi: ${
      Object.entries(env.counts)
        .map(([k, v]) => `${COUNT_LABELS[k] ?? k} ${formatInteger(v)}`)
        .join(', ') || '—'
    }`,
  ];
}

export const COUNT_LABELS: Record<string, string> = {
  members: 'đảng viên',
  pledges: 'bản đăng ký',
  monthly: 'lượt tự đánh giá',
  meetings: 'buổi sinh hoạt',
  yearReviews: 'kiểm điểm cuối năm',
  commendations: 'khen thưởng',
  consolidatedFrom: 'báo cáo đơn vị',
  ruleSets: 'khung / thang / tiêu chí',
};
