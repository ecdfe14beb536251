/** A vendor's slice of `storage.local`, with optional expiry (see VendorStore). */
import { browser } from 'wxt/browser';
import type { VendorId } from '../model';
import type { VendorStore } from '../vendors/types';

interface Stored<T> {
  value: T;
  expiresAt?: number;
}

export function vendorStore(vendor: VendorId, now: () => number = Date.now): VendorStore {
  const keyOf = (key: string) => `vendor:${vendor}:${key}`;
  return {
    async get<T>(key: string) {
      const k = keyOf(key);
      const entry = (await browser.storage.local.get(k))[k] as Stored<T> | undefined;
      if (!entry || (entry.expiresAt !== undefined && entry.expiresAt <= now())) return undefined;
      return entry.value;
    },
    async set<T>(key: string, value: T, ttlMs?: number) {
      const entry: Stored<T> = { value, expiresAt: ttlMs === undefined ? undefined : now() + ttlMs };
      await browser.storage.local.set({ [keyOf(key)]: entry });
    },
  };
}
