/**
 * The extension origin's IndexedDB as a key-value area. On Firefox a content script can read
 * `storage.local`, so what no page may see (keys, candidate data) lives here instead: no
 * content script or page can open the extension's IndexedDB.
 */
import type { KeyValueArea } from '../lookup/area';

function open(dbName: string, storeName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function idbArea(dbName: string, storeName: string): KeyValueArea {
  async function run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest | undefined): Promise<T> {
    const db = await open(dbName, storeName);
    try {
      return await new Promise<T>((resolve, reject) => {
        const tx = db.transaction(storeName, mode);
        const request = op(tx.objectStore(storeName));
        tx.oncomplete = () => resolve(request?.result as T);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }
  return {
    get: <T>(key: string) => run<T | undefined>('readonly', (s) => s.get(key)),
    async set(key, value) {
      await run('readwrite', (s) => s.put(value, key));
    },
    async remove(keys) {
      if (keys.length) await run('readwrite', (s) => (keys.forEach((k) => s.delete(k)), undefined));
    },
    async keys(prefix) {
      const all = await run<IDBValidKey[]>('readonly', (s) => s.getAllKeys());
      return all.map(String).filter((k) => k.startsWith(prefix));
    },
  };
}
