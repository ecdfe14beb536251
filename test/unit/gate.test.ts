import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionArea } from '@/lib/lookup/area';
import { VendorGate } from '@/lib/lookup/gate';

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
    const g = new VendorGate('Nova', { concurrency: 50, perSecond: 5 }, sessionArea(), 'gate:nova', Date.now);
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        const release = await g.acquire();
        started.push(Date.now());
        release();
      }),
    );
    started.sort((a, b) => a - b);
    for (let i = 5; i < started.length; i++) expect((started[i] ?? 0) - (started[i - 5] ?? 0)).toBeGreaterThanOrEqual(1_000);
  });
});
