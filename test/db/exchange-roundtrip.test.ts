/** Property tests: export → import round-trips every stored record exactly. */
import fc from 'fast-check';
import { RUBRIC_PRESETS } from '../../src-renderer/core/meetings';
import { MONTHLY_SCALE_PRESETS } from '../../src-renderer/core/monthly';
import { PLEDGE_FRAMEWORK_PRESETS } from '../../src-renderer/core/pledges';
import { describe, expect, it } from 'vitest';
import { buildEnvelope, encodeEnvelope, readExchangeFile } from '../../src-renderer/core/exchange';
import type { Member, MonthlyAssessment, PledgeForm, RuleSet, YearReview } from '../../src-renderer/core/model';
import { applyImport, buildFrameworkPackage, buildRoster, buildUnitReport, prepareImport } from '../../src-renderer/db/exchange';
import { cellSource, dump, freshDb, makeAggregator, seedCell } from './exchange-helpers';

const nfcString = (max = 40) => fc.string({ unit: 'grapheme', maxLength: max }).map((s) => s.normalize('NFC'));
const name = fc.constantFrom('Nguyễn Thị Ngọc Yến', 'Trần Văn Ẩn', 'Tôn Nữ Thị Hà', '<script>alert("x")</script>', 'Lê Ỷ');
const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const stamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

function memberArb(unitId: string): fc.Arbitrary<Member> {
  return fc.record(
    {
      id: fc.uuid(),
      unitId: fc.constant(unitId),
      fullName: fc.oneof(
        name,
        nfcString().filter((s) => s.length > 0),
      ),
      familyName: nfcString(10),
      middleName: nfcString(10),
      givenName: nfcString(10),
      nameSplitOverride: fc.boolean(),
      searchKey: nfcString(),
      gender: opt(fc.constantFrom('nam' as const, 'nu' as const)),
      birthDate: opt(isoDate),
      admissionDate: opt(isoDate),
      fullMembershipDate: opt(isoDate),
      cardNumber: opt(fc.stringMatching(/^[0-9]{8,12}$/u)),
      partyPosition: fc.constantFrom('bi_thu' as const, 'pho_bi_thu' as const, 'chi_uy_vien' as const, 'dang_vien' as const),
      govPosition: opt(nfcString()),
      massOrgPosition: opt(nfcString()),
      workplace: opt(nfcString()),
      residence: opt(nfcString()),
      isLeader: fc.boolean(),
      inPoliticalSystem: fc.boolean(),
      statusPeriods: fc.array(
        fc.record({
          id: fc.uuid(),
          kind: fc.constantFrom(
            'du_bi' as const,
            'chinh_thuc' as const,
            'mien_sinh_hoat' as const,
            'dinh_chi' as const,
            'chuyen_den' as const,
          ),
          from: isoDate,
          to: opt(isoDate),
          reason: opt(nfcString()),
        }),
        { maxLength: 3 },
      ),
      note: opt(nfcString(200)),
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      requiredKeys: [
        'id',
        'unitId',
        'fullName',
        'familyName',
        'middleName',
        'givenName',
        'nameSplitOverride',
        'searchKey',
        'partyPosition',
        'isLeader',
        'inPoliticalSystem',
        'statusPeriods',
        'createdAt',
        'updatedAt',
      ],
    },
  ) as fc.Arbitrary<Member>;
}

