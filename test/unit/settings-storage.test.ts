/**
 * Storage declared once (lib/settings/storage.ts): one bad stored value falls back alone, the
 * site limit is enforced when a site is added, settings updates never undo each other, and
 * "Forget all" clears exactly the items marked for it, wherever they live.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setAtsEnabled } from '@/lib/background/atsSwitch';
import { handlers } from '@/lib/background/handlers';
import { recordVendorCall } from '@/lib/background/lastCalls';
import { addUserSite, listUserSites, loadUserSites, removeUserSite } from '@/lib/background/sites';
import { sessionArea } from '@/lib/lookup/area';
import { OutcomeCache } from '@/lib/lookup/cache';
import { VendorGate } from '@/lib/lookup/gate';
import { getKey, setKey } from '@/lib/settings/keys';
import { setPanelPrefs } from '@/lib/settings/panelPrefs';
import { DEFAULT_SETTINGS, loadSettings, MAX_USER_SITES, saveVendorSettings, updateSettings } from '@/lib/settings/settings';
import { settingsItem, STORED_ITEMS, type StoredItem } from '@/lib/settings/storage';
import { vendorStore } from '@/lib/settings/vendorStore';
import { linkHiringBranchId } from '@/lib/vendors/hiringbranch/links';

const site = (n: number) => ({ origin: `https://ats${n}.example.com`, pattern: `https://ats${n}.example.com/*` });
const VENDOR = { enabled: false, baseUrl: 'https://ts.example.com/api', fields: { region: 'eu' } };
const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
const removedPermissions: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  removedPermissions.length = 0;
  browser.scripting = {
    getRegisteredContentScripts: async () => [],
    registerContentScripts: async () => undefined,
    unregisterContentScripts: async () => undefined,
  };
  browser.permissions = {
    contains: async () => true,
    remove: async ({ origins }: { origins: string[] }) => removedPermissions.push(...origins),
  };
  browser.runtime!.getManifest = () => ({ content_scripts: [{ js: ['content-scripts/ats.js'] }] });
});

describe('settings read field by field', () => {
  it('keeps every other setting (and every site) when the stored sites exceed the limit', async () => {
    const sites = Array.from({ length: MAX_USER_SITES + 1 }, (_, i) => site(i));
    await settingsItem.setValue({ vendors: { talentscreen: VENDOR }, sites, cacheTtlMinutes: 90, disabledAts: ['lever'] });
    const settings = await loadSettings();
    expect(settings).toEqual({ vendors: { talentscreen: VENDOR }, sites, cacheTtlMinutes: 90, disabledAts: ['lever'] });
    // Options can still remove the 51st, and removing it gives its permission back.
    await loadUserSites();
    await removeUserSite(site(MAX_USER_SITES).origin);
    expect(listUserSites()).toHaveLength(MAX_USER_SITES);
    expect(removedPermissions).toEqual([site(MAX_USER_SITES).pattern]);
  });

  it('drops only the bad value: a vendor, a site, the cache lifetime', async () => {
    const raw = {
      vendors: { talentscreen: VENDOR, nova: { enabled: 'yes' }, myspace: { enabled: true } },
      sites: [site(1), { origin: 'not a url', pattern: '' }, site(2)],
      cacheTtlMinutes: 'soon',
      disabledAts: ['greenhouse', 42],
    };
    await fakeBrowser.storage.local.set({ settings: raw });
    expect(await loadSettings()).toEqual({
      vendors: { talentscreen: VENDOR },
      sites: [site(1), site(2)],
      cacheTtlMinutes: DEFAULT_SETTINGS.cacheTtlMinutes,
      disabledAts: ['greenhouse'],
    });
    // Nothing stored at all, or not even an object: the defaults.
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings written one update at a time', () => {
  it('refuses the 51st site with a clear message and stores nothing for it', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sites: Array.from({ length: MAX_USER_SITES }, (_, i) => site(i)) });
    await loadUserSites();
    await expect(addUserSite('https://one-more.example.com')).rejects.toThrow('You can add up to 50 sites; remove one first');
    expect((await loadSettings()).sites).toHaveLength(MAX_USER_SITES);
    // Replacing a site already there is not a 51st.
    await expect(addUserSite(site(3).origin, 'https://ats3.example.com/candidates/*')).resolves.toHaveLength(MAX_USER_SITES);
  });

  it('keeps every change made at the same time', async () => {
    await Promise.all([
      setAtsEnabled('lever', false),
      setAtsEnabled('ashby', false),
      saveVendorSettings('talentscreen', VENDOR),
      handlers.setCacheTtl({ minutes: 5 }, {}),
      addUserSite(site(1).origin),
      addUserSite(site(2).origin),
      saveVendorSettings('nova', { enabled: true, baseUrl: '', fields: { tenantId: 'acme' } }),
      setAtsEnabled('workable', false),
    ]);
    const settings = await loadSettings();
    expect(settings.disabledAts.sort()).toEqual(['ashby', 'lever', 'workable']);
    expect(settings.cacheTtlMinutes).toBe(5);
    expect(Object.keys(settings.vendors).sort()).toEqual(['nova', 'talentscreen']);
    expect(settings.sites.map((s) => s.origin).sort()).toEqual([site(1).origin, site(2).origin]);
  });

  it('writes nothing when an update refuses', async () => {
    await updateSettings((s) => ({ ...s, cacheTtlMinutes: 10 }));
    await expect(
      updateSettings(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await loadSettings()).cacheTtlMinutes).toBe(10);
  });

  it('keeps a permission another site or a custom base URL still needs', async () => {
    await saveVendorSettings('talentscreen', { ...VENDOR, baseUrl: 'https://ats1.example.com/ts' });
    await addUserSite(site(1).origin);
    await removeUserSite(site(1).origin);
    expect(removedPermissions).toEqual([]);
  });
});

describe('Forget all', () => {
  const keysIn = async (area: 'local' | 'session') => Object.keys(await fakeBrowser.storage[area].get(null));
  const covered = (key: string, area: 'local' | 'session') =>
    (Object.values(STORED_ITEMS) as StoredItem[]).some(
      (item) =>
        (item.area === area || (item.area === 'private' && area === 'local')) &&
        (key === item.key || (item.key.endsWith(':') && key.startsWith(item.key)) || key === `${item.key}$`),
    );

  it('clears every item marked for it and nothing else; every stored key is declared', async () => {
    // Fill every item through the code that writes it.
    await saveVendorSettings('talentscreen', VENDOR);
    await setPanelPrefs('app.greenhouse.io', { dock: 'left', width: 400, collapsed: false });
    await setKey('talentscreen', 'sk_test_forget_me_0001');
    await linkHiringBranchId(vendorStore('hiringbranch'), 'jane@example.com', 'a'.repeat(24));
    await vendorStore('praxicraft').set('emailIndex.v1', { byEmail: { 'jane@example.com': [] } }, 60_000);
    const cache = new OutcomeCache(sessionArea(), async () => 60_000);
    await cache.set('talentscreen', 'jane', { state: 'no_match', vendor: 'talentscreen', fetchedAt: 1 });
    const gate = new VendorGate('TalentScreen', { concurrency: 1 }, sessionArea(), 'gate:talentscreen');
    (await gate.acquire())();
    await recordVendorCall({ state: 'no_match', vendor: 'talentscreen', fetchedAt: 1 });
    await new Promise((r) => setTimeout(r, 10));

    for (const area of ['local', 'session'] as const) {
      for (const key of await keysIn(area)) expect(covered(key, area), `${area}:${key} is declared in STORED_ITEMS`).toBe(true);
    }
    expect(await keysIn('session')).toEqual(expect.arrayContaining(['gate:talentscreen', 'lastCall:talentscreen']));

    expect(await handlers.forgetEverything({}, {})).toEqual({ forgotten: true });
    expect(await getKey('talentscreen')).toBeUndefined();
    expect(await vendorStore('hiringbranch').get('links')).toBeUndefined();
    expect(await vendorStore('praxicraft').get('emailIndex.v1')).toBeUndefined();
    expect(await cache.get('talentscreen', 'jane')).toBeUndefined();
    // Kept: settings, the panel's place, the rate budget already spent.
    expect((await loadSettings()).vendors.talentscreen).toEqual(VENDOR);
    expect((await keysIn('local')).filter((k) => !k.endsWith('$')).sort()).toEqual(['panelPrefs', 'settings']);
    expect((await keysIn('session')).filter((k) => !k.endsWith('$'))).toEqual(['gate:talentscreen']);
  });
});
