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

export function memoryArea(): KeyValueArea {
  const data = new Map<string, unknown>();
  return {
    async get<T>(key: string) {
      return structuredClone(data.get(key)) as T | undefined;
    },
    async set(key, value) {
      data.set(key, structuredClone(value));
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
  const area = browser.storage.session;
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
