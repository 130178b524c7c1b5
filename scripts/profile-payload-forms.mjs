#!/usr/bin/env node
/**
 * Profiling aid (not part of npm run bench): how fast IndexedDB (headless Chromium, on-disk
 * profile) writes and reads the 500 payloads of a province in four forms — the parsed objects
 * (what the app stores in reportPayloads), their JSON text, that text as UTF-8 bytes, and the gzip
 * file itself — 50 per transaction with strict durability (bench page: payloadForms).
 *   node scripts/profile-payload-forms.mjs [rounds=4] [port=4103]
 */
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchPage, startPreview } from './bench-page.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.argv[2] ?? 4);
const PORT = Number(process.argv[3] ?? 4103);
const { build } = await import('vite');
await build({
  configFile: join(ROOT, 'vite.renderer.config.ts'),
  logLevel: 'error',
  build: { outDir: join(ROOT, 'dist-web', 'bench'), emptyOutDir: true, rollupOptions: { input: join(ROOT, 'src-renderer', 'bench.html') } },
});
const stopPreview = startPreview(ROOT, PORT);
const bench = await openBenchPage(`http://127.0.0.1:${PORT}/bench/bench.html`, { prefix: 'sng-forms-', timeout: 900_000 });
try {
  const { ev } = bench;
  await ev('prepareBloc', { key: 'b', seed: 500, units: 500, members: 25000, year: 2025 });
  const load = [loadavg()[0]];
  const r = await ev('payloadForms', { key: 'b', rounds: ROUNDS });
  load.push(loadavg()[0]);
  console.log(JSON.stringify({ rounds: ROUNDS, load: load.map((l) => +l.toFixed(1)), ms: r }));
} finally {
  await bench.close();
  stopPreview();
}
