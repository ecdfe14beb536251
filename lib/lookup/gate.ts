/**
 * One vendor's gate: at most `concurrency` requests at once, at most `perSecond` and
 * `perHour` requests in any rolling second and hour, and a pause after a 429 until its
 * Retry-After. Shared by every tab (the engine lives in the one background) and kept in
 * session storage, so a restarted service worker still honours the budget it had spent.
 *
 * A team often shares one key, so our own count is only a guess at what is left: where the
 * vendor reports it (`X-RateLimit-Remaining`, with `-Limit` and `-Reset` where sent), that
 * report drives the gate, and a vendor with several plans is assumed on its lowest until a
 * report (or the plan chosen in Options) says more.
 */
import { t } from '../i18n';
import { VendorError, retryAtFrom } from '../vendors/errors';
import type { RequestGate, VendorClient } from '../vendors/types';
import type { KeyValueArea } from './area';
import { sleep } from './sleep';

export interface VendorLimits {
  concurrency: number;
  perSecond?: number;
  /** The hourly budget when known (a plan chosen in Options, or a vendor with one plan). */
  perHour?: number;
  /** The vendor's hourly plans, lowest first: with no `perHour`, the lowest until a report shows a bigger one. */
  hourlyPlans?: readonly number[];
  /** The vendor's X-RateLimit-Limit counts the hour (Praxicraft), not a second (Nova). */
  hourlyReports?: boolean;
}

const DEFAULT_LIMITS: VendorLimits = { concurrency: 4 };

/** A vendor's limits under its own settings (a plan chosen in Options). */
export function limitsFor(vendor: Pick<VendorClient, 'limits'>, fields: Record<string, string> = {}): VendorLimits {
  return (typeof vendor.limits === 'function' ? vendor.limits(fields) : vendor.limits) ?? DEFAULT_LIMITS;
}

/** Waits longer than this are not waited out: the lookup reports `rate_limited` instead. */
export const MAX_GATE_WAIT_MS = 5_000;
/** Requests waiting for a slot at most; more are refused at once (a runaway list never piles up). */
export const MAX_QUEUE = 64;
/** A 429 without a usable Retry-After pauses the vendor this long. */
const DEFAULT_PAUSE_MS = 30_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What the vendor last said is left. */
interface Report {
  remaining: number;
  /** Epoch ms when the vendor's window resets, when it says. */
  resetAt?: number;
  /** Requests we started since (or that were still under way when it came). */
  startedSince: number;
}

interface PersistedState {
  /** Requests started per minute (epoch minute → count), the last 60 minutes. */
  minutes: Record<string, number>;
  pausedUntil?: number;
  report?: Report;
  /** The hourly budget learned from the vendor's reports. */
  learnedPerHour?: number;
}

/** `X-RateLimit-Reset` as epoch ms: epoch seconds, or seconds from now when small. */
function resetFrom(value: string | null, now: number): number | undefined {
  const n = Number(value ?? '');
  if (!value || !Number.isFinite(n) || n < 0) return undefined;
  return n > 1e9 ? n * 1000 : now + n * 1000;
}

const header = (response: Response, name: string) => {
  const n = Number(response.headers.get(name) ?? '');
  return response.headers.has(name) && Number.isFinite(n) && n >= 0 ? n : undefined;
};

