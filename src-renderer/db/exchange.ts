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
import { formatDate, formatInteger, toIsoDate } from '../core/text';
import { SCHEMA_VERSION, type SoNeuGuongDb } from './database';
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
  const payload = buildUnitReportPayload({ unit, ...source, monthly, ruleSets, texts: req.texts }, req.period, { aggregateOnly: req.aggregateOnly });
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
  if (ruleSets.length === 0) throw new ExchangeError('invalid_content', 'Hãy chọn ít nhất một khung nội dung, thang đánh giá hoặc tiêu chí để gửi.');
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

function hasCode(set: ReadonlySet<string> | undefined, code: string): boolean {
  if (!set) return false;
  if (set.has(code)) return true;
  for (const c of set) if (normaliseUnitCode(c) === code) return true;
  return false;
}

const instant = (iso: string) => Date.parse(iso);

const dt = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ngày ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
};

/** Plan for one validated file against the current database (called inside transactions too). */
export async function planImport(db: SoNeuGuongDb, read: ReadResult, options: PlanOptions = {}): Promise<ImportPlan> {
  const env = read.envelope;
  switch (env.kind) {
    case 'unit_report':
      return planUnitReport(db, env, read.sha256, options);
    case 'framework_package':
      return planFramework(db, env);
    case 'roster':
      return planRoster(db, env);
    case 'full_backup':
      throw new ExchangeError('backup_kind', MESSAGES.backup_kind);
  }
}

