/**
 * A candidate's whole picture in a few counts, for list-row chips. Counts only: vendors score on
 * different scales, so no average across them (the panel's scoreboard gives each on its own).
 */
import type { AssessmentResult, Verdict, VendorOutcome } from '../model';
import { z } from '../zod';

export const CandidateSummarySchema = z.object({
  assessments: z.number(),
  completed: z.number(),
  /** The worst outcome among completed assessments: fail, then low pass, pending, pass. */
  weakest: z.enum(['pass', 'low_pass', 'fail', 'pending']).optional(),
  /** Any red flag or copy-paste / fullscreen violation. */
  flagged: z.boolean(),
  /** The integrity problems summed over every assessment, so a chip can name them ("⚠ 3 copy-paste"). */
  integrity: z
    .object({ redFlag: z.boolean().optional(), copyPasteViolations: z.number().optional(), fullscreenViolations: z.number().optional() })
    .default({}),
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

/** Every assessment's integrity problems together: violations summed, any red flag. */
function integrityOf(results: readonly AssessmentResult[]): AssessmentResult['integrity'] {
  const sum = (key: 'copyPasteViolations' | 'fullscreenViolations') => results.reduce((n, r) => n + (r.integrity[key] ?? 0), 0);
  const integrity: AssessmentResult['integrity'] = {};
  if (results.some((r) => r.integrity.redFlag)) integrity.redFlag = true;
  if (sum('copyPasteViolations')) integrity.copyPasteViolations = sum('copyPasteViolations');
  if (sum('fullscreenViolations')) integrity.fullscreenViolations = sum('fullscreenViolations');
  return integrity;
}

export function summarise(outcomes: readonly VendorOutcome[]): CandidateSummary {
  const results = outcomes.flatMap((o) => (o.state === 'results' ? o.results : []));
  const completed = results.filter((r) => r.status === 'completed');
  const verdictsSeen = completed.flatMap((r) => (r.outcome ? [r.outcome] : []));
  const weakest = SEVERITY.find((s) => verdictsSeen.includes(s));
  return {
    assessments: results.length,
    completed: completed.length,
    weakest,
    flagged: results.some(
      (r) => r.integrity.redFlag || (r.integrity.copyPasteViolations ?? 0) > 0 || (r.integrity.fullscreenViolations ?? 0) > 0,
    ),
    integrity: integrityOf(results),
    failedVendors: outcomes.filter((o) => o.state === 'error').length,
    limitedUntil: limitedUntil(outcomes),
  };
}
