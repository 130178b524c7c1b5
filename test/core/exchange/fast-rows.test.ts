/**
 * The cheap row checks of core/exchange/fast-rows.ts never accept what zod refuses, and what they
 * accept zod returns unchanged; parseEnvelope gives the same result as EnvelopeSchema.safeParse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEnvelope,
  buildUnitReportPayload,
  EnvelopeSchema,
  MEMBER_ROW,
  MONTHLY_ROW,
  parseEnvelope,
  PLEDGE_ROW,
  ReportMemberSchema,
  ReportMonthlySchema,
  ReportPledgeSchema,
  ReportYearReviewSchema,
  rowPasses,
  scanTree,
  isCanonicalText,
  YEAR_REVIEW_ROW,
  type RowSpec,
} from '../../../src-renderer/core/exchange';
import { syntheticUnit } from '../../fixtures/synthetic-units';
import type { z } from 'zod';

/** Rows as the importer sees them: parsed from JSON (plain prototypes, no undefined members). */
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Values that are near the edges of what the schemas allow, plus wrong types. */
const anyValue = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    '2026-11',
    '2026-13',
    '2026-00',
    '2026-11-31',
    '2026-02-30',
    '2026-1',
    '0000-01',
    'tot',
    'mien',
    'draft',
    '2A',
    '2D',
    'xuat_sac',
    'toString',
    '__proto__',
  ),
  fc.string({ maxLength: 3 }),
  fc.constantFrom('a'.repeat(100), 'a'.repeat(101), 'b'.repeat(1000), 'b'.repeat(1001), 'x'.repeat(100_001)),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(1929, 1930, 2200, 2201, 10_000_000, 10_000_001, 1.5, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([]),
  fc.constant({}),
);

const monthlyArb = fc.record(
  {
    id: fc.uuid(),
    memberId: fc.uuid(),
    period: fc.constantFrom('2026-01', '2026-11', '2026-12'),
    scaleCode: fc.constantFrom('THUC-HIEN-3-MUC', ''),
    overallLevel: fc.constantFrom('tot', 'thuc_hien'),
    cellLevel: fc.constantFrom('tot', 'kha'),
    notApplicable: fc.constantFrom('mien', 'vang', 'khac'),
    praised: fc.boolean(),
    reminded: fc.boolean(),
    reportedInMeeting: fc.boolean(),
  },
  { requiredKeys: ['id', 'memberId', 'period', 'scaleCode', 'praised', 'reminded', 'reportedInMeeting'] },
);
const pledgeArb = fc.record(
  {
    id: fc.uuid(),
    memberId: fc.uuid(),
    year: fc.integer({ min: 1930, max: 2200 }),
    state: fc.constantFrom('draft', 'submitted', 'confirmed', 'amended'),
    frameworkCode: fc.constantFrom('KHUNG-2026', ''),
    itemCount: fc.integer({ min: 0, max: 40 }),
    registeredAt: fc.constantFrom('2026-01-15', '2026-12-31'),
    confirmedAt: fc.constantFrom('2026-01-20'),
  },
  { requiredKeys: ['id', 'memberId', 'year', 'state', 'frameworkCode', 'itemCount'] },
);
const reviewArb = fc.record(
  {
    id: fc.uuid(),
    memberId: fc.uuid(),
    year: fc.integer({ min: 1930, max: 2200 }),
    excluded: fc.constantFrom('mien', 'dinh_chi', 'moi_ket_nap'),
    formVariant: fc.constantFrom('2A', '2B', '2C'),
    selfLevel: fc.constantFrom('xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'),
    proposedLevel: fc.constantFrom('tot'),
    finalLevel: fc.constantFrom('hoan_thanh'),
  },
  { requiredKeys: ['id', 'memberId', 'year', 'formVariant'] },
);

const statusArb = fc.record(
  {
    id: fc.uuid(),
    kind: fc.constantFrom('du_bi', 'chinh_thuc', 'mien_sinh_hoat', 'dinh_chi', 'chuyen_den', 'khai_tru'),
    from: fc.constantFrom('2020-01-01', '2026-02-28'),
    to: fc.constantFrom('2026-12-31'),
    reason: fc.constantFrom('', 'Chuyển công tác', 'x'.repeat(100_000)),
  },
  { requiredKeys: ['id', 'kind', 'from'] },
);
const STATUS_KEYS = ['id', 'kind', 'from', 'to', 'reason'];

