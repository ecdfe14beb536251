/**
 * Everything the extension stores, declared once: where each item lives, its version and
 * migrations, and whether "Forget all keys and cached data" clears it (`forgetAll` is built
 * from this list, so a new item cannot be forgotten by accident). public/PRIVACY.md describes
 * the same items for users. Background only.
 *
 * Where, by browser:
 * - `local` is `storage.local`. On Chromium it is locked to trusted contexts at startup
 *   (see ./keys.ts), so no content script reads it.
 * - `session` is `storage.session`: kept while the browser runs, gone when it closes.
 * - `private` is `storage.local` on Chromium and the extension origin's IndexedDB on Firefox,
 *   where a content script can read `storage.local`: keys and candidate data live there.
 */
import { storage } from 'wxt/utils/storage';
import { type KeyValueArea, localArea, sessionArea } from '../lookup/area';
import type { VendorId } from '../model';
import { idbArea } from './idb';
import type { Settings } from './settings';

export type StorageArea = 'local' | 'session' | 'private';

export interface StoredItem {
  /** What it is, for people (PRIVACY.md names the same). */
  name: string;
  area: StorageArea;
  /** Its storage key, or the prefix every one of its keys starts with (ending in `:`). */
  key: string;
  version: number;
  /** Cleared by "Forget all keys and cached data". */
  forget: boolean;
  /** Holds data about candidates (names, emails, ids, results). */
  candidateData: boolean;
}

export const STORED_ITEMS = {
  settings: { name: 'Settings', area: 'local', key: 'settings', version: 1, forget: false, candidateData: false },
  panelPrefs: { name: 'Panel position per site', area: 'local', key: 'panelPrefs', version: 1, forget: false, candidateData: false },
  vendorKeys: { name: 'Vendor API keys', area: 'private', key: 'vendorKeys', version: 1, forget: true, candidateData: false },
  hiringBranchLinks: {
    name: 'HiringBranch ids linked to emails',
    area: 'private',
    key: 'vendor:hiringbranch:',
    version: 1,
    forget: true,
    candidateData: true,
  },
  praxicraftIndex: {
    name: 'Praxicraft email index',
    area: 'private',
    key: 'vendor:praxicraft:',
    version: 1,
    forget: true,
    candidateData: true,
  },
  notThisPerson: {
    name: 'Identifiers marked "Not this person" per ATS candidate',
    area: 'private',
    key: 'identity:notThisPerson',
    version: 1,
    forget: true,
    candidateData: true,
  },
  otherVendorData: { name: 'Other vendor data', area: 'private', key: 'vendor:', version: 1, forget: true, candidateData: true },
  resultsCache: { name: 'Results cache', area: 'session', key: 'cache:', version: 1, forget: true, candidateData: true },
  gateState: { name: 'Rate budget per vendor', area: 'session', key: 'gate:', version: 1, forget: false, candidateData: false },
  lastCalls: { name: "Each vendor's last call", area: 'session', key: 'lastCall:', version: 1, forget: true, candidateData: false },
  alertsWatchList: {
    name: 'Candidates watched for pending results',
    area: 'private',
    key: 'alerts:watchList',
    version: 1,
    forget: true,
    candidateData: true,
  },
  alertsNewResults: {
    name: 'New results not yet opened',
    area: 'private',
    key: 'alerts:newResults',
    version: 1,
    forget: true,
    candidateData: true,
  },
  alertsEnabled: { name: 'Alerts on or off', area: 'local', key: 'alertsEnabled', version: 1, forget: false, candidateData: false },
} as const satisfies Record<string, StoredItem>;

const isFirefox = () => import.meta.env.FIREFOX;

/** The key-value area an item lives in, in this browser. */
export function areaFor(area: StorageArea): KeyValueArea {
  if (area === 'session') return sessionArea();
  if (area === 'private' && isFirefox()) return idbArea('scorelens-data', 'data');
  return localArea();
}

/** The area one item lives in; vendor keys on Firefox keep their own database, as since the first release. */
export function areaOf(item: StoredItem): KeyValueArea {
  if (item.key === STORED_ITEMS.vendorKeys.key && isFirefox()) return idbArea('scorelens-keys', 'keys');
  return areaFor(item.area);
}

// WXT items for the fixed keys in WXT's areas; their version drives WXT's migrations.
export const settingsItem = storage.defineItem<Settings>(`local:${STORED_ITEMS.settings.key}`, {
  version: STORED_ITEMS.settings.version,
});
export const panelPrefsItem = storage.defineItem<Record<string, unknown>>(`local:${STORED_ITEMS.panelPrefs.key}`, {
  fallback: {},
  version: STORED_ITEMS.panelPrefs.version,
});
/** "Alert me when pending results arrive": on unless the recruiter turned it off. */
export const alertsEnabledItem = storage.defineItem<boolean>(`local:${STORED_ITEMS.alertsEnabled.key}`, {
  fallback: true,
  version: STORED_ITEMS.alertsEnabled.version,
});
export const lastCallItem = (vendor: VendorId) =>
  storage.defineItem<unknown>(`session:${STORED_ITEMS.lastCalls.key}${vendor}`, { version: STORED_ITEMS.lastCalls.version });

/** Removes every item marked `forget` from wherever it lives. */
export async function forgetAll(): Promise<void> {
  for (const item of Object.values(STORED_ITEMS) as StoredItem[]) {
    if (!item.forget) continue;
    const area = areaOf(item);
    await area.remove(item.key.endsWith(':') ? await area.keys(item.key) : [item.key]);
  }
}

/**
 * Firefox before this version kept vendor data (candidate emails and ids) in `storage.local`,
 * which content scripts can read: move it to the extension's IndexedDB once, at startup.
 */
export async function moveCandidateDataOutOfLocal(): Promise<void> {
  if (!isFirefox()) return;
  const local = localArea();
  const keys = await local.keys(STORED_ITEMS.otherVendorData.key);
  if (!keys.length) return;
  const target = areaFor('private');
  for (const key of keys) await target.set(key, await local.get(key));
  await local.remove(keys);
}
