import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/server';
import { vendorStore } from '@/lib/settings/vendorStore';
import { linkedHiringBranchIds } from '@/lib/vendors/hiringbranch';
import { CONTENT_SCRIPT as content, OPTIONS_PAGE as options, TEST_SENDER_POLICY as policy } from '../helpers/senders';

const HB_ID = '6806925e2d542314849ca102';

describe('panel messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers the panel layout per site, defaults elsewhere, and rejects bad widths', async () => {
    const site = 'app.greenhouse.io';
    expect(await dispatch({ type: 'getPanelPrefs', data: { site } }, content, handlers, policy)).toEqual({
      ok: true,
      data: { prefs: { dock: 'right', width: 360, collapsed: false } },
    });
    const saved = await dispatch(
      { type: 'setPanelPrefs', data: { site, dock: 'left', width: 440, collapsed: true } },
      content,
      handlers,
      policy,
    );
    expect(saved.ok).toBe(true);
    expect(await dispatch({ type: 'getPanelPrefs', data: { site } }, content, handlers, policy)).toEqual({
      ok: true,
      data: { prefs: { dock: 'left', width: 440, collapsed: true } },
    });
    expect((await dispatch({ type: 'getPanelPrefs', data: { site: 'hire.lever.co' } }, content, handlers, policy)).ok).toBe(true);
    const tooWide = await dispatch(
      { type: 'setPanelPrefs', data: { site, dock: 'left', width: 9000, collapsed: false } },
      content,
      handlers,
      policy,
    );
    expect(tooWide).toMatchObject({ ok: false, error: expect.stringContaining('width') });
    const badSite = await dispatch({ type: 'getPanelPrefs', data: { site: 'not a host/' } }, content, handlers, policy);
    expect(badSite).toMatchObject({ ok: false, error: expect.stringContaining('A site is a host name') });
    expect((await fakeBrowser.storage.local.get('panelPrefs')).panelPrefs).toEqual({
      [site]: { dock: 'left', width: 440, collapsed: true },
    });
  });

  it('links a HiringBranch id to an email, with a clear error for a malformed id', async () => {
    const bad = await dispatch(
      { type: 'linkHiringBranchId', data: { email: 'omar.haddad@example.com', id: 'abc' } },
      content,
      handlers,
      policy,
    );
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('24 characters') });
    const linked = await dispatch(
      { type: 'linkHiringBranchId', data: { email: 'Omar.Haddad@example.com', id: HB_ID.toUpperCase() } },
      content,
      handlers,
      policy,
    );
    expect(linked).toEqual({ ok: true, data: { ids: [HB_ID] } });
    expect(await linkedHiringBranchIds(vendorStore('hiringbranch'), ['omar.haddad@example.com'])).toEqual([HB_ID]);
  });

  it('accepts these messages only from the content script (openOptions from the popup too)', async () => {
    for (const type of ['getPanelPrefs', 'setPanelPrefs', 'linkHiringBranchId']) {
      expect(await dispatch({ type, data: {} }, options, handlers, policy)).toEqual({
        ok: false,
        error: `"${type}" is not accepted from this sender`,
      });
    }
    expect(await dispatch({ type: 'openOptions', data: {} }, options, handlers, policy)).toMatchObject({ ok: false });
  });
});
