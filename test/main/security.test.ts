import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  denyPermission,
  denyWebview,
  denyWindowOpen,
  guardNavigation,
  isTrustedOrigin,
} from '../../src-main/security';

const fakeEvent = () => ({ preventDefault: vi.fn() });

describe('window security policy', () => {
  it('trusts only the app:// renderer origin (and the dev server when given)', () => {
    expect(isTrustedOrigin('app://renderer/index.html')).toBe(true);
    expect(isTrustedOrigin('app://other/index.html')).toBe(false);
    expect(isTrustedOrigin('file:///etc/passwd')).toBe(false);
    expect(isTrustedOrigin('https://example.com')).toBe(false);
    expect(isTrustedOrigin('not a url')).toBe(false);
    expect(isTrustedOrigin('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isTrustedOrigin('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
  });

  it('blocks navigation away from the app', () => {
    const away = fakeEvent();
    expect(guardNavigation(away, 'https://example.com/')).toBe(false);
    expect(away.preventDefault).toHaveBeenCalled();
    const home = fakeEvent();
    expect(guardNavigation(home, 'app://renderer/index.html#/dang-vien')).toBe(true);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('denies new windows, webviews and every permission', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    const ev = fakeEvent();
    denyWebview(ev);
    expect(ev.preventDefault).toHaveBeenCalled();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      denyPermission(permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
  });

  it('has a strict CSP without remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/u);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
