/** Path checks for the app:// protocol: resolve a URL path inside a root folder or refuse. Node only. */
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

/**
 * Map the path of an app:// URL to a file inside `root`. Returns undefined for anything that would
 * leave the root (.., encoded ..,  backslashes, absolute paths, NUL bytes, malformed escapes).
 */
export function resolveInsideRoot(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || /^[a-zA-Z]:$/u.test(s))) return undefined;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  if (isAbsolute(relativePath)) return undefined;
  const rootResolved = resolve(root);
  const target = resolve(rootResolved, normalize(relativePath));
  const rel = relative(rootResolved, target);
  if (rel === '' || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
  return target;
}

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  ttf: 'font/ttf',
  woff: 'font/woff',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
};

export function mimeTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MIME[ext] ?? 'application/octet-stream';
}
