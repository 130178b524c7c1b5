/**
 * Cheap validation of the member-level rows of a unit report (members, monthly self-assessments,
 * pledges, year reviews: ≈ 98 % of a province's records), so that zod does not walk 350,000 rows one by
 * one (zod runs without its compiled fast path in the renderer: the CSP forbids eval).
 *
 * Each check is deliberately STRICTER than its zod schema in schemas.ts: it accepts a row only
 * when zod accepts it and would return it unchanged (no unknown key to strip). When every row of
 * an array passes, the envelope is parsed by zod with that array left out and the array put back;
 * when any row fails, the whole envelope goes through zod as before, so every refusal and its
 * message stay exactly those of zod. test/core/exchange/fast-rows.test.ts compares the checks
 * with the schemas on generated and mutated rows.
 */
import { EnvelopeSchema, type Envelope } from './schemas';

type Check = (v: unknown) => boolean;

const text =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max;
const pattern =
  (re: RegExp): Check =>
  (v) =>
    typeof v === 'string' && re.test(v);
const bool: Check = (v) => typeof v === 'boolean';
const int =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};

// The same primitives as schemas.ts (kept in step by the test).
const Id = text(1, 100);
const Short = text(0, 1_000);
const IsoDate = pattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u);
const MonthPeriod = pattern(/^\d{4}-(0[1-9]|1[0-2])$/u);
const Year = int(1930, 2200);
const Count = int(0, 10_000_000);
const RatingLevel = oneOf(['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh']);

export interface RowSpec {
  /** Field → [check, required] (a Map: no inherited keys such as "toString"). */
  fields: ReadonlyMap<string, readonly [Check, boolean]>;
  requiredCount: number;
}

function rowSpec(required: Record<string, Check>, optional: Record<string, Check>): RowSpec {
  const fields = new Map<string, readonly [Check, boolean]>();
  for (const [k, c] of Object.entries(required)) fields.set(k, [c, true]);
  for (const [k, c] of Object.entries(optional)) fields.set(k, [c, false]);
  return { fields, requiredCount: Object.keys(required).length };
}

/** ReportMonthlySchema */
export const MONTHLY_ROW = rowSpec(
  { id: Id, memberId: Id, period: MonthPeriod, scaleCode: Short, praised: bool, reminded: bool, reportedInMeeting: bool },
  { overallLevel: Short, cellLevel: Short, notApplicable: oneOf(['mien', 'dinh_chi', 'chua_vao_dang', 'chuyen_di', 'vang', 'khac']) },
);

/** ReportPledgeSchema */
export const PLEDGE_ROW = rowSpec(
  {
    id: Id,
    memberId: Id,
    year: Year,
    state: oneOf(['draft', 'submitted', 'confirmed', 'amended']),
    frameworkCode: Short,
    itemCount: Count,
  },
  { registeredAt: IsoDate, confirmedAt: IsoDate },
);

/** ReportYearReviewSchema */
export const YEAR_REVIEW_ROW = rowSpec(
  { id: Id, memberId: Id, year: Year, formVariant: oneOf(['2A', '2B', '2C']) },
  { excluded: oneOf(['mien', 'dinh_chi', 'moi_ket_nap']), selfLevel: RatingLevel, proposedLevel: RatingLevel, finalLevel: RatingLevel },
);

const LongText = text(0, 100_000);
const MemberStatusKind = oneOf([
  'du_bi',
  'chinh_thuc',
  'mien_sinh_hoat',
  'dinh_chi',
  'sinh_hoat_tam_thoi',
  'chuyen_den',
  'chuyen_di',
  'tu_tran',
  'xoa_ten',
  'khai_tru',
]);

/** ReportMemberSchema's statusPeriods element */
export const STATUS_PERIOD_ROW = rowSpec({ id: Id, kind: MemberStatusKind, from: IsoDate }, { to: IsoDate, reason: LongText });

const rowsOf =
  (spec: RowSpec): Check =>
  (v) =>
    Array.isArray(v) && allRowsPass(spec, v);

/** ReportMemberSchema */
export const MEMBER_ROW = rowSpec(
  {
    id: Id,
    fullName: text(1, 1_000),
    familyName: Short,
    middleName: Short,
    givenName: Short,
    partyPosition: oneOf(['bi_thu', 'pho_bi_thu', 'chi_uy_vien', 'dang_vien']),
    isLeader: bool,
    inPoliticalSystem: bool,
    statusPeriods: rowsOf(STATUS_PERIOD_ROW),
  },
  {
    gender: oneOf(['nam', 'nu']),
    birthDate: IsoDate,
    admissionDate: IsoDate,
    fullMembershipDate: IsoDate,
    cardNumber: Short,
    govPosition: Short,
    workplace: Short,
  },
);

const HOT_ARRAYS: ReadonlyArray<[key: 'members' | 'monthly' | 'pledges' | 'yearReviews', spec: RowSpec]> = [
  ['members', MEMBER_ROW],
  ['monthly', MONTHLY_ROW],
  ['pledges', PLEDGE_ROW],
  ['yearReviews', YEAR_REVIEW_ROW],
];

/** Whether zod would accept `row` under `spec`'s schema and return it unchanged (false: let zod decide). */
export function rowPasses(spec: RowSpec, row: unknown): boolean {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return false;
  const r = row as Record<string, unknown>;
  let required = 0;
  for (const key of Object.keys(r)) {
    const field = spec.fields.get(key);
    if (field === undefined || !field[0](r[key])) return false;
    if (field[1]) required++;
  }
  return required === spec.requiredCount;
}

function allRowsPass(spec: RowSpec, rows: readonly unknown[]): boolean {
  for (const row of rows) if (!rowPasses(spec, row)) return false;
  return true;
}

type ParseResult = ReturnType<typeof EnvelopeSchema.safeParse>;

/**
 * `EnvelopeSchema.safeParse(value)`, with the member-level arrays of a unit report that pass the
 * checks above left out of zod's walk. Same result: the same data (those rows are returned as
 * they are, as zod would return them) or the same error.
 */
export function parseEnvelope(value: unknown): ParseResult {
  const obj = value as { kind?: unknown; payload?: unknown } | null;
  const payload = obj?.payload;
  if (
    obj === null ||
    typeof obj !== 'object' ||
    obj.kind !== 'unit_report' ||
    payload === null ||
    typeof payload !== 'object' ||
    Array.isArray(payload)
  ) {
    return EnvelopeSchema.safeParse(value);
  }
  const p = payload as Record<string, unknown>;
  const kept: Partial<Record<(typeof HOT_ARRAYS)[number][0], unknown[]>> = {};
  const lighter: Record<string, unknown> = { ...p };
  for (const [key, spec] of HOT_ARRAYS) {
    const rows = p[key];
    if (Array.isArray(rows) && rows.length > 0 && allRowsPass(spec, rows)) {
      kept[key] = rows;
      lighter[key] = [];
    }
  }
  if (Object.keys(kept).length === 0) return EnvelopeSchema.safeParse(value);
  const parsed = EnvelopeSchema.safeParse({ ...obj, payload: lighter });
  // A refusal: ask zod about the whole file, so that the message is exactly the one it gives.
  if (!parsed.success) return EnvelopeSchema.safeParse(value);
  const env = parsed.data as Extract<Envelope, { kind: 'unit_report' }>;
  Object.assign(env.payload, kept);
  return parsed;
}
