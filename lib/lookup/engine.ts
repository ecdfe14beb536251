/**
 * The lookup engine: for a subject, every enabled vendor that can answer it, in parallel,
 * each outcome delivered as soon as it arrives. One in-flight lookup per vendor × subject,
 * shared by every tab and the popup; outcomes cached (stale-while-revalidate); HiringBranch
 * ids batched; each vendor kept within its rate budget; work cancelled when nobody waits.
 */
import type { Subject, VendorId, VendorOutcome } from '../model';
import type { LookupAnswer, VendorClient, VendorConnection } from '../vendors/types';
import { connectionFingerprint } from '../vendors/fingerprint';
import type { KeyValueArea } from './area';
import { createBatcher } from './batcher';
import { OutcomeCache } from './cache';
import { limitsFor, VendorGate } from './gate';
import { identifierParts, mergeOutcomes, tagged } from './identifierParts';
import { outcomeOf } from './outcomeOf';
import { sleep } from './sleep';
import { subjectKey } from './subjectKey';

export interface EngineDeps {
  vendors: readonly VendorClient[];
  /** Settings and key for a vendor; undefined when it is disabled or has no key. */
  connectionFor(vendor: VendorId): Promise<Omit<VendorConnection, 'signal' | 'gate'> | undefined>;
  area: KeyValueArea;
  cacheTtlMs(): Promise<number>;
  now?: () => number;
  /** Every outcome a real vendor call produced (not the cache): e.g. to show whether the last call worked. */
  onVendorCall?: (outcome: VendorOutcome) => void;
}

export interface LookupOptions {
  /** Bypass the cache (an explicit refresh). */
  refresh?: boolean;
  /** The requester went away (tab closed, panel gone). */
  signal?: AbortSignal;
  onOutcome?: (outcome: VendorOutcome) => void;
  /**
   * One answer per vendor, no polls: a result still being produced shows as pending (a job
   * table's row; the alerts' re-check, which comes back later anyway).
   */
  noPolls?: boolean;
  /** Ask only these vendors (the alerts re-ask only those still pending). */
  only?: readonly VendorId[];
}

interface InFlight {
  promise: Promise<VendorOutcome>;
  controller: AbortController;
  waiters: number;
}

const abortError = () => new DOMException('The lookup was cancelled', 'AbortError');

