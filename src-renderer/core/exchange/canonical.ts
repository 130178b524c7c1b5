import { FORBIDDEN_KEYS } from './constants';
import { error } from './errors';

/**
 * Canonical JSON: keys sorted (code-unit order) at every level, no white space, `undefined`
 * members dropped. A file is written in this form, so any byte change to a plain-JSON file —
 * even white space — is detectable: the text no longer equals canonical(parse(text)).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** Throws `forbidden_key` when any object in the tree has a prototype-pollution key. */
export function assertNoForbiddenKeys(value: unknown, path = ''): void {
  const stack: Array<{ v: unknown; p: string }> = [{ v: value, p: path }];
  while (stack.length > 0) {
    const { v, p } = stack.pop()!;
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, p: `${p}[${i}]` }));
    } else if (v !== null && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) {
          throw error('forbidden_key', { path: p ? `${p}.${key}` : key });
        }
        stack.push({ v: (v as Record<string, unknown>)[key], p: p ? `${p}.${key}` : key });
      }
    }
  }
}
