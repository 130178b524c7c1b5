/**
 * Shared by the profiling aids (profile-import, compare-import, profile-payload-forms): the vite
 * preview server of dist-web and a headless Chromium with an on-disk profile on the bench page.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/** `vite preview` of dist-web on 127.0.0.1:port; call the returned function to stop it. */
export function startPreview(root, port) {
  const server = spawn(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--config',
      'vite.renderer.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  return () => server.kill('SIGTERM');
}

/**
 * Chromium on a fresh profile folder, at `url` once the bench page is ready. Returns the page,
 * `ev(name, arg)` to call one of the page's bench functions, and `close()` (browser and folder).
 */
export async function openBenchPage(url, { prefix, timeout }) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await new Promise((r) => setTimeout(r, 2500)); // the preview server's start
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(timeout);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready === true);
  const ev = (n, a) => page.evaluate(([n, a]) => window.__bench[n](a), [n, a]);
  const close = async () => {
    await ctx.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  return { page, ctx, ev, close };
}
