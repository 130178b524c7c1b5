/**
 * Attack-style tests of the main process policy, on top of the lead's unit tests
 * (security.test.ts, protocol.test.ts, ipc.test.ts):
 * - the app:// handler over a REAL folder with a secret file next to it: hand-written and
 *   generated traversal paths never return anything outside the renderer folder;
 * - the CSP header on every response, whatever the request;
 * - navigation / redirect / window.open / webview / permission denial with fake events for
 *   hostile URLs (look-alike hosts, userinfo tricks, other schemes);
 * - every IPC handler with foreign senders and random arguments: rejected, or called only with
 *   arguments that satisfy the contract's schema.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, FOREIGN_SENDER_MESSAGE, type IpcDeps } from '../../src-main/ipc';
import { createAppProtocolHandler } from '../../src-main/protocol';
import {
  CONTENT_SECURITY_POLICY,
  denyPermission,
  denyWebview,
  denyWindowOpen,
  guardNavigation,
  isAppOrigin,
  isPermissionAllowed,
  isTrustedOrigin,
} from '../../src-main/security';
import {
  CheckSpaceArgsSchema,
  IPC_CHANNELS,
  OpenFilesArgsSchema,
  PrintPdfArgsSchema,
  ReadBackupArgsSchema,
  RevealArgsSchema,
  SaveFileArgsSchema,
  WriteBackupArgsSchema,
} from '../../src-renderer/platform/desktop-api';

const SECRET = 'BÍ MẬT: số CCCD 001234567890';
let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sng-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Sổ Nêu Gương</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("ok")');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await writeFile(join(base, 'renderer-evil.txt'), SECRET); // sibling whose name starts like the root
  handler = createAppProtocolHandler(root, async (p) => new Uint8Array(await readFile(p)));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function fetchApp(path: string): Promise<{ status: number; body: string; csp: string | null }> {
  let request: Request;
  try {
    request = new Request(`app://renderer${path}`);
  } catch {
    return { status: 400, body: '', csp: CONTENT_SECURITY_POLICY }; // not even a URL: nothing served
  }
  const res = await handler(request);
  return { status: res.status, body: await res.text(), csp: res.headers.get('content-security-policy') };
}

describe('app:// protocol against a real folder', () => {
  it('serves the renderer files, with the CSP', async () => {
    const res = await fetchApp('/assets/app.js');
    expect(res).toMatchObject({ status: 200, body: 'console.log("ok")', csp: CONTENT_SECURITY_POLICY });
  });

  it.each([
    '/../secret.txt',
    '/../../../../../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/%2e./secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/%252e%252e/secret.txt', // double encoding
    '/%c0%ae%c0%ae/secret.txt', // overlong UTF-8 dot
    '/%uff0e%uff0e/secret.txt',
    '/．．/secret.txt', // full-width dots
    '/{ENCODED_ABSOLUTE_SECRET}', // absolute path, encoded
    '//{ABSOLUTE_SECRET}',
    '/../renderer-evil.txt',
    '/%2e%2e/renderer-evil.txt',
    '/index.html%00/../../secret.txt',
    '/C:%5cWindows%5cwin.ini',
    '/\\\\server\\share\\secret.txt',
  ])('never serves a file outside the folder: %s', async (template) => {
    const path = template
      .replace('{ENCODED_ABSOLUTE_SECRET}', encodeURIComponent(join(base, 'secret.txt')))
      .replace('{ABSOLUTE_SECRET}', join(base, 'secret.txt'));
    const res = await fetchApp(path);
    expect(res.body).not.toContain('BÍ MẬT');
    expect(res.csp).toBe(CONTENT_SECURITY_POLICY);
  });

  it('generated paths of dot, slash and escape pieces never leak the secret; the CSP is always there', async () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      '%2f',
      '%5c',
      '\\',
      '/',
      '//',
      '%00',
      '%252e',
      'assets',
      'index.html',
      'secret.txt',
      'renderer-evil.txt',
      '%',
      '?x=..',
      '#..',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 10 }), async (pieces) => {
        const res = await fetchApp(`/${pieces.join('/')}`);
        expect(res.body).not.toContain('BÍ MẬT');
        expect(res.csp).toBe(CONTENT_SECURITY_POLICY);
        if (res.status === 200) expect(['<!doctype html><title>Sổ Nêu Gương</title>', 'console.log("ok")']).toContain(res.body);
      }),
      { numRuns: 300 },
    );
  });

  it('puts the CSP on refusals of other hosts and methods too', async () => {
    for (const req of [
      new Request('app://evil/index.html'),
      new Request('app://renderer/index.html', { method: 'POST', body: 'x' }),
      new Request('app://renderer/index.html', { method: 'PUT', body: 'x' }),
      new Request('app://renderer/nope.js'),
    ]) {
      const res = await handler(req);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text()).not.toContain('BÍ MẬT');
    }
  });

  it('the CSP allows no remote origin, no eval, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/u);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/u);
  });
});

const HOSTILE_URLS = [
  'https://evil.example/',
  'http://127.0.0.1:4173/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://evil.example/1',
  'app://evil/index.html',
  'app://renderer.evil.example/index.html',
  'app://renderer@evil.example/index.html',
  'app://evil.example#@renderer/',
  // app:// look-alikes: case, backslashes, encoded dots, user info, ports, lookalike hosts
  'APP://RENDERER/index.html',
  'app://Renderer/index.html',
  'app://RENDERER/',
  'app:\\\\renderer\\index.html',
  'app:/\\renderer/index.html',
  'app:renderer/index.html',
  'app:///renderer/index.html',
  'app://renderer%2eevil/index.html',
  'app://renderer%2Fevil/index.html',
  'app://%72enderer/index.html',
  'app://renderer./index.html',
  'app://x@renderer/index.html',
  'app://renderer:pw@renderer/index.html',
  'app://renderer:80/index.html',
  'app://renderer\\@evil/index.html',
  'app://rendererevil/',
  'app://renderer-evil/',
  'apps://renderer/index.html',
  'ap://renderer/index.html',
  'app://ｒｅｎｄｅｒｅｒ/index.html',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  '',
  'not a url',
];

describe('navigation, windows, webviews, permissions (fake events)', () => {
  it.each(HOSTILE_URLS)('blocks navigation and redirects to %s', (url) => {
    const event = { preventDefault: vi.fn() };
    expect(guardNavigation(event, url)).toBe(false);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(isTrustedOrigin(url)).toBe(false);
  });

  it('allows reloading our own page, and the dev server only when it is configured', () => {
    const event = { preventDefault: vi.fn() };
    expect(guardNavigation(event, 'app://renderer/index.html#/sao-luu')).toBe(true);
    expect(guardNavigation(event, 'http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(guardNavigation(event, 'http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('generated app:// look-alikes are never trusted nor granted a permission; only the exact origin is', () => {
    const host = fc.oneof(
      fc.constantFrom(
        'renderer',
        'RENDERER',
        'Renderer',
        'renderer.',
        'renderer.evil',
        'evil',
        '%72enderer',
        'renderer%2e',
        'ｒｅｎｄｅｒｅｒ',
      ),
      fc.string({ maxLength: 12 }),
    );
    const prefix = fc.constantFrom(
      'app://',
      'APP://',
      'App://',
      'app:\\\\',
      'app:/\\',
      'app:',
      'app:///',
      'app://x@',
      'app://renderer@',
      'app://a:b@',
    );
    const suffix = fc.constantFrom('', ':80', ':0', '\\', '\\@evil', '@evil', '/..', '/%2e%2e/', '#', '?');
    const path = fc.constantFrom('/', '/index.html', '/%2e%2e/%2e%2e/etc/passwd', '\\index.html', '');
    fc.assert(
      fc.property(prefix, host, suffix, path, (p, h, s, pa) => {
        const url = `${p}${h}${s}${pa}`;
        // Independent oracle: "app://renderer" (the scheme is case-insensitive by the URL standard; the host is
        // taken exactly as Chromium writes it, lower case) followed by a path, query, fragment or nothing.
        const exact = /^app:\/\/renderer(?:[/?#]|$)/iu.test(url) && url.slice(6, 14) === 'renderer';
        expect(isTrustedOrigin(url), url).toBe(exact);
        expect(isAppOrigin(url), url).toBe(exact);
        expect(isPermissionAllowed('persistent-storage', url), url).toBe(exact);
        expect(isPermissionAllowed('media', url)).toBe(false);
        const event = { preventDefault: vi.fn() };
        guardNavigation(event, url);
        expect(event.preventDefault).toHaveBeenCalledTimes(exact ? 0 : 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('random URLs are trusted only when their origin is app://renderer', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isTrustedOrigin(url)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('denies every window.open, webview and permission', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    denyWebview(event);
    expect(event.preventDefault).toHaveBeenCalled();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'usb']) {
      const callback = vi.fn();
      denyPermission(permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });
});

function spyDeps(): IpcDeps & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  const rec =
    <R>(name: string, result: R) =>
    async (arg?: unknown) => {
      calls.push([name, arg]);
      return result;
    };
  return {
    calls,
    appInfo: () => {
      calls.push(['appInfo', undefined]);
      return { appVersion: '0.1.0', platform: 'electron', os: 'test' };
    },
    saveFile: rec('saveFile', undefined),
    openFiles: rec('openFiles', []),
    printPdf: rec('printPdf', undefined),
    revealInFolder: rec('revealInFolder', undefined),
    writeBackup: rec('writeBackup', { name: 'b', sizeBytes: 1, modifiedAt: '' }),
    listBackups: rec('listBackups', []),
    readBackup: rec('readBackup', new Uint8Array()),
    backupStatus: rec('backupStatus', { folder: '/b', writable: true }),
    chooseBackupFolder: rec('chooseBackupFolder', undefined),
    storageSpace: rec('storageSpace', { low: false }),
    checkSpaceFor: rec('checkSpaceFor', { ok: true }),
  };
}

const OWN = { senderFrame: { url: 'app://renderer/index.html' } };

/** What each handler passes on to the OS side must satisfy the contract. */
const SCHEMA_OF_CALL: Record<string, (arg: unknown) => boolean> = {
  saveFile: (a) => SaveFileArgsSchema.safeParse(a).success,
  openFiles: (a) => OpenFilesArgsSchema.safeParse(a).success,
  printPdf: (a) => PrintPdfArgsSchema.safeParse(a).success,
  writeBackup: (a) => WriteBackupArgsSchema.safeParse(a).success,
  revealInFolder: (a) => RevealArgsSchema.safeParse({ path: a }).success,
  readBackup: (a) => ReadBackupArgsSchema.safeParse({ name: a }).success,
  appInfo: (a) => a === undefined,
  listBackups: (a) => a === undefined,
  backupStatus: (a) => a === undefined,
  chooseBackupFolder: (a) => a === undefined,
  storageSpace: (a) => a === undefined,
  checkSpaceFor: (a) => CheckSpaceArgsSchema.safeParse({ bytesNeeded: a }).success,
};

