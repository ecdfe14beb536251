/**
 * A vendor's slice of private storage, with optional expiry (see VendorStore). It holds
 * candidate data (linked ids, the Praxicraft email index), so it lives where no content script
 * reads it: `storage.local` locked to trusted contexts on Chromium, IndexedDB on Firefox.
 */
import type { VendorId } from '../model';
import type { VendorStore } from '../vendors/types';
import { areaFor, STORED_ITEMS } from './storage';

interface Stored<T> {
  value: T;
  expiresAt?: number;
}

export function vendorStore(vendor: VendorId, now: () => number = Date.now): VendorStore {
  const area = areaFor(STORED_ITEMS.otherVendorData.area);
  const keyOf = (key: string) => `${STORED_ITEMS.otherVendorData.key}${vendor}:${key}`;
  return {
    async get<T>(key: string) {
      const entry = await area.get<Stored<T>>(keyOf(key));
      if (!entry || (entry.expiresAt !== undefined && entry.expiresAt <= now())) return undefined;
      return entry.value;
    },
    async set<T>(key: string, value: T, ttlMs?: number) {
      const entry: Stored<T> = { value, expiresAt: ttlMs === undefined ? undefined : now() + ttlMs };
      await area.set(keyOf(key), entry);
    },
  };
}
