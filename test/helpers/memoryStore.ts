import type { VendorStore } from '@/lib/vendors/types';

/** An in-memory VendorStore for integration tests, with a clock the test controls. */
export function memoryStore(now: () => number = Date.now): VendorStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const expiry = new Map<string, number>();
  return {
    data,
    async get<T>(key: string) {
      const at = expiry.get(key);
      if (at !== undefined && at <= now()) return undefined;
      return data.get(key) as T | undefined;
    },
    async set<T>(key: string, value: T, ttlMs?: number) {
      data.set(key, value);
      if (ttlMs === undefined) expiry.delete(key);
      else expiry.set(key, now() + ttlMs);
    },
  };
}
