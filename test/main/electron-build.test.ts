import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

/** Builds main, preload and renderer with electron-vite (no Electron binary needed) and checks the output. */
describe('electron-vite build', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'pipe' });
  }, 120_000);

  it('emits a self-contained CommonJS preload that requires only electron (sandbox rule)', () => {
    const preload = readFileSync('out/preload/preload.cjs', 'utf8');
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/gu)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*(import|export)\s/mu);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('emits the main process and the renderer the main process serves', () => {
    const main = readFileSync('out/main/index.js', 'utf8');
    expect(main).toContain('requestSingleInstanceLock');
    expect(main).toContain('preload/preload.cjs');
    expect(existsSync('out/renderer/index.html')).toBe(true);
    expect(readFileSync('out/renderer/index.html', 'utf8')).toContain('Content-Security-Policy');
  });
});
