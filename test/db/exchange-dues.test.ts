/**
 * The unit report carries the year's đảng phí totals (issue 20): built from the cell's sheets, named
 * detail only with member detail; the aggregator stores the month totals with the summary, sums
 * them over units, lists who has not reported, and passes the sums (no names) upward. The format
 * stays version 1: the field is optional and an older app drops what it does not know.
 */
import { describe, expect, it } from 'vitest';
import { DUES_GROUP, sumDuesMonths, type DuesPayment } from '../../src-renderer/core/dues';
import {
  FORMAT_VERSION,
  UnitReportEnvelopeSchema,
  UnitReportPayloadSchema,
  encodeEnvelope,
  readExchangeFile,
  type UnitReportEnvelope,
} from '../../src-renderer/core/exchange';
import { buildConsolidatedReport, computeDuesDashboard, getReportPayload } from '../../src-renderer/db/aggregator';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { saveBasisEntries, saveDuesEdits } from '../../src-renderer/db/dues';
import { applyImport, buildUnitReport, prepareImport } from '../../src-renderer/db/exchange';
import { makeAggregator, makeCell, reseal } from './exchange-helpers';

const NOW = new Date('2026-11-28T09:00:00.000Z');
const PERIOD = { year: 2026, month: 11 };

/** A cell whose members pay 1% of 8.000.000 each month Jan–Nov, except the last member (nothing from September). */
async function duesCell(code: string, members: number, seed: number) {
  const { db, source } = await makeCell(code, members, seed, 11);
  await saveBasisEntries(
    db,
    source.members.map((m) => ({ member: m, entry: { from: '2026-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_000_000 } })),
  );
  const put: DuesPayment[] = [];
  source.members.forEach((m, i) => {
    for (let mo = 1; mo <= 11; mo += 1) {
      if (i === members - 1 && mo >= 9) continue;
      const period = `2026-${String(mo).padStart(2, '0')}`;
      put.push({
        id: `${m.id}-${period}`,
        memberId: m.id,
        period,
        coversFrom: period,
        coversThrough: period,
        amount: 80_000,
        paidOn: `${period}-05`,
        channel: mo % 2 ? 'cong_dvc' : 'tien_mat',
      });
    }
  });
  await saveDuesEdits(db, { unitId: source.unit.id, put });
  return { db, source };
}

async function importInto(agg: SoNeuGuongDb, env: UnitReportEnvelope, name = 'r.sng') {
  const prepared = await prepareImport(agg, [{ name, bytes: await encodeEnvelope(env, { compress: true }) }], { now: NOW });
  expect(prepared[0]!.status, JSON.stringify(prepared[0])).toBe('ready');
  const [result] = await applyImport(agg, prepared, { now: () => NOW });
  expect(result!.outcome).toBe('applied');
}

describe('unit report with đảng phí', () => {
  it('aggregate-only: the month totals, no names; with member detail: each member’s months', async () => {
    const { db, source } = await duesCell('CB-SOTUPHAP', 6, 1);
    const agg = await buildUnitReport(db, { period: PERIOD, aggregateOnly: true, now: NOW });
    const dues = agg.payload.dues!;
    expect(dues.year).toBe(2026);
    expect(dues.months.map((m) => m.period)).toEqual(Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(dues.members).toBeUndefined();
    expect(dues.months[0]).toMatchObject({
      owedMembers: 6,
      paidMembers: 6,
      collected: 480_000,
      collectedByChannel: { cong_dvc: 480_000, tien_mat: 0, unknown: 0 },
    });
    expect(dues.months[10]).toMatchObject({ owedMembers: 6, paidMembers: 5, unpaidMembers: 1, collected: 400_000 });
    const detailed = await buildUnitReport(db, { period: PERIOD, aggregateOnly: false, now: NOW });
    expect(detailed.payload.dues!.members).toHaveLength(6);
    const last = source.members[5]!;
    expect(
      detailed.payload
        .dues!.members!.find((m) => m.memberId === last.id)!
        .months.filter((m) => m.status === 'unpaid')
        .map((m) => m.period),
    ).toEqual(['2026-09', '2026-10']);
    db.close();
  });

  it('a cell that keeps no dues in the app sends no dues part (reports as before)', async () => {
    const { db } = await makeCell('CB-KHAC', 4, 2, 11);
    const env = await buildUnitReport(db, { period: PERIOD, aggregateOnly: true, now: NOW });
    expect('dues' in env.payload).toBe(false);
    db.close();
  });

  it('the aggregator stores the month totals, sums them over units, lists who has not reported, and passes the sums upward', async () => {
    const a = await duesCell('CB-SOTUPHAP', 6, 1);
    const b = await duesCell('CB-VPTU', 9, 3);
    const c = await makeCell('CB-BTG', 5, 4, 11);
    const agg = await makeAggregator(['CB-SOTUPHAP', 'CB-VPTU', 'CB-BTG', 'CB-CHUAGUI']);
    const envA = await buildUnitReport(a.db, { period: PERIOD, aggregateOnly: true, now: NOW });
    const envB = await buildUnitReport(b.db, { period: PERIOD, aggregateOnly: false, now: NOW });
    const envC = await buildUnitReport(c.db, { period: PERIOD, aggregateOnly: true, now: NOW });
    await importInto(agg, envA, 'a.sng');
    await importInto(agg, envB, 'b.sng');
    await importInto(agg, envC, 'c.sng');
    const stored = await agg.unitReports.where('unitCode').equals('CB-VPTU').first();
    expect(stored!.dues).toEqual(envB.payload.dues!.months);
    expect((await getReportPayload(agg, stored!.id))!.dues!.members).toHaveLength(9);
    const d = (await computeDuesDashboard(agg, '2026-11'))!;
    expect(d.period).toBe('2026-11');
    expect(d.reported.sort()).toEqual(['CB-SOTUPHAP', 'CB-VPTU']);
    expect(d.missing.map((m) => m.unitCode).sort()).toEqual(['CB-BTG', 'CB-CHUAGUI']);
    const nov = sumDuesMonths([envA.payload.dues!.months[10]!, envB.payload.dues!.months[10]!], '2026-11');
    expect(d.month).toEqual(nov);
    expect(d.month).toMatchObject({ owedMembers: 15, paidMembers: 13, collected: 1_040_000 });
    expect(d.months).toHaveLength(11);
    // Upward: the sums, no member detail.
    const up = await buildConsolidatedReport(agg, '2026-11', { now: NOW });
    expect(up.payload.dues!.months[10]).toEqual(nov);
    expect(up.payload.dues!.members).toBeUndefined();
    expect((await readExchangeFile(await encodeEnvelope(up))).envelope.kind).toBe('unit_report');
    for (const x of [a.db, b.db, c.db, agg]) x.close();
  });
});

describe('compatibility and checks of the dues part', () => {
  it('format version 1 is kept; unknown keys are dropped by the zod objects (what an older app does with `dues`)', async () => {
    expect(FORMAT_VERSION).toBe(1);
    const { db } = await duesCell('CB-SOTUPHAP', 3, 5);
    const env = await buildUnitReport(db, { period: PERIOD, aggregateOnly: true, now: NOW });
    // An app of this version reading a file with a field from a later app: accepted, the field dropped, checksum still good.
    const withFuture = JSON.parse(JSON.stringify(env)) as Record<string, Record<string, unknown>>;
    withFuture.payload!.truongMoi = { x: 1 };
    (withFuture.payload!.dues as Record<string, unknown>).truongMoi = 'y';
    const read = await readExchangeFile(await reseal(withFuture));
    if (read.envelope.kind !== 'unit_report') throw new Error('kind');
    expect(read.envelope.payload).not.toHaveProperty('truongMoi');
    expect(read.envelope.payload.dues).not.toHaveProperty('truongMoi');
    expect(read.envelope.payload.dues!.months).toEqual(env.payload.dues!.months);
    // An older app's schema (the payload without `dues`) reads this app's file: parsed, `dues` dropped.
    const OlderEnvelope = UnitReportEnvelopeSchema.extend({ payload: UnitReportPayloadSchema.omit({ dues: true }) });
    const older = OlderEnvelope.parse(JSON.parse(JSON.stringify(env)));
    expect(older.payload).not.toHaveProperty('dues');
    db.close();
  });

  it('refuses a report whose dues months do not add up, or names that an aggregate-only report must not carry', async () => {
    const { db } = await duesCell('CB-SOTUPHAP', 4, 6);
    const env = await buildUnitReport(db, { period: PERIOD, aggregateOnly: true, now: NOW });
    const bad = JSON.parse(JSON.stringify(env)) as UnitReportEnvelope;
    bad.payload.dues!.months[2]!.paidMembers += 1;
    await expect(readExchangeFile(await reseal(bad as never))).rejects.toThrow(/phần đảng phí/u);
    const channels = JSON.parse(JSON.stringify(env)) as UnitReportEnvelope;
    channels.payload.dues!.months[0]!.collectedByChannel.tien_mat += 1_000;
    await expect(readExchangeFile(await reseal(channels as never))).rejects.toThrow(/theo hình thức/u);
    const named = JSON.parse(JSON.stringify(env)) as UnitReportEnvelope;
    named.payload.dues!.members = [{ memberId: 'x', name: 'Nguyễn Văn A', months: [] }];
    await expect(readExchangeFile(await reseal(named as never))).rejects.toThrow(/danh sách từng người/u);
    const later = JSON.parse(JSON.stringify(env)) as UnitReportEnvelope;
    later.payload.dues!.months.push({ ...later.payload.dues!.months[10]!, period: '2026-12' });
    await expect(readExchangeFile(await reseal(later as never))).rejects.toThrow(/ngoài kỳ báo cáo/u);
    db.close();
  });
});
