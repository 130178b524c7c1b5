/**
 * Building and reading envelopes. `readExchangeFile` is the single entry point for every file:
 * decrypt/decompress → parse → forbidden keys → format gate (refuse newer before anything) →
 * integrity (canonical text + sha256) → migrate → zod → NFC → per-kind consistency checks.
 */
import type { z } from 'zod';
import { nfcDeep } from '../text';
import { canonicalJson, assertNoForbiddenKeys, scanTree } from './canonical';
import { decodeBytes, encodeText, sha256Hex, type EncodeOptions } from './codec';
import { EXCHANGE_KINDS, FILE_EXTENSION, FORMAT, FORMAT_VERSION, KIND_LABELS, KIND_SLUGS, type ExchangeKind } from './constants';
import { ExchangeError, error } from './errors';
import { FORMAT_MIGRATIONS, migrateEnvelope, oldestReadableVersion, type FormatMigration } from './migrations';
import { periodKey } from './period';
import { checkReportFigures } from './bounds';
import { parseEnvelope } from './fast-rows';
import { computeUnitStatistics } from './report';
import { normaliseOptionalUnitCode, normaliseUnitCode } from './unit-code';
import { innermostIssue, zodIssueText } from './zod-vi';
import {
  EnvelopeSchema,
  type Envelope,
  type EnvelopeUnit,
  type FrameworkPackagePayload,
  type FullBackupPayload,
  type Period,
  type RosterPayload,
  type UnitReportPayload,
} from './schemas';

export type PayloadOf<K extends ExchangeKind> = K extends 'unit_report'
  ? UnitReportPayload
  : K extends 'framework_package'
    ? FrameworkPackagePayload
    : K extends 'roster'
      ? RosterPayload
      : FullBackupPayload;

export interface EnvelopeInput<K extends ExchangeKind> {
  kind: K;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  unit: EnvelopeUnit;
  period: Period;
  payload: PayloadOf<K>;
}

/** Record counts per kind, written in the envelope and checked on import. */
export function countsOf(kind: ExchangeKind, payload: unknown): Record<string, number> {
  const p = payload as Record<string, unknown>;
  const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  switch (kind) {
    case 'unit_report': {
      const out: Record<string, number> = {};
      for (const k of ['members', 'pledges', 'monthly', 'meetings', 'yearReviews', 'commendations', 'consolidatedFrom']) {
        if (Array.isArray(p[k])) out[k] = len(p[k]);
      }
      return out;
    }
    case 'framework_package':
      return { ruleSets: len(p.ruleSets) };
    case 'roster':
      return { members: len(p.members) };
    case 'full_backup': {
      const tables = (p.tables ?? {}) as Record<string, unknown>;
      return Object.fromEntries(Object.keys(tables).map((t) => [t, len(tables[t])]));
    }
  }
}

/** The sha256 covers the canonical JSON of the envelope without its `sha256` member. */
async function checksumOf(envelopeWithoutSha: Record<string, unknown>): Promise<string> {
  return sha256Hex(canonicalJson(envelopeWithoutSha));
}

export async function buildEnvelope<K extends ExchangeKind>(input: EnvelopeInput<K>): Promise<Envelope> {
  const body = nfcDeep({
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: input.schemaVersion,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt,
    kind: input.kind,
    unit: input.unit,
    period: input.period,
    counts: countsOf(input.kind, input.payload),
    payload: input.payload,
  });
  const sha256 = await checksumOf(body);
  return { ...body, sha256 } as Envelope;
}

export function envelopeText(envelope: Envelope): string {
  return canonicalJson(envelope);
}

export async function encodeEnvelope(envelope: Envelope, options: EncodeOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  return encodeText(envelopeText(envelope), options);
}

/** File-name-safe ASCII: "Chi bộ Sở Tư pháp" → "Chi-bo-So-Tu-phap". */
export function fileSafe(s: string): string {
  const ascii = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9_-]+/gu, '-')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
  return ascii.slice(0, 60) || 'don-vi';
}

/** `CB-SOTUPHAP_bao-cao_2026-11.sng` */
export function exchangeFileName(envelope: Pick<Envelope, 'unit' | 'kind' | 'period'>): string {
  return `${fileSafe(envelope.unit.code)}_${KIND_SLUGS[envelope.kind]}_${periodKey(envelope.period)}.${FILE_EXTENSION}`;
}

// ---------------------------------------------------------------- reading

