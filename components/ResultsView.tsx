import type { AssessmentResult, BreakdownItem, VendorOutcome } from '@/lib/model';
import { VENDOR_NAMES } from '@/lib/model';

const OUTCOME_LABEL = { pass: 'Pass', low_pass: 'Low pass', fail: 'Fail', pending: 'Pending' } as const;
const STATUS_LABEL = {
  invited: 'Invited',
  in_progress: 'In progress',
  completed: 'Completed',
  expired: 'Expired',
  failed: 'Failed',
} as const;

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function formatScore(result: AssessmentResult): string | undefined {
  const { score } = result;
  if (!score) return undefined;
  const pct = `${Math.round(score.percent * 10) / 10}%`;
  return score.max === 100 && score.min === 0 ? pct : `${pct} (${score.raw} / ${score.max})`;
}

function Breakdown({ title, items }: { title: string; items: BreakdownItem[] }) {
  if (items.length === 0) return null;
  return (
    <table className="sl-table">
      <caption>{title}</caption>
      <tbody>
        {items.map((item) => (
          <tr key={item.name}>
            <th scope="row">{item.name}</th>
            <td>{item.percent === null ? '—' : `${item.percent}%`}</td>
            <td>{item.total !== undefined ? `${item.correct ?? 0}/${item.total}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResultCard({ result }: { result: AssessmentResult }) {
  const score = formatScore(result);
  return (
    <article className="sl-result" data-result-id={result.id}>
      <h4 className="sl-result-title">{result.assessment}</h4>
      <p className="sl-result-line">
        <span className="sl-status">{STATUS_LABEL[result.status]}</span>
        {score && <span className="sl-score">{score}</span>}
        {result.outcome && <span className={`sl-badge sl-badge-${result.outcome}`}>{OUTCOME_LABEL[result.outcome]}</span>}
        {result.percentile !== undefined && <span className="sl-muted">{ordinal(result.percentile)} percentile</span>}
      </p>
      <Breakdown title="By category" items={result.categories} />
      <Breakdown title="By difficulty" items={result.difficulties} />
      {result.strengths.length > 0 && (
        <p className="sl-list">
          <strong>Strengths:</strong> {result.strengths.join(', ')}
        </p>
      )}
      {result.weaknesses.length > 0 && (
        <p className="sl-list">
          <strong>Weaknesses:</strong> {result.weaknesses.join(', ')}
        </p>
      )}
    </article>
  );
}

function outcomeMessage(outcome: VendorOutcome): string | undefined {
  switch (outcome.state) {
    case 'not_configured':
      return 'Not configured: add a key in Options.';
    case 'no_match':
      return 'No assessments found for this candidate.';
    case 'error':
      return outcome.error.message;
    default:
      return undefined;
  }
}

export function VendorCard({ outcome }: { outcome: VendorOutcome }) {
  const name = VENDOR_NAMES[outcome.vendor];
  const message = outcomeMessage(outcome);
  return (
    <section className={`sl-vendor sl-vendor-${outcome.state}`} data-vendor={outcome.vendor} aria-label={name}>
      <h3 className="sl-vendor-name">{name}</h3>
      {'fetchedAt' in outcome && (
        <p className="sl-muted sl-fetched" data-fetched-at={outcome.fetchedAt}>
          Updated {new Date(outcome.fetchedAt).toLocaleTimeString()}
        </p>
      )}
      {message && (
        <p className={outcome.state === 'error' ? 'sl-error' : 'sl-muted'} role={outcome.state === 'error' ? 'alert' : undefined}>
          {message}
        </p>
      )}
      {outcome.state === 'results' && outcome.results.map((r) => <ResultCard key={r.id} result={r} />)}
    </section>
  );
}

export function ResultsView({ outcomes }: { outcomes: VendorOutcome[] }) {
  if (outcomes.length === 0) return <p className="sl-muted">No vendor can look up this candidate yet.</p>;
  return (
    <div className="sl-results">
      {outcomes.map((o) => (
        <VendorCard key={o.vendor} outcome={o} />
      ))}
    </div>
  );
}
