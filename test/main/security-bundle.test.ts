/**
 * Scans the built renderer (what Electron serves through app://) for http:// and https:// URLs.
 * The app must load nothing from the network: the CSP already blocks it, and this test keeps
 * remote URLs out of the bundle in the first place.
 *
 * Reliability: the test always builds the renderer itself, from the current sources, into a fresh
 * temporary folder (vite build takes a few seconds), so it never scans a stale dist-web/ and never
 * races another test or the e2e step that writes dist-web/.
 *
 * Every URL found must match an entry of ALLOWED, each with the reason it is never fetched.
 * A new library that brings new URLs fails this test until someone looks at them and explains
 * them here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ALLOWED: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /^http:\/\/www\.w3\.org\//u, why: 'XML/SVG/MathML namespace identifiers (React DOM, SVG icons, docx/xlsx XML)' },
  { pattern: /^https?:\/\/json-schema\.org\//u, why: 'zod toJSONSchema: $schema identifier string, not fetched' },
  { pattern: /^https:\/\/react\.dev\/errors\//u, why: 'React: link printed inside a minified error message' },
  { pattern: /^https:\/\/reactjs\.org\//u, why: 'React: link inside an error or warning message' },
  { pattern: /^https:\/\/reactrouter\.com\//u, why: 'react-router: link inside an error message' },
  { pattern: /^https:\/\/mantine\.dev\//u, why: 'Mantine: link inside a developer warning' },
  { pattern: /^https?:\/\/tinyurl\.com\/y2uuvskb$/u, why: 'Dexie: link inside the "IndexedDB API missing" error message' },
  { pattern: /^https?:\/\/bit\.ly\/2kdckMn$/u, why: 'Dexie: link inside the PrematureCommit error message' },
  { pattern: /^https?:\/\/dexie\.org\//u, why: 'Dexie: documentation link inside error messages' },
  { pattern: /^http:\/\/localhost$/u, why: 'react-router: base for new URL() when parsing relative paths, never requested' },
  { pattern: /^http:\/\/\[\$\{/u, why: 'zod: IPv6 check builds new URL(`http://[${value}]`) to validate, never requested' },
  {
    pattern: /^https?:\/\/(schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org|ns\.adobe\.com|www\.aiim\.org)\//u,
    why: 'Office Open XML / PDF XMP namespace identifiers written into generated files',
  },
  {
    pattern:
      /^https?:\/\/(www\.apache\.org\/licenses|opensource\.org\/licenses|mozilla\.org\/MPL|scripts\.sil\.org\/OFL|www\.gnu\.org\/licenses)/u,
    why: 'licence texts kept in bundled comments',
  },
  { pattern: /^https?:\/\/(github\.com|fb\.me|git\.io|www\.npmjs\.com)\//u, why: 'links inside library error messages and comments' },
  { pattern: /^https:\/\/answers\.microsoft\.com\//u, why: 'docx: link inside the "Level cannot be greater than 9" error message' },
  { pattern: /^https:\/\/rolldown\.rs\//u, why: 'bundler runtime: link inside the "require is not available" error message' },
  { pattern: /^https:\/\/stuk\.github\.io\/jszip\//u, why: 'jszip (docx/exceljs): link inside the "not a zip file" error message' },
  { pattern: /^https:\/\/tools\.ietf\.org\/html\/rfc\d+/u, why: 'pdfkit saslprep: RFC link inside error messages' },
  { pattern: /^https:\/\/(redux\.js\.org|redux-toolkit\.js\.org)\/Errors/u, why: 'recharts → redux: link inside minified error messages' },
  { pattern: /^https:\/\/bit\.ly\/3cXEKWf$/u, why: 'recharts → immer: link inside its minified error message' },
  { pattern: /^https?:\/\/(example\.com|example\.org|www\.example\.com)/u, why: 'placeholder examples in library messages' },
];

const URL_RE = /https?:\/\/[^\s"'`)<>\\,;]+/gu;

let outDir: string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'sng-bundle-scan-'));
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'vite.renderer.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    // vitest sets NODE_ENV=test, which would build React's development files: build what ships.
    { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } },
  );
}, 240_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('built renderer bundle', () => {
  it('contains no http(s) URL except explained, never-fetched ones', () => {
    const files = filesUnder(outDir).filter((f) => /\.(js|mjs|html|css|json|svg)$/u.test(f));
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const unexplained = new Map<string, string>();
    let found = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(URL_RE)) {
        found++;
        const url = match[0];
        if (!ALLOWED.some((a) => a.pattern.test(url))) unexplained.set(url, relative(outDir, file));
      }
    }
    expect(found).toBeGreaterThan(0); // the scan does see the namespace strings: it is not scanning nothing
    expect(Object.fromEntries(unexplained)).toEqual({});
  });

  it('loads every script, style and font of index.html from its own folder', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gu)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^\.?\/?(assets\/|[\w.-]+$)/u);
  });

  it('has no remote url() in CSS and no fetch/import/Worker of a literal remote URL in JS', () => {
    for (const file of filesUnder(outDir)) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.css')) expect(text).not.toMatch(/url\(\s*["']?(https?:)?\/\//u);
      if (file.endsWith('.js')) {
        expect(text).not.toMatch(/\bfetch\(\s*["'`]https?:/u);
        expect(text).not.toMatch(/\bimport\(\s*["'`]https?:/u);
        expect(text).not.toMatch(/new (Shared)?Worker\(\s*["'`]https?:/u);
        expect(text).not.toMatch(/new WebSocket\(/u);
        expect(text).not.toMatch(/\bEventSource\(/u);
      }
    }
  });
});
