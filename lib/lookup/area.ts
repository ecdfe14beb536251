/**
 * A key-value area the engine keeps its state in: `storage.session` in the extension (it
 * survives the service worker stopping, not the browser closing), memory in tests and bench.
 */
import { browser } from 'wxt/browser';

export interface KeyValueArea {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** Every key starting with `prefix`. */
  keys(prefix: string): Promise<string[]>;
}

/** `quotaBytes` makes a write past it fail, as storage.session's quota does in Chrome. */
export function memoryArea(quotaBytes = Infinity): KeyValueArea {
  const data = new Map<string, unknown>();
  const used = () => [...data].reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
  return {
    async get<T>(key: string) {
      return structuredClone(data.get(key)) as T | undefined;
    },
    async set(key, value) {
      const before = data.get(key);
      data.set(key, structuredClone(value));
      if (quotaBytes !== Infinity && used() > quotaBytes) {
        if (before === undefined) data.delete(key);
        else data.set(key, before);
        throw new Error('Resource::kQuotaBytes quota exceeded');
      }
    },
    async remove(keys) {
      for (const k of keys) data.delete(k);
    },
    async keys(prefix) {
      return [...data.keys()].filter((k) => k.startsWith(prefix));
    },
  };
}

export function sessionArea(): KeyValueArea {
  return storageArea(browser.storage.session);
}

export function localArea(): KeyValueArea {
  return storageArea(browser.storage.local);
}

function storageArea(area: typeof browser.storage.local): KeyValueArea {
  return {
    async get<T>(key: string) {
      return (await area.get(key))[key] as T | undefined;
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
    async remove(keys) {
      if (keys.length) await area.remove(keys);
    },
    async keys(prefix) {
      return Object.keys(await area.get(null)).filter((k) => k.startsWith(prefix));
    },
  };
}
