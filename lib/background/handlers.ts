/** What the background does for each declared message (see ../messaging/protocol.ts). */
import { browser } from 'wxt/browser';
import type { VendorSetup } from '../messaging/protocol';
import type { Handlers } from '../messaging/server';
import type { StreamHandlers } from '../messaging/stream-server';
import type { VendorId } from '../model';
import { maskKey, setKey } from '../settings/keys';
import { forgetAll } from '../settings/storage';
import { loadSettings, saveVendorSettings, updateSettings, vendorSettings } from '../settings/settings';
import { VENDORS, vendorById } from '../vendors';
import { VendorError } from '../vendors/errors';
import { summarise } from '../lookup/summary';
import { sendToTab } from '../messaging/tab-client';
import { connectionFor, effectiveVendor } from './connections';
import { lockedChange, userPartOf } from '../settings/managed';
import { lastVendorCalls } from './lastCalls';
import { addUserSite, listUserSites, removeUserSite, userSiteFor } from './sites';
import { lookupEngine } from './engineInstance';
import { pageGoneSignal } from './tabSignal';
import { isAtsEnabled, setAtsEnabled } from './atsSwitch';
import { exportSettings, importSettings } from './transfer';
import { getPanelPrefs, setPanelPrefs } from '../settings/panelPrefs';
import { vendorStore } from '../settings/vendorStore';
import { linkHiringBranchId } from '../vendors/hiringbranch';
import { t, tMarked } from '../i18n';
import type { Subject } from '../model';
import { identifierKey, withoutIdentifiers } from '../ats/identity';
import { notThisPerson, setNotThisPerson } from '../settings/notThisPerson';
import { jobTableRow, lookupAllCost } from './jobTable';
import { alertHandlers } from './alertMessages';

/** The subject without what the recruiter marked "Not this person" for this ATS candidate. */
export async function withoutRejected(subject: Subject): Promise<Subject> {
  return withoutIdentifiers(subject, new Set(await notThisPerson(subject.ats)));
}

/**
 * The tab whose candidate the popup means: the active one, or, when the popup is itself open
 * as a tab, the web page used most recently in that window.
 */
async function candidateTab() {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!active?.url?.startsWith(browser.runtime.getURL('/'))) return active;
  const pages = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.url?.startsWith('http'));
  return pages.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

async function setupOf(vendor: VendorId): Promise<VendorSetup> {
  const client = vendorById(vendor);
  if (!client) throw new Error(t('backgroundUnknownVendor', vendor));
  // Managed (policy) values win over the user's; `locked` tells options which they are.
  const { settings, apiKey: key, locked } = await effectiveVendor(vendor);
  return {
    id: client.id,
    name: client.name,
    enabled: settings.enabled,
    configured: settings.enabled && Boolean(key),
    defaultBaseUrl: client.defaultBaseUrl,
    // Labels and hints are message keys in the vendor modules: texts in the user's language here.
    keyHint: tMarked(client.keyHint),
    fields: client.fields.map((field) => ({ ...field, label: tMarked(field.label), hint: field.hint && tMarked(field.hint) })),
    baseUrl: settings.baseUrl,
    fieldValues: settings.fields,
    maskedKey: key ? maskKey(key) : undefined,
    locked,
  };
}

