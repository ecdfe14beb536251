import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { greenhouse } from '@/lib/ats/greenhouse';
import { detectList } from '@/lib/ats/listDetection';
import { PANEL_TAG, panelBridge } from '@/lib/content/bridge';
import { installListReader } from '@/lib/content/listReader';
import { startPageSession } from '@/lib/content/session';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/ats/greenhouse', file), 'utf8');
const html = fixture('candidate.html');
const tick = (ms = 200) => new Promise((r) => setTimeout(r, ms));

/** A stand-in for WXT's content-script context: what the session uses of it. */
function fakeContext() {
  const callbacks: (() => void)[] = [];
  return { onInvalidated: (cb: () => void) => callbacks.push(cb), invalidate: () => callbacks.forEach((cb) => cb()) };
}

let messages: { type: string }[] = [];
/** happy-dom's own way to put the test page at an ATS address. */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

beforeEach(() => {
  fakeBrowser.reset();
  messages = [];
  // The background's way of answering (see lib/background/main.ts): sendResponse, then true.
  fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender: unknown, sendResponse: (r: unknown) => void) => {
    messages.push(message);
    sendResponse({ ok: true, data: { injected: true } });
    return true;
  });
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  setUrl('https://app.greenhouse.io/people/4410023?application_id=8812001');
});
afterEach(() => panelBridge().publish({ kind: 'none' }));

describe('content script page session', () => {
  it('publishes the candidate, asks for the panel once, and follows a change of candidate', async () => {
    const ctx = fakeContext();
    startPageSession(ctx, greenhouse);
    onTestFinished(() => ctx.invalidate());
    const bridge = panelBridge();
    expect(bridge.view).toMatchObject({ kind: 'candidate', subject: { emails: ['jane.doe@example.com'] } });
    await tick(50);
    expect(messages.filter((m) => m.type === 'showPanel')).toHaveLength(1);

    // A drawer-like swap: the candidate's email changes in place.
    const link = document.querySelector('a[href="mailto:jane.doe@example.com"]');
    link?.replaceWith(
      Object.assign(document.createElement('a'), { href: 'mailto:omar.haddad@example.com', textContent: 'omar.haddad@example.com' }),
    );
    await tick();
    expect(bridge.view).toMatchObject({ kind: 'candidate', subject: { emails: ['omar.haddad@example.com'] } });
    expect(messages.filter((m) => m.type === 'showPanel')).toHaveLength(1);
  });

  it('stops listening and removes what it added when its context is invalidated', async () => {
    const ctx = fakeContext();
    startPageSession(ctx, greenhouse);
    const bridge = panelBridge();
    document.body.append(document.createElement(PANEL_TAG));
    ctx.invalidate();
    expect(bridge.view).toEqual({ kind: 'none' });
    expect(document.querySelector(PANEL_TAG)).toBeNull();

    // Changes after invalidation go unnoticed: no observer, poll or listener is left.
    const link = document.querySelector('a[href="mailto:jane.doe@example.com"]');
    link?.replaceWith(Object.assign(document.createElement('a'), { href: 'mailto:li.wei@example.com', textContent: 'li.wei@example.com' }));
    setUrl('https://app.greenhouse.io/people/4410026');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick(1_200);
    expect(bridge.view).toEqual({ kind: 'none' });
  });

  it('on a list page, asks for the panel, whose list reader then publishes every row', async () => {
    document.body.innerHTML = new DOMParser().parseFromString(fixture('list.html'), 'text/html').body.innerHTML;
    setUrl('https://app.greenhouse.io/people?sort=last_activity');
    const ctx = fakeContext();
    startPageSession(ctx, greenhouse);
    onTestFinished(() => ctx.invalidate());
    const bridge = panelBridge();
    // The content script only sees that rows are shown: reading them is the panel bundle's.
    expect(bridge.view).toEqual({ kind: 'none' });
    await tick(50);
    expect(messages.filter((m) => m.type === 'showPanel')).toHaveLength(1);

    installListReader(bridge);
    const expected = detectList(document, new URL(location.href), greenhouse).rows.map((r) => r.subject);
    expect(expected.length).toBeGreaterThan(1);
    expect(bridge.view.kind === 'list' ? bridge.view.rows.map((r) => r.subject) : bridge.view).toEqual(expected);

    // A row the page appends is read on its own and joins the list.
    const table = document.querySelector(greenhouse.list!.rows)!.parentElement!;
    const added = table.lastElementChild!.cloneNode(true) as Element;
    for (const a of added.querySelectorAll('a[href]')) a.setAttribute('href', a.getAttribute('href')!.replace(/\d{5,}/, '9999999'));
    table.append(added);
    await tick();
    expect(bridge.view.kind === 'list' && bridge.view.rows.length).toBe(expected.length + 1);

    ctx.invalidate();
    expect(bridge.listReader).toBeUndefined();
    expect(bridge.view).toEqual({ kind: 'none' });
  });
});
