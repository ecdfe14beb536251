/**
 * One re-check run (the alarm's): each watched candidate's still-pending vendors asked again,
 * through the lookup engine and each vendor's gate, one candidate at a time so a run never holds
 * more than one of a vendor's concurrent slots while the recruiter looks someone up. A vendor whose
 * hourly budget is down to the recruiter's reserve, or that answers "rate limited", is left for the
 * next run; the least recently checked candidates go first, so a short budget still reaches each in turn.
 */
import type { Subject, VendorId, VendorOutcome } from '../model';
import { type NewResult, newResult } from './newResults';
import { mayRecheck } from './policy';
import { readWatchList, updateWatchList } from './store';
import { afterFindings, bounded, findingFor, type Watched } from './watchList';

export interface RecheckDeps {
  now(): number;
  /** The engine's lookup of only these vendors: fresh (no cache), one read each (no polling). */
  lookup(subject: Subject, vendors: VendorId[]): Promise<VendorOutcome[]>;
  /** The vendor's hourly budget and what is left of it; undefined for a vendor without one. */
  budget(vendor: VendorId): Promise<{ left: number; perHour: number } | undefined>;
  /** Results that landed for one candidate: notify, list, count. */
  alert(results: NewResult[]): Promise<void>;
}

export interface RecheckReport {
  /** Candidates whose vendors were asked. */
  checked: number;
  /** Vendors left for the next run (reserve reached or rate limited). */
  skipped: VendorId[];
  landed: NewResult[];
  /** Candidates still watched afterwards. */
  watched: number;
}

/** Replaces one entry by its re-checked self (or drops it), unless it left the list meanwhile (Forget all, switched off). */
function replace(list: Watched[], key: string, next: (current: Watched) => Watched | undefined, now: number): Watched[] {
  const current = list.find((w) => w.key === key);
  if (!current) return list;
  const updated = next(current);
  return bounded([...list.filter((w) => w.key !== key), ...(updated ? [updated] : [])], now);
}

export async function recheckWatched(deps: RecheckDeps): Promise<RecheckReport> {
  const start = deps.now();
  const list = await updateWatchList((l) => bounded(l, start));
  const order = [...list].sort((a, b) => (a.checkedAt ?? 0) - (b.checkedAt ?? 0));
  const skipped = new Set<VendorId>();
  const landed: NewResult[] = [];
  let checked = 0;
  // Bounded: at most MAX_WATCHED candidates, each asked once.
  for (const entry of order) {
    const vendors: VendorId[] = [];
    for (const vendor of entry.pending) {
      if (skipped.has(vendor)) continue;
      if (mayRecheck(await deps.budget(vendor))) vendors.push(vendor);
      else skipped.add(vendor);
    }
    if (!vendors.length) continue;
    checked++;
    const outcomes = await deps.lookup(entry.subject, vendors);
    for (const o of outcomes) if (o.state === 'error' && o.error.code === 'rate_limited') skipped.add(o.vendor);
    const findings = vendors.map((vendor) =>
      findingFor(
        vendor,
        outcomes.find((o) => o.vendor === vendor),
      ),
    );
    const at = deps.now();
    const completed = findings.flatMap((f) => (f.kind === 'completed' ? [newResult(entry, f.line, at)] : []));
    await updateWatchList((l) => replace(l, entry.key, (current) => afterFindings(current, findings, at), at));
    if (completed.length) {
      landed.push(...completed);
      await deps.alert(completed);
    }
  }
  return { checked, skipped: [...skipped], landed, watched: (await readWatchList()).length };
}
