#!/usr/bin/env node
/**
 * Profiling aid (not part of npm run bench): CPU profile of one province import (prepareImport +
 * applyImport of 500 files) in headless Chromium on an unminified bench build. Prints the top
 * self-time functions and writes the .cpuprofile (open it in Chromium DevTools).
 *   node scripts/profile-import.mjs [units=500] [port=4103]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchPage, startPreview } from './bench-page.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const UNITS = Number(process.argv[2] ?? 500);
const PORT = Number(process.argv[3] ?? 4103);
const OUT = join(ROOT, 'test-results', `import-${UNITS}.cpuprofile`);
mkdirSync(join(ROOT, 'test-results'), { recursive: true });

const { build } = await import('vite');
await build({
  configFile: join(ROOT, 'vite.renderer.config.ts'),
  logLevel: 'warn',
  build: {
    outDir: join(ROOT, 'dist-web', 'bench-prof'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: { input: join(ROOT, 'src-renderer', 'bench.html') },
  },
});
const stopPreview = startPreview(ROOT, PORT);
const bench = await openBenchPage(`http://127.0.0.1:${PORT}/bench-prof/bench.html`, { prefix: 'sng-prof-', timeout: 600_000 });
try {
  const { page, ctx, ev } = bench;
  await ev('prepareBloc', { key: 'b', seed: 500, units: UNITS, members: UNITS * 50, year: 2025 });
  // warm-up
  await ev('aggregatorFresh', { dbName: 'p' });
  console.log('warm-up', JSON.stringify(await ev('aggregatorImport', { key: 'b', dbName: 'p' })));
  await ev('aggregatorFresh', { dbName: 'p' });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const r = await ev('aggregatorImport', { key: 'b', dbName: 'p' });
  const { profile } = await cdp.send('Profiler.stop');
  console.log('profiled', JSON.stringify(r));
  const raw = await ev('aggregatorRaw', { dbName: 'p' });
  console.log('raw', JSON.stringify(raw));
  writeFileSync(OUT, JSON.stringify(profile));
  // self time per function
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  // total (inclusive) time per function name
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      const key = n.callFrame.functionName || '(anon)';
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    }
  });
  const top = (m, k) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([n, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${n}`)
      .join('\n');
  console.log('--- self\n' + top(self, 40));
  console.log('--- inclusive\n' + top(incl, 60));
} finally {
  await bench.close();
  stopPreview();
}