async function planUnitReport(db: SoNeuGuongDb, env: UnitReportEnvelope, sha256: string, options: PlanOptions): Promise<ImportPlan> {
  const settings = await readSettings(db);
  if (settings.mode !== 'aggregator') {
    throw new ExchangeError(
      'wrong_mode',
      'Báo cáo của đơn vị chỉ nhập được ở chế độ tổng hợp (cấp ủy cấp trên). Máy này đang ở chế độ chi bộ; đổi chế độ ở mục Cài đặt nếu đây là máy của cấp ủy cấp trên.',
    );
  }
  const own = await findOwnUnit(db);
  if (!own) throw noOwnUnit();
  const code = env.unit.code;
  const ownCode = normaliseUnitCode(own.code);
  if (code === ownCode) {
    throw new ExchangeError('not_our_unit', `Tệp là báo cáo của chính đơn vị mình (mã ${code}), không phải của đơn vị trực thuộc.`);
  }
  checkExportDate(env, options.now ?? clock.now());
  const changes: string[] = [];
  let addsUnit: UnitOffer | undefined;
  const known = await db.units.where('code').equals(code).first();
  if (!known) {
    const offer = stripUndefined({ code, name: env.unit.name, parentCode: env.unit.parentCode });
    if (!hasCode(options.addUnits, code)) {
      const other = env.unit.parentCode && env.unit.parentCode !== ownCode ? ` Tệp ghi cấp trên là mã ${env.unit.parentCode}, không phải mã của đơn vị mình (${ownCode}).` : '';
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
  const rKey = reportKey(code, key);
  const existing = await db.unitReports.where('[unitCode+periodKey]').equals([code, key]).first();
  const removesReports = await overlapOf(db, env, key, existing, options.dropOverlapping?.has(rKey) ?? false, changes);
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
    if (before.meetings !== s.meetings) changes.push(`Số buổi sinh hoạt: ${formatInteger(before.meetings)} → ${formatInteger(s.meetings)}.`);
    if (before.reportedMonths.length !== s.reportedMonths.length) changes.push(`Số tháng có báo cáo: ${before.reportedMonths.length} → ${s.reportedMonths.length}.`);
    return stripUndefined({ action: 'apply' as const, changes, addsUnit, removesReports });
  }
  changes.push(`Thêm báo cáo ${periodText(env.period)} của ${name}: ${figures}.`);
  if (env.payload.detail === 'aggregate') changes.push('Báo cáo chỉ có số liệu tổng hợp (không có danh sách từng đảng viên).');
  if (env.payload.detail === 'consolidated') changes.push(`Báo cáo tổng hợp của ${formatInteger(s.units)} đơn vị.`);
  return stripUndefined({ action: 'apply' as const, changes, addsUnit, removesReports });
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
async function overlapOf(
  db: SoNeuGuongDb,
  env: UnitReportEnvelope,
  key: string,
  existing: StoredUnitReport | undefined,
  keepThis: boolean,
  changes: string[],
): Promise<string[] | undefined> {
  const mine = new Set(coveredBy({ unitCode: env.unit.code, coveredCodes: coveredCodesOf(env) }));
  // Two index reads, not a scan of the period: stored consolidated reports that include one of
  // this file's units, and (for a consolidated file) stored reports of the units it includes.
  const below = [...mine].filter((c) => c !== env.unit.code);
  const found = [
    ...(await db.unitReports.where('coveredCodes').anyOf([...mine]).toArray()).filter((r) => r.periodKey === key),
    ...(below.length > 0 ? await db.unitReports.where('[unitCode+periodKey]').anyOf(below.map((c) => [c, key])).toArray() : []),
  ];
  const others = [...new Map(found.map((r) => [r.id, r])).values()].filter((r) => r.id !== existing?.id);
  const clashes = others
    .map((r) => ({ r, shared: coveredBy(r).filter((c) => mine.has(c)) }))
    .filter((x) => x.shared.length > 0);
  if (clashes.length === 0) return undefined;
  const names = clashes.map(({ r, shared }) => `${r.unitName} (mã ${r.unitCode}${r.detail === 'consolidated' ? `, báo cáo tổng hợp gồm ${shared.join(', ')}` : ''})`);
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
    throw new ExchangeError('invalid_content', `Gói khung nội dung không nhập được; không có gì được lưu. ${problems.join(' ')}`, { problems });
  }
  const changes: string[] = [];
  for (const r of env.payload.ruleSets) {
    const stored = await db.ruleSets.get(r.id);
    if (!stored) changes.push(`Thêm: ${r.name} (${r.code}, phiên bản ${r.version}).`);
    else if (canonicalJson(stored) !== canonicalJson(r)) changes.push(`Cập nhật: ${r.name} (${r.code}, phiên bản ${stored.version} → ${r.version}).`);
  }
  const deadlines = await deadlineRecord(db, env);
  if (!deadlines.stored) changes.push(`Thêm các mốc thời hạn năm ${env.payload.year}.`);
  else if (canonicalJson(deadlines.stored) !== canonicalJson(deadlines.next)) changes.push(`Cập nhật các mốc thời hạn năm ${env.payload.year}.`);
  if (changes.length === 0) return { action: 'unchanged', changes: ['Các khung nội dung và thời hạn trong tệp đã có sẵn, giống hệt; không có gì thay đổi.'] };
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
  if (added === 0 && updated === 0) return { action: 'unchanged', changes: ['Danh sách trong tệp giống hệt danh sách đang có; không có gì thay đổi.'] };
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
  const out: PreparedFile[] = [];
  for (const [i, f] of files.entries()) {
    let read: ReadResult | undefined;
    try {
      read = await readExchangeFile(f.bytes, { passphrase: options.passphrase, maxBytes: MAX_EXCHANGE_BYTES });
      const plan = await planImport(db, read, options);
      out.push({ status: 'ready', fileName: f.name, sizeBytes: f.bytes.length, read, plan });
    } catch (e) {
      out.push({ status: 'error', fileName: f.name, sizeBytes: f.bytes.length, problem: problemOf(e), read });
    }
    options.onProgress?.(i + 1, files.length);
  }
  return checkBatch(out, options);
}

/**
 * Plan again files that were already read (after the user added units, chose to replace a report
 * or resolved an overlap): no file is read, decrypted, unpacked or validated a second time. Files
 * that could not be read keep their problem.
 */
export async function replanImport(db: SoNeuGuongDb, prepared: readonly PreparedFile[], options: PlanOptions = {}): Promise<PreparedFile[]> {
  const out: PreparedFile[] = [];
  for (const p of prepared) {
    if (!p.read) {
      out.push(p);
      continue;
    }
    try {
      out.push({ status: 'ready', fileName: p.fileName, sizeBytes: p.sizeBytes, read: p.read, plan: await planImport(db, p.read, options) });
    } catch (e) {
      out.push({ status: 'error', fileName: p.fileName, sizeBytes: p.sizeBytes, problem: problemOf(e), read: p.read });
    }
  }
  return checkBatch(out, options);
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
  const accepted: Array<{ key: string; period: string; codes: Set<string>; name: string }> = [];
  return files.map((p) => {
    if (p.status !== 'ready' || p.plan.action !== 'apply' || p.read.envelope.kind !== 'unit_report') return p;
    const env = p.read.envelope;
    const period = periodKey(env.period);
    const key = reportKey(env.unit.code, period);
    const codes = new Set(coveredBy({ unitCode: env.unit.code, coveredCodes: coveredCodesOf(env) }));
    const clash = accepted.find((a) => a.period === period && [...a.codes].some((c) => codes.has(c)));
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
    accepted.push({ key, period, codes, name: p.fileName });
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

/** Apply the prepared files in order; each file is one transaction (all or nothing). */
export async function applyImport(db: SoNeuGuongDb, prepared: readonly PreparedFile[], options: ApplyOptions = {}): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
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
  for (const [i, p] of prepared.entries()) {
    if (p.status === 'error') {
      results.push({ fileName: p.fileName, outcome: 'refused', message: p.problem.message, changes: [] });
    } else {
      try {
        results.push(await applyOne(db, p, planOptions, now()));
      } catch (e) {
        results.push({ fileName: p.fileName, outcome: 'refused', message: problemOf(e).message, changes: [] });
      }
    }
    options.onProgress?.(i + 1, prepared.length);
  }
  return results;
}

async function applyOne(db: SoNeuGuongDb, p: Extract<PreparedFile, { status: 'ready' }>, options: PlanOptions, now: Date): Promise<ApplyResult> {
  const env = p.read.envelope;
  const at = now.toISOString();
  const planOptions: PlanOptions = { ...options, now };
  return db.transaction('rw', [db.settings, db.units, db.unitReports, db.reportPayloads, db.ruleSets, db.members, db.importLog], async () => {
    // Re-plan inside the transaction: an earlier file of the same batch may have changed things.
    const plan = await planImport(db, p.read, planOptions);
    if (plan.action === 'unchanged') {
      return { fileName: p.fileName, outcome: 'unchanged' as const, message: plan.changes[0] ?? 'Không có gì thay đổi.', changes: [] };
    }
    let replaced: ApplyResult['replaced'];
    switch (env.kind) {
      case 'unit_report':
        replaced = await writeUnitReport(db, env, p.read.sha256, plan, at);
        break;
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
    const log: ImportLogEntry = {
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
    await db.importLog.add(log);
    return stripUndefined({ fileName: p.fileName, outcome: 'applied' as const, message, changes: plan.changes, replaced });
  });
}

async function writeUnitReport(db: SoNeuGuongDb, env: UnitReportEnvelope, sha256: string, plan: ImportPlan, at: string): Promise<ApplyResult['replaced']> {
  const own = (await findOwnUnit(db))!;
  if (plan.addsUnit) {
    const date = `${env.period.year}-01-01`;
    const unit: Unit = stripUndefined({
      id: uuid(),
      code: normaliseUnitCode(plan.addsUnit.code),
      type: env.payload.unitType,
      parentCode: plan.addsUnit.parentCode ?? normaliseUnitCode(own.code),
      history: [
        {
          validFrom: date,
          name: plan.addsUnit.name,
          superiorName: env.payload.superiorName,
          superiorCommittee: '',
          placeName: env.payload.placeName,
          issuerCode: 'CB',
        },
      ],
      isOwn: false,
      createdAt: at,
      updatedAt: at,
    });
    await db.units.add(unit);
  }
  const key = periodKey(env.period);
  const existing = await db.unitReports.where('[unitCode+periodKey]').equals([env.unit.code, key]).first();
  const takenIds = [...(existing ? [existing.id] : []), ...(plan.removesReports ?? [])];
  const taken = {
    reports: (await db.unitReports.bulkGet(takenIds)).filter((r): r is StoredUnitReport => r !== undefined),
    payloads: (await db.reportPayloads.bulkGet(takenIds)).filter((r): r is StoredReportPayload => r !== undefined),
  };
  if (plan.removesReports?.length) {
    await db.unitReports.bulkDelete(plan.removesReports);
    await db.reportPayloads.bulkDelete(plan.removesReports);
  }
  const id = existing?.id ?? uuid();
  const record: StoredUnitReport = stripUndefined({
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
  });
  // The payload is JSON already (parsed from the file): no round trip needed.
  const payload: StoredReportPayload = { id, payload: env.payload };
  await db.unitReports.put(record);
  await db.reportPayloads.put(payload);
  return taken.reports.length > 0 ? { reportId: id, sha256, ...taken } : undefined;
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
    `Số bản ghi: ${Object.entries(env.counts)
      .map(([k, v]) => `${COUNT_LABELS[k] ?? k} ${formatInteger(v)}`)
      .join(', ') || '—'}`,
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

export { formatDate };
