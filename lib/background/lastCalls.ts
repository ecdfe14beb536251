/**
 * Whether each vendor's last real call worked, for the popup. One session-storage key per
 * vendor: outcomes arrive together, and one shared object would lose concurrent updates.
 */
import { browser } from 'wxt/browser';
import { VENDOR_IDS, type VendorId, type VendorOutcome } from '../model';

export interface LastCall {
  ok: boolean;
  at: number;
  /** What went wrong, when it did (never a key: vendor errors are redacted). */
  message?: string;
}

const keyOf = (vendor: VendorId) => `lastCall:${vendor}`;

export async function recordVendorCall(outcome: VendorOutcome, now = Date.now()): Promise<void> {
  if (outcome.state === 'not_configured') return;
  const call: LastCall = outcome.state === 'error' ? { ok: false, at: now, message: outcome.error.message } : { ok: true, at: now };
  await browser.storage.session.set({ [keyOf(outcome.vendor)]: call });
}

export async function lastVendorCalls(): Promise<Partial<Record<VendorId, LastCall>>> {
  const stored = await browser.storage.session.get(VENDOR_IDS.map(keyOf));
  return Object.fromEntries(VENDOR_IDS.flatMap((vendor) => (stored[keyOf(vendor)] ? [[vendor, stored[keyOf(vendor)] as LastCall]] : [])));
}
