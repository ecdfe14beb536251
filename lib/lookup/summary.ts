/** A candidate's whole picture in a few numbers: for list-row chips and the panel header. */
import type { Verdict, VendorOutcome } from '../model';
import { z } from '../zod';

export const CandidateSummarySchema = z.object({
  assessments: z.number(),
  completed: z.number(),
  /** Mean of the completed assessments' percentages, rounded; absent when none has a score. */
  averagePercent: z.number().optional(),
  /** The worst outcome among completed assessments: fail, then low pass, pending, pass. */
  weakest: z.enum(['pass', 'low_pass', 'fail', 'pending']).optional(),
  /** Any red flag or copy-paste / fullscreen violation. */
  flagged: z.boolean(),
  /** Vendors that could not answer (errors), so a chip never looks complete when it is not. */
  failedVendors: z.number(),
  /** When a vendor's request budget is spent: the earliest time it may be asked again (epoch ms). */
  limitedUntil: z.number().optional(),
});
export type CandidateSummary = z.infer<typeof CandidateSummarySchema>;

const SEVERITY: Verdict[] = ['fail', 'low_pass', 'pending', 'pass'];

function limitedUntil(outcomes: readonly VendorOutcome[]): number | undefined {
  const times = outcomes.flatMap((o) =>
    o.state === 'error' && o.error.code === 'rate_limited' && o.error.retryAt ? [o.error.retryAt] : [],
  );
  return times.length ? Math.min(...times) : undefined;
}

export function summarise(outcomes: readonly VendorOutcome[]): CandidateSummary {
  const results = outcomes.flatMap((o) => (o.state === 'results' ? o.results : []));
  const completed = results.filter((r) => r.status === 'completed');
  const scores = completed.flatMap((r) => (r.score ? [r.score.percent] : []));
  const verdictsSeen = completed.flatMap((r) => (r.outcome ? [r.outcome] : []));
  const weakest = SEVERITY.find((s) => verdictsSeen.includes(s));
  return {
    assessments: results.length,
    completed: completed.length,
    averagePercent: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : undefined,
    weakest,
    flagged: results.some(
      (r) => r.integrity.redFlag || (r.integrity.copyPasteViolations ?? 0) > 0 || (r.integrity.fullscreenViolations ?? 0) > 0,
    ),
    failedVendors: outcomes.filter((o) => o.state === 'error').length,
    limitedUntil: limitedUntil(outcomes),
  };
}
