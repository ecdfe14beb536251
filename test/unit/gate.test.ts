import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionArea } from '@/lib/lookup/area';
import { MAX_QUEUE, VendorGate } from '@/lib/lookup/gate';

let now = 1_700_000_000_000;
const clock = () => now;
const gate = (limits: ConstructorParameters<typeof VendorGate>[1]) =>
  new VendorGate('TalentScreen', limits, sessionArea(), 'gate:talentscreen', clock);

beforeEach(() => {
  fakeBrowser.reset();
  now = 1_700_000_000_000;
});

describe('vendor gate', () => {
  it('refuses past the hourly budget with the time it frees up, and remembers it across restarts', async () => {
    const g = gate({ concurrency: 10, perHour: 3 });
    for (let i = 0; i < 3; i++) (await g.acquire())();
    await expect(g.acquire()).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/3 requests per hour/) });
    const error = await gate({ concurrency: 10, perHour: 3 })
      .acquire()
      .catch((e: { retryAt: number }) => e);
    expect((error as { retryAt: number }).retryAt).toBeGreaterThan(now + 59 * 60_000);
    now += 61 * 60_000;
    await expect(gate({ concurrency: 10, perHour: 3 }).acquire()).resolves.toBeTypeOf('function');
  });

  it('pauses the vendor after a 429 until its Retry-After, even in a restarted worker', async () => {
    const g = gate({ concurrency: 4 });
    g.observe(new Response('', { status: 429, headers: { 'Retry-After': '120' } }));
    await new Promise((r) => setTimeout(r, 5));
    await expect(g.acquire()).rejects.toMatchObject({ code: 'rate_limited', retryAt: now + 120_000 });
    await expect(gate({ concurrency: 4 }).acquire()).rejects.toMatchObject({ code: 'rate_limited' });
    now += 121_000;
    await expect(g.acquire()).resolves.toBeTypeOf('function');
  });

  it('admits at most `concurrency` requests at once', async () => {
    const g = gate({ concurrency: 2 });
    const r1 = await g.acquire();
    await g.acquire();
    let third = false;
    const p = g.acquire().then((release) => {
      third = true;
      return release;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(third).toBe(false);
    r1();
    await p;
    expect(third).toBe(true);
  });

  it('spaces requests to stay within the per-second limit', async () => {
    // Fake timers: the recorded start is the gate's admission time to the millisecond, not that plus
    // however long a loaded machine took to resume the awaiting code.
    vi.useFakeTimers();
    const g = new VendorGate('Nova', { concurrency: 50, perSecond: 5 }, sessionArea(), 'gate:nova', Date.now);
    const started: number[] = [];
    const all = Promise.all(
      Array.from({ length: 12 }, async () => {
        const release = await g.acquire();
        started.push(Date.now());
        release();
      }),
    );
    await vi.runAllTimersAsync();
    await all;
    vi.useRealTimers();
    expect(started).toHaveLength(12);
    started.sort((a, b) => a - b);
    for (let i = 5; i < started.length; i++) expect((started[i] ?? 0) - (started[i - 5] ?? 0)).toBeGreaterThanOrEqual(1_000);
  });
});

describe('vendor gate: reports and queue', () => {
  it('bounds its queue: past MAX_QUEUE waiting requests, the next is refused at once', async () => {
    const g = gate({ concurrency: 1 });
    await g.acquire();
    const waiting = Array.from({ length: MAX_QUEUE }, () => g.acquire().catch(() => undefined));
    await expect(g.acquire()).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/too many lookups waiting/) });
    expect(waiting).toHaveLength(MAX_QUEUE);
  });

  it('learns the plan from X-RateLimit-Remaining, never down; a chosen plan stays', async () => {
    const g = gate({ concurrency: 4, hourlyPlans: [100, 1_000] });
    expect(await g.perHour()).toBe(100);
    g.observe(new Response('', { headers: { 'X-RateLimit-Remaining': '640' } }));
    await new Promise((r) => setTimeout(r, 5));
    expect(await g.perHour()).toBe(1_000);
    g.observe(new Response('', { headers: { 'X-RateLimit-Remaining': '20' } }));
    await new Promise((r) => setTimeout(r, 5));
    expect(await g.perHour()).toBe(1_000);
    const chosen = gate({ concurrency: 4, perHour: 100, hourlyPlans: [100, 1_000] });
    chosen.observe(new Response('', { headers: { 'X-RateLimit-Remaining': '640' } }));
    await new Promise((r) => setTimeout(r, 5));
    expect(await chosen.perHour()).toBe(100);
  });

  it('stops when the vendor reports nothing left, until its X-RateLimit-Reset', async () => {
    const g = gate({ concurrency: 4 });
    const reset = Math.ceil((now + 600_000) / 1000);
    g.observe(new Response('', { headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) } }));
    await new Promise((r) => setTimeout(r, 5));
    await expect(g.acquire()).rejects.toMatchObject({ code: 'rate_limited', retryAt: reset * 1000 });
    now = reset * 1000 + 1;
    await expect(g.acquire()).resolves.toBeTypeOf('function');
  });
});

describe('vendor gate: a report without a reset', () => {
  it('holds until the next clock hour, then lets requests go again', async () => {
    now = Date.UTC(2026, 0, 5, 10, 59, 0);
    const g = gate({ concurrency: 4 });
    g.observe(new Response('', { headers: { 'X-RateLimit-Remaining': '0' } }));
    await new Promise((r) => setTimeout(r, 5));
    await expect(g.acquire()).rejects.toMatchObject({ code: 'rate_limited', retryAt: Date.UTC(2026, 0, 5, 11, 0, 0) });
    now = Date.UTC(2026, 0, 5, 11, 0, 1);
    await expect(g.acquire()).resolves.toBeTypeOf('function');
  });
});
