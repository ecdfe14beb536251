import { summaryParts } from '@/lib/export/format';
import type { CandidateSummary } from '@/lib/lookup/summary';

const WEAKEST = { pass: 'all passed', low_pass: 'low pass', fail: 'failed one', pending: 'pending' } as const;

/**
 * chip: "2/3 completed · avg 81% · failed one · ⚠ flagged" (a list row);
 * header: "3 assessments · 2 completed · avg 81% · ⚠ flags" (the panel's candidate header).
 */
export function SummaryLine({ summary, variant = 'chip' }: { summary: CandidateSummary; variant?: 'chip' | 'header' }) {
  if (variant === 'header') {
    return (
      <>
        {summaryParts(summary).map((part, i) => (
          <span key={part} className={part.startsWith('⚠') ? 'sl-flag-text' : undefined}>
            {i > 0 ? ' · ' : ''}
            {part}
          </span>
        ))}
      </>
    );
  }
  if (summary.assessments === 0)
    return <>{summary.failedVendors ? `No results (${summary.failedVendors} vendor errors)` : 'No assessments'}</>;
  const parts = [`${summary.completed}/${summary.assessments} completed`];
  if (summary.averagePercent !== undefined) parts.push(`avg ${summary.averagePercent}%`);
  if (summary.weakest) parts.push(WEAKEST[summary.weakest]);
  if (summary.failedVendors) parts.push(`${summary.failedVendors} vendor error${summary.failedVendors > 1 ? 's' : ''}`);
  return (
    <>
      {parts.join(' · ')}
      {summary.flagged && <strong className="sl-flag-text"> · ⚠ flagged</strong>}
    </>
  );
}
