#!/usr/bin/env node
/**
 * Profiling aid (not part of npm run bench): how fast IndexedDB (headless Chromium, on-disk
 * profile) writes and reads the 500 payloads of a province in four forms — the parsed objects
 * (what the app stores in reportPayloads), their JSON text, that text as UTF-8 bytes, and the gzip
 * file itself — 50 per transaction with strict durability (bench page: payloadForms).
 *   node scripts/profile-payload-forms.mjs [rounds=4] [port=4103]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.argv[2] ?? 4);
const PORT = Number(process.argv[3] ?? 4103);
const { build } = await import('vite');
await build({
  configFile: join(ROOT, 'vite.renderer.config.ts'),
  logLevel: 'error',
  build: { outDir: join(ROOT, 'dist-web', 'bench'), emptyOutDir: true, rollupOptions: { input: join(ROOT, 'src-renderer', 'bench.html') } },
});
const server = spawn(
  process.execPath,
  [
    join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    'preview',
    '--config',
    'vite.renderer.config.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
  ],
  { cwd: ROOT, stdio: 'ignore' },
);
const tmp = mkdtempSync(join(tmpdir(), 'sng-forms-'));
try {
  await new Promise((r) => setTimeout(r, 2500));
  const ctx = await chromium.launchPersistentContext(tmp, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(900_000);
  await page.goto(`http://127.0.0.1:${PORT}/bench/bench.html`);
  await page.waitForFunction(() => window.__bench?.ready === true);
  const ev = (n, a) => page.evaluate(([n, a]) => window.__bench[n](a), [n, a]);
  await ev('prepareBloc', { key: 'b', seed: 500, units: 500, members: 25000, year: 2025 });
  const load = [loadavg()[0]];
  const r = await ev('payloadForms', { key: 'b', rounds: ROUNDS });
  load.push(loadavg()[0]);
  console.log(JSON.stringify({ rounds: ROUNDS, load: load.map((l) => +l.toFixed(1)), ms: r }));
  await ctx.close();
} finally {
  server.kill('SIGTERM');
  rmSync(tmp, { recursive: true, force: true });
}
