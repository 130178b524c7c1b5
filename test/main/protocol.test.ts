import { describe, expect, it } from 'vitest';
import { resolveInsideRoot } from '../../src-main/paths';
import { createAppProtocolHandler } from '../../src-main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../src-main/security';

const root = '/srv/app/renderer';
const files: Record<string, string> = {
  '/srv/app/renderer/index.html': '<html></html>',
  '/srv/app/renderer/assets/app.js': 'console.log(1)',
};
const read = async (path: string) => {
  const body = files[path];
  if (body === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  return new TextEncoder().encode(body);
};
const handler = createAppProtocolHandler(root, read);

describe('app:// protocol', () => {
  it('serves files of the renderer with their type and the CSP', async () => {
    const res = await handler(new Request('app://renderer/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('console.log(1)');
    expect((await handler(new Request('app://renderer/'))).status).toBe(200);
  });

  it.each([
    'app://renderer/../../etc/passwd',
    'app://renderer/..%2f..%2fetc%2fpasswd',
    'app://renderer/%2e%2e/%2e%2e/etc/passwd',
    'app://renderer/assets/..%5c..%5c..%5cetc%5cpasswd',
    'app://renderer/%2fetc%2fpasswd',
    'app://renderer/C:%5cWindows%5cwin.ini',
    'app://renderer/index.html%00.js',
    'app://renderer/%E0%A4%A',
  ])('refuses %s, with the CSP header on the refusal', async (url) => {
    const res = await handler(new Request(url));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses another host and non-GET methods', async () => {
    expect((await handler(new Request('app://evil/index.html'))).status).toBe(403);
    expect((await handler(new Request('app://renderer/index.html', { method: 'POST', body: 'x' }))).status).toBe(403);
  });

  it('answers 404 for a missing file', async () => {
    expect((await handler(new Request('app://renderer/nope.js'))).status).toBe(404);
  });

  it('resolveInsideRoot never leaves the root', () => {
    expect(resolveInsideRoot(root, '/assets/app.js')).toBe('/srv/app/renderer/assets/app.js');
    expect(resolveInsideRoot(root, '/')).toBe('/srv/app/renderer/index.html');
    for (const bad of ['/../x', '/a/../../x', '/%2e%2e/x', '/a%5c..%5cx', '/%00', '/c:/x']) {
      expect(resolveInsideRoot(root, bad)).toBeUndefined();
    }
  });
});