/** A valid row, then 0–3 mutations: a field set to an edge value, removed, or an unknown field added. */
function mutated(valid: fc.Arbitrary<Record<string, unknown>>, keys: readonly string[]) {
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('set' as const), key: fc.constantFrom(...keys), value: anyValue }),
    fc.record({ op: fc.constant('drop' as const), key: fc.constantFrom(...keys) }),
    fc.record({
      op: fc.constant('add' as const),
      key: fc.constantFrom('extra', 'toString', 'constructor', 'valueOf', 'hasOwnProperty'),
      value: anyValue,
    }),
  );
  return fc.tuple(valid, fc.array(mutation, { maxLength: 3 })).map(([row, ops]) => {
    const out: Record<string, unknown> = { ...row };
    for (const m of ops) {
      if (m.op === 'drop') delete out[m.key];
      else Object.defineProperty(out, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    }
    return json(out);
  });
}

const memberArbOf = (period: fc.Arbitrary<Record<string, unknown>>) =>
  fc.record(
    {
      id: fc.uuid(),
      fullName: fc.constantFrom('Nguyễn Thị Ngọc Yến', 'Lê Ỷ'),
      familyName: fc.constantFrom('Nguyễn', ''),
      middleName: fc.constantFrom('Thị Ngọc', ''),
      givenName: fc.constantFrom('Yến', 'Ỷ'),
      gender: fc.constantFrom('nam', 'nu'),
      birthDate: fc.constantFrom('1980-05-17'),
      admissionDate: fc.constantFrom('2010-03-26'),
      fullMembershipDate: fc.constantFrom('2011-03-26'),
      cardNumber: fc.constantFrom('12345678'),
      partyPosition: fc.constantFrom('bi_thu', 'pho_bi_thu', 'chi_uy_vien', 'dang_vien'),
      govPosition: fc.constantFrom('Phó Giám đốc'),
      workplace: fc.constantFrom('Sở Tư pháp'),
      isLeader: fc.boolean(),
      inPoliticalSystem: fc.boolean(),
      statusPeriods: fc.array(period, { maxLength: 3 }),
    },
    {
      requiredKeys: [
        'id',
        'fullName',
        'familyName',
        'middleName',
        'givenName',
        'partyPosition',
        'isLeader',
        'inPoliticalSystem',
        'statusPeriods',
      ],
    },
  );
const memberArb = memberArbOf(statusArb).map(json);

const cases: Array<[string, RowSpec, z.ZodType, fc.Arbitrary<Record<string, unknown>>, readonly string[]]> = [
  [
    'member',
    MEMBER_ROW,
    ReportMemberSchema,
    memberArb,
    [
      'id',
      'fullName',
      'familyName',
      'middleName',
      'givenName',
      'gender',
      'birthDate',
      'admissionDate',
      'fullMembershipDate',
      'cardNumber',
      'partyPosition',
      'govPosition',
      'workplace',
      'isLeader',
      'inPoliticalSystem',
      'statusPeriods',
    ],
  ],
  [
    'monthly',
    MONTHLY_ROW,
    ReportMonthlySchema,
    monthlyArb.map(json),
    ['id', 'memberId', 'period', 'scaleCode', 'overallLevel', 'cellLevel', 'notApplicable', 'praised', 'reminded', 'reportedInMeeting'],
  ],
  [
    'pledge',
    PLEDGE_ROW,
    ReportPledgeSchema,
    pledgeArb.map(json),
    ['id', 'memberId', 'year', 'state', 'frameworkCode', 'itemCount', 'registeredAt', 'confirmedAt'],
  ],
  [
    'year review',
    YEAR_REVIEW_ROW,
    ReportYearReviewSchema,
    reviewArb.map(json),
    ['id', 'memberId', 'year', 'excluded', 'formVariant', 'selfLevel', 'proposedLevel', 'finalLevel'],
  ],
];

