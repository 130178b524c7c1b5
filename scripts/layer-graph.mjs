#!/usr/bin/env node
// The import graph of src-renderer as a layer → layers table: `node scripts/layer-graph.mjs`.
// A layer is the first folder under src-renderer (core, db, documents, platform, services, ui,
// features, app, bench); imports of packages are listed by name for dexie and dexie-react-hooks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src-renderer');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|tsx)$/u.test(name)) files.push(p);
  }
})(root);

const layerOf = (file) => {
  const rel = relative(root, file);
  if (rel.startsWith('..')) return '(outside src-renderer)';
  const parts = rel.split(sep);
  if (parts.length > 1) return parts[0];
  return existsSync(file) && statSync(file).isDirectory() ? parts[0] : '(root)';
};
const graph = new Map();
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gu;
for (const file of files) {
  const from = layerOf(file);
  const targets = graph.get(from) ?? new Map();
  graph.set(from, targets);
  for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    let to;
    if (spec.startsWith('.')) to = layerOf(resolve(dirname(file), spec));
    else if (spec === 'dexie' || spec === 'dexie-react-hooks') to = spec;
    else continue;
    if (to === from) continue;
    targets.set(to, (targets.get(to) ?? 0) + 1);
  }
}
const order = ['app', 'features', 'services', 'ui', 'documents', 'db', 'platform', 'core', 'bench', '(root)'];
const rank = (l) => (order.indexOf(l) === -1 ? order.length : order.indexOf(l));
const rows = [...graph.keys()].sort((a, b) => rank(a) - rank(b));
console.log('| layer | imports (number of import statements) |');
console.log('|---|---|');
for (const layer of rows) {
  const t = [...graph.get(layer).entries()].sort((a, b) => rank(a[0]) - rank(b[0]));
  console.log(`| ${layer} | ${t.map(([l, n]) => `${l} (${n})`).join(', ') || '—'} |`);
}