export interface ReadOptions {
  passphrase?: string;
  /** For tests of the migration machinery. */
  migrations?: readonly FormatMigration[];
  latestVersion?: number;
  /** Largest file / unpacked text accepted (default MAX_FILE_BYTES; exchange imports use MAX_EXCHANGE_BYTES). */
  maxBytes?: number;
}

export interface ReadResult {
  envelope: Envelope;
  /** sha256 recorded in (and verified against) the file. */
  sha256: string;
  encrypted: boolean;
  compressed: boolean;
  sizeBytes: number;
  /** Length of the file's JSON text (UTF-16 code units): what an import will store, without serialising the payload again. */
  textChars: number;
  migrationsApplied: string[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    const pos = /position (\d+)/u.exec(msg);
    const atEnd = pos !== null && Number(pos[1]) >= text.trimEnd().length;
    if (/end of JSON|Unterminated/iu.test(msg) || atEnd) throw error('truncated');
    throw error('not_json');
  }
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./u, '');
}

export function zodMessage(err: z.ZodError): ExchangeError {
  const first = err.issues[0]!;
  if (first.code === 'invalid_union' && first.path.length === 0) {
    return new ExchangeError('invalid_content', 'Nội dung tệp không đúng mẫu của loại tệp đã ghi. Hãy xin đơn vị xuất lại.', { path: '' });
  }
  const { issue, path: fullPath } = innermostIssue(first);
  const path = describePath(fullPath);
  const text = zodIssueText(issue);
  if (text.startsWith('thiếu')) {
    return new ExchangeError(
      'invalid_content',
      `Tệp thiếu trường bắt buộc «${path}». Tệp không đúng mẫu hoặc đã bị sửa; hãy xin đơn vị xuất lại.`,
      {
        path,
        missing: true,
      },
    );
  }
  return new ExchangeError(
    'invalid_content',
    `Giá trị không hợp lệ ở «${path || '(gốc)'}»: ${text}. Tệp không đúng mẫu hoặc đã bị sửa; hãy xin đơn vị xuất lại.`,
    { path, issue: issue.code },
  );
}

function findDuplicate(rows: ReadonlyArray<{ id?: unknown }>): string | undefined {
  const seen = new Set<unknown>();
  for (const r of rows) {
    if (r.id === undefined) continue;
    // One hash lookup per row: a duplicate does not grow the set.
    const size = seen.size;
    if (seen.add(r.id).size === size) return String(r.id);
  }
  return undefined;
}

function duplicateError(what: string, id: string): ExchangeError {
  return new ExchangeError('duplicate_id', `Tệp có hai bản ghi ${what} trùng mã «${id}». Tệp bị lỗi; hãy xin đơn vị xuất lại.`, {
    what,
    id,
  });
}

function referenceError(what: string, id: string): ExchangeError {
  return new ExchangeError(
    'unknown_reference',
    `Bản ghi ${what} trỏ tới đảng viên «${id}» không có trong danh sách của tệp. Tệp bị lỗi; hãy xin đơn vị xuất lại.`,
    { what, id },
  );
}

function checkNaturalKey<T>(rows: readonly T[], key: (r: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = key(r);
    if (seen.has(k)) throw duplicateError(what, k);
    seen.add(k);
  }
}

