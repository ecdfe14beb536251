/**
 * The background's startup: a step that fails (storage.local.setAccessLevel on Chrome 139 and
 * older) answers every message and stream with a clear error instead of leaving it waiting, and
 * streams wait for startup like messages do (a panel on a user-added site right after the
 * worker starts is not refused).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background/main';
import { startup } from '@/lib/background/startup';
import { settingsItem } from '@/lib/settings/storage';

type Listener = (...args: unknown[]) => unknown;

/** A runtime.Port as the background sees one: what it posts is kept, what the requester sends is delivered. */
function fakePort(name: string, sender: object) {
  const onMessage: Listener[] = [];
  const onDisconnect: Listener[] = [];
  const posted: { type: string; error?: string }[] = [];
  return {
    name,
    sender,
    posted,
    postMessage: (event: { type: string }) => posted.push(event),
    disconnect: vi.fn(),
    onMessage: { addListener: (f: Listener) => onMessage.push(f) },
    onDisconnect: { addListener: (f: Listener) => onDisconnect.push(f) },
    deliver: (raw: unknown) => onMessage.forEach((f) => f(raw)),
  };
}

let messageListener: Listener | undefined;
let connectListener: Listener | undefined;
const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>>;

function stubBrowser(setAccessLevel: () => Promise<void>, startupDelayMs = 0) {
  (browser.storage!.local as Record<string, unknown>).setAccessLevel = setAccessLevel;
  browser.runtime!.onMessage = { addListener: (f: Listener) => (messageListener = f) };
  browser.runtime!.onConnect = { addListener: (f: Listener) => (connectListener = f) };
  browser.commands = { onCommand: { addListener: () => undefined } };
  browser.scripting = {
    // A slow start: the stream below arrives before the user's sites are known.
    getRegisteredContentScripts: () => new Promise((r) => setTimeout(() => r([{ id: 'site-ats.example.com' }]), startupDelayMs)),
    registerContentScripts: async () => undefined,
  };
  browser.permissions = { contains: async () => true };
}

function ask(message: unknown, sender: object): Promise<{ ok: boolean; error?: string; data?: unknown }> {
  return new Promise((resolve) => {
    const kept = messageListener?.(message, sender, resolve);
    expect(kept).toBe(true);
  });
}

const EXT_ORIGIN = () => fakeBrowser.runtime.getURL('/');
const options = () => ({ id: fakeBrowser.runtime.id, url: `${EXT_ORIGIN()}options.html` });
const userSitePage = () => ({ id: fakeBrowser.runtime.id, url: 'https://ats.example.com/candidates/42', tab: { id: 7 }, frameId: 0 });
const LOOKUP = { subject: { emails: ['jane@example.com'], ids: {} } };

describe('background startup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('names what failed, and nothing when every step worked', async () => {
    expect(await startup([{ name: 'ok', run: async () => undefined }])).toBeUndefined();
    const failure = await startup([
      { name: 'ok', run: async () => undefined },
      { name: 'locks', run: () => Promise.reject(new TypeError('setAccessLevel is not a function')) },
    ]);
    expect(failure).toMatch(/^Scorelens could not start \(setAccessLevel is not a function\)\. Update your browser/);
  });

  it('answers every message and stream with the startup error when storage cannot be locked (Chrome 139)', async () => {
    stubBrowser(() => Promise.reject(new Error('Access level can only be set for session storage')));
    startBackground();
    const reply = await ask({ type: 'getVendorSetups', data: {} }, options());
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('Scorelens could not start (Access level can only be set') });

    const port = fakePort('stream:lookup', userSitePage());
    connectListener?.(port);
    port.deliver(LOOKUP);
    await vi.waitFor(() => expect(port.posted).toHaveLength(1));
    expect(port.posted[0]).toEqual({ type: 'error', error: expect.stringContaining('Scorelens could not start') });
    expect(port.disconnect).toHaveBeenCalled();
  });

  it("accepts a stream from a user-added site that connects before startup has read the user's sites", async () => {
    await settingsItem.setValue({
      vendors: {},
      sites: [{ origin: 'https://ats.example.com', pattern: 'https://ats.example.com/*' }],
      cacheTtlMinutes: 30,
      disabledAts: [],
    });
    stubBrowser(async () => undefined, 50);
    startBackground();
    const port = fakePort('stream:lookup', userSitePage());
    // The panel connects and sends its request at once, as it does after the worker restarts.
    connectListener?.(port);
    port.deliver(LOOKUP);
    await vi.waitFor(() => expect(port.posted.at(-1)?.type).toBe('done'));
    expect(port.posted.filter((e) => e.type === 'error')).toEqual([]);
    // Each vendor that can look an email up answered (none is set up here), then done.
    const outcomes = port.posted.filter((e) => e.type === 'outcome') as unknown as { outcome: { state: string } }[];
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((e) => e.outcome.state === 'not_configured')).toBe(true);
  });
});
