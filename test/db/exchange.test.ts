import { describe, expect, it } from 'vitest';
import { encodeEnvelope, type UnitReportEnvelope } from '../../src-renderer/core/exchange';
import { applyImport, buildRoster, buildUnitReport, encodeExport, prepareImport } from '../../src-renderer/db/exchange';
import { dump, makeAggregator, makeCell, reseal } from './exchange-helpers';

const NOV = { year: 2026, month: 11 };

async function novemberFile(code = 'CB-SOTUPHAP', exportedAt = '2026-11-28T08:00:00.000Z', members = 12) {
  const { db } = await makeCell(code, members);
  const env = await buildUnitReport(db, { period: NOV, aggregateOnly: false, now: new Date(exportedAt) });
  db.close();
  return env;
}

describe('export of a unit report', () => {
  it('names the file and counts what will be sent', async () => {
    const env = await novemberFile();
    const out = await encodeExport(env);
    expect(out.fileName).toBe('CB-SOTUPHAP_bao-cao_2026-11.sng');
    expect(env.counts).toEqual({ members: 12, pledges: 12, monthly: 132, meetings: 11, yearReviews: 12, commendations: 1 });
  });
});

describe('import of unit reports in aggregator mode', () => {
  it('imports, stores one record with its summary, logs, and re-import changes nothing', async () => {
    const env = await novemberFile();
    const agg = await makeAggregator();
    const file = { name: 'a.sng', bytes: await encodeEnvelope(env) };
    const prepared = await prepareImport(agg, [file]);
    expect(prepared[0]!.status).toBe('ready');
    let backups = 0;
    const results = await applyImport(agg, prepared, { beforeApply: async () => void backups++ });
    expect(results[0]!.outcome).toBe('applied');
    expect(backups).toBe(1);
    const stored = await agg.unitReports.toArray();
    expect(stored).toHaveLength(1);
    expect((await agg.reportPayloads.get(stored[0]!.id))!.payload).toEqual(env.payload);
    expect(stored[0]!.summary.members).toBe(12);
    expect(stored[0]!.detail).toBe('members');
    expect(await agg.importLog.count()).toBe(1);

    const before = await dump(agg);
    const again = await prepareImport(agg, [file]);
    expect(again[0]!.status === 'ready' && again[0]!.plan.action).toBe('unchanged');
    const r2 = await applyImport(agg, again, { beforeApply: async () => void backups++ });
    expect(r2[0]!.outcome).toBe('unchanged');
    expect(r2[0]!.message).toMatch(/đã được nhập/u);
    expect(backups).toBe(1);
    expect(await dump(agg)).toEqual(before);
  });

  it('a newer report replaces the older one; an older one is refused showing both dates', async () => {
    const older = await novemberFile('CB-SOTUPHAP', '2026-11-20T08:00:00.000Z');
    const newer = await novemberFile('CB-SOTUPHAP', '2026-11-28T08:00:00.000Z', 13);
    const agg = await makeAggregator();
    await applyImport(agg, await prepareImport(agg, [{ name: 'old.sng', bytes: await encodeEnvelope(older) }]));
    const p = await prepareImport(agg, [{ name: 'new.sng', bytes: await encodeEnvelope(newer) }]);
    expect(p[0]!.status).toBe('ready');
    if (p[0]!.status === 'ready') expect(p[0]!.plan.changes.join(' ')).toMatch(/Thay báo cáo tháng 11\/2026/u);
    await applyImport(agg, p);
    const stored = await agg.unitReports.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.exportedAt).toBe('2026-11-28T08:00:00.000Z');
    expect((stored[0]!.summary as { members: number }).members).toBe(13);

    const before = await dump(agg);
    const refused = await prepareImport(agg, [{ name: 'old.sng', bytes: await encodeEnvelope(older) }]);
    expect(refused[0]!.status).toBe('error');
    if (refused[0]!.status === 'error') {
      expect(refused[0]!.problem.code).toBe('older_report');
      expect(refused[0]!.problem.message).toMatch(/20\/11\/2026/u);
      expect(refused[0]!.problem.message).toMatch(/28\/11\/2026/u);
    }
    const r = await applyImport(agg, refused);
    expect(r[0]!.outcome).toBe('refused');
    expect(await dump(agg)).toEqual(before);
  });

  it('offers to add an unknown unit and adds it in the same transaction when accepted', async () => {
    const env = await novemberFile('CB-MOI');
    const agg = await makeAggregator([]);
    const file = { name: 'moi.sng', bytes: await encodeEnvelope(env) };
    const before = await dump(agg);
    const p = await prepareImport(agg, [file]);
    expect(p[0]!.status === 'error' && p[0]!.problem.code).toBe('unknown_unit');
    if (p[0]!.status === 'error')
      expect(p[0]!.problem.details.offer).toEqual({ code: 'CB-MOI', name: 'Chi bộ CB-MOI', parentCode: 'DB-CQD' });
    await applyImport(agg, p);
    expect(await dump(agg)).toEqual(before);
    const accepted = await prepareImport(agg, [file], { addUnits: new Set(['CB-MOI']) });
    expect(accepted[0]!.status).toBe('ready');
    await applyImport(agg, accepted, { addUnits: new Set(['CB-MOI']) });
    expect(await agg.units.where('code').equals('CB-MOI').count()).toBe(1);
    expect(await agg.unitReports.count()).toBe(1);
  });

  it('several files at once report per file, with progress', async () => {
    const a = await novemberFile('CB-A');
    const b = await novemberFile('CB-B');
    const agg = await makeAggregator(['CB-A', 'CB-B']);
    const progress: number[] = [];
    const p = await prepareImport(
      agg,
      [
        { name: 'a.sng', bytes: await encodeEnvelope(a) },
        { name: 'rac.sng', bytes: new TextEncoder().encode('xin chào') },
        { name: 'b.sng', bytes: await encodeEnvelope(b, { passphrase: 'mật khẩu', iterations: 1000 }) },
      ],
      { passphrase: 'mật khẩu', onProgress: (d) => progress.push(d) },
    );
    expect(progress).toEqual([1, 2, 3]);
    expect(p.map((x) => x.status)).toEqual(['ready', 'error', 'ready']);
    const r = await applyImport(agg, p);
    expect(r.map((x) => x.outcome)).toEqual(['applied', 'refused', 'applied']);
    expect(await agg.unitReports.count()).toBe(2);
  });

  it('a failing backup hook stops everything', async () => {
    const env = await novemberFile();
    const agg = await makeAggregator();
    const before = await dump(agg);
    const p = await prepareImport(agg, [{ name: 'a.sng', bytes: await encodeEnvelope(env) }]);
    const r = await applyImport(agg, p, {
      beforeApply: async () => {
        throw new Error('disk full');
      },
    });
    expect(r[0]!.outcome).toBe('refused');
    expect(r[0]!.message).toMatch(/sao lưu/u);
    expect(await dump(agg)).toEqual(before);
  });

  it('a cell refuses unit reports (wrong mode)', async () => {
    const env = await novemberFile();
    const { db } = await makeCell('CB-KHAC');
    const before = await dump(db);
    const p = await prepareImport(db, [{ name: 'a.sng', bytes: await encodeEnvelope(env) }]);
    expect(p[0]!.status === 'error' && p[0]!.problem.code).toBe('wrong_mode');
    await applyImport(db, p);
    expect(await dump(db)).toEqual(before);
  });
});

describe('tampered unit reports are refused and change nothing', () => {
  it('statistics that disagree with the member records', async () => {
    const env = structuredClone(await novemberFile()) as UnitReportEnvelope;
    env.payload.statistics.members = 999;
    const agg = await makeAggregator();
    const before = await dump(agg);
    const p = await prepareImport(agg, [{ name: 'x.sng', bytes: await reseal(env as unknown as Record<string, unknown>) }]);
    expect(p[0]!.status === 'error' && p[0]!.problem.code).toBe('statistics_mismatch');
    await applyImport(agg, p);
    expect(await dump(agg)).toEqual(before);
  });
});

describe('roster', () => {
  it('round-trips every member record exactly into the same unit on another machine', async () => {
    const { db, source } = await makeCell('CB-SOTUPHAP', 15);
    const env = await buildRoster(db);
    const target = (await makeCell('CB-SOTUPHAP', 0, 1)).db;
    const p = await prepareImport(target, [{ name: 'ds.sng', bytes: await encodeEnvelope(env) }]);
    expect(p[0]!.status).toBe('ready');
    await applyImport(target, p);
    expect(await target.members.orderBy('id').toArray()).toEqual([...source.members].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });
});
