/**
 * Outcomes per vendor × subject, so reopening a candidate costs no request. Fresh within the
 * TTL from settings; after it, served at once and revalidated (stale-while-revalidate) up
 * to MAX_STALE_MS. Errors and "not configured" are never cached.
 *
 * Bounded: each write first drops entries past MAX_STALE_MS, then the oldest until the cache
 * fits its byte budget. A write that fails anyway (the area's quota) never loses the outcome:
 * the caller still gets it, it just is not cached.
 */
import type { VendorId, VendorOutcome } from '../model';
import type { KeyValueArea } from './area';

export const MAX_STALE_MS = 24 * 60 * 60_000;
const PREFIX = 'cache:';
/** Each entry's size and age, so a write knows what to evict without reading every entry. */
const INDEX_KEY = `${PREFIX}index`;

/**
 * The cache's share of storage.session, by browser. A candidate known to all five vendors costs
 * about 2.7 KB (`npm run bench`: 1,000 such candidates hold 2.66 MB), so:
 * - Chrome: storage.session holds 10 MB (QUOTA_BYTES) for everything there; 6 MB (about 2,300
 *   candidates) leaves the rate-budget and last-call state (a few KB) and every write's
 *   headroom far from the quota.
 * - Firefox: storage.session has no quota but is held in memory for the whole browser session;
 *   4 MB (about 1,500 candidates, a long day of list pages) bounds that memory.
 */
export const CACHE_BUDGET_BYTES = import.meta.env?.FIREFOX ? 4 * 1024 * 1024 : 6 * 1024 * 1024;

interface Entry {
  outcome: VendorOutcome;
  storedAt: number;
}

/** Per cached key: [bytes, storedAt]. */
type Index = Record<string, [number, number]>;

export interface CacheHit {
  outcome: VendorOutcome;
  fresh: boolean;
}

/** A short stable hash: storage keys stay small whatever the subject holds. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What an item costs in storage, counted as Chrome counts its quota: the key plus the value as JSON, in UTF-8. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export class OutcomeCache {
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: KeyValueArea,
    private readonly ttlMs: () => Promise<number>,
    private readonly now: () => number = Date.now,
    readonly budgetBytes: number = CACHE_BUDGET_BYTES,
  ) {}

  private key(vendor: VendorId, subjectKey: string): string {
    return `${PREFIX}${vendor}:${hash(subjectKey)}`;
  }

  async get(vendor: VendorId, subjectKey: string): Promise<CacheHit | undefined> {
    const entry = await this.area.get<Entry>(this.key(vendor, subjectKey));
    if (!entry) return undefined;
    const age = this.now() - entry.storedAt;
    if (age > MAX_STALE_MS) return undefined;
    return { outcome: entry.outcome, fresh: age <= (await this.ttlMs()) };
  }

  /** Never throws: a result that cannot be cached is still the caller's to show. */
  async set(vendor: VendorId, subjectKey: string, outcome: VendorOutcome): Promise<void> {
    if (outcome.state !== 'results' && outcome.state !== 'no_match') return;
    const key = this.key(vendor, subjectKey);
    const entry: Entry = { outcome, storedAt: this.now() };
    const write = this.writes.then(() => this.write(key, entry));
    this.writes = write.catch(() => undefined);
    await write;
  }

  /** How many bytes the cache holds now, by its index (what `npm run bench` reports). */
  async bytesUsed(): Promise<number> {
    const index = await this.index();
    return Object.values(index).reduce((sum, [bytes]) => sum + bytes, 0) + storedBytes(INDEX_KEY, index);
  }

  private async index(): Promise<Index> {
    const stored = await this.area.get<Index>(INDEX_KEY);
    if (stored && typeof stored === 'object') return stored;
    // No index (first write, or it was lost): rebuild it from the entries themselves.
    const index: Index = {};
    for (const key of await this.area.keys(PREFIX)) {
      if (key === INDEX_KEY) continue;
      const entry = await this.area.get<Entry>(key);
      if (entry) index[key] = [storedBytes(key, entry), entry.storedAt ?? 0];
    }
    return index;
  }

  private async write(key: string, entry: Entry): Promise<void> {
    const bytes = storedBytes(key, entry);
    // One entry bigger than a tenth of the budget would evict a crowd: not cached.
    if (bytes > this.budgetBytes / 10) return;
    try {
      const index = await this.index();
      delete index[key];
      // Room for the entry and the index's own growth.
      await this.evict(index, this.budgetBytes - bytes - 64);
      await this.store(index, key, entry, bytes);
    } catch (error) {
      try {
        // The area refused (its quota is shared): make room by half the budget and try once more.
        const index = await this.index();
        delete index[key];
        await this.evict(index, this.budgetBytes / 2);
        await this.store(index, key, entry, bytes);
      } catch {
        console.warn('Scorelens: a result was not cached', error instanceof Error ? error.message : error);
      }
    }
  }

  private async store(index: Index, key: string, entry: Entry, bytes: number): Promise<void> {
    await this.area.set(key, entry);
    index[key] = [bytes, entry.storedAt];
    await this.area.set(INDEX_KEY, index);
  }

  /** Drops expired entries, then the oldest, until entries plus index fit in `room`. */
  private async evict(index: Index, room: number): Promise<void> {
    const now = this.now();
    const gone: string[] = [];
    for (const [key, [, storedAt]] of Object.entries(index)) {
      if (now - storedAt > MAX_STALE_MS) {
        gone.push(key);
        delete index[key];
      }
    }
    // Entries plus the index itself; each index row costs its key and two numbers.
    let total = Object.values(index).reduce((sum, [bytes]) => sum + bytes, 0) + storedBytes(INDEX_KEY, index);
    const oldestFirst = Object.entries(index).sort((a, b) => a[1][1] - b[1][1]);
    for (const [key, [bytes]] of oldestFirst) {
      if (total <= room) break;
      gone.push(key);
      delete index[key];
      total -= bytes + storedBytes(key, [bytes, 0]);
    }
    await this.area.remove(gone);
  }

  async clear(): Promise<void> {
    await this.area.remove(await this.area.keys(PREFIX));
  }
}
