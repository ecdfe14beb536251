/**
 * Vendor keys, readable by the background alone.
 * - Chromium: `storage.local`, restricted to trusted contexts (see `lockKeyStorage`), so a
 *   content script cannot read it.
 * - Firefox: a content script can read `storage.local`, so keys live in the extension
 *   origin's IndexedDB, which no content script or page can open.
 */
import { browser } from 'wxt/browser';
import type { VendorId } from '../model';
import { areaOf, STORED_ITEMS } from './storage';

type KeyMap = Partial<Record<VendorId, string>>;

/** Call once when the background starts, before any key is written. */
export async function lockKeyStorage(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  await browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}

async function readAll(): Promise<KeyMap> {
  return (await areaOf(STORED_ITEMS.vendorKeys).get<KeyMap>(STORED_ITEMS.vendorKeys.key)) ?? {};
}

async function writeAll(keys: KeyMap): Promise<void> {
  await areaOf(STORED_ITEMS.vendorKeys).set(STORED_ITEMS.vendorKeys.key, keys);
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

/** What the UI may show of a key: its shape, never its content. */
export function maskKey(key: string): string {
  const tail = key.length >= 16 ? key.slice(-4) : '';
  return `${'•'.repeat(8)}${tail}`;
}