describe('IPC handlers under attack', () => {
  it.each(HOSTILE_URLS)('every channel rejects a sender frame at %s', async (url) => {
    const deps = spyDeps();
    const handlers = createIpcHandlers(deps);
    for (const channel of Object.values(IPC_CHANNELS)) {
      expect(await handlers[channel]({ senderFrame: { url } }, undefined)).toEqual({ ok: false, message: FOREIGN_SENDER_MESSAGE });
    }
    expect(deps.calls).toEqual([]);
  });

  it('random arguments are rejected, or passed on only when they satisfy the contract', async () => {
    const names = [
      'so-neu-guong-20260101-000000-manual.sng.json.gz',
      '../../etc/passwd',
      'so-neu-guong-20260101-000000-manual.sng.json.gz/../../x',
      'C:\\Windows\\win.ini',
    ];
    const arbArg = fc.oneof(
      fc.anything({ maxDepth: 3, withTypedArray: true, withObjectString: true, withNullPrototype: true }),
      fc.record({ name: fc.oneof(fc.constantFrom(...names), fc.string()) }),
      fc.record({ path: fc.oneof(fc.string(), fc.integer()) }),
      fc.record({
        bytes: fc.oneof(fc.uint8Array({ maxLength: 8 }), fc.array(fc.integer()), fc.string()),
        reason: fc.oneof(fc.constantFrom('manual', 'daily', 'quit', 'finalise', 'before-restore'), fc.string()),
        suggestedName: fc.oneof(fc.constantFrom('a.pdf', '../a.exe', 'a/b.pdf', 'CON:'), fc.string()),
        filters: fc.array(fc.record({ name: fc.string(), extensions: fc.array(fc.string(), { maxLength: 3 }) }), { maxLength: 3 }),
        multiple: fc.oneof(fc.boolean(), fc.string()),
      }),
      fc.constant({ __proto__: { polluted: true } }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.values(IPC_CHANNELS)), arbArg, async (channel, arg) => {
        const deps = spyDeps();
        const handlers = createIpcHandlers(deps);
        const result = await handlers[channel](OWN, arg);
        if (!result.ok) {
          expect(result.message).toMatch(/^Từ chối/u);
          expect(deps.calls).toEqual([]);
          return;
        }
        expect(deps.calls).toHaveLength(1);
        const [name, passed] = deps.calls[0]!;
        expect(SCHEMA_OF_CALL[name]!(passed)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
