/**
 * A vendor base URL outside the manifest's host permissions needs its own permission, asked
 * for while the user's click is still being handled (browsers refuse it later).
 */
import { browser } from 'wxt/browser';

/** The match pattern that covers a base URL's origin, e.g. `https://api.acme.test/*`. */
export function originPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Resolves true when the extension may call `baseUrl` (asking the user if needed). */
export async function ensureHostPermission(baseUrl: string): Promise<boolean> {
  if (!baseUrl) return true;
  const origins = [originPattern(baseUrl)];
  // Call request() first, with no await before it: it must run inside the user gesture.
  return browser.permissions.request({ origins });
}
