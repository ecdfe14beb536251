import { clockTime } from '@/lib/export/labels';
import { t, tPlural } from '@/lib/i18n';
import type { CandidateSummary } from '@/lib/lookup/summary';
import type { Verdict } from '@/lib/model';
import { namedFlags } from '@/lib/scoreboard/headline';

const WEAKEST: Record<Verdict, () => string> = {
  pass: () => t('summaryWeakestPass'),
  low_pass: () => t('summaryWeakestLowPass'),
  fail: () => t('summaryWeakestFail'),
  pending: () => t('summaryWeakestPending'),
};

/**
 * A list row's chip: "2/3 completed · failed one · ⚠ 3 copy-paste". Counts only: the vendors'
 * scales differ, so no average (the candidate's scoreboard gives each score on its own scale).
 */
export function SummaryLine({ summary }: { summary: CandidateSummary }) {
  // A spent budget is a wait, not an error.
  if (summary.assessments === 0 && summary.limitedUntil) return <>{t('summaryLimitReached', clockTime(summary.limitedUntil))}</>;
  if (summary.assessments === 0) {
    return (
      <>{summary.failedVendors ? tPlural(summary.failedVendors, 'summaryNoResultsOne', 'summaryNoResultsOther') : t('noAssessments')}</>
    );
  }
  const parts = [t('summaryCompletedOf', String(summary.completed), String(summary.assessments))];
  if (summary.weakest) parts.push(WEAKEST[summary.weakest]());
  if (summary.failedVendors) parts.push(tPlural(summary.failedVendors, 'summaryVendorErrorsOne', 'summaryVendorErrorsOther'));
  const flags = namedFlags(summary.integrity);
  return (
    <>
      {parts.join(' · ')}
      {summary.flagged && <strong className="sl-flag-text"> · {flags.length ? `⚠ ${flags.join(', ')}` : t('summaryFlagged')}</strong>}
    </>
  );
}
