/**
 * The app:// protocol handler as a plain function (Request → Response), so it is tested without
 * Electron. Serves files of the built renderer only, with the CSP on every response.
 */
import { readFile } from 'node:fs/promises';
import { APP_HOST, securityHeaders } from './security';
import { mimeTypeFor, resolveInsideRoot } from './paths';

export type ReadFile = (path: string) => Promise<Uint8Array>;

export function createAppProtocolHandler(root: string, read: ReadFile = readFile) {
  return async (request: Request): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (url.host !== APP_HOST || request.method !== 'GET') return refuse(403);
    // Use the raw path: URL() already collapsed plain "..", encoded ones are caught by resolveInsideRoot.
    const rawPath = request.url.slice(request.url.indexOf(APP_HOST) + APP_HOST.length).split(/[?#]/u)[0] ?? '/';
    const file = resolveInsideRoot(root, rawPath) ?? undefined;
    if (!file || rawPath.split('/').includes('..')) return refuse(404);
    try {
      const body = await read(file);
      return new Response(body as BodyInit, { status: 200, headers: securityHeaders(mimeTypeFor(file)) });
    } catch {
      return refuse(404);
    }
  };
}

function refuse(status: number): Response {
  return new Response('', { status, headers: securityHeaders('text/plain; charset=utf-8') });
}