describe('cheap row checks against the zod schemas', () => {
  for (const [name, spec, schema, valid, keys] of cases) {
    it(`${name}: accepted ⇒ zod accepts it and returns it unchanged; valid rows are accepted`, () => {
      fc.assert(
        fc.property(valid, (row) => {
          expect(rowPasses(spec, row)).toBe(true);
          expect(schema.safeParse(row).success).toBe(true);
        }),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(mutated(valid, keys), (row) => {
          if (!rowPasses(spec, row)) return;
          const parsed = schema.safeParse(row);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(row);
          expect(Object.keys(parsed.data as object).sort()).toEqual(Object.keys(row).sort());
        }),
        { numRuns: 3000 },
      );
    });
  }

  const EDGES: unknown[] = [
    '',
    'x',
    '2026-11',
    '2026-13',
    '2026-00',
    '2026-11-31',
    '2026-02-30',
    '2026-1',
    '0000-01',
    '2026-12-01',
    'tot',
    'mien',
    'dinh_chi',
    'moi_ket_nap',
    'vang',
    'khac',
    'chua_vao_dang',
    'chuyen_di',
    'draft',
    'confirmed',
    '2A',
    '2C',
    '2D',
    'xuat_sac',
    'khong_hoan_thanh',
    'toString',
    '__proto__',
    'a'.repeat(100),
    'a'.repeat(101),
    'b'.repeat(1000),
    'b'.repeat(1001),
    'x'.repeat(100_001),
    -1,
    0,
    1,
    12,
    1929,
    1930,
    2200,
    2201,
    10_000_000,
    10_000_001,
    1.5,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    NaN,
    Infinity,
    true,
    false,
    null,
    undefined,
    [],
    {},
    ['x'],
  ];
  for (const [name, spec, schema, valid, keys] of cases) {
    it(`${name}: every field at every edge value (set, dropped) — accepted ⇒ zod accepts it unchanged`, () => {
      const base = fc.sample(valid, { numRuns: 1, seed: 7 })[0]!;
      const full: Record<string, unknown> = { ...base };
      for (const k of keys)
        if (!(k in full))
          full[k] = fc.sample(
            valid.filter((r) => k in r),
            { numRuns: 1, seed: 11 },
          )[0]![k];
      let accepted = 0;
      for (const row of [base, full]) {
        for (const k of keys) {
          const variants: Array<Record<string, unknown>> = EDGES.map((v) => ({ ...row, [k]: v }));
          const dropped = { ...row };
          delete dropped[k];
          variants.push(dropped);
          for (const r of variants) {
            if (!rowPasses(spec, r)) continue;
            accepted++;
            const parsed = schema.safeParse(r);
            expect(parsed.success, `${k} = ${JSON.stringify(r[k])}`).toBe(true);
            expect(parsed.data).toStrictEqual(r);
          }
        }
      }
      expect(accepted).toBeGreaterThan(keys.length);
    });
  }

  it('member: every field of a status period at every edge value — accepted ⇒ zod accepts it unchanged', () => {
    const member = fc.sample(memberArb, { numRuns: 1, seed: 3 })[0]!;
    const period = { id: 'p1', kind: 'chinh_thuc', from: '2020-01-01', to: '2026-12-31', reason: 'Chuyển đến' };
    let accepted = 0;
    for (const k of STATUS_KEYS) {
      const dropped: Record<string, unknown> = { ...period };
      delete dropped[k];
      for (const p of [...EDGES.map((v) => ({ ...period, [k]: v })), dropped]) {
        const row = { ...member, statusPeriods: [period, p] };
        if (!rowPasses(MEMBER_ROW, row)) continue;
        accepted++;
        const parsed = ReportMemberSchema.safeParse(row);
        expect(parsed.success, `${k} = ${JSON.stringify(p[k as keyof typeof p])?.slice(0, 20)}`).toBe(true);
        expect(parsed.data).toStrictEqual(row);
      }
    }
    expect(accepted).toBeGreaterThan(STATUS_KEYS.length);
  });

  it('member: broken status periods inside — accepted ⇒ zod accepts it unchanged', () => {
    fc.assert(
      fc.property(
        memberArbOf(fc.oneof({ weight: 2, arbitrary: statusArb }, { weight: 3, arbitrary: mutated(statusArb, STATUS_KEYS) })).map(json),
        (row) => {
          if (!rowPasses(MEMBER_ROW, row)) return;
          const parsed = ReportMemberSchema.safeParse(row);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(row);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('non-objects and arrays are left to zod', () => {
    for (const v of [null, undefined, 1, 'x', [], [1]]) expect(rowPasses(MONTHLY_ROW, v)).toBe(false);
  });
});

describe('parseEnvelope = EnvelopeSchema.safeParse', () => {
  async function report(members: number) {
    const src = syntheticUnit({ code: 'CB-A', name: 'Chi bộ A', parentCode: 'DB-CQD', members, year: 2026, months: 11, seed: 3 });
    const period = { year: 2026, month: 11 };
    const env = await buildEnvelope({
      kind: 'unit_report',
      schemaVersion: 2,
      appVersion: '0.1.0',
      exportedAt: '2026-11-28T08:00:00.000Z',
      unit: { code: 'CB-A', name: 'Chi bộ A', parentCode: 'DB-CQD' },
      period,
      payload: buildUnitReportPayload(src, period, { aggregateOnly: false }),
    });
    return JSON.parse(JSON.stringify(env)) as Record<string, unknown> & { payload: Record<string, unknown[]> };
  }

  it('a valid report: the same data', async () => {
    const env = await report(15);
    expect(env.payload.monthly!.length).toBeGreaterThan(50);
    const fast = parseEnvelope(env);
    const slow = EnvelopeSchema.safeParse(env);
    expect(fast.success && slow.success).toBe(true);
    expect(fast.data).toEqual(slow.data);
  });

  it('a broken row anywhere: the same first issue as zod gives for the whole file', async () => {
    const env = await report(6);
    const breakages: Array<(e: typeof env) => void> = [
      (e) => ((e.payload.monthly![3] as Record<string, unknown>).period = '2026-13'),
      (e) => ((e.payload.pledges![0] as Record<string, unknown>).itemCount = -1),
      (e) => ((e.payload.yearReviews![0] as Record<string, unknown>).formVariant = '3A'),
      (e) => ((e.payload.members![0] as Record<string, unknown>).fullName = ''),
      (e) => ((e.payload as Record<string, unknown>).unitType = 'xa'),
      (e) => {
        (e.payload.monthly![0] as Record<string, unknown>).extra = 1; // stripped by zod, refused elsewhere
        (e.payload.meetings as unknown[]).push({ id: 'x' });
      },
    ];
    for (const breakIt of breakages) {
      const e = structuredClone(env);
      breakIt(e);
      const fast = parseEnvelope(e);
      const slow = EnvelopeSchema.safeParse(e);
      expect(fast.success).toBe(slow.success);
      if (!fast.success && !slow.success) expect(fast.error.issues).toEqual(slow.error.issues);
      else expect(fast.data).toEqual(slow.data);
    }
  });

  it('an unknown key in a row: zod strips it, as before (the row is not taken as it is)', async () => {
    const env = await report(4);
    (env.payload.monthly![0] as Record<string, unknown>).extra = 'x';
    const fast = parseEnvelope(env);
    expect(fast.success).toBe(true);
    expect((fast.data as { payload: { monthly: Array<Record<string, unknown>> } }).payload.monthly[0]).not.toHaveProperty('extra');
    expect(fast.data).toEqual(EnvelopeSchema.safeParse(env).data);
  });
});

describe('scanTree (one walk for forbidden keys and key order)', () => {
  it('agrees with isCanonicalText and finds forbidden keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const parsed = JSON.parse(text) as unknown;
        const scan = scanTree(parsed);
        const hasForbidden = (v: unknown): boolean =>
          Array.isArray(v)
            ? v.some(hasForbidden)
            : v !== null &&
              typeof v === 'object' &&
              Object.keys(v).some(
                (k) => ['__proto__', 'constructor', 'prototype'].includes(k) || hasForbidden((v as Record<string, unknown>)[k]),
              );
        const forbidden = hasForbidden(parsed);
        expect(scan.forbidden).toBe(forbidden);
        if (!forbidden) expect(scan.sortedKeys && JSON.stringify(parsed) === text).toBe(isCanonicalText(parsed, text));
      }),
      { numRuns: 500 },
    );
    expect(scanTree(JSON.parse('{"a":{"b":[{"constructor":1}]}}'))).toEqual({ forbidden: true, sortedKeys: false });
    expect(scanTree(JSON.parse('{"b":1,"a":2}')).sortedKeys).toBe(false);
    expect(scanTree(JSON.parse('{"10":1,"2":2,"a":{"x":1,"y":[{"m":1,"n":2}]}}')).sortedKeys).toBe(true);
  });
});
