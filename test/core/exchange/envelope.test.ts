import { describe, expect, it } from 'vitest';
import {
  buildEnvelope,
  buildUnitReportPayload,
  canonicalJson,
  encodeEnvelope,
  exchangeFileName,
  ExchangeError,
  readExchangeFile,
  sha256Hex,
  type Envelope,
} from '../../../src-renderer/core/exchange';
import { syntheticUnit } from '../../fixtures/synthetic-units';

async function reportEnvelope(members = 60, months = 12, aggregateOnly = false): Promise<Envelope> {
  const src = syntheticUnit({ code: 'CB-SOTUPHAP', name: 'Chi bộ Sở Tư pháp', parentCode: 'DB-CQD', members, year: 2026, months });
  const period = months === 12 ? { year: 2026 } : { year: 2026, month: months };
  return buildEnvelope({
    kind: 'unit_report',
    schemaVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-28T08:00:00.000Z',
    unit: { code: 'CB-SOTUPHAP', name: 'Chi bộ Sở Tư pháp', parentCode: 'DB-CQD' },
    period,
    payload: buildUnitReportPayload(src, period, { aggregateOnly }),
  });
}

async function expectCode(p: Promise<unknown>, code: string): Promise<ExchangeError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ExchangeError);
    expect((e as ExchangeError).code).toBe(code);
    expect((e as ExchangeError).message.length).toBeGreaterThan(20);
    return e as ExchangeError;
  }
  throw new Error(`expected ${code}`);
}

const text = (s: string) => new TextEncoder().encode(s);

describe('unit report envelope', () => {
  it('names the file after unit, kind and period', async () => {
    const env = await reportEnvelope(5, 11);
    expect(exchangeFileName(env)).toBe('CB-SOTUPHAP_bao-cao_2026-11.sng');
  });

  it('round-trips plain and gzip files and verifies the checksum', async () => {
    const env = await reportEnvelope(10, 11);
    for (const compress of [false, true]) {
      const bytes = await encodeEnvelope(env, { compress });
      const read = await readExchangeFile(bytes);
      expect(read.envelope).toEqual(env);
      expect(read.compressed).toBe(compress);
      const { sha256, ...rest } = env;
      expect(await sha256Hex(canonicalJson(rest))).toBe(sha256);
    }
  });

  it('a 60-member unit-year report gzips to at most 150 KB', async () => {
    const env = await reportEnvelope(60, 12);
    const bytes = await encodeEnvelope(env, { compress: true });
    expect(env.counts.monthly).toBe(720);
    expect(bytes.length).toBeLessThanOrEqual(150 * 1024);
  });

  it('computes the statistics of the unit', async () => {
    const env = await reportEnvelope(20, 12);
    if (env.kind !== 'unit_report') throw new Error('kind');
    const s = env.payload.statistics;
    expect(s.members).toBe(20);
    expect(s.registered).toBe(20);
    expect(s.rated).toBe(20);
    expect(s.levels.xuat_sac + s.levels.tot + s.levels.hoan_thanh + s.levels.khong_hoan_thanh).toBe(20);
    expect(s.reportedMonths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(s.meetings).toBe(12);
  });

  it('aggregate-only reports carry no member records', async () => {
    const env = await reportEnvelope(10, 11, true);
    if (env.kind !== 'unit_report') throw new Error('kind');
    expect(env.payload.members).toBeUndefined();
    expect(env.payload.monthly).toBeUndefined();
    expect(env.payload.statistics.members).toBe(10);
    const read = await readExchangeFile(await encodeEnvelope(env));
    expect(read.envelope).toEqual(env);
  });

  it('refuses white-space changes as alterations', async () => {
    const env = await reportEnvelope(3, 2);
    const t = canonicalJson(env);
    await expectCode(readExchangeFile(text(t.replace('{', '{ '))), 'altered');
  });

  it('refuses a changed value with a checksum message', async () => {
    const env = await reportEnvelope(3, 2);
    const t = canonicalJson(env).replace('"appVersion":"0.1.0"', '"appVersion":"0.1.1"');
    await expectCode(readExchangeFile(text(t)), 'checksum_mismatch');
  });
});

describe('isCanonicalText (fast canonical check)', () => {
  it('agrees with canonicalJson(parse(text)) === text, integer-like keys included', async () => {
    const { canonicalJson, isCanonicalText } = await import('../../../src-renderer/core/exchange');
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 2 }), (value, form) => {
        const text = form === 0 ? JSON.stringify(value, null, 1) : form === 1 ? canonicalJson(value) : JSON.stringify(value);
        const parsed: unknown = JSON.parse(text);
        expect(isCanonicalText(parsed, text)).toBe(canonicalJson(parsed) === text);
      }),
      { numRuns: 3000 },
    );
    const tricky = '{"10":1,"2":2,"a":{"b":1,"a":2}}';
    expect(isCanonicalText(JSON.parse(tricky), tricky)).toBe(false);
    const ok = canonicalJson({ '10': 1, '2': 2, z: [{ b: 1, a: 2 }], a: 'Đảng' });
    expect(isCanonicalText(JSON.parse(ok), ok)).toBe(true);
  });
});
