/**
 * One vendor's gate: at most `concurrency` requests at once, at most `perSecond` and
 * `perHour` requests in any rolling second and hour, and a pause after a 429 until its
 * Retry-After. Shared by every tab (the engine lives in the one background) and kept in
 * session storage, so a restarted service worker still honours the budget it had spent.
 */
import { t } from '../i18n';
import { VendorError, retryAtFrom } from '../vendors/errors';
import type { RequestGate } from '../vendors/types';
import type { KeyValueArea } from './area';
import { sleep } from './sleep';

export interface VendorLimits {
  concurrency: number;
  perSecond?: number;
  perHour?: number;
}

/** Waits longer than this are not waited out: the lookup reports `rate_limited` instead. */
export const MAX_GATE_WAIT_MS = 5_000;
/** A 429 without a usable Retry-After pauses the vendor this long. */
const DEFAULT_PAUSE_MS = 30_000;
const MINUTE = 60_000;

interface PersistedState {
  /** Requests started per minute (epoch minute → count), the last 60 minutes. */
  minutes: Record<string, number>;
  pausedUntil?: number;
}

export class VendorGate implements RequestGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly lastSecond: number[] = [];
  private state: Promise<PersistedState>;

  constructor(
    private readonly vendorName: string,
    private readonly limits: VendorLimits,
    private readonly area: KeyValueArea,
    private readonly storageKey: string,
    private readonly now: () => number = Date.now,
  ) {
    this.state = area.get<PersistedState>(storageKey).then((s) => s ?? { minutes: {} });
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

  async acquire(signal?: AbortSignal): Promise<() => void> {
    const state = await this.state;

    const pausedFor = (state.pausedUntil ?? 0) - this.now();
    if (pausedFor > MAX_GATE_WAIT_MS) this.refuse(state.pausedUntil ?? 0, t('gatePausedByVendor', this.vendorName));
    if (pausedFor > 0) await sleep(pausedFor, signal);

    if (this.limits.perHour !== undefined) {
      const { used, oldestMinute } = this.usedThisHour(state);
      if (used >= this.limits.perHour) {
        const retryAt = ((oldestMinute ?? Math.floor(this.now() / MINUTE)) + 61) * MINUTE;
        this.refuse(retryAt, t('gatePausedHourly', this.vendorName, String(this.limits.perHour)));
      }
    }

    if (this.active >= this.limits.concurrency) {
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

  observe(response: Response): void {
    if (response.status !== 429) return;
    const until = retryAtFrom(response.headers, this.now()) ?? this.now() + DEFAULT_PAUSE_MS;
    void this.state.then((state) => {
      state.pausedUntil = Math.max(state.pausedUntil ?? 0, until);
      return this.area.set(this.storageKey, state);
    });
  }
}
