import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/server';
import { getKey, setKey } from '@/lib/settings/keys';
import { DEFAULT_SETTINGS, loadSettings, type Settings, settingsItem } from '@/lib/settings/settings';
import {
  buildExport,
  importPermissionOrigins,
  parseSettingsImport,
  SettingsExportSchema,
  serialiseExport,
  settingsFromImport,
} from '@/lib/settings/transfer';
import { CONTENT_SCRIPT as content, OPTIONS_PAGE as options, TEST_SENDER_POLICY as policy } from '../helpers/senders';

const KEY = 'sk_test_0123456789abcdef_secret';
const SETTINGS: Settings = {
  vendors: {
    talentscreen: { enabled: true, baseUrl: '', fields: {} },
    hrflow: { enabled: false, baseUrl: 'https://api.hrflow.example/v1', fields: { sourceKey: 'src-1', boardKey: 'board-2' } },
  },
  sites: [{ origin: 'https://ats.example.com', pattern: 'https://ats.example.com/candidates/*' }],
  cacheTtlMinutes: 90,
  disabledAts: ['lever'],
};

describe('settings export', () => {
  it('carries every non-secret setting, and no key unless asked', () => {
    const exported = buildExport(SETTINGS, undefined, new Date('2026-01-02T03:04:05Z'));
    expect(exported).toEqual({
      format: 'scorelens-settings',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
      ...SETTINGS,
    });
    expect(exported).not.toHaveProperty('keys');
    expect(SettingsExportSchema.safeParse(exported).success).toBe(true);
  });

  it('carries the keys that exist when asked', () => {
    const exported = buildExport(SETTINGS, { talentscreen: KEY, nova: undefined });
    expect(exported.keys).toEqual({ talentscreen: KEY });
  });

  it('round-trips through its JSON text', () => {
    const text = serialiseExport(buildExport(SETTINGS, { nova: KEY }));
    const result = parseSettingsImport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(settingsFromImport(result.data)).toEqual(SETTINGS);
    expect(result.data.keys).toEqual({ nova: KEY });
  });
});

describe('settings import validation', () => {
  const valid = () => JSON.parse(serialiseExport(buildExport(SETTINGS))) as Record<string, unknown>;

  it('names every bad field with its path', () => {
    const file = valid();
    file.cacheTtlMinutes = 'soon';
    file.vendors = { talentscreen: { enabled: true, baseUrl: 'ftp://x', fields: {} }, acme: { enabled: true, baseUrl: '', fields: {} } };
    file.disabledAts = ['greenhouse', 'myspace'];
    file.sites = [{ origin: 'https://ats.example.com', pattern: 'not a pattern' }];
    const result = parseSettingsImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath.cacheTtlMinutes).toBe('Cache lifetime must be a whole number of minutes from 0 to 1440');
    expect(byPath['vendors.talentscreen.baseUrl']).toBe('Base URL must be empty (the documented default) or an http(s) URL');
    expect(byPath['disabledAts.1']).toMatch(/^Unknown ATS/);
    expect(byPath['sites.0.pattern']).toMatch(/^Not a valid URL pattern/);
    expect(Object.keys(byPath).some((path) => path.startsWith('vendors'))).toBe(true);
    expect(result.problems.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a file that is not JSON, not ours, or of another version', () => {
    const notJson = parseSettingsImport('{ nope');
    expect(notJson.ok || notJson.problems[0]).toMatchObject({ path: '(file)', message: expect.stringMatching(/^Not valid JSON/) });
    const other = parseSettingsImport(JSON.stringify({ ...valid(), format: 'other', version: 2 }));
    expect(other.ok || other.problems.map((p) => p.path)).toEqual(['format', 'version']);
  });

  it('names unknown fields instead of dropping them silently', () => {
    const result = parseSettingsImport(JSON.stringify({ ...valid(), cacheTTL: 5 }));
    expect(result.ok || result.problems).toEqual([{ path: '(file)', message: 'Unknown field(s): cacheTTL' }]);
  });

  it('rejects an empty key and a fractional or out-of-range cache lifetime', () => {
    for (const cacheTtlMinutes of [1.5, -1, 1441]) {
      const result = parseSettingsImport(JSON.stringify({ ...valid(), cacheTtlMinutes }));
      expect(result.ok || result.problems.map((p) => p.path)).toEqual(['cacheTtlMinutes']);
    }
    const emptyKey = parseSettingsImport(JSON.stringify({ ...valid(), keys: { nova: '  ' } }));
    expect(emptyKey.ok || emptyKey.problems).toEqual([{ path: 'keys.nova', message: 'A key cannot be empty' }]);
  });

  it('asks permission for the sites and custom base URL hosts of an import', () => {
    const result = parseSettingsImport(serialiseExport(buildExport(SETTINGS)));
    expect(result.ok && importPermissionOrigins(result.data)).toEqual([
      'https://ats.example.com/candidates/*',
      'https://api.hrflow.example/*',
    ]);
  });
});