describe('round trips (fast-check)', () => {
  it('unit report: every exported record arrives exactly, and the stored summary matches', async () => {
    const base = cellSource('CB-SOTUPHAP', 0, 5, 11);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(memberArb(base.unit.id), { minLength: 1, maxLength: 6, selector: (m) => m.id }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.integer({ min: 1, max: 11 }),
            opt(fc.constantFrom('tot', 'kha', 'trung_binh', 'kem')),
            fc.boolean(),
            fc.boolean(),
          ),
          { maxLength: 20 },
        ),
        fc.array(
          fc.tuple(fc.nat(), fc.constantFrom('xuat_sac' as const, 'tot' as const, 'hoan_thanh' as const, 'khong_hoan_thanh' as const)),
          { maxLength: 6 },
        ),
        fc.boolean(),
        async (members, monthlyRaw, reviewRaw, aggregateOnly) => {
          const seen = new Set<string>();
          const monthly: MonthlyAssessment[] = [];
          for (const [i, [mi, mo, level, praised, reminded]] of monthlyRaw.entries()) {
            const member = members[mi % members.length]!;
            const period = `2026-${String(mo).padStart(2, '0')}`;
            if (seen.has(member.id + period)) continue;
            seen.add(member.id + period);
            monthly.push({
              id: `m-${i}`,
              memberId: member.id,
              unitId: base.unit.id,
              period,
              scaleCode: 'S',
              overallLevel: level,
              results: [],
              praised,
              reminded,
              updatedAt: '2026-11-01T00:00:00.000Z',
            });
          }
          const reviewed = new Set<string>();
          const yearReviews: YearReview[] = [];
          for (const [i, [mi, level]] of reviewRaw.entries()) {
            const member = members[mi % members.length]!;
            if (reviewed.has(member.id)) continue;
            reviewed.add(member.id);
            yearReviews.push({
              id: `r-${i}`,
              memberId: member.id,
              unitId: base.unit.id,
              year: 2026,
              reviewDate: '2026-12-10',
              formVariant: '2B',
              sections: {},
              forcedFailure: [],
              finalLevel: level,
              updatedAt: '2026-12-10T00:00:00.000Z',
            });
          }
          const pledgeForms: PledgeForm[] = members
            .slice(0, 2)
            .map((m, i) => ({ ...base.pledgeForms[0]!, ...cellSource('X', 1).pledgeForms[0]!, id: `p-${i}`, memberId: m.id }));
          const cell = freshDb();
          await seedCell(cell, { ...base, members, monthly, yearReviews, pledgeForms, commendations: [] });
          const env = await buildUnitReport(cell, { period: { year: 2026, month: 11 }, aggregateOnly });
          const agg = await makeAggregator(['CB-SOTUPHAP']);
          const prepared = await prepareImport(agg, [{ name: 'f.sng', bytes: await encodeEnvelope(env) }]);
          expect(prepared[0]!.status).toBe('ready');
          await applyImport(agg, prepared);
          const stored = await agg.unitReports.toArray();
          expect(stored).toHaveLength(1);
          const storedPayload = (await agg.reportPayloads.get(stored[0]!.id))!.payload;
          expect(storedPayload).toEqual(env.payload);
          expect(stored[0]!.summary).toEqual(env.payload.statistics);
          if (!aggregateOnly) {
            // every member-level record of the cell that belongs to the period is in the stored payload
            const payloadMonthly = storedPayload.monthly!;
            const onRollsMonthly = monthly.filter((a) => payloadMonthly.some((p) => p.id === a.id));
            for (const a of onRollsMonthly) {
              const p = payloadMonthly.find((x) => x.id === a.id)!;
              expect(p).toMatchObject({ memberId: a.memberId, period: a.period, praised: a.praised, reminded: a.reminded });
              expect(p.overallLevel).toBe(a.overallLevel);
            }
            for (const m of storedPayload.members!) {
              const src = members.find((x) => x.id === m.id)!;
              expect(m.fullName).toBe(src.fullName);
              expect(m.statusPeriods).toEqual(src.statusPeriods);
            }
          }
          cell.close();
          agg.close();
        },
      ),
      { numRuns: 15 },
    );
  });

  it('roster: every member record round-trips exactly', async () => {
    const base = cellSource('CB-SOTUPHAP', 0, 7);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(memberArb(base.unit.id), { maxLength: 8, selector: (m) => m.id }), async (members) => {
        const cell = freshDb();
        await seedCell(cell, { ...base, members });
        const env = await buildRoster(cell);
        const target = freshDb();
        await seedCell(target, { ...base, members: [] });
        const p = await prepareImport(target, [{ name: 'ds.sng', bytes: await encodeEnvelope(env, { compress: true }) }]);
        await applyImport(target, p);
        expect((await dump(target)).members).toEqual(await cell.members.orderBy('id').toArray());
        cell.close();
        target.close();
      }),
      { numRuns: 15 },
    );
  });

  it('framework package: every rule set round-trips exactly (as a superior rule set)', async () => {
    // Rule data must match its kind (core/rules validates packages on import): take a preset's data.
    const ruleSetArb = fc
      .record({
        id: fc.uuid(),
        preset: fc.constantFrom(...PLEDGE_FRAMEWORK_PRESETS, ...MONTHLY_SCALE_PRESETS, ...RUBRIC_PRESETS),
        code: fc.stringMatching(/^[A-Z0-9-]{2,12}$/u),
        name: nfcString(30).filter((s) => s.length > 0),
        version: fc.integer({ min: 1, max: 9 }),
        validFrom: isoDate,
        source: fc.constant('local' as const),
        updatedAt: stamp,
      })
      .map(({ preset, ...r }) => ({ ...r, kind: preset.kind, data: structuredClone(preset.data) }) as RuleSet);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(ruleSetArb, { minLength: 1, maxLength: 5, selector: (r) => `${r.kind}${r.code}${r.version}` }),
        async (ruleSets) => {
          const ids = new Set(ruleSets.map((r) => r.id));
          if (ids.size !== ruleSets.length) return;
          const agg = await makeAggregator([]);
          await agg.ruleSets.bulkPut(ruleSets);
          const env = await buildFrameworkPackage(agg, {
            year: 2027,
            ruleSetIds: ruleSets.map((r) => r.id),
            deadlines: { pledgeRegistrationBy: '2027-01-31', monthlyReportDay: 5 },
          });
          const cell = freshDb();
          const src = cellSource('CB-SOTUPHAP', 0, 2);
          await seedCell(cell, { ...src, unit: { ...src.unit, parentCode: 'DB-CQD' } });
          const p = await prepareImport(cell, [{ name: 'k.sng', bytes: await encodeEnvelope(env) }]);
          expect(p[0]!.status).toBe('ready');
          await applyImport(cell, p);
          for (const r of ruleSets) expect(await cell.ruleSets.get(r.id)).toEqual({ ...r, source: 'superior' });
          const deadlines = await cell.ruleSets.where('kind').equals('deadlines').toArray();
          expect(deadlines).toHaveLength(1);
          expect(deadlines[0]!.data).toEqual({ pledgeRegistrationBy: '2027-01-31', monthlyReportDay: 5 });
          // importing the same package again changes nothing
          const before = await dump(cell);
          const again = await prepareImport(cell, [{ name: 'k.sng', bytes: await encodeEnvelope(env) }]);
          expect(again[0]!.status === 'ready' && again[0]!.plan.action).toBe('unchanged');
          await applyImport(cell, again);
          expect(await dump(cell)).toEqual(before);
          agg.close();
          cell.close();
        },
      ),
      { numRuns: 10 },
    );
  });

  it('full backup envelope: any table rows round-trip exactly through the codec', async () => {
    const row = fc.record({
      id: fc.uuid(),
      text: nfcString(60),
      n: fc.integer(),
      flag: fc.boolean(),
      nested: fc.array(fc.record({ a: nfcString(10) }), { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { maxLength: 10, selector: (r) => r.id }), fc.boolean(), async (rows, compress) => {
        const env = await buildEnvelope({
          kind: 'full_backup',
          schemaVersion: 1,
          appVersion: '0.1.0',
          exportedAt: '2026-11-28T00:00:00.000Z',
          unit: { code: 'CB', name: 'Chi bộ' },
          period: { year: 2026 },
          payload: { databaseSchemaVersion: 1, tables: { members: rows } },
        });
        const read = await readExchangeFile(await encodeEnvelope(env, { compress }));
        expect((read.envelope.payload as { tables: Record<string, unknown> }).tables.members).toEqual(rows);
      }),
      { numRuns: 40 },
    );
  });
});
