#!/usr/bin/env node
/**
 * Profiling aid (not part of npm run bench): the province import (prepareImport + applyImport of
 * 500 files) with two builds of the bench page in the same browser, runs alternating, so that a
 * before/after comparison sees the same machine load. BASE is a source tree of the earlier code
 * (e.g. `git archive <commit> src-renderer vite.renderer.config.ts assets | tar -x -C /tmp/base`).
 *   node scripts/compare-import.mjs /tmp/base [runs=5] [port=4103]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreview } from './bench-page.mjs';
import { chromium } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASE_SRC = resolve(process.argv[2] ?? '/tmp/base');
const RUNS = Number(process.argv[3] ?? 5);
const PORT = Number(process.argv[4] ?? 4103);
const { build } = await import('vite');
for (const [root, out] of [
  [ROOT, 'bench'],
  [BASE_SRC, 'bench-base'],
]) {
  await build({
    configFile: join(root, 'vite.renderer.config.ts'),
    logLevel: 'error',
    build: { outDir: join(ROOT, 'dist-web', out), emptyOutDir: true, rollupOptions: { input: join(root, 'src-renderer', 'bench.html') } },
  });
}
const stopPreview = startPreview(ROOT, PORT);
const tmp = mkdtempSync(join(tmpdir(), 'sng-cmp-'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
try {
  await new Promise((r) => setTimeout(r, 2500));
  const ctx = await chromium.launchPersistentContext(tmp, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const pages = {};
  for (const name of ['bench-base', 'bench']) {
    const page = await ctx.newPage();
    page.setDefaultTimeout(900_000);
    await page.goto(`http://127.0.0.1:${PORT}/${name}/bench.html`);
    await page.waitForFunction(() => window.__bench?.ready === true);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    pages[name] = { page, cdp };
  }
  const ev = (name, fn, a) => pages[name].page.evaluate(([n, a]) => window.__bench[n](a), [fn, a]);
  const cpu = async (name) =>
    ((await pages[name].cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  for (const name of Object.keys(pages)) await ev(name, 'prepareBloc', { key: 'b', seed: 500, units: 500, members: 25000, year: 2025 });
  const out = { 'bench-base': [], bench: [] };
  const loads = [loadavg()[0]];
  for (let i = -1; i < RUNS; i++) {
    for (const name of i % 2 ? ['bench-base', 'bench'] : ['bench', 'bench-base']) {
      const db = `cmp-${name}`;
      await ev(name, 'aggregatorFresh', { dbName: db });
      const c0 = await cpu(name);
      const r = await ev(name, 'aggregatorImport', { key: 'b', dbName: db });
      const cpuMs = (await cpu(name)) - c0;
      const raw = await ev(name, 'aggregatorRaw', { dbName: db });
      // The same rows in the app's own transactions (50 files each, strict durability).
      const rawBatched = await ev(name, 'aggregatorRaw', { dbName: db, batch: 50 });
      if (i >= 0)
        out[name].push({
          ms: r.ms,
          cpuMs,
          prepareMs: r.info.prepareMs,
          applyMs: r.info.applyMs,
          rawMs: raw.ms,
          rawBatchedMs: rawBatched.ms,
        });
      console.log(
        name,
        i,
        Math.round(r.ms),
        'prepare',
        Math.round(r.info.prepareMs),
        'apply',
        Math.round(r.info.applyMs),
        'cpu',
        Math.round(cpuMs),
        'raw',
        Math.round(raw.ms),
        'raw batched',
        Math.round(rawBatched.ms),
        'load',
        loadavg()[0].toFixed(1),
      );
    }
    loads.push(loadavg()[0]);
  }
  const summary = Object.fromEntries(
    Object.entries(out).map(([name, runs]) => [
      name,
      Object.fromEntries(
        ['ms', 'cpuMs', 'prepareMs', 'applyMs', 'rawMs', 'rawBatchedMs']
          .map((k) => [k, Math.round(median(runs.map((r) => r[k])))])
          .concat([
            ['ratio', +median(runs.map((r) => r.ms / r.rawMs)).toFixed(2)],
            ['ratioBatched', +median(runs.map((r) => r.ms / r.rawBatchedMs)).toFixed(2)],
          ]),
      ),
    ]),
  );
  console.log(JSON.stringify({ runs: RUNS, load: loads.map((l) => +l.toFixed(1)), ...summary }, null, 1));
  await ctx.close();
} finally {
  stopPreview();
  rmSync(tmp, { recursive: true, force: true });
}