describe('settings messages in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('exports keys only to options, and only when asked', async () => {
    await setKey('nova', KEY);
    const without = await dispatch({ type: 'exportSettings', data: { includeKeys: false } }, options, handlers, policy);
    expect(JSON.stringify(without)).not.toContain(KEY);
    const withKeys = await dispatch({ type: 'exportSettings', data: { includeKeys: true } }, options, handlers, policy);
    expect(withKeys).toMatchObject({ ok: true, data: { keys: { nova: KEY } } });
    const fromContent = await dispatch({ type: 'exportSettings', data: { includeKeys: true } }, content, handlers, policy);
    expect(fromContent).toEqual({ ok: false, error: '"exportSettings" is not accepted from this sender' });
  });

  it('imports nothing from an invalid file', async () => {
    const bad = { ...buildExport({ ...DEFAULT_SETTINGS, cacheTtlMinutes: 5 }), cacheTtlMinutes: 'soon', keys: { nova: KEY } };
    const reply = await dispatch({ type: 'importSettings', data: bad }, options, handlers, policy);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('cacheTtlMinutes') });
    expect((await loadSettings()).cacheTtlMinutes).toBe(DEFAULT_SETTINGS.cacheTtlMinutes);
    expect(await getKey('nova')).toBeUndefined();
  });

  it('imports settings and keys from a valid file', async () => {
    const data = buildExport({ ...DEFAULT_SETTINGS, cacheTtlMinutes: 5, disabledAts: ['greenhouse'] }, { nova: KEY });
    const reply = await dispatch({ type: 'importSettings', data }, options, handlers, policy);
    expect(reply).toEqual({ ok: true, data: { imported: true, keys: 1 } });
    expect(await settingsItem.getValue()).toMatchObject({ cacheTtlMinutes: 5, disabledAts: ['greenhouse'] });
    expect(await getKey('nova')).toBe(KEY);
    const asked = await dispatch({ type: 'atsEnabled', data: { ats: 'greenhouse' } }, content, handlers, policy);
    expect(asked).toEqual({ ok: true, data: { enabled: false } });
  });

  it('switches a built-in ATS off and on, and saves the cache lifetime', async () => {
    expect(await dispatch({ type: 'setAtsEnabled', data: { ats: 'lever', enabled: false } }, options, handlers, policy)).toEqual({
      ok: true,
      data: { disabledAts: ['lever'] },
    });
    expect(await dispatch({ type: 'atsEnabled', data: { ats: 'lever' } }, content, handlers, policy)).toEqual({
      ok: true,
      data: { enabled: false },
    });
    await dispatch({ type: 'setAtsEnabled', data: { ats: 'lever', enabled: true } }, options, handlers, policy);
    expect(await dispatch({ type: 'atsEnabled', data: { ats: 'lever' } }, content, handlers, policy)).toEqual({
      ok: true,
      data: { enabled: true },
    });
    expect((await dispatch({ type: 'setAtsEnabled', data: { ats: 'myspace', enabled: false } }, options, handlers, policy)).ok).toBe(false);

    expect(await dispatch({ type: 'setCacheTtl', data: { minutes: 120 } }, options, handlers, policy)).toEqual({
      ok: true,
      data: { cacheTtlMinutes: 120 },
    });
    expect((await loadSettings()).cacheTtlMinutes).toBe(120);
    const bad = await dispatch({ type: 'setCacheTtl', data: { minutes: 5000 } }, options, handlers, policy);
    expect(bad).toEqual({
      ok: false,
      error: 'Invalid "setCacheTtl" request: minutes: Cache lifetime must be a whole number of minutes from 0 to 1440',
    });
  });
});
