/**
 * Issue 17 points 1–8: well-formed but wrong files, wrong clocks, unit codes, English messages,
 * double counting, the first import of a bloc. Every refusal compares a full database dump
 * before and after prepare + apply.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  buildEnvelope,
  buildUnitReportPayload,
  encodeEnvelope,
  zodMessage,
  type UnitReportEnvelope,
  type UnitReportPayload,
} from '../../src-renderer/core/exchange';
import { syntheticUnit } from '../fixtures/synthetic-units';
import {
  addSubordinateUnit,
  buildConsolidatedReport,
  computeDashboard,
  drillDown,
  listSubordinateUnits,
  removeStoredReport,
  removeSubordinateUnit,
  restoreRemoved,
} from '../../src-renderer/db/aggregator';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import {
  applyImport,
  buildUnitReport,
  encodeExport,
  prepareImport,
  replanImport,
  reportKey,
  undoReplacement,
  unitOffers,
  type FileInput,
  type PlanOptions,
} from '../../src-renderer/db/exchange';
import { dump, makeAggregator, makeCell, reseal } from './exchange-helpers';

const NOW = new Date('2026-11-30T08:00:00.000Z');
const period = { year: 2026, month: 11 };

async function unitEnvelope(
  code: string,
  members: number,
  seed: number,
  opts: { aggregateOnly?: boolean; exportedAt?: string; parentCode?: string } = {},
) {
  const src = syntheticUnit({
    code,
    name: `Chi bộ ${code}`,
    parentCode: opts.parentCode ?? 'DB-CQD',
    members,
    year: 2026,
    months: 11,
    seed,
  });
  return (await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: 2,
    appVersion: '0.1.0',
    exportedAt: opts.exportedAt ?? '2026-11-28T08:00:00.000Z',
    unit: { code, name: `Chi bộ ${code}`, parentCode: opts.parentCode ?? 'DB-CQD' },
    period,
    payload: buildUnitReportPayload(src, period, { aggregateOnly: opts.aggregateOnly ?? true }),
  })) as UnitReportEnvelope;
}

const fileOf = async (env: UnitReportEnvelope, name = `${env.unit.code}.sng`): Promise<FileInput> => ({
  name,
  bytes: await encodeEnvelope(env),
});

async function expectRefused(db: SoNeuGuongDb, files: FileInput[], code: string, pattern: RegExp, options: PlanOptions = {}) {
  const before = await dump(db);
  const prepared = await prepareImport(db, files, { now: NOW, ...options });
  const p = prepared[prepared.length - 1]!;
  expect(p.status).toBe('error');
  if (p.status !== 'error') throw new Error('accepted');
  expect(p.problem.code).toBe(code);
  expect(p.problem.message).toMatch(pattern);
  if (prepared.length === 1) {
    let backups = 0;
    const results = await applyImport(db, prepared, { beforeApply: async () => void backups++, now: () => NOW });
    expect(results[0]!.outcome).toBe('refused');
    expect(backups).toBe(0);
    expect(await dump(db)).toEqual(before);
  }
  return p.problem;
}

async function importAll(db: SoNeuGuongDb, files: FileInput[], options: PlanOptions = {}) {
  const prepared = await prepareImport(db, files, { now: NOW, ...options });
  const results = await applyImport(db, prepared, { ...options, now: () => NOW });
  return { prepared, results };
}

type Mutable = Record<string, unknown> & { payload: UnitReportPayload & Record<string, unknown> };
const tamper = async (env: UnitReportEnvelope, change: (e: Mutable) => void): Promise<FileInput> => {
  const copy = structuredClone(env) as unknown as Mutable;
  change(copy);
  return { name: 'sua.sng', bytes: await reseal(copy) };
};

// ---------------------------------------------------------------- 1. sums and bounds

describe('1. every internal sum and bound of a report is checked', () => {
  let six: UnitReportEnvelope;
  beforeAll(async () => {
    six = await unitEnvelope('CB-SOTUPHAP', 6, 3);
  });

  it('a re-sealed aggregate report claiming 5,000 xuất sắc for a 6-member cell is refused, the bloc figures unchanged', async () => {
    const db = await makeAggregator(['CB-SOTUPHAP', 'CB-B']);
    await importAll(db, [await fileOf(await unitEnvelope('CB-B', 40, 9))]);
    const line = (await computeDashboard(db, '2026-11')).totalsLine;
    const problem = await expectRefused(
      db,
      [
        await tamper(six, (e) => {
          e.payload.statistics.levels.xuat_sac = 5000;
        }),
      ],
      'inconsistent_statistics',
      /tổng số đảng viên theo các mức xếp loại \(5\.0\d\d\) khác số đảng viên đã xếp loại/u,
    );
    expect(problem.details.figure).toBe('levels');
    // …and with `rated` raised to match: rated > members is refused too.
    await expectRefused(
      db,
      [
        await tamper(six, (e) => {
          const s = e.payload.statistics;
          s.levels.xuat_sac += 5000;
          s.rated += 5000;
        }),
      ],
      'inconsistent_statistics',
      /số đảng viên đã xếp loại \(5\.0\d\d\) lớn hơn số đảng viên phải kiểm điểm/u,
    );
    expect((await computeDashboard(db, '2026-11')).totalsLine).toBe(line);
  });

  const cases: Array<[string, (s: UnitReportPayload['statistics'], e: Mutable) => void, RegExp]> = [
    ['members', (s) => void (s.members += 1), /chính thức .* cộng dự bị .* khác tổng số đảng viên/u],
    ['requiredToRegister', (s) => void (s.requiredToRegister = s.members + 1), /phải đăng ký .* lớn hơn tổng số đảng viên/u],
    ['registered', (s) => void (s.registered = s.requiredToRegister + 1), /đã đăng ký .* lớn hơn số phải đăng ký/u],
    ['reportedMonths', (s) => void s.reportedMonths.push(12), /tháng 12 .* sau kỳ báo cáo 2026-11/u],
    ['monthlyLevels', (s) => void (s.memberMonthReports += 3), /lượt tự đánh giá theo các mức .* khác số lượt đảng viên báo cáo/u],
    ['meetingQuality', (s) => void (s.meetings += 1), /buổi sinh hoạt theo mức chất lượng .* khác số buổi sinh hoạt/u],
    [
      'meetingAttendancePresent',
      (s) => void (s.meetingAttendancePresent = s.meetingAttendanceExpected + 1),
      /có mặt .* lớn hơn số lượt phải dự/u,
    ],
    [
      'meetingAttendance',
      (s) => void ((s.meetingAttendanceExpected += 5), (s.meetingAttendancePresent += 5)),
      /phải dự \/ có mặt ghi trong số liệu .* khác số cộng từ các buổi/u,
    ],
    ['units', (s) => void (s.units = 3), /báo cáo của một đơn vị nhưng ghi số đơn vị là 3/u],
    [
      'unitLevels',
      (s) => void (s.unitLevels.xuat_sac += 1),
      /xếp loại chất lượng của đơn vị|số đơn vị được xếp loại \(2\) lớn hơn số đơn vị \(1\)/u,
    ],
    ['meetings', (_s, e) => void (e.payload.meetings[0]!.present += 1), /buổi sinh hoạt ngày .* có mặt .* khác số phải dự/u],
  ];
  for (const [figure, change, pattern] of cases) {
    it(`refuses an inconsistent «${figure}», naming the figure`, async () => {
      const db = await makeAggregator(['CB-SOTUPHAP']);
      const problem = await expectRefused(
        db,
        [await tamper(six, (e) => change(e.payload.statistics, e))],
        'inconsistent_statistics',
        pattern,
      );
      expect(problem.details.figure).toBe(figure);
      expect(problem.message).toMatch(/hãy báo đơn vị kiểm tra lại số liệu rồi xuất lại tệp/u);
    });
  }

  it('a consolidated report whose totals are not the sum of its units is refused', async () => {
    const mid = await makeAggregator(['CB-A', 'CB-B']);
    await importAll(mid, [await fileOf(await unitEnvelope('CB-A', 7, 4)), await fileOf(await unitEnvelope('CB-B', 9, 5))]);
    const consolidated = await buildConsolidatedReport(mid, '2026-11', { now: new Date('2026-11-29T08:00:00.000Z') });
    const top = await makeAggregator([]);
    await top.units.update('agg-own', { code: 'TU' });
    const addUnits = new Set(['DB-CQD']);
    await expectRefused(
      top,
      [
        await tamper(consolidated, (e) => {
          e.payload.statistics.levels.xuat_sac += 3;
          e.payload.statistics.rated += 3;
          e.payload.statistics.reviewRequired += 3;
          e.payload.statistics.reviewExcluded -= 0;
          e.payload.statistics.members += 3;
          e.payload.statistics.fullMembers += 3;
        }),
      ],
      'inconsistent_statistics',
      /số liệu tổng «.*» khác tổng số liệu của 2 đơn vị trực thuộc/u,
      { addUnits },
    );
    // The untouched consolidated file is accepted.
    const { results } = await importAll(top, [await fileOf(consolidated)], { addUnits });
    expect(results[0]!.outcome).toBe('applied');
  });
});

// ---------------------------------------------------------------- 3. clocks

describe('3. exportedAt as instants, files from the future, removing or replacing a stored report', () => {
  it('a file dated more than a day ahead of this PC is refused, saying why and what to do', async () => {
    const db = await makeAggregator(['CB-SOTUPHAP']);
    await expectRefused(
      db,
      [await fileOf(await unitEnvelope('CB-SOTUPHAP', 6, 3, { exportedAt: '2035-11-28T08:00:00.000Z' }))],
      'future_export',
      /đồng hồ máy tính .* đặt sai ngày.*chỉnh lại ngày giờ/su,
    );
    // Within a day (time zones, a slightly fast clock) is accepted.
    const { results } = await importAll(db, [
      await fileOf(await unitEnvelope('CB-SOTUPHAP', 6, 3, { exportedAt: '2026-12-01T07:00:00.000Z' })),
    ]);
    expect(results[0]!.outcome).toBe('applied');
  });

  it('a file dated before its period began is refused', async () => {
    const db = await makeAggregator(['CB-SOTUPHAP']);
    await expectRefused(
      db,
      [await fileOf(await unitEnvelope('CB-SOTUPHAP', 6, 3, { exportedAt: '2019-01-01T08:00:00.000Z' }))],
      'before_period',
      /trước khi kỳ báo cáo bắt đầu/u,
    );
  });

  it('compares instants: 14:00+07:00 is older than 08:00Z of the same day', async () => {
    const db = await makeAggregator(['CB-SOTUPHAP']);
    await importAll(db, [await fileOf(await unitEnvelope('CB-SOTUPHAP', 6, 3, { exportedAt: '2026-11-28T08:00:00.000Z' }))]);
    // As text "2026-11-28T14:00:00+07:00" > "2026-11-28T08:00:00.000Z"; as an instant it is 07:00Z.
    await expectRefused(
      db,
      [await fileOf(await unitEnvelope('CB-SOTUPHAP', 6, 4, { exportedAt: '2026-11-28T14:00:00+07:00' }))],
      'older_report',
      /cũ hơn báo cáo/u,
    );
    // And 16:00+07:00 (09:00Z) is newer: it replaces the stored one.
    const { results } = await importAll(db, [
      await fileOf(await unitEnvelope('CB-SOTUPHAP', 6, 5, { exportedAt: '2026-11-28T16:00:00+07:00' })),
    ]);
    expect(results[0]!.outcome).toBe('applied');
    expect((await db.unitReports.toArray())[0]!.exportedAt).toBe('2026-11-28T16:00:00+07:00');
  });

  it('a report from a PC set to 2035 that got in (v1) no longer locks the unit: replace it, or remove it with backup and undo', async () => {
    const db = await makeAggregator(['CB-SOTUPHAP']);
    const wrong = await unitEnvelope('CB-SOTUPHAP', 6, 3, { exportedAt: '2035-01-01T08:00:00.000Z' });
    // It got in under a clock of 2035 (the old app accepted it).
    const in2035 = new Date('2035-01-02T00:00:00.000Z');
    await applyImport(db, await prepareImport(db, [await fileOf(wrong)], { now: in2035 }), { now: () => in2035 });
    expect(await db.unitReports.count()).toBe(1);
    const corrected = await fileOf(await unitEnvelope('CB-SOTUPHAP', 7, 8, { exportedAt: '2026-11-29T08:00:00.000Z' }));
    const problem = await expectRefused(db, [corrected], 'older_report', /Thay báo cáo đã nhập bằng tệp này/u);
    // The user chooses to replace: one step, backup first.
    let backups = 0;
    const replace = new Set([problem.details.reportKey as string]);
    const prepared = await prepareImport(db, [corrected], { now: NOW, replaceReports: replace });
    expect(prepared[0]!.status).toBe('ready');
    const results = await applyImport(db, prepared, { replaceReports: replace, beforeApply: async () => void backups++, now: () => NOW });
    expect(results[0]!.outcome).toBe('applied');
    expect(backups).toBe(1);
    const stored = await db.unitReports.toArray();
    expect(stored.map((r) => [r.exportedAt, r.summary.members])).toEqual([['2026-11-29T08:00:00.000Z', 7]]);
    // The replacement can be undone: the 2035 report comes back exactly, then is replaced again.
    const afterReplace = await dump(db);
    await undoReplacement(db, results[0]!.replaced!);
    expect((await db.unitReports.toArray()).map((r) => r.exportedAt)).toEqual(['2035-01-01T08:00:00.000Z']);
    expect((await db.reportPayloads.toArray()).map((p) => p.payload.statistics.members)).toEqual([6]);
    const again = await applyImport(db, await prepareImport(db, [corrected], { now: NOW, replaceReports: replace }), {
      replaceReports: replace,
      now: () => NOW,
    });
    expect(again[0]!.outcome).toBe('applied');
    expect((await dump(db)).unitReports.map((r) => r.sha256)).toEqual(afterReplace.unitReports.map((r) => r.sha256));

    // Remove the stored report (backup first), then undo.
    const before = await dump(db);
    const removed = await removeStoredReport(db, stored[0]!.id, { beforeChange: async () => void backups++ });
    expect(backups).toBe(2);
    expect(await db.unitReports.count()).toBe(0);
    expect(await db.reportPayloads.count()).toBe(0);
    await restoreRemoved(db, removed);
    expect(await dump(db)).toEqual(before);
    // A failing backup removes nothing.
    await expect(removeStoredReport(db, stored[0]!.id, { beforeChange: () => Promise.reject(new Error('đĩa đầy')) })).rejects.toThrow(
      /Không tạo được bản sao lưu/u,
    );
    expect(await dump(db)).toEqual(before);
    // The unit itself: refused while it has reports, unless asked, and undoable.
    const unit = (await listSubordinateUnits(db))[0]!;
    await expect(removeSubordinateUnit(db, unit.id)).rejects.toThrow(/đã có 1 báo cáo/u);
    expect(await dump(db)).toEqual(before);
    const gone = await removeSubordinateUnit(db, unit.id, { withReports: true });
    expect(await db.units.count()).toBe(1);
    await restoreRemoved(db, gone);
    expect(await dump(db)).toEqual(before);
  });
});

// ---------------------------------------------------------------- 4. unit codes

describe('4. unit codes in their normal form, national mã tổ chức đảng accepted', () => {
  it('a cell that typed "cb-thuongmai" is the committee\'s CB-THUONGMAI (no second unit, not "Chưa báo cáo")', async () => {
    const db = await makeAggregator(['CB-THUONGMAI']);
    const env = await unitEnvelope(' cb-thuongmai', 5, 2, { parentCode: 'db-cqd' });
    const { results } = await importAll(db, [await fileOf(env, 'cb-thuongmai.sng')]);
    expect(results[0]!.outcome).toBe('applied');
    expect(await db.units.count()).toBe(2);
    const d = await computeDashboard(db, '2026-11');
    expect(d.missing).toEqual([]);
    expect(d.reported.map((r) => r.unitCode)).toEqual(['CB-THUONGMAI']);
  });

  it('typed codes are trimmed, NFC and upper case; national codes are accepted beside CB-…', async () => {
    const db = await makeAggregator([]);
    await addSubordinateUnit(db, { code: '  cb-moi ', name: 'Chi bộ Mới', type: 'chi_bo_co_so' });
    await addSubordinateUnit(db, { code: '01.02.003', name: 'Chi bộ Trường Tiểu học', type: 'chi_bo_co_so' });
    await expect(addSubordinateUnit(db, { code: 'CB-MOI', name: 'Trùng', type: 'chi_bo_co_so' })).rejects.toThrow(/CB-MOI đã có/u);
    await expect(addSubordinateUnit(db, { code: 'CB THƯƠNG MẠI', name: 'X', type: 'chi_bo_co_so' })).rejects.toThrow(/mã tổ chức đảng/u);
    expect((await listSubordinateUnits(db)).map((u) => u.code).sort()).toEqual(['01.02.003', 'CB-MOI']);
    const { results } = await importAll(db, [await fileOf(await unitEnvelope('01.02.003', 4, 6))]);
    expect(results[0]!.outcome).toBe('applied');
  });
});

// ---------------------------------------------------------------- 5. messages and the exporter's own check

describe('5. no English reaches the user; the exporter checks its own file', () => {
  const ENGLISH = /\b(Too|big|small|expected|received|Invalid|input|option|string|number|must|characters?|Unrecognized|key)\b/u;
  const schemas: Array<[string, z.ZodType, unknown]> = [
    ['too_big (string)', z.object({ a: z.string().max(3) }), { a: 'abcd' }],
    ['too_small (array)', z.object({ a: z.array(z.number()).min(1) }), { a: [] }],
    ['too_big (number)', z.object({ a: z.number().max(5) }), { a: 6 }],
    ['invalid_type', z.object({ a: z.number() }), { a: 'x' }],
    ['missing', z.object({ a: z.number() }), {}],
    ['invalid_format (datetime)', z.object({ a: z.iso.datetime() }), { a: 'hôm qua' }],
    ['invalid_format (regex)', z.object({ a: z.string().regex(/^\d+$/u) }), { a: 'x' }],
    ['invalid_value', z.object({ a: z.enum(['x', 'y']) }), { a: 'z' }],
    ['invalid_value (literal)', z.object({ a: z.literal('so-neu-guong') }), { a: 'khac' }],
    ['not_multiple_of', z.object({ a: z.number().multipleOf(5) }), { a: 7 }],
    ['unrecognized_keys', z.strictObject({ a: z.number() }), { a: 1, b: 2 }],
    ['invalid_union', z.object({ a: z.union([z.number(), z.boolean()]) }), { a: 'x' }],
    ['invalid_key', z.object({ a: z.record(z.string().max(2), z.number()) }), { a: { abc: 1 } }],
    ['invalid_element', z.object({ a: z.set(z.number()) }), { a: new Set(['x']) }],
    ['custom', z.object({ a: z.number().refine((n) => n > 1) }), { a: 0 }],
    ['int', z.object({ a: z.number().int() }), { a: 1.5 }],
  ];
  for (const [name, schema, value] of schemas) {
    it(`zod issue ${name} → Vietnamese`, () => {
      const r = schema.safeParse(value);
      expect(r.success).toBe(false);
      if (r.success) return;
      const message = zodMessage(r.error).message;
      expect(message).toMatch(/Giá trị không hợp lệ ở «(a|\(gốc\))|Tệp thiếu trường bắt buộc «a»/u);
      expect(message.replace(/«[^»]*»/gu, '')).not.toMatch(ENGLISH);
    });
  }

  it('a long text in a file gives a Vietnamese message (not "Too big: expected string…")', async () => {
    const db = await makeAggregator(['CB-SOTUPHAP']);
    const env = await unitEnvelope('CB-SOTUPHAP', 6, 3);
    const problem = await expectRefused(
      db,
      [await tamper(env, (e) => void (e.payload.texts.results = 'a'.repeat(100_001)))],
      'invalid_content',
      /«payload\.texts\.results»: phải có tối đa 100\.000 ký tự/u,
    );
    expect(problem.message).not.toMatch(/Too big|expected/u);
  });

  it('the cell never saves a file its superior cannot open: encodeExport validates with the same schema', async () => {
    const { db } = await makeCell('CB-SOTUPHAP', 6, 3, 11);
    const env = await buildUnitReport(db, {
      period,
      aggregateOnly: true,
      now: NOW,
      texts: { results: 'x'.repeat(100_001), limits: '', proposals: '' },
    });
    await expect(encodeExport(env)).rejects.toThrow(
      /Chưa lưu tệp vì nơi nhận sẽ không mở được: ô «Kết quả nổi bật» — .*tối đa 100\.000 ký tự.*Hãy sửa nội dung này rồi xuất lại/u,
    );
    const ok = await buildUnitReport(db, { period, aggregateOnly: true, now: NOW, texts: { results: 'Tốt', limits: '', proposals: '' } });
    expect((await encodeExport(ok)).bytes.length).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------- 6. double counting

describe('6. overlap through consolidatedFrom', () => {
  async function setup() {
    // An intermediate committee DB-MID consolidates A (5), B (7), C (9) = 21 members.
    const mid = await makeAggregator(['CB-A', 'CB-B', 'CB-C']);
    await mid.units.update('agg-own', { code: 'DB-MID', parentCode: 'DB-CQD' });
    const a = await unitEnvelope('CB-A', 5, 1, { parentCode: 'DB-MID' });
    await importAll(mid, [
      await fileOf(a),
      await fileOf(await unitEnvelope('CB-B', 7, 2, { parentCode: 'DB-MID' })),
      await fileOf(await unitEnvelope('CB-C', 9, 3, { parentCode: 'DB-MID' })),
    ]);
    const consolidated = await buildConsolidatedReport(mid, '2026-11', { now: new Date('2026-11-29T08:00:00.000Z') });
    const top = await makeAggregator(['CB-A', 'DB-MID']);
    return { a, consolidated, top };
  }

  it("a consolidated report for A+B+C beside A's own report is refused (21 members, not 29); keeping it removes A's own", async () => {
    const { a, consolidated, top } = await setup();
    await importAll(top, [await fileOf(a)]);
    const problem = await expectRefused(
      top,
      [await fileOf(consolidated)],
      'overlap',
      /trùng với báo cáo tháng 11\/2026 đã nhập của Chi bộ CB-A.*tính hai lần.*Giữ tệp này, gỡ báo cáo trùng/su,
    );
    const keep = new Set([problem.details.reportKey as string]);
    const { results } = await importAll(top, [await fileOf(consolidated)], { dropOverlapping: keep });
    expect(results[0]!.outcome).toBe('applied');
    expect(results[0]!.changes.join(' ')).toMatch(/Gỡ báo cáo đã nhập bị trùng/u);
    const d = await computeDashboard(top, '2026-11');
    expect(d.totals.members).toBe(21);
    expect(d.totals.units).toBe(3);
    expect(await top.unitReports.count()).toBe(1);
    expect(await top.reportPayloads.count()).toBe(1);
  });

  it("A's own report after the consolidated one is refused too (the other way round), and within one batch", async () => {
    const { a, consolidated, top } = await setup();
    await importAll(top, [await fileOf(consolidated)]);
    await expectRefused(top, [await fileOf(a)], 'overlap', /báo cáo tổng hợp gồm CB-A/u);
    const fresh = await makeAggregator(['CB-A', 'DB-MID']);
    const before = await dump(fresh);
    const prepared = await prepareImport(fresh, [await fileOf(consolidated), await fileOf(a)], { now: NOW });
    expect(prepared.map((p) => p.status)).toEqual(['ready', 'error']);
    expect(prepared[1]!.status === 'error' && prepared[1]!.problem.code).toBe('overlap');
    expect(await dump(fresh)).toEqual(before);
  });

  it('drill-down below the direct units: the consolidated report lists A, B, C with their figures', async () => {
    const { consolidated, top } = await setup();
    await importAll(top, [await fileOf(consolidated)]);
    const d = await computeDashboard(top, '2026-11');
    const row = d.reported.find((r) => r.unitCode === 'DB-MID')!;
    const below = (await drillDown(top, row.reportId!))!;
    expect(below.reported.map((r) => [r.unitCode, r.statistics!.members])).toEqual([
      ['CB-A', 5],
      ['CB-B', 7],
      ['CB-C', 9],
    ]);
    expect(below.totals.members).toBe(21);
  });
});

// ---------------------------------------------------------------- 7. a whole bloc at once

describe('7. first import of a bloc: one "add all new units" step, the check done once', () => {
  it('offers every new unit once and re-plans without reading any file again', async () => {
    const db = await makeAggregator([]);
    const files = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => fileOf(await unitEnvelope(`CB-${String(i).padStart(2, '0')}`, 3 + i, i + 1))),
    );
    const before = await dump(db);
    const first = await prepareImport(db, files, { now: NOW });
    expect(first.every((p) => p.status === 'error' && p.problem.code === 'unknown_unit')).toBe(true);
    expect(await dump(db)).toEqual(before);
    const offers = unitOffers(first);
    expect(offers).toHaveLength(12);
    const addUnits = new Set(offers.map((o) => o.code));
    // Re-planning takes the files already read: the bytes are not needed any more.
    for (const f of files) f.bytes.fill(0);
    const second = await replanImport(db, first, { addUnits, now: NOW });
    expect(second.map((p) => p.status)).toEqual(Array(12).fill('ready'));
    const results = await applyImport(db, second, { addUnits, now: () => NOW });
    expect(results.every((r) => r.outcome === 'applied')).toBe(true);
    expect((await listSubordinateUnits(db)).length).toBe(12);
    expect(results[0]!.message).toMatch(/^Đã nhập báo cáo của Chi bộ CB-00 /u);
    expect(results[0]!.message).not.toMatch(/của đơn vị của/u);
  });

  it("a key for the user's choices is the normal form of the code", () => {
    expect(reportKey(' cb-a', '2026-11')).toBe('CB-A|2026-11');
  });
});

// ---------------------------------------------------------------- 8. smaller

describe('8. smaller', () => {
  it('the year view takes the December report of a unit that sent no year report', async () => {
    const db = await makeAggregator(['CB-A', 'CB-B']);
    const dec = async (code: string, members: number, seed: number, p: { year: number; month?: number }) => {
      const src = syntheticUnit({ code, name: `Chi bộ ${code}`, parentCode: 'DB-CQD', members, year: 2026, months: 12, seed });
      return fileOf(
        (await buildEnvelope({
          kind: 'unit_report',
          schemaVersion: 2,
          appVersion: '0.1.0',
          exportedAt: '2026-12-28T08:00:00.000Z',
          unit: { code, name: `Chi bộ ${code}`, parentCode: 'DB-CQD' },
          period: p,
          payload: buildUnitReportPayload(src, p, { aggregateOnly: true }),
        })) as UnitReportEnvelope,
      );
    };
    const at = new Date('2026-12-29T08:00:00.000Z');
    const prepared = await prepareImport(
      db,
      [await dec('CB-A', 5, 1, { year: 2026, month: 12 }), await dec('CB-B', 8, 2, { year: 2026 })],
      { now: at },
    );
    await applyImport(db, prepared, { now: () => at });
    const d = await computeDashboard(db, '2026');
    expect(d.missing).toEqual([]);
    expect(d.reported.map((r) => [r.unitCode, r.sourcePeriodKey])).toEqual([
      ['CB-A', '2026-12'],
      ['CB-B', '2026'],
    ]);
    expect(d.totals.members).toBe(13);
  });

  it("a November entered item by item counts as a reported month in the cell's report (not 0)", async () => {
    const { db, source } = await makeCell('CB-SOTUPHAP', 6, 3, 11);
    const november = source.monthly.filter((a) => a.period === '2026-11');
    expect(november.length).toBeGreaterThan(0);
    // Entered in the monthly grid item by item: item levels, no overall level.
    await db.monthlyAssessments.bulkPut(
      november.map((a) => ({
        ...a,
        overallLevel: undefined,
        results: [
          { itemId: 'i1', level: 'tot' },
          { itemId: 'i2', level: 'kha' },
        ],
      })),
    );
    const env = await buildUnitReport(db, { period, aggregateOnly: true, now: NOW });
    expect(env.payload.statistics.reportedMonths).toContain(11);
    expect(env.payload.statistics.monthlyLevels.kha).toBeGreaterThanOrEqual(november.length);
  });

  it('the unit list is sorted by name (Vietnamese order)', async () => {
    const db = await makeAggregator([]);
    for (const [code, name] of [
      ['CB-3', 'Chi bộ Đông Hà'],
      ['CB-1', 'Chi bộ An Phú'],
      ['CB-2', 'Chi bộ Bình Minh'],
    ]) {
      await addSubordinateUnit(db, { code: code!, name: name!, type: 'chi_bo_co_so' });
    }
    expect((await listSubordinateUnits(db)).map((u) => u.code)).toEqual(['CB-1', 'CB-2', 'CB-3']);
  });

  it('a truncated encrypted file with the right passphrase is not reported as a wrong passphrase', async () => {
    const db = await makeAggregator(['CB-SOTUPHAP']);
    const bytes = await encodeEnvelope(await unitEnvelope('CB-SOTUPHAP', 6, 3), { passphrase: 'đúng rồi', iterations: 1000 });
    await expectRefused(
      db,
      [{ name: 'cut.sng', bytes: bytes.slice(0, bytes.length - 200) }],
      'truncated_encrypted',
      /Mật khẩu đúng, nhưng tệp mã hóa bị cắt cụt/u,
      {
        passphrase: 'đúng rồi',
      } as PlanOptions,
    );
    await expectRefused(db, [{ name: 'cut.sng', bytes }], 'wrong_passphrase', /Mật khẩu không đúng/u, {
      passphrase: 'sai rồi',
    } as PlanOptions);
  });

  it('a binary file named .sng is not told to "choose a file ending in .sng"', async () => {
    const db = await makeAggregator();
    const problem = await expectRefused(
      db,
      [{ name: 'x.sng', bytes: new Uint8Array([0x7b, 0xff, 0xfe, 0x00]) }],
      'not_utf8',
      /bị hỏng hoặc là một loại tệp khác/u,
    );
    expect(problem.message).not.toMatch(/Hãy chọn tệp có đuôi \.sng/u);
  });
});
