import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { costLine, mustWait, vendorCost } from '@/lib/jobTable/cost';
import { sessionArea } from '@/lib/lookup/area';
import { LookupEngine } from '@/lib/lookup/engine';
import { VendorGate } from '@/lib/lookup/gate';
import type { Subject } from '@/lib/model';
import type { VendorClient } from '@/lib/vendors/types';
import { memoryStore } from '../helpers/memoryStore';

let now = 1_700_000_000_000;
const gate = () =>
  new VendorGate('TalentScreen', { concurrency: 10, hourlyPlans: [100, 1_000] }, sessionArea(), 'gate:talentscreen', () => now);

beforeEach(() => {
  fakeBrowser.reset();
  now = 1_700_000_000_000;
});

describe("a vendor gate's budget, read without spending it", () => {
  it('says what is left of the hour and when the oldest requests leave it', async () => {
    const g = gate();
    expect(await g.budget()).toEqual({ perHour: 100, left: 100, refillsAt: undefined, pausedUntil: undefined });
    for (let i = 0; i < 30; i++) (await g.acquire())();
    const minute = Math.floor(now / 60_000);
    now += 10 * 60_000;
    expect(await g.budget()).toMatchObject({ perHour: 100, left: 70, refillsAt: (minute + 61) * 60_000 });
    // Reading it twice spends nothing.
    expect((await g.budget()).left).toBe(70);
  });

  it("takes the vendor's own report when it leaves fewer, and a 429's pause", async () => {
    const g = gate();
    g.observe(new Response('', { status: 429, headers: { 'Retry-After': '120', 'X-RateLimit-Remaining': '0' } }));
    await new Promise((r) => setTimeout(r, 5));
    expect(await g.budget()).toMatchObject({ left: 0, pausedUntil: now + 120_000 });
  });
});

describe('the cost "Look up all" shows', () => {
  it('counts requests per vendor from its lookups, against what is left, with the part that must wait', () => {
    const refillsAt = new Date(2026, 11, 1, 15, 2).getTime();
    const tight = vendorCost('talentscreen', 9, { perHour: 100, left: 20, refillsAt });
    expect(tight.requests).toBe(36);
    expect(mustWait(tight, now)).toBe(true);
    expect(costLine(tight, now)).toMatch(
      /^TalentScreen: up to 36 requests \(9 lookups × 4\) · 20 of 100 left this hour · 16 wait until (0?3|15):02/,
    );
    const roomy = vendorCost('talentscreen', 1, { perHour: 100, left: 100 });
    expect(costLine(roomy, now)).toBe('TalentScreen: up to 4 requests (1 lookup × 4) · 100 of 100 left this hour');
    expect(mustWait(roomy, now)).toBe(false);
    expect(costLine(vendorCost('nova', 9, {}), now)).toBe('Dweet Nova: up to 9 requests (9 lookups × 1) · no hourly limit');
    expect(costLine(vendorCost('hrflow', 0, {}), now)).toMatch(/^HrFlow\.ai: nothing to ask/);
  });
});

describe('the engine, for the job table', () => {
  const engine = (vendor: VendorClient) =>
    new LookupEngine({
      vendors: [vendor],
      area: sessionArea(),
      now: () => now,
      cacheTtlMs: async () => 60_000,
      connectionFor: async () => ({ baseUrl: 'https://vendor.test', apiKey: 'k', fields: {}, store: memoryStore() }),
    });
  const vendor = (status: 'completed' | 'in_progress', calls: string[]): VendorClient => ({
    id: 'nova',
    name: 'Dweet Nova',
    defaultBaseUrl: 'https://vendor.test',
    keyHint: 'keyHintTalentScreen',
    fields: [],
    canAnswer: (s) => s.emails.length > 0,
    lookup: async (s) => {
      calls.push(s.emails[0] ?? '');
      return [{ vendor: 'nova', id: 'r', assessment: 'AI score', status }];
    },
    testConnection: async () => 'ok',
    poll: { intervalMs: 60_000, maxPolls: 5, isPending: (r) => r.status !== 'completed' },
  });
  const subject = (email: string): Subject => ({ emails: [email], ids: {} });

  it('counts the lookups the cache does not answer, asking no vendor', async () => {
    const calls: string[] = [];
    const e = engine(vendor('completed', calls));
    const client = vendor('completed', calls);
    expect(await e.uncachedLookups(client, subject('a@example.com'))).toBe(1);
    expect(calls).toEqual([]);
    await e.lookup(subject('a@example.com'));
    expect(await e.uncachedLookups(client, subject('a@example.com'))).toBe(0);
    expect(await e.uncachedLookups(client, subject('b@example.com'))).toBe(1);
  });

  it('answers a pending result at once without polling when asked for no polls', async () => {
    const calls: string[] = [];
    const outcomes = await engine(vendor('in_progress', calls)).lookup(subject('a@example.com'), { noPolls: true });
    expect(outcomes).toMatchObject([{ state: 'results', results: [{ status: 'in_progress' }] }]);
    expect(calls).toEqual(['a@example.com']);
  });
});
