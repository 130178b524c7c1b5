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

const INDEX_KEY = /^(0|[1-9]\d{0,9})$/u;
/** Integer-like keys that JS objects list first, in numeric order (array indices: ≤ 2³² − 2). */
const isIndexKey = (key: string) => {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && INDEX_KEY.test(key) && Number(key) <= 4_294_967_294;
};

const FORBIDDEN: ReadonlySet<string> = new Set(FORBIDDEN_KEYS);

/**
 * Whether `text` is the canonical JSON of `parsed` (= JSON.parse(text)) — the same answer as
 * `canonicalJson(parsed) === text`, without building a sorted copy: JSON.parse keeps the text's
 * key order (after the integer-like keys, which every object lists first in numeric order, as in
 * canonicalJson's output), so the text is canonical exactly when the other keys are in code-unit
 * order at every level and JSON.stringify gives the text back.
 */
export function isCanonicalText(parsed: unknown, text: string): boolean {
  const stack: unknown[] = [parsed];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      let previous: string | undefined;
      for (const key of Object.keys(v)) {
        // canonicalJson cannot keep an own "__proto__" (assigning it sets the prototype).
        if (key === '__proto__') return false;
        if (!isIndexKey(key)) {
          if (previous !== undefined && !(previous < key)) return false;
          previous = key;
        }
        const child = (v as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return JSON.stringify(parsed) === text;
}

export interface TreeScan {
  /** Some object in the tree has a forbidden key (assertNoForbiddenKeys names it). */
  forbidden: boolean;
  /** Every object's keys are in canonical order (the first half of isCanonicalText). */
  sortedKeys: boolean;
}

/**
 * One walk of a parsed JSON tree for both checks of a file read: forbidden keys and canonical key
 * order (readExchangeFile used to walk the tree twice, building a path string for every value).
 * `isCanonicalText(parsed, text)` = `scanTree(parsed).sortedKeys && JSON.stringify(parsed) === text`.
 */
export function scanTree(value: unknown): TreeScan {
  let sortedKeys = true;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      let previous: string | undefined;
      for (const key of Object.keys(v)) {
        if (FORBIDDEN.has(key)) return { forbidden: true, sortedKeys: false };
        if (sortedKeys && !isIndexKey(key)) {
          if (previous !== undefined && !(previous < key)) sortedKeys = false;
          previous = key;
        }
        const child = (v as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return { forbidden: false, sortedKeys };
}