export const handlers: Handlers = {
  async showPanel(_request, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { injected: false };
    // The panel (React and all) loads only on pages with a candidate: the content script stays tiny.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/panel.js'] });
    return { injected: true };
  },
  async summary({ subject }, sender) {
    // A list row's lookup stops when its page goes.
    const page = pageGoneSignal(sender.tab?.id);
    try {
      return { summary: summarise(await lookupEngine().lookup(await withoutRejected(subject), { signal: page.signal })) };
    } finally {
      page.done();
    }
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
    const [setups, calls] = await Promise.all([Promise.all(VENDORS.map((v) => setupOf(v.id))), lastVendorCalls()]);
    return { vendors: setups.map(({ id, name, enabled, configured }) => ({ id, name, enabled, configured, lastCall: calls[id] })) };
  },
  async tabCandidate() {
    const tab = await candidateTab();
    if (tab?.id === undefined) return {};
    // The content script answers with what it found; no answer (not an ATS page) means none.
    const answer = await sendToTab(tab.id, 'scorelens:currentSubject', {});
    return { subject: answer.answered ? answer.reply?.subject : undefined, atsPage: answer.answered };
  },
  async pageOutline({ reason }) {
    const tabId = (await candidateTab())?.id;
    // Only a page our content script reads (it answers) gets the outline script, in its top frame.
    const reads = tabId !== undefined && (await sendToTab(tabId, 'scorelens:currentSubject', {})).answered;
    if (tabId === undefined || !reads) throw new Error(t('outlineNoPage'));
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/outline.js'] });
    const answer = await sendToTab(tabId, 'scorelens:pageOutline', { reason }, 0);
    if (!answer.answered) throw new Error(t('outlineNoPage'));
    if (!answer.reply) throw new Error(t('outlineUnreadable'));
    return { outline: answer.reply.outline };
  },
  async getVendorSetups() {
    return { vendors: await Promise.all(VENDORS.map((v) => setupOf(v.id))) };
  },
  async saveVendor({ vendor, enabled, baseUrl, apiKey, fields }) {
    const { managed } = await effectiveVendor(vendor);
    const locked = lockedChange(managed, { enabled, baseUrl, apiKey, fields });
    if (locked) throw new Error(t('optionsSetByAdministrator', locked));
    if (apiKey !== undefined) await setKey(vendor, apiKey || undefined);
    const user = vendorSettings(await loadSettings(), vendor);
    await saveVendorSettings(vendor, userPartOf(user, { enabled, baseUrl, fields }, managed));
    // Outcomes fetched with the old settings no longer answer for this vendor.
    await lookupEngine().clearCache();
    return { vendor: await setupOf(vendor) };
  },
  async testConnection({ vendor }) {
    const client = vendorById(vendor);
    const connection = await connectionFor(vendor);
    if (!client || !connection) return { ok: false, message: t('testConnectionNotSetUp') };
    try {
      // Through the vendor's gate like every lookup: a test spends the same budget.
      const gate = lookupEngine().gateFor(client, connection.fields);
      return { ok: true, message: await client.testConnection({ ...connection, gate }) };
    } catch (error) {
      if (error instanceof VendorError) return { ok: false, message: t('testConnectionVendorError', error.message, error.code) };
      return { ok: false, message: t('testConnectionFailedUnexpectedly', client.name) };
    }
  },
  async openOptions() {
    await browser.runtime.openOptionsPage();
    return { opened: true as const };
  },
  async getPanelPrefs({ site }) {
    return { prefs: await getPanelPrefs(site) };
  },
  async setPanelPrefs({ site, dock, width, collapsed }) {
    return { prefs: await setPanelPrefs(site, { dock, width, collapsed }) };
  },
  async linkHiringBranchId({ email, id }) {
    return { ids: await linkHiringBranchId(vendorStore('hiringbranch'), email, id) };
  },
  async getGeneralSettings() {
    const { cacheTtlMinutes, disabledAts } = await loadSettings();
    return { cacheTtlMinutes, disabledAts };
  },
  async setCacheTtl({ minutes }) {
    return updateSettings(
      (settings) => ({ ...settings, cacheTtlMinutes: minutes }),
      ({ cacheTtlMinutes }) => ({ cacheTtlMinutes }),
    );
  },
  async setAtsEnabled({ ats, enabled }) {
    return { disabledAts: await setAtsEnabled(ats, enabled) };
  },
  async atsEnabled({ ats }) {
    return { enabled: isAtsEnabled(ats) };
  },
  async notThisPerson({ ats }) {
    return { rejected: await notThisPerson(ats) };
  },
  async setNotThisPerson({ ats, identifier, rejected }) {
    return { rejected: await setNotThisPerson(ats, identifierKey(identifier), rejected) };
  },
  async exportSettings({ includeKeys }) {
    return exportSettings(includeKeys);
  },
  async importSettings(data) {
    return { imported: true as const, keys: await importSettings(data) };
  },
  async jobTableRow({ subject }, sender) {
    return jobTableRow(await withoutRejected(subject), sender);
  },
  async lookupAllCost({ subjects }) {
    return lookupAllCost(await Promise.all(subjects.map(withoutRejected)));
  },
  async forgetEverything() {
    // Keys, cached results, vendor stores (linked ids, the Praxicraft index): see STORED_ITEMS.
    await forgetAll();
    return { forgotten: true as const };
  },
  ...alertHandlers,
};

export const streamHandlers: StreamHandlers = {
  async lookup({ subject, refresh }, emit, signal) {
    const wanted = await withoutRejected(subject);
    await lookupEngine().lookup(wanted, { refresh, signal, onOutcome: (outcome) => emit({ type: 'outcome', outcome }) });
  },
};