/** Internal consistency of a validated envelope (no database needed). */
export function checkConsistency(env: Envelope): void {
  const expected = countsOf(env.kind, env.payload);
  const keys = new Set([...Object.keys(expected), ...Object.keys(env.counts)]);
  for (const k of keys) {
    if (expected[k] !== env.counts[k]) {
      throw new ExchangeError(
        'count_mismatch',
        `Số bản ghi «${k}» ghi trên tệp (${env.counts[k] ?? 0}) khác số bản ghi thực có (${expected[k] ?? 0}). Tệp bị lỗi; hãy xin đơn vị xuất lại.`,
        { key: k },
      );
    }
  }
  switch (env.kind) {
    case 'unit_report': {
      const p = env.payload;
      const lists: Array<[string, ReadonlyArray<{ id: string }> | undefined]> = [
        ['đảng viên', p.members],
        ['bản đăng ký', p.pledges],
        ['tự đánh giá tháng', p.monthly],
        ['buổi sinh hoạt', p.meetings],
        ['kiểm điểm cuối năm', p.yearReviews],
        ['khen thưởng', p.commendations],
      ];
      for (const [what, rows] of lists) {
        const dup = rows ? findDuplicate(rows) : undefined;
        if (dup !== undefined) throw duplicateError(what, dup);
      }
      if (p.detail === 'members') {
        if (!p.members || !p.pledges || !p.monthly || !p.yearReviews || !p.commendations) {
          throw new ExchangeError(
            'invalid_content',
            'Báo cáo chi tiết nhưng thiếu danh sách đảng viên hoặc số liệu từng người. Hãy xin đơn vị xuất lại.',
          );
        }
        // Member index → months of the report's year already seen (one lookup per monthly record
        // for both its reference and its natural key; the refusals come in the same order as before).
        const index = new Map<string, number>();
        for (const [i, m] of p.members.entries()) index.set(m.id, i);
        for (const r of p.pledges) if (!index.has(r.memberId)) throw referenceError('đăng ký', r.memberId);
        const seenMonths = new Uint16Array(p.members.length);
        const otherYears = new Set<string>();
        const yearPrefix = `${env.period.year}-`;
        let monthlyDuplicate: string | undefined;
        for (const r of p.monthly) {
          const i = index.get(r.memberId);
          if (i === undefined) throw referenceError('tự đánh giá tháng', r.memberId);
          if (monthlyDuplicate !== undefined) continue;
          if (r.period.startsWith(yearPrefix)) {
            const bit = 1 << (Number(r.period.slice(5)) - 1);
            if (seenMonths[i]! & bit) monthlyDuplicate = `${r.memberId} ${r.period}`;
            else seenMonths[i] = seenMonths[i]! | bit;
          } else {
            const k = `${r.memberId} ${r.period}`;
            if (otherYears.has(k)) monthlyDuplicate = k;
            else otherYears.add(k);
          }
        }
        for (const r of p.yearReviews) if (!index.has(r.memberId)) throw referenceError('kiểm điểm', r.memberId);
        for (const c of p.commendations)
          if (c.recipient.kind === 'member' && !index.has(c.recipient.memberId)) throw referenceError('khen thưởng', c.recipient.memberId);
        if (monthlyDuplicate !== undefined) throw duplicateError('tự đánh giá tháng (cùng người, cùng tháng)', monthlyDuplicate);
        checkNaturalKey(p.pledges, (r) => `${r.memberId} ${r.year}`, 'đăng ký (cùng người, cùng năm)');
        const recomputed = computeUnitStatistics(
          {
            members: p.members,
            pledges: p.pledges,
            monthly: p.monthly,
            meetings: p.meetings,
            yearReviews: p.yearReviews,
            commendations: p.commendations,
            unitReview: p.unitReview,
          },
          env.period,
        );
        if (canonicalJson(recomputed) !== canonicalJson(p.statistics)) {
          throw new ExchangeError(
            'statistics_mismatch',
            'Số liệu tổng hợp ghi trong tệp không khớp với số liệu từng đảng viên trong cùng tệp. Tệp bị lỗi; hãy xin đơn vị xuất lại.',
          );
        }
      }
      if (p.statistics.periodKey !== periodKey(env.period)) {
        throw new ExchangeError(
          'invalid_content',
          `Kỳ của số liệu (${p.statistics.periodKey}) khác kỳ ghi trên tệp (${periodKey(env.period)}).`,
        );
      }
      if (env.unit.code.length === 0) throw new ExchangeError('invalid_content', 'Tệp báo cáo thiếu mã đơn vị gửi.', { path: 'unit.code' });
      checkReportFigures(p, env.period, env.unit.code);
      if (p.consolidatedFrom) checkNaturalKey(p.consolidatedFrom, (f) => f.unitCode, 'đơn vị được tổng hợp');
      break;
    }
    case 'framework_package': {
      const dup = findDuplicate(env.payload.ruleSets);
      if (dup !== undefined) throw duplicateError('khung nội dung', dup);
      checkNaturalKey(env.payload.ruleSets, (r) => `${r.kind} ${r.code} ${r.version}`, 'khung nội dung (cùng loại, mã và phiên bản)');
      break;
    }
    case 'roster': {
      const dup = findDuplicate(env.payload.members);
      if (dup !== undefined) throw duplicateError('đảng viên', dup);
      const unitId = env.payload.unit.id;
      for (const m of env.payload.members) {
        if (m.unitId !== unitId) {
          throw new ExchangeError(
            'unknown_reference',
            `Đảng viên «${m.fullName}» thuộc đơn vị khác với đơn vị của danh sách. Tệp bị lỗi; hãy xin đơn vị xuất lại.`,
            { id: m.id },
          );
        }
      }
      if (env.payload.unit.code !== env.unit.code) {
        throw new ExchangeError('invalid_content', 'Mã đơn vị trong danh sách khác mã đơn vị ghi trên tệp.');
      }
      break;
    }
    case 'full_backup': {
      for (const [table, rows] of Object.entries(env.payload.tables)) {
        const dup = findDuplicate(rows as Array<{ id?: unknown }>);
        if (dup !== undefined) throw duplicateError(`trong bảng ${table}`, dup);
      }
      break;
    }
  }
}

