/**
 * Vendor keys, readable by the background alone.
 * - Chromium: `storage.local`, restricted to trusted contexts (see `lockKeyStorage`), so a
 *   content script cannot read it.
 * - Firefox: a content script can read `storage.local`, so keys live in the extension
 *   origin's IndexedDB, which no content script or page can open.
 */
import { browser } from 'wxt/browser';
import type { VendorId } from '../model';

type KeyMap = Partial<Record<VendorId, string>>;

const STORAGE_KEY = 'vendorKeys';

/** Call once when the background starts, before any key is written. */
export async function lockKeyStorage(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  await browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}

function openKeyDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('scorelens-keys', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('keys');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function idb<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openKeyDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = run(db.transaction('keys', mode).objectStore('keys'));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

async function readAll(): Promise<KeyMap> {
  if (import.meta.env.FIREFOX) return (await idb<KeyMap | undefined>('readonly', (s) => s.get(STORAGE_KEY))) ?? {};
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return (stored[STORAGE_KEY] as KeyMap | undefined) ?? {};
}

async function writeAll(keys: KeyMap): Promise<void> {
  if (import.meta.env.FIREFOX) {
    await idb('readwrite', (s) => s.put(keys, STORAGE_KEY));
    return;
  }
  await browser.storage.local.set({ [STORAGE_KEY]: keys });
}

export async function getKey(vendor: VendorId): Promise<string | undefined> {
  return (await readAll())[vendor] || undefined;
}

/** `undefined` removes the key. */
export async function setKey(vendor: VendorId, key: string | undefined): Promise<void> {
  const keys = await readAll();
  if (key) keys[vendor] = key;
  else delete keys[vendor];
  await writeAll(keys);
}

export async function forgetAllKeys(): Promise<void> {
  await writeAll({});
}

/** What the UI may show of a key: its shape, never its content. */
export function maskKey(key: string): string {
  const tail = key.length >= 16 ? key.slice(-4) : '';
  return `${'•'.repeat(8)}${tail}`;
}
