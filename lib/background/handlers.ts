/** What the background does for each declared message (see ../messaging/protocol.ts). */
import { browser } from 'wxt/browser';
import type { VendorSetup } from '../messaging/protocol';
import type { Handlers } from '../messaging/server';
import type { StreamHandlers } from '../messaging/stream-server';
import type { VendorId } from '../model';
import { forgetAllKeys, getKey, maskKey, setKey } from '../settings/keys';
import { loadSettings, saveVendorSettings, vendorSettings } from '../settings/settings';
import { VENDORS, vendorById } from '../vendors';
import { VendorError } from '../vendors/errors';
import { summarise } from '../lookup/summary';
import { connectionFor } from './connections';
import { addUserSite, listUserSites, removeUserSite, userSiteFor } from './sites';
import { lookupEngine } from './engine';

async function setupOf(vendor: VendorId): Promise<VendorSetup> {
  const client = vendorById(vendor);
  if (!client) throw new Error(`Unknown vendor ${vendor}`);
  const settings = vendorSettings(await loadSettings(), vendor);
  const key = await getKey(vendor);
  return {
    id: client.id,
    name: client.name,
    enabled: settings.enabled,
    configured: settings.enabled && Boolean(key),
    defaultBaseUrl: client.defaultBaseUrl,
    keyHint: client.keyHint,
    fields: client.fields,
    baseUrl: settings.baseUrl,
    fieldValues: settings.fields,
    maskedKey: key ? maskKey(key) : undefined,
  };
}

export const handlers: Handlers = {
  async lookup({ subject, refresh }) {
    return { outcomes: await lookupEngine().lookup(subject, { refresh }) };
  },
  async showPanel(_request, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { injected: false };
    // The panel (React and all) loads only on pages with a candidate: the content script stays tiny.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/panel.js'] });
    return { injected: true };
  },
  async summary({ subject }) {
    return { summary: summarise(await lookupEngine().lookup(subject)) };
  },
  async siteFor({ url }) {
    return { site: userSiteFor(url) };
  },
  async listSites() {
    return { sites: listUserSites() };
  },
  async addSite({ origin, pattern }) {
    return { sites: await addUserSite(origin, pattern) };
  },
  async removeSite({ origin }) {
    return { sites: await removeUserSite(origin) };
  },
  async vendorStatus() {
    const setups = await Promise.all(VENDORS.map((v) => setupOf(v.id)));
    return { vendors: setups.map(({ id, name, enabled, configured }) => ({ id, name, enabled, configured })) };
  },
  async getVendorSetups() {
    return { vendors: await Promise.all(VENDORS.map((v) => setupOf(v.id))) };
  },
  async saveVendor({ vendor, enabled, baseUrl, apiKey, fields }) {
    if (apiKey !== undefined) await setKey(vendor, apiKey || undefined);
    await saveVendorSettings(vendor, { enabled, baseUrl, fields });
    // Outcomes fetched with the old settings no longer answer for this vendor.
    await lookupEngine().clearCache();
    return { vendor: await setupOf(vendor) };
  },
  async testConnection({ vendor }) {
    const client = vendorById(vendor);
    const connection = await connectionFor(vendor);
    if (!client || !connection) return { ok: false, message: 'Enable the vendor and save a key first' };
    try {
      return { ok: true, message: await client.testConnection(connection) };
    } catch (error) {
      if (error instanceof VendorError) return { ok: false, message: `${error.message} (${error.code})` };
      return { ok: false, message: `${client.name}: the connection test failed unexpectedly` };
    }
  },
  async forgetEverything() {
    await forgetAllKeys();
    await lookupEngine().clearCache();
    // Vendor stores (linked ids, the Praxicraft index) hold candidate data too.
    const stored = await browser.storage.local.get(null);
    await browser.storage.local.remove(Object.keys(stored).filter((k) => k.startsWith('vendor:')));
    return { forgotten: true as const };
  },
};

export const streamHandlers: StreamHandlers = {
  async lookup({ subject, refresh }, emit, signal) {
    await lookupEngine().lookup(subject, { refresh, signal, onOutcome: (outcome) => emit({ type: 'outcome', outcome }) });
  },
};
