import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/lib/background/handlers';
import { dispatch, type SenderPolicy } from '@/lib/messaging/server';
import { getKey } from '@/lib/settings/keys';
import { CONTENT_SCRIPT as content, OPTIONS_PAGE as options, POPUP_PAGE as popup, TEST_SENDER_POLICY as policy } from '../helpers/senders';
import { openTestStream } from '../helpers/streams';

const KEY = 'sk_test_0123456789abcdef_secret';

describe('background message protocol', () => {
  beforeEach(() => fakeBrowser.reset());

  it('rejects unknown and malformed messages with a clear error', async () => {
    expect(await dispatch({ type: 'deleteEverything', data: {} }, options, handlers, policy)).toEqual({
      ok: false,
      error: 'Unknown message "deleteEverything"',
    });
    expect(await dispatch('hello', options, handlers, policy)).toEqual({ ok: false, error: 'Malformed message' });
  });

  it('rejects senders a message does not accept', async () => {
    const fromContent = await dispatch({ type: 'getVendorSetups', data: {} }, content, handlers, policy);
    expect(fromContent).toEqual({ ok: false, error: '"getVendorSetups" is not accepted from this sender' });
    const otherExtension = await dispatch({ type: 'vendorStatus', data: {} }, { ...options, id: 'someone-else' }, handlers, policy);
    expect(otherExtension.ok).toBe(false);
    const notAnAts = await dispatch({ type: 'vendorStatus', data: {} }, { ...content, url: 'https://evil.example/' }, handlers, policy);
    expect(notAnAts.ok).toBe(false);
  });

  it('lets a content script on a switched-off ATS ask only whether it is off', async () => {
    const switchedOff: SenderPolicy = { ...policy, isAtsPage: () => false, isSwitchedOffAtsPage: (url) => policy.isAtsPage(url) };
    const asked = await dispatch({ type: 'atsEnabled', data: { ats: 'greenhouse' } }, content, handlers, switchedOff);
    expect(asked).toEqual({ ok: true, data: { enabled: true } });
    const status = await dispatch({ type: 'vendorStatus', data: {} }, content, handlers, switchedOff);
    expect(status).toEqual({ ok: false, error: '"vendorStatus" is not accepted from this sender' });
  });

  it('names the field that makes a request invalid', async () => {
    const [reply] = await openTestStream('lookup', { subject: { emails: ['not-an-email'] } }, popup, policy);
    expect(reply?.type).toBe('error');
    expect(reply?.type === 'error' && reply.error).toMatch(/^Invalid "lookup" request: subject\.emails\.0: /);
  });

  it('stores a key but only ever answers with its mask', async () => {
    const saved = await dispatch(
      { type: 'saveVendor', data: { vendor: 'talentscreen', enabled: true, baseUrl: '', apiKey: KEY } },
      options,
      handlers,
      policy,
    );
    expect(saved.ok).toBe(true);
    expect(JSON.stringify(saved)).not.toContain(KEY);
    expect(JSON.stringify(saved)).toContain('••••••••cret');
    expect(await getKey('talentscreen')).toBe(KEY);

    const setups = await dispatch({ type: 'getVendorSetups', data: {} }, options, handlers, policy);
    expect(JSON.stringify(setups)).not.toContain(KEY);
    const status = await dispatch({ type: 'vendorStatus', data: {} }, content, handlers, policy);
    expect(status.ok && (status.data as { vendors: { id: string; configured: boolean }[] }).vendors).toContainEqual(
      expect.objectContaining({ id: 'talentscreen', configured: true }),
    );
  });

  it('keeps the stored key when a save leaves the key field empty', async () => {
    const save = (apiKey?: string) =>
      dispatch({ type: 'saveVendor', data: { vendor: 'talentscreen', enabled: true, baseUrl: '', apiKey } }, options, handlers, policy);
    await save(KEY);
    await save(undefined);
    expect(await getKey('talentscreen')).toBe(KEY);
    await save('');
    expect(await getKey('talentscreen')).toBeUndefined();
  });

  it('answers a lookup with not_configured for a vendor without a key', async () => {
    const events = await openTestStream('lookup', { subject: { emails: ['jane@example.com'] } }, content, policy);
    expect(events.at(-1)).toEqual({ type: 'done' });
    expect(events.flatMap((e) => (e.type === 'outcome' ? [e.outcome] : []))).toContainEqual({
      state: 'not_configured',
      vendor: 'talentscreen',
    });
  });
});
