import { summaryParts } from '@/lib/export/format';
import { clockTime } from '@/lib/export/labels';
import { t, tPlural } from '@/lib/i18n';
import type { CandidateSummary } from '@/lib/lookup/summary';
import type { Verdict } from '@/lib/model';

const WEAKEST: Record<Verdict, () => string> = {
  pass: () => t('summaryWeakestPass'),
  low_pass: () => t('summaryWeakestLowPass'),
  fail: () => t('summaryWeakestFail'),
  pending: () => t('summaryWeakestPending'),
};

/**
 * chip: "2/3 completed · avg 81% · failed one · ⚠ flagged" (a list row);
 * header: "3 assessments · 2 completed · avg 81% · ⚠ flags" (the panel's candidate header).
 */
export function SummaryLine({ summary, variant = 'chip' }: { summary: CandidateSummary; variant?: 'chip' | 'header' }) {
  if (variant === 'header') {
    const flags = t('summaryFlags');
    return (
      <>
        {summaryParts(summary).map((part, i) => (
          <span key={part} className={part === flags ? 'sl-flag-text' : undefined}>
            {i > 0 ? ' · ' : ''}
            {part}
          </span>
        ))}
      </>
    );
  }
  // A spent budget is a wait, not an error.
  if (summary.assessments === 0 && summary.limitedUntil) return <>{t('summaryLimitReached', clockTime(summary.limitedUntil))}</>;
  if (summary.assessments === 0) {
    return (
      <>{summary.failedVendors ? tPlural(summary.failedVendors, 'summaryNoResultsOne', 'summaryNoResultsOther') : t('noAssessments')}</>
    );
  }
  const parts = [t('summaryCompletedOf', String(summary.completed), String(summary.assessments))];
  if (summary.averagePercent !== undefined) parts.push(t('summaryAverage', String(summary.averagePercent)));
  if (summary.weakest) parts.push(WEAKEST[summary.weakest]());
  if (summary.failedVendors) parts.push(tPlural(summary.failedVendors, 'summaryVendorErrorsOne', 'summaryVendorErrorsOther'));
  return (
    <>
      {parts.join(' · ')}
      {summary.flagged && <strong className="sl-flag-text"> · {t('summaryFlagged')}</strong>}
    </>
  );
}
