/**
 * Outcomes per vendor × subject, so reopening a candidate costs no request. Fresh within the
 * TTL from settings; after it, served at once and revalidated (stale-while-revalidate) up
 * to MAX_STALE_MS. Errors and "not configured" are never cached.
 */
import type { VendorId, VendorOutcome } from '../model';
import type { KeyValueArea } from './area';

export const MAX_STALE_MS = 24 * 60 * 60_000;
const PREFIX = 'cache:';

interface Entry {
  outcome: VendorOutcome;
  storedAt: number;
}

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

export class OutcomeCache {
  constructor(
    private readonly area: KeyValueArea,
    private readonly ttlMs: () => Promise<number>,
    private readonly now: () => number = Date.now,
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

  async set(vendor: VendorId, subjectKey: string, outcome: VendorOutcome): Promise<void> {
    if (outcome.state !== 'results' && outcome.state !== 'no_match') return;
    await this.area.set(this.key(vendor, subjectKey), { outcome, storedAt: this.now() } satisfies Entry);
  }

  async clear(): Promise<void> {
    await this.area.remove(await this.area.keys(PREFIX));
  }
}