/** Waits for `promise` unless `signal` aborts first. */
function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export class LookupEngine {
  readonly cache: OutcomeCache;
  private readonly now: () => number;
  private readonly inFlight = new Map<string, InFlight>();
  private readonly gates = new Map<VendorId, VendorGate>();
  private readonly batchers = new Map<string, ReturnType<typeof createBatcher<import('../model').AssessmentResultInput[]>>>();

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? Date.now;
    this.cache = new OutcomeCache(deps.area, deps.cacheTtlMs, this.now);
  }

  /** Asks every vendor that can answer; resolves with the final outcome of each. */
  async lookup(subject: Subject, options: LookupOptions = {}): Promise<VendorOutcome[]> {
    const asked = this.deps.vendors.filter((v) => v.canAnswer(subject) && (!options.only || options.only.includes(v.id)));
    const settled = await Promise.allSettled(asked.map((vendor) => this.lookupVendor(vendor, subject, options)));
    if (options.signal?.aborted) throw abortError();
    return settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
  }

  /** The vendor's one gate, under the limits its settings give (Test connection passes it too). */
  gateFor(vendor: VendorClient, fields: Record<string, string>): VendorGate {
    const limits = limitsFor(vendor, fields);
    let gate = this.gates.get(vendor.id);
    if (!gate) {
      gate = new VendorGate(vendor.name, limits, this.deps.area, `gate:${vendor.id}`, this.now);
      this.gates.set(vendor.id, gate);
    }
    gate.setLimits(limits);
    return gate;
  }

  /**
   * One sub-lookup per identifier the vendor reads (see identifierParts), each cached on its own;
   * the vendor's outcome merges them, every result tagged with the identifier that found it.
   * Undefined when the vendor, with its settings, cannot answer this subject after all.
   */
  private async lookupVendor(vendor: VendorClient, subject: Subject, options: LookupOptions): Promise<VendorOutcome | undefined> {
    const emit = (outcome: VendorOutcome) => {
      if (!options.signal?.aborted) options.onOutcome?.(outcome);
      return outcome;
    };
    const base = await this.deps.connectionFor(vendor.id);
    if (!base) return emit({ state: 'not_configured', vendor: vendor.id });
    const parts = identifierParts(vendor, subject).filter((part) => vendor.canAnswer(part.subject, base));
    if (parts.length === 0) return undefined;
    const latest: (VendorOutcome | undefined)[] = parts.map(() => undefined);
    const merged = () => mergeOutcomes(latest.filter((o): o is VendorOutcome => o !== undefined));
    const settled = await Promise.allSettled(
      parts.map((part, i) =>
        this.lookupPart(vendor, part.subject, base, options, (outcome) => {
          latest[i] = tagged(outcome, part.identifier);
          const now = merged();
          // Results show at once; "no match" or an error only once every identifier has answered.
          if (now && (now.state === 'results' || latest.every(Boolean))) emit(now);
        }),
      ),
    );
    const aborted = settled.find((s) => s.status === 'rejected');
    if (aborted && options.signal?.aborted) throw abortError();
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled' && s.value) latest[i] = tagged(s.value, parts[i]!.identifier);
    });
    if (aborted && latest.every((o) => o === undefined)) throw (aborted as PromiseRejectedResult).reason;
    return merged();
  }

  /** One identifier's lookup at one vendor: cache, shared request, polls. */
  private async lookupPart(
    vendor: VendorClient,
    subject: Subject,
    base: Omit<VendorConnection, 'signal' | 'gate'>,
    options: LookupOptions,
    emit: (outcome: VendorOutcome) => void,
  ): Promise<VendorOutcome> {
    // Keyed by the connection too: outcomes fetched with another key, base URL or fields (a
    // changed setting or administrator policy) never answer for the new ones.
    const key = await this.partKey(vendor, subject, base);
    let refresh = options.refresh ?? false;
    // Bounded: one pass, plus the vendor's polls while its results are still pending.
    for (let poll = 0; poll <= (vendor.poll?.maxPolls ?? 0); poll++) {
      let stale: VendorOutcome | undefined;
      if (!refresh) {
        const hit = await this.cache.get(vendor.id, key);
        if (hit) emit(hit.outcome);
        if (hit?.fresh && !this.isPending(vendor, hit.outcome)) return hit.outcome;
        stale = hit?.outcome;
      }
      const fresh = await this.shared(vendor, subject, key, base, options.signal);
      // A failed revalidation keeps showing the stale results (their fetchedAt tells their age).
      if (fresh.state === 'error' && stale) return stale;
      const outcome = fresh;
      emit(outcome);
      if (!this.isPending(vendor, outcome) || !vendor.poll || options.noPolls) return outcome;
      await sleep(vendor.poll.intervalMs, options.signal).catch(() => {
        throw abortError();
      });
      refresh = true;
    }
    throw new Error('unreachable: the poll loop always returns');
  }

  private async partKey(vendor: VendorClient, subject: Subject, base: Omit<VendorConnection, 'signal' | 'gate'>): Promise<string> {
    return `${await connectionFingerprint(base)}|${subjectKey(vendor, subject)}`;
  }

  /**
   * How many of the identifier lookups a lookup of `subject` would make at this vendor are not
   * answered by a fresh, settled cache entry: what it would cost. Asks no vendor.
   */
  async uncachedLookups(vendor: VendorClient, subject: Subject): Promise<number> {
    const base = await this.deps.connectionFor(vendor.id);
    if (!base) return 0;
    const parts = identifierParts(vendor, subject).filter((part) => vendor.canAnswer(part.subject, base));
    let uncached = 0;
    for (const part of parts) {
      const hit = await this.cache.get(vendor.id, await this.partKey(vendor, part.subject, base));
      if (!hit?.fresh || this.isPending(vendor, hit.outcome)) uncached++;
    }
    return uncached;
  }

  private isPending(vendor: VendorClient, outcome: VendorOutcome): boolean {
    return outcome.state === 'results' && !!vendor.poll && outcome.results.some((r) => vendor.poll?.isPending(r));
  }

  /** One request per vendor × subject at a time, however many tabs ask. */
  private shared(
    vendor: VendorClient,
    subject: Subject,
    key: string,
    base: Omit<VendorConnection, 'signal' | 'gate'>,
    signal?: AbortSignal,
  ): Promise<VendorOutcome> {
    const flightKey = `${vendor.id}|${key}`;
    let flight = this.inFlight.get(flightKey);
    if (!flight) {
      const controller = new AbortController();
      const connection: VendorConnection = { ...base, signal: controller.signal, gate: this.gateFor(vendor, base.fields) };
      const promise = outcomeOf(vendor, () => this.read(vendor, subject, connection), this.now).then(async (outcome) => {
        this.deps.onVendorCall?.(outcome);
        await this.cache.set(vendor.id, key, outcome);
        return outcome;
      });
      const entry: InFlight = { promise, controller, waiters: 0 };
      flight = entry;
      this.inFlight.set(flightKey, entry);
      const done = () => {
        if (this.inFlight.get(flightKey) === entry) this.inFlight.delete(flightKey);
      };
      promise.then(done, done);
    }
    const current = flight;
    current.waiters++;
    const leave = () => {
      current.waiters--;
      // Nobody waits any more: stop the vendor's requests.
      if (current.waiters === 0 && this.inFlight.get(flightKey) === current) {
        this.inFlight.delete(flightKey);
        current.controller.abort(abortError());
      }
    };
    return raceAbort(current.promise, signal).then(
      (outcome) => {
        current.waiters--;
        return outcome;
      },
      (error: unknown) => {
        if (signal?.aborted) leave();
        else current.waiters--;
        throw error;
      },
    );
  }

  private async read(vendor: VendorClient, subject: Subject, connection: VendorConnection): Promise<LookupAnswer> {
    if (!vendor.batch) return vendor.lookup(subject, connection);
    const ids = await vendor.batch.idsFor(subject, connection);
    // Nothing this vendor can search by (an email with no id linked): not asked, which is not a no match.
    if (ids.length === 0) return { results: [], unsearched: true };
    const batcher = this.batcher(vendor, connection);
    const perId = await Promise.all(ids.map((id) => batcher.load(id)));
    return perId.flat();
  }

  /** One batcher per vendor and connection settings, so ids from different keys never mix. */
  private batcher(vendor: VendorClient, connection: VendorConnection) {
    const batch = vendor.batch;
    if (!batch) throw new Error(`${vendor.name} does not batch`);
    const id = `${vendor.id}|${connection.baseUrl}|${connection.apiKey}|${JSON.stringify(connection.fields)}`;
    let batcher = this.batchers.get(id);
    if (!batcher) {
      // The batch outlives any one requester: it is not tied to a requester's signal.
      const shared: VendorConnection = { ...connection, signal: undefined };
      batcher = createBatcher({ windowMs: batch.windowMs, maxBatch: batch.maxIds, missing: [], load: (ids) => batch.fetch(shared, ids) });
      this.batchers.set(id, batcher);
    }
    return batcher;
  }

  /** Forget cached outcomes (the "forget everything" action, or a settings change). */
  async clearCache(): Promise<void> {
    await this.cache.clear();
  }
}