export class VendorGate implements RequestGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly lastSecond: number[] = [];
  private state: Promise<PersistedState>;

  constructor(
    private readonly vendorName: string,
    private limits: VendorLimits,
    private readonly area: KeyValueArea,
    private readonly storageKey: string,
    private readonly now: () => number = Date.now,
  ) {
    this.state = area.get<PersistedState>(storageKey).then((s) => s ?? { minutes: {} });
  }

  /** The limits for the connection in use (a plan chosen in Options changes them). */
  setLimits(limits: VendorLimits): void {
    this.limits = limits;
  }

  /** The hourly budget: chosen, else learned from reports, else the lowest plan. */
  async perHour(): Promise<number | undefined> {
    if (this.limits.perHour !== undefined) return this.limits.perHour;
    const state = await this.state;
    return state.learnedPerHour ?? this.limits.hourlyPlans?.[0];
  }

  /**
   * What is left of this hour's budget, by our count and by the vendor's last report (the
   * smaller); undefined for a vendor without an hourly budget. For spenders that must leave
   * room to others (the alerts' background re-checks).
   */
  async budgetLeft(): Promise<{ left: number; perHour: number } | undefined> {
    const { perHour, left, pausedUntil } = await this.budget();
    if (perHour === undefined) return undefined;
    return { left: pausedUntil !== undefined ? 0 : (left ?? perHour), perHour };
  }

  private usedThisHour(state: PersistedState): { used: number; oldestMinute?: number } {
    const current = Math.floor(this.now() / MINUTE);
    let used = 0;
    let oldestMinute: number | undefined;
    for (const [minute, count] of Object.entries(state.minutes)) {
      const m = Number(minute);
      if (m <= current - 60) {
        delete state.minutes[minute];
        continue;
      }
      used += count;
      oldestMinute = oldestMinute === undefined ? m : Math.min(oldestMinute, m);
    }
    return { used, oldestMinute };
  }

  private refuse(retryAt: number, message: string): never {
    throw new VendorError('rate_limited', message, undefined, retryAt);
  }

  /** Waits out a short pause (under MAX_GATE_WAIT_MS); refuses a long one with when it ends. */
  private async waitUntil(until: number, message: () => string, signal?: AbortSignal): Promise<void> {
    const wait = until - this.now();
    if (wait > MAX_GATE_WAIT_MS) this.refuse(until, message());
    if (wait > 0) await sleep(wait, signal);
  }

  /** When the vendor said nothing is left: until its reset, else the next clock hour (hourly windows). */
  private reportedEmptyUntil(state: PersistedState): number | undefined {
    const report = state.report;
    if (!report) return undefined;
    const now = this.now();
    if (report.resetAt !== undefined && report.resetAt <= now) {
      state.report = undefined;
      return undefined;
    }
    if (report.remaining - report.startedSince > 0) return undefined;
    return report.resetAt ?? (Math.floor(now / HOUR) + 1) * HOUR;
  }

  async acquire(signal?: AbortSignal): Promise<() => void> {
    const state = await this.state;

    await this.waitUntil(state.pausedUntil ?? 0, () => t('gatePausedByVendor', this.vendorName), signal);

    const emptyUntil = this.reportedEmptyUntil(state);
    if (emptyUntil !== undefined) await this.waitUntil(emptyUntil, () => t('gateVendorReportedEmpty', this.vendorName), signal);

    const perHour = await this.perHour();
    if (perHour !== undefined) {
      const { used, oldestMinute } = this.usedThisHour(state);
      if (used >= perHour) {
        const retryAt = ((oldestMinute ?? Math.floor(this.now() / MINUTE)) + 61) * MINUTE;
        this.refuse(retryAt, t('gatePausedHourly', this.vendorName, String(perHour)));
      }
    }

    if (this.active >= this.limits.concurrency) {
      if (this.waiting.length >= MAX_QUEUE) this.refuse(this.now() + MAX_GATE_WAIT_MS, t('gateBusy', this.vendorName));
      await new Promise<void>((resolve, reject) => {
        const go = () => resolve();
        this.waiting.push(go);
        signal?.addEventListener(
          'abort',
          () => {
            const i = this.waiting.indexOf(go);
            if (i >= 0) this.waiting.splice(i, 1);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    }
    this.active++;
    try {
      await this.waitForSecondSlot(signal);
    } catch (error) {
      this.release();
      throw error;
    }

    const minute = String(Math.floor(this.now() / MINUTE));
    state.minutes[minute] = (state.minutes[minute] ?? 0) + 1;
    if (state.report) state.report.startedSince++;
    void this.area.set(this.storageKey, state);

    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.release();
      }
    };
  }

  private async waitForSecondSlot(signal?: AbortSignal): Promise<void> {
    const perSecond = this.limits.perSecond;
    if (perSecond === undefined) return;
    // Bounded: each pass either takes a slot or sleeps until the oldest one frees.
    for (let pass = 0; pass < 1_000; pass++) {
      const now = this.now();
      while (this.lastSecond.length && (this.lastSecond[0] ?? 0) <= now - 1_000) this.lastSecond.shift();
      if (this.lastSecond.length < perSecond) {
        this.lastSecond.push(now);
        return;
      }
      await sleep((this.lastSecond[0] ?? now) + 1_000 - now + 1, signal);
    }
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  /**
   * What is left now, without spending any: the hourly budget, the requests left in the rolling
   * hour (or as the vendor last reported, when fewer), when more comes, and a 429's pause.
   * For a cost shown before a big job ("Look up all").
   */
  async budget(): Promise<{ perHour?: number; left?: number; refillsAt?: number; pausedUntil?: number }> {
    const state = await this.state;
    const now = this.now();
    const pausedUntil = state.pausedUntil !== undefined && state.pausedUntil > now ? state.pausedUntil : undefined;
    const perHour = await this.perHour();
    let left: number | undefined;
    let refillsAt: number | undefined;
    if (perHour !== undefined) {
      const { used, oldestMinute } = this.usedThisHour(state);
      left = Math.max(0, perHour - used);
      // The oldest counted minute leaves the rolling hour first.
      if (oldestMinute !== undefined) refillsAt = (oldestMinute + 61) * MINUTE;
    }
    const report = state.report;
    if (report && (report.resetAt === undefined || report.resetAt > now)) {
      const reported = Math.max(0, report.remaining - report.startedSince);
      if (left === undefined || reported < left) {
        left = reported;
        refillsAt = report.resetAt ?? refillsAt;
      }
    }
    return { perHour, left, refillsAt, pausedUntil };
  }

  /** Learns from every answer: a 429 pauses the vendor; X-RateLimit-* says what is left. */
  observe(response: Response): void {
    const now = this.now();
    const remaining = header(response, 'X-RateLimit-Remaining');
    const limit = header(response, 'X-RateLimit-Limit');
    const resetAt = resetFrom(response.headers.get('X-RateLimit-Reset'), now);
    const pausedUntil = response.status === 429 ? (retryAtFrom(response.headers, now) ?? resetAt ?? now + DEFAULT_PAUSE_MS) : undefined;
    if (remaining === undefined && pausedUntil === undefined) return;
    // The answering request is still counted active: the others under way are not in this report yet.
    const othersUnderWay = Math.max(0, this.active - 1);
    void this.state.then((state) => {
      if (pausedUntil !== undefined) state.pausedUntil = Math.max(state.pausedUntil ?? 0, pausedUntil);
      if (remaining !== undefined) {
        // No reset sent (TalentScreen): an hourly count is taken to renew at the next clock hour, and the report with it.
        state.report = { remaining, resetAt: resetAt ?? (Math.floor(now / HOUR) + 1) * HOUR, startedSince: othersUnderWay };
        const learned = this.learnPerHour(limit, remaining, state.learnedPerHour);
        if (learned !== undefined) state.learnedPerHour = learned;
      }
      return this.area.set(this.storageKey, state);
    });
  }

  /** With no plan chosen: the hourly budget a report shows (its limit, or the smallest plan its remaining fits). */
  private learnPerHour(limit: number | undefined, remaining: number, learned: number | undefined): number | undefined {
    const plans = this.limits.hourlyPlans;
    if (this.limits.perHour !== undefined || !plans?.length) return undefined;
    if (limit !== undefined && this.limits.hourlyReports) return limit;
    // Remaining alone only ever shows a bigger plan than assumed, never a smaller one.
    const fits = plans.find((plan) => plan >= remaining) ?? remaining;
    return fits > (learned ?? plans[0] ?? 0) ? fits : undefined;
  }
}