/**
 * Unit codes in their normal form (trim, NFC, upper case) wherever a file carries one, so that a
 * cell that typed "cb-thuongmai" matches the committee's "CB-THUONGMAI". Done after the checksum
 * was verified (the file itself is not changed).
 */
export function normaliseCodes(env: Envelope): Envelope {
  const unit = stripUndefinedShallow({
    ...env.unit,
    code: normaliseUnitCode(env.unit.code),
    parentCode: normaliseOptionalUnitCode(env.unit.parentCode),
  });
  switch (env.kind) {
    case 'unit_report': {
      const from = env.payload.consolidatedFrom?.map((f) =>
        stripUndefinedShallow({ ...f, unitCode: normaliseUnitCode(f.unitCode), parentCode: normaliseOptionalUnitCode(f.parentCode) }),
      );
      return { ...env, unit, payload: from ? { ...env.payload, consolidatedFrom: from } : env.payload };
    }
    case 'roster': {
      const u = env.payload.unit;
      const rosterUnit = stripUndefinedShallow({
        ...u,
        code: normaliseUnitCode(u.code),
        parentCode: normaliseOptionalUnitCode(u.parentCode),
      });
      return { ...env, unit, payload: { ...env.payload, unit: rosterUnit } };
    }
    default:
      return { ...env, unit };
  }
}

function stripUndefinedShallow<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * The exporter's own check, with the same schema and consistency rules as the importer: a file the
 * superior could not open is never saved. Throws 'export_invalid' with a Vietnamese message that
 * says what to correct.
 */
export function validateForExport(envelope: Envelope): void {
  const parsed = EnvelopeSchema.safeParse(envelope);
  try {
    if (!parsed.success) throw zodMessage(parsed.error);
    checkConsistency(parsed.data);
  } catch (e) {
    if (!(e instanceof ExchangeError)) throw e;
    const path = typeof e.details.path === 'string' ? e.details.path : '';
    const field = EXPORT_FIELD_LABELS[path.replace(/\[\d+\]/gu, '[]')];
    const reason = e.message
      .replace(/ Tệp (không đúng mẫu|bị lỗi|không được nhập)[^.]*\.[^.]*\.?$/u, '')
      .replace(/;? hãy (xin|báo) đơn vị[^.]*\.$/u, '.');
    throw new ExchangeError(
      'export_invalid',
      `Chưa lưu tệp vì nơi nhận sẽ không mở được: ${field ? `${field} — ` : ''}${reason.trim()} Hãy sửa nội dung này rồi xuất lại.`,
      { ...e.details, cause: e.code },
    );
  }
}

const EXPORT_FIELD_LABELS: Record<string, string> = {
  'payload.texts.results': 'ô «Kết quả nổi bật»',
  'payload.texts.limits': 'ô «Hạn chế, nguyên nhân»',
  'payload.texts.proposals': 'ô «Kiến nghị»',
  'unit.name': 'tên đơn vị',
  'unit.code': 'mã đơn vị',
  'payload.note': 'lời nhắn',
  'payload.deadlines.notes': 'ghi chú về thời hạn',
  'payload.commendations[].reason': 'lý do khen thưởng',
};

/**
 * The UTF-8 bytes of the canonical text without its `sha256` member, cut out of the (already
 * verified canonical) file bytes instead of serialising the whole object again or encoding the
 * text. Keys are sorted, so the top-level `"sha256"` is the last one in the text (only `"unit"`,
 * which has none, follows it); inside strings a quote is escaped, so the ASCII pattern cannot
 * occur there, and in UTF-8 ASCII bytes only ever stand for ASCII characters.
 */
function bytesWithoutSha(bytes: Uint8Array, recorded: string): Uint8Array | undefined {
  if (!/^[0-9a-f]{64}$/u.test(recorded)) return undefined;
  const member = ascii(`,"sha256":"${recorded}"`);
  const head = member.subarray(0, 11); // ,"sha256":"
  const next = ascii(',"unit":{');
  const at = lastIndexOf(bytes, head);
  if (at < 0 || !bytesAt(bytes, member, at) || !bytesAt(bytes, next, at + member.length)) return undefined;
  const out = new Uint8Array(bytes.length - member.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(bytes.subarray(at + member.length), at);
  return out;
}

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0x7f;
  return out;
}

