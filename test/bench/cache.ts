/**
 * The results cache after 1,000 candidates: each candidate's outcomes are real ones (the sandbox
 * cast, looked up through the real clients, every vendor), stored under 1,000 different
 * candidates as a long day of list pages would. Reports the bytes held under each browser's
 * budget, and what the same day would take unbounded.
 */
import { memoryArea } from '@/lib/lookup/area';
import { OutcomeCache } from '@/lib/lookup/cache';
import type { Subject, VendorOutcome } from '@/lib/model';
import { PEOPLE } from '../sandbox/fixtures';
import type { Sandbox } from '../sandbox/server';
import { engineFor } from './engine';

const CANDIDATES = 1_000;
const MB = 1024 * 1024;
/** The budgets in lib/lookup/cache.ts (CACHE_BUDGET_BYTES), per browser. */
const BUDGETS = { chrome: 6 * MB, firefox: 4 * MB, unbounded: Number.MAX_SAFE_INTEGER };

export async function measureCache1000(sandbox: Sandbox) {
  const engine = engineFor(sandbox);
  const cast: VendorOutcome[][] = [];
  for (const person of PEOPLE) {
    const subject: Subject = {
      name: person.name,
      emails: [person.email],
      ids: person.hiringbranchId ? { hiringbranch: [person.hiringbranchId] } : {},
      ats: { ats: 'greenhouse', ...person.ats },
    };
    cast.push(await engine.lookup(subject));
  }
  const figures: Record<string, number> = {};
  for (const [browser, budget] of Object.entries(BUDGETS)) {
    let now = Date.now();
    const cache = new OutcomeCache(
      memoryArea(),
      async () => 30 * 60_000,
      () => now++,
      budget,
    );
    for (let i = 0; i < CANDIDATES; i++) {
      for (const outcome of cast[i % cast.length] ?? []) await cache.set(outcome.vendor, `candidate-${i}`, outcome);
    }
    figures[`cache1000Bytes_${browser}`] = await cache.bytesUsed();
  }
  return figures;
}
