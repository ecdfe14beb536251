/**
 * The results cache stays bounded: expired entries go, the oldest go once it would pass its
 * byte budget, and a write the storage area refuses (its quota) never loses the result: the
 * panel still gets it.
 */
import { describe, expect, it } from 'vitest';
import { type KeyValueArea, memoryArea } from '@/lib/lookup/area';
import { MAX_STALE_MS, OutcomeCache, storedBytes } from '@/lib/lookup/cache';
import { LookupEngine } from '@/lib/lookup/engine';
import type { VendorOutcome } from '@/lib/model';
import type { VendorClient } from '@/lib/vendors/types';
import { memoryStore } from '../helpers/memoryStore';
import { talentscreenOutcome } from '../helpers/outcomes';

const outcome = (id: string, padding = 800): VendorOutcome => talentscreenOutcome(id, `Backend assessment ${'x'.repeat(padding)}`);

/** What the area really holds, counted as the cache counts it. */
async function areaBytes(area: KeyValueArea): Promise<number> {
  let total = 0;
  for (const key of await area.keys('')) total += storedBytes(key, await area.get(key));
  return total;
}

describe('results cache', () => {
  it('drops entries past their stale limit when it writes', async () => {
    let now = 1_000_000;
    const area = memoryArea();
    const cache = new OutcomeCache(
      area,
      async () => 60_000,
      () => now,
    );
    for (let i = 0; i < 10; i++) await cache.set('talentscreen', `old-${i}`, outcome(`old-${i}`));
    now += MAX_STALE_MS + 1;
    await cache.set('talentscreen', 'new', outcome('new'));
    const keys = (await area.keys('cache:')).filter((k) => k !== 'cache:index');
    expect(keys).toHaveLength(1);
    expect(await cache.get('talentscreen', 'new')).toMatchObject({ fresh: true });
  });

  it('stays under its byte budget, keeping the newest', async () => {
    let now = 1_000_000;
    const area = memoryArea();
    const budget = 64 * 1024;
    const cache = new OutcomeCache(
      area,
      async () => 60_000,
      () => now++,
      budget,
    );
    for (let i = 0; i < 1_000; i++) await cache.set('talentscreen', `c${i}`, outcome(`c${i}`));
    const used = await areaBytes(area);
    expect(used).toBeLessThanOrEqual(budget);
    expect(await cache.bytesUsed()).toBe(used);
    // Most of the budget is in use, the newest are there, the oldest are gone.
    expect(used).toBeGreaterThan(budget * 0.8);
    expect(await cache.get('talentscreen', 'c999')).toBeDefined();
    expect(await cache.get('talentscreen', 'c0')).toBeUndefined();
  });

  it('does not cache one outcome too big for it, and never throws', async () => {
    const cache = new OutcomeCache(memoryArea(), async () => 60_000, Date.now, 10_000);
    await expect(cache.set('talentscreen', 'huge', outcome('huge', 5_000))).resolves.toBeUndefined();
    expect(await cache.get('talentscreen', 'huge')).toBeUndefined();
  });

  it('makes room when the area refuses a write for its quota, and gives up quietly when it cannot', async () => {
    // The area's quota is below the cache's budget (storage.session shared with other state).
    const area = memoryArea(20_000);
    const cache = new OutcomeCache(area, async () => 60_000, Date.now, 30_000);
    for (let i = 0; i < 40; i++) await cache.set('talentscreen', `c${i}`, outcome(`c${i}`));
    expect(await cache.get('talentscreen', 'c39')).toBeDefined();
    expect(await areaBytes(area)).toBeLessThanOrEqual(20_000);
  });

  it("still gives the panel a vendor's result whose cache write failed", async () => {
    const vendor: VendorClient = {
      id: 'talentscreen',
      name: 'TalentScreen',
      defaultBaseUrl: 'https://vendor.test',
      keyHint: 'keyHintTalentScreen',
      fields: [],
      canAnswer: () => true,
      lookup: async () => [{ vendor: 'talentscreen', id: 'r1', assessment: 'Backend', status: 'completed' }],
      testConnection: async () => 'ok',
    };
    // An area that refuses every write, as storage.session does once its 10 MB quota is full of other state.
    const area: KeyValueArea = {
      ...memoryArea(),
      set: async () => {
        throw new Error('Resource::kQuotaBytes quota exceeded');
      },
    };
    const engine = new LookupEngine({
      vendors: [vendor],
      area,
      cacheTtlMs: async () => 60_000,
      connectionFor: async () => ({ baseUrl: 'https://vendor.test', apiKey: 'k', fields: {}, store: memoryStore() }),
    });
    const seen: VendorOutcome[] = [];
    const outcomes = await engine.lookup({ emails: ['jane@example.com'], ids: {} }, { onOutcome: (o) => seen.push(o) });
    expect(outcomes).toMatchObject([{ state: 'results', vendor: 'talentscreen', results: [{ id: 'r1' }] }]);
    expect(seen).toMatchObject([{ state: 'results' }]);
  });
});
