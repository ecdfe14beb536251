/**
 * What "Look up all" would cost, per vendor, against what its rate gate has left: shown before
 * anything is asked, so a recruiter never spends a team's hourly budget on a click. No React here.
 */
import { t, tPlural } from '../i18n';
import { VENDOR_NAMES, type VendorId, VendorIdSchema } from '../model';
import { z } from '../zod';
import { timeOfDay } from './table';

/**
 * Requests one identifier's lookup takes at each vendor when nothing is cached, from each
 * client's read path: TalentScreen searches the email, then reads the candidate, their results
 * list and a result's detail (4); Praxicraft refreshes its email index and reads the invite (2);
 * HrFlow finds the profile, then its score for the job (2); Nova reads one score (1);
 * HiringBranch reads at most one batched call (1; none for an email without a linked id).
 */
export const REQUESTS_PER_LOOKUP: Record<VendorId, number> = {
  hiringbranch: 1,
  talentscreen: 4,
  praxicraft: 2,
  hrflow: 2,
  nova: 1,
};

/** What a vendor's gate has left now (see VendorGate.budget). */
export const GateBudgetSchema = z.object({
  /** The hourly budget (chosen plan, learned from reports, or the lowest plan); absent: none documented. */
  perHour: z.number().optional(),
  /** Requests left in the rolling hour (or as the vendor last reported, whichever is fewer). */
  left: z.number().optional(),
  /** When more budget comes (epoch ms). */
  refillsAt: z.number().optional(),
  /** The vendor said to wait (a 429) until then (epoch ms). */
  pausedUntil: z.number().optional(),
});
export type GateBudget = z.infer<typeof GateBudgetSchema>;

export const VendorCostSchema = GateBudgetSchema.extend({
  vendor: VendorIdSchema,
  /** Identifier lookups not answered from the cache. */
  lookups: z.number().int().nonnegative(),
  requestsPerLookup: z.number().int().positive(),
  requests: z.number().int().nonnegative(),
});
export type VendorCost = z.infer<typeof VendorCostSchema>;

export function vendorCost(vendor: VendorId, lookups: number, budget: GateBudget): VendorCost {
  const requestsPerLookup = REQUESTS_PER_LOOKUP[vendor];
  return { vendor, lookups, requestsPerLookup, requests: lookups * requestsPerLookup, ...budget };
}

/** Whether some of the requests must wait for the budget to refill (or for the vendor's pause to end). */
export function mustWait(cost: VendorCost, now: number): boolean {
  if (cost.requests === 0) return false;
  if (cost.pausedUntil !== undefined && cost.pausedUntil > now) return true;
  return cost.left !== undefined && cost.requests > cost.left;
}

/**
 * One vendor's line: "TalentScreen: 36 requests (9 lookups × 4) · 100 of 100 left this hour",
 * with "· 64 wait until 15:02" when the budget does not cover them.
 */
export function costLine(cost: VendorCost, now: number): string {
  const name = VENDOR_NAMES[cost.vendor];
  if (cost.requests === 0) return t('jobCostNothing', name);
  const parts = [
    t(
      'jobCostRequests',
      name,
      String(cost.requests),
      tPlural(cost.lookups, 'jobCostLookupsOne', 'jobCostLookupsOther'),
      String(cost.requestsPerLookup),
    ),
  ];
  if (cost.pausedUntil !== undefined && cost.pausedUntil > now) parts.push(t('jobCostPaused', timeOfDay(cost.pausedUntil)));
  if (cost.left === undefined) parts.push(t('jobCostNoHourlyLimit'));
  else {
    parts.push(t('jobCostLeft', String(cost.left), String(cost.perHour ?? cost.left)));
    if (cost.requests > cost.left) {
      const over = String(cost.requests - cost.left);
      parts.push(cost.refillsAt ? t('jobCostWaitUntil', over, timeOfDay(cost.refillsAt)) : t('jobCostWait', over));
    } else if (cost.refillsAt) parts.push(t('jobCostRefills', timeOfDay(cost.refillsAt)));
  }
  return parts.join(' · ');
}
