/**
 * A gzip bomb (≈ 1 MB inflating to 1.1 GB) is refused after inflating at most the limit, with peak
 * memory far below 250 MB: process.memoryUsage().rss is sampled during the import and reported.
 */
import { createGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_EXCHANGE_BYTES } from '../../src-renderer/core/exchange';
import { applyImport, prepareImport } from '../../src-renderer/db/exchange';
import { dump, makeAggregator } from './exchange-helpers';

const MB = 1024 * 1024;

/** gzip of `{` followed by ≈ 1.1 GB of spaces, streamed (the 1.1 GB never exists in memory). */
async function bomb(inflatedBytes: number): Promise<Uint8Array> {
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    gz.on('end', resolve);
    gz.on('error', reject);
  });
  const chunk = Buffer.alloc(MB, 0x20);
  gz.write(Buffer.from('{'));
  for (let written = 1; written < inflatedBytes; written += chunk.length) {
    if (!gz.write(chunk)) await new Promise((r) => gz.once('drain', r));
  }
  gz.end();
  await done;
  const bytes = new Uint8Array(Buffer.concat(out));
  // The app's fixed gzip header (XFL 00, OS ff): the CRC does not cover it.
  bytes[8] = 0x00;
  bytes[9] = 0xff;
  return bytes;
}

describe('gzip bomb', () => {
  it('is refused at the limit with peak memory under 250 MB, and nothing is written', async () => {
    const bytes = await bomb(1100 * MB);
    expect(bytes.length).toBeGreaterThan(0.9 * MB);
    expect(bytes.length).toBeLessThan(1.2 * MB);
    const db = await makeAggregator();
    const before = await dump(db);
    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 2);
    const t0 = performance.now();
    const prepared = await prepareImport(db, [{ name: 'bom.sng', bytes }]);
    const ms = performance.now() - t0;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const p = prepared[0]!;
    expect(p.status).toBe('error');
    if (p.status !== 'error') return;
    expect(p.problem.code).toBe('too_large');
    expect(p.problem.message).toMatch(/giải nén vượt quá 48 MB/u);
    const results = await applyImport(db, prepared, { beforeApply: async () => expect.fail('no backup for a refused file') });
    expect(results[0]!.outcome).toBe('refused');
    expect(await dump(db)).toEqual(before);
    const growth = peak - baseline;
    console.log(
      `gzip bomb ${(bytes.length / MB).toFixed(2)} MB → 1100 MB: refused in ${ms.toFixed(0)} ms; rss before ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB (+${(growth / MB).toFixed(0)} MB); limit ${MAX_EXCHANGE_BYTES / MB} MB`,
    );
    expect(growth).toBeLessThan(250 * MB);
    expect(peak).toBeLessThan(baseline + 250 * MB);
  }, 120_000);

  it('four bombs in one batch (files are read two at a time): each refused, peak memory still under 250 MB', async () => {
    const bytes = await bomb(1100 * MB);
    const db = await makeAggregator();
    const before = await dump(db);
    (globalThis as { gc?: () => void }).gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 2);
    const prepared = await prepareImport(
      db,
      Array.from({ length: 4 }, (_, i) => ({ name: `bom-${i}.sng`, bytes })),
    );
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(prepared.map((p) => p.status === 'error' && p.problem.code)).toEqual(Array(4).fill('too_large'));
    expect(await dump(db)).toEqual(before);
    console.log(
      `4 gzip bombs at once: rss before ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB (+${((peak - baseline) / MB).toFixed(0)} MB)`,
    );
    expect(peak - baseline).toBeLessThan(250 * MB);
  }, 120_000);
});
