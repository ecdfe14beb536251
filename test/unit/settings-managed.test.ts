import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionFor, effectiveVendor } from '@/lib/background/connections';
import { handlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/server';
import { getKey, setKey } from '@/lib/settings/keys';
import { loadManagedPolicy, parseManagedPolicy } from '@/lib/settings/managed';
import { loadSettings, saveVendorSettings } from '@/lib/settings/settings';
import { OPTIONS_PAGE as options, TEST_SENDER_POLICY as senderPolicy } from '../helpers/senders';

const POLICY_KEY = 'ts_policy_key_0123456789abcdef';
const USER_KEY = 'ts_user_key_fedcba9876543210';

const setPolicy = (policy: unknown) => fakeBrowser.storage.managed.set({ vendors: policy });

describe('managed policy', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('is empty when no policy is set or managed storage rejects', async () => {
    expect(await loadManagedPolicy()).toEqual({});
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await loadManagedPolicy()).toEqual({});
  });

  it('wins over the user settings and key', async () => {
    await saveVendorSettings('talentscreen', { enabled: false, baseUrl: 'https://user.example/api', fields: { a: 'user', b: 'user' } });
    await setKey('talentscreen', USER_KEY);
    await setPolicy({ talentscreen: { enabled: true, apiKey: POLICY_KEY, fields: { a: 'admin' } } });

    const effective = await effectiveVendor('talentscreen');
    expect(effective.settings).toEqual({ enabled: true, baseUrl: 'https://user.example/api', fields: { a: 'admin', b: 'user' } });
    expect(effective.apiKey).toBe(POLICY_KEY);
    expect(effective.locked).toEqual({ enabled: true, apiKey: true, fields: ['a'] });
    const connection = await connectionFor('talentscreen');
    expect(connection).toMatchObject({ apiKey: POLICY_KEY, baseUrl: 'https://user.example/api', fields: { a: 'admin', b: 'user' } });
    // The user's own values are left as they were, for when the policy goes away.
    expect(await getKey('talentscreen')).toBe(USER_KEY);
  });

  it('makes a vendor usable with no user key at all', async () => {
    expect(await connectionFor('nova')).toBeUndefined(); // enabled by default, but no key
    await setPolicy({ nova: { apiKey: POLICY_KEY } });
    expect(await connectionFor('nova')).toMatchObject({ apiKey: POLICY_KEY });
    // Policy can switch a vendor off even when the user has a key.
    await setKey('praxicraft', USER_KEY);
    expect(await connectionFor('praxicraft')).toBeDefined();
    await setPolicy({ praxicraft: { enabled: false } });
    expect(await connectionFor('praxicraft')).toBeUndefined();
  });

  it('ignores each bad value with a warning naming the field, never the value', async () => {
    const policy = parseManagedPolicy({
      vendors: {
        talentscreen: { enabled: 'yes', apiKey: POLICY_KEY, baseUrl: 'ftp://bad.example', fields: { ok: 'fine', bad: 42 } },
        myspace: { apiKey: 'secret-of-unknown-vendor' },
        nova: 'not an object',
        hrflow: { apiKey: 12345678901234 },
      },
    });
    expect(policy).toEqual({ talentscreen: { apiKey: POLICY_KEY, fields: { ok: 'fine' } }, hrflow: { fields: {} } });
    const logged = warn.mock.calls.map((c) => String(c[0]));
    for (const path of [
      'vendors.talentscreen.enabled',
      'vendors.talentscreen.baseUrl',
      'vendors.talentscreen.fields.bad',
      'vendors.myspace',
      'vendors.nova',
      'vendors.hrflow.apiKey',
    ])
      expect(logged.some((line) => line.includes(path))).toBe(true);
    expect(logged.join('\n')).not.toMatch(/secret-of-unknown-vendor|12345678901234|ts_policy/);
    expect(parseManagedPolicy('garbage')).toEqual({});
    expect(parseManagedPolicy({ vendors: [] })).toEqual({});
  });

  it('reports locked fields to options, with the policy key masked', async () => {
    await setPolicy({ talentscreen: { enabled: true, apiKey: POLICY_KEY, baseUrl: 'https://ts.corp.example/' } });
    const reply = await dispatch({ type: 'getVendorSetups', data: {} }, options, handlers, senderPolicy);
    expect(reply.ok).toBe(true);
    expect(JSON.stringify(reply)).not.toContain(POLICY_KEY);
    const vendors = (reply as { data: { vendors: { id: string; locked: object; maskedKey?: string; baseUrl: string }[] } }).data.vendors;
    const ts = vendors.find((v) => v.id === 'talentscreen');
    expect(ts).toMatchObject({ locked: { enabled: true, apiKey: true, baseUrl: true }, baseUrl: 'https://ts.corp.example/' });
    expect(ts?.maskedKey).toMatch(/cdef$/);
    expect(vendors.find((v) => v.id === 'nova')?.locked).toEqual({});
  });

  it('refuses to change a locked value in saveVendor, and saves unlocked ones', async () => {
    await setPolicy({ talentscreen: { enabled: true, apiKey: POLICY_KEY, fields: { region: 'eu' } } });
    const save = (data: object) =>
      dispatch(
        { type: 'saveVendor', data: { vendor: 'talentscreen', enabled: true, baseUrl: '', ...data } },
        options,
        handlers,
        senderPolicy,
      );

    for (const [data, field] of [
      [{ enabled: false }, 'Enabled'],
      [{ apiKey: 'another-key-123456' }, 'API key'],
      [{ apiKey: '' }, 'API key'],
      [{ fields: { region: 'us' } }, 'region'],
    ] as const) {
      const reply = await save(data);
      expect(reply).toEqual({ ok: false, error: `${field} is set by your administrator and cannot be changed here` });
    }
    expect(await getKey('talentscreen')).toBeUndefined();

    // What options sends for a locked form: the managed values, no key. The unlocked base URL is saved.
    const ok = await save({ baseUrl: 'https://ts.user.example/', fields: { region: 'eu' } });
    expect(ok.ok).toBe(true);
    // Stored as the user's own: the policy's values are not copied into the user's settings.
    expect((await loadSettings()).vendors.talentscreen).toEqual({ enabled: true, baseUrl: 'https://ts.user.example/', fields: {} });
  });
});
