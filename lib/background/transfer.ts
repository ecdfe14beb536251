/** The background's side of settings export and import (see ../settings/transfer.ts). */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { VendorId } from '../model';
import { getKey, setKey } from '../settings/keys';
import { loadSettings, updateSettings } from '../settings/settings';
import { buildExport, type SettingsExport, settingsFromImport } from '../settings/transfer';
import { VENDORS } from '../vendors';
import { rememberDisabledAts } from './atsSwitch';
import { lookupEngine } from './engineInstance';
import { addUserSite, listUserSites, removeUserSite } from './sites';

export async function exportSettings(includeKeys: boolean): Promise<SettingsExport> {
  const settings = await loadSettings();
  if (!includeKeys) return buildExport(settings);
  const keys: Partial<Record<VendorId, string>> = {};
  for (const vendor of VENDORS) keys[vendor.id] = await getKey(vendor.id);
  return buildExport(settings, keys);
}

/**
 * Applies a validated export: every check first (each site's permission, which options asked
 * for in the click), then the writes. Returns how many keys it stored.
 */
export async function importSettings(data: SettingsExport): Promise<number> {
  for (const site of data.sites) {
    if (!(await browser.permissions.contains({ origins: [site.pattern] }))) {
      throw new Error(t('importNoPermission', site.origin));
    }
  }
  const keys = Object.entries(data.keys ?? {}) as [VendorId, string][];
  for (const [vendor, key] of keys) await setKey(vendor, key);

  const next = settingsFromImport(data);
  // Sites go through the site functions (they register and unregister the content script).
  await updateSettings(
    (current) => ({ ...next, sites: current.sites }),
    ({ disabledAts }) => rememberDisabledAts(disabledAts),
  );
  const wanted = new Set(next.sites.map((s) => new URL(s.origin).origin));
  for (const site of listUserSites()) if (!wanted.has(site.origin)) await removeUserSite(site.origin);
  for (const site of next.sites) await addUserSite(site.origin, site.pattern);

  // Outcomes fetched with the old settings no longer answer.
  await lookupEngine().clearCache();
  return keys.length;
}