function bytesAt(bytes: Uint8Array, part: Uint8Array, at: number): boolean {
  if (at < 0 || at + part.length > bytes.length) return false;
  for (let i = 0; i < part.length; i++) if (bytes[at + i] !== part[i]) return false;
  return true;
}

function lastIndexOf(bytes: Uint8Array, part: Uint8Array): number {
  const first = part[0]!;
  for (let at = bytes.length - part.length; at >= 0; at--) {
    at = bytes.lastIndexOf(first, at);
    if (at < 0) return -1;
    if (bytesAt(bytes, part, at)) return at;
  }
  return -1;
}

/** Read any exchange file. Throws ExchangeError (with a Vietnamese message) for every bad file. */
export async function readExchangeFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const migrations = options.migrations ?? FORMAT_MIGRATIONS;
  const latest = options.latestVersion ?? FORMAT_VERSION;
  const decoded = await decodeBytes(bytes, { passphrase: options.passphrase, maxBytes: options.maxBytes });
  const trimmed = decoded.text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    if (trimmed.length === 0) throw error('empty_file');
    throw error('not_json');
  }
  const raw = parseJson(decoded.text);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw error('not_exchange_file');
  // One walk for the forbidden keys and the canonical key order (the path is found only for a refusal).
  const scan = scanTree(raw);
  if (scan.forbidden) assertNoForbiddenKeys(raw);
  const obj = raw as Record<string, unknown>;
  if (obj.format !== FORMAT) throw error('not_exchange_file');
  const version = obj.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ExchangeError('bad_format_version', 'Tệp ghi phiên bản định dạng không hợp lệ. Hãy xin đơn vị xuất lại bằng Sổ Nêu Gương.');
  }
  if (version > latest) {
    throw new ExchangeError(
      'newer_format',
      `Tệp được tạo bởi phiên bản Sổ Nêu Gương mới hơn (định dạng ${version}); phiên bản đang dùng chỉ đọc được đến định dạng ${latest}. Hãy cập nhật ứng dụng rồi nhập lại. Chưa có gì thay đổi.`,
      { fileVersion: version, supported: latest, appVersion: obj.appVersion },
    );
  }
  if (version < oldestReadableVersion(migrations, latest)) {
    throw new ExchangeError(
      'bad_format_version',
      `Tệp dùng định dạng ${version} quá cũ, phiên bản này không đọc được. Hãy xin đơn vị xuất lại.`,
    );
  }
  if (typeof obj.kind !== 'string' || !(EXCHANGE_KINDS as readonly string[]).includes(obj.kind)) {
    throw new ExchangeError(
      'unknown_kind',
      `Loại tệp «${String(obj.kind)}» không được hỗ trợ. Các loại nhập được: ${Object.values(KIND_LABELS).join(', ')}.`,
      { kind: obj.kind },
    );
  }
  if (!scan.sortedKeys || JSON.stringify(raw) !== decoded.text) throw error('altered');
  if (typeof obj.sha256 !== 'string') {
    throw new ExchangeError('invalid_content', 'Tệp thiếu mã kiểm tra bắt buộc. Hãy xin đơn vị xuất lại.', {
      path: 'sha256',
      missing: true,
    });
  }
  const { sha256: recorded, ...withoutSha } = obj;
  if ((await sha256Hex(bytesWithoutSha(decoded.utf8, recorded) ?? canonicalJson(withoutSha))) !== recorded)
    throw error('checksum_mismatch');

  let migrated = obj;
  let applied: string[] = [];
  if (version < latest) {
    try {
      const result = migrateEnvelope(obj, version, migrations, latest);
      migrated = result.envelope;
      applied = result.applied;
    } catch (e) {
      throw new ExchangeError(
        'migration_failed',
        `Không chuyển được tệp định dạng ${version} sang định dạng hiện tại: ${e instanceof Error ? e.message : String(e)}.`,
      );
    }
  }
  const parsed = parseEnvelope(migrated);
  if (!parsed.success) throw zodMessage(parsed.error);
  // The verified text has no \u escapes of letters (JSON.stringify writes them as they are), so
  // when the whole text is NFC every string in it is; only otherwise is each string normalised.
  const envelope = normaliseCodes(decoded.text.normalize('NFC') === decoded.text ? parsed.data : nfcDeep(parsed.data));
  checkConsistency(envelope);
  return {
    envelope,
    sha256: recorded,
    encrypted: decoded.encrypted,
    compressed: decoded.compressed,
    sizeBytes: bytes.length,
    textChars: decoded.text.length,
    migrationsApplied: applied,
  };
}
