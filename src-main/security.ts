/**
 * Security policy of the window, as plain functions so tests can call them with fake events.
 * Everything that is not our own app:// origin is denied.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** app://renderer exactly: no other host, no port, no user info (no look-alikes). */
export function isAppOrigin(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '' && u.port === '';
  } catch {
    return false;
  }
}

/** True only for URLs of our own renderer origin (and the dev server while developing). */
export function isTrustedOrigin(url: string, devServerUrl?: string): boolean {
  try {
    const u = new URL(url);
    if (isAppOrigin(url)) return true;
    if (devServerUrl) {
      const dev = new URL(devServerUrl);
      return u.origin === dev.origin;
    }
    return false;
  } catch {
    return false;
  }
}

export interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate / will-redirect: never leave the app; reloading our own page is allowed. */
export function guardNavigation(event: PreventableEvent, url: string, devServerUrl?: string): boolean {
  if (isTrustedOrigin(url, devServerUrl)) return true;
  event.preventDefault();
  return false;
}

/** window.open and target=_blank: always denied. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** <webview> attachment: always denied. */
export function denyWebview(event: PreventableEvent): void {
  event.preventDefault();
}

/**
 * The one permission granted: `persistent-storage` for app://renderer (so the engine never evicts
 * the database under storage pressure). Everything else — camera, notifications, geolocation… —
 * and every other origin, the dev server included, is denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'persistent-storage' && isAppOrigin(requestingUrl);
}

/** Permission requests: denied unless isPermissionAllowed. */
export function denyPermission(permission: string, callback: (granted: boolean) => void, requestingUrl?: string): void {
  callback(isPermissionAllowed(permission, requestingUrl));
}

/** Headers added to every app:// response. */
export function securityHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
