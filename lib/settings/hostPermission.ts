/**
 * A vendor base URL outside the manifest's host permissions needs its own permission, asked
 * for while the user's click is still being handled (browsers refuse it later).
 */
import { browser } from 'wxt/browser';
import { defaultPattern } from './sitePattern';

/** Resolves true when the extension may call `baseUrl` (asking the user if needed). */
export async function ensureHostPermission(baseUrl: string): Promise<boolean> {
  if (!baseUrl) return true;
  // Call request() first, with no await before it: it must run inside the user gesture.
  return browser.permissions.request({ origins: [defaultPattern(baseUrl)] });
}
