/** The page watcher sees changes inside open shadow roots: web-component apps render the candidate there. */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SHADOW_ROOTS, type PageChange, watchPage } from '@/lib/content/watch';

const DEBOUNCE_MS = 5;

function watch() {
  const changes: PageChange[] = [];
  const controller = new AbortController();
  watchPage({
    onChange: (change) => changes.push(change),
    isOwn: () => false,
    signal: controller.signal,
    debounceMs: DEBOUNCE_MS,
    pollMs: 60_000,
  });
  return { changes, stop: () => controller.abort() };
}

/** Resolves once `changes` has `count` entries (bounded: a missing change fails the test, it never hangs). */
async function until(changes: PageChange[], count: number): Promise<void> {
  for (let i = 0; i < 100 && changes.length < count; i++) await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 2));
}

function hostWithShadow(tag: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  return { host, shadow };
}

afterEach(() => document.body.replaceChildren());

describe('watchPage and shadow roots', () => {
  it('reports an element added inside a shadow root that was there at the start', async () => {
    const { host, shadow } = hostWithShadow('sr-candidate-personal-info');
    document.body.append(host);
    const { changes, stop } = watch();
    const email = document.createElement('span');
    email.textContent = 'jane.doe@example.com';
    shadow.append(email);
    await until(changes, 1);
    stop();
    expect(changes).toHaveLength(1);
    expect(changes[0]?.added).toEqual([email]);
  });

  it('observes the shadow root of a host that arrives later, and its nested roots', async () => {
    const { changes, stop } = watch();
    const { host, shadow } = hostWithShadow('sr-candidate-header');
    const inner = hostWithShadow('spl-email');
    shadow.append(inner.host);
    document.body.append(host);
    await until(changes, 1);
    // The host's own root fills after its arrival was handed over.
    const name = document.createElement('h1');
    shadow.append(name);
    await until(changes, 2);
    const email = document.createElement('span');
    inner.shadow.append(email);
    await until(changes, 3);
    stop();
    expect(changes.map((c) => c.added)).toEqual([[host], [name], [email]]);
  });

  it('observes at most MAX_SHADOW_ROOTS roots', async () => {
    const hosts = Array.from({ length: MAX_SHADOW_ROOTS + 1 }, () => hostWithShadow('sr-link'));
    document.body.append(...hosts.map((h) => h.host));
    const { changes, stop } = watch();
    hosts[0]!.shadow.append(document.createElement('a'));
    hosts[MAX_SHADOW_ROOTS]!.shadow.append(document.createElement('a'));
    await until(changes, 1);
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 4));
    stop();
    expect(changes).toHaveLength(1);
    expect(changes[0]?.added).toHaveLength(1);
  });
});
