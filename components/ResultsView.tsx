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
  if (score.max === 100 && score.min === 0) return pct;
  return score.min === 0 ? `${pct} (${score.raw} / ${score.max})` : `${pct} (${score.raw} on ${score.min}–${score.max})`;
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

function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const m = Math.floor(seconds / 60);
  return m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`;
}

function Cases({ cases }: { cases: AssessmentResult['cases'] }) {
  if (cases.length === 0) return null;
  return (
    <table className="sl-table sl-cases">
      <caption>Tasks</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Task</th>
          <th scope="col">Score</th>
          <th scope="col">Status</th>
          <th scope="col">Time</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.order} className={c.status === 'pending_review' ? 'sl-review' : undefined}>
            <td>{c.order}</td>
            <th scope="row">{c.title}</th>
            <td>{c.score === null ? '—' : `${c.score}/${c.max ?? '?'}`}</td>
            <td>{c.status.replace('_', ' ')}</td>
            <td>{duration(c.timeSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Integrity problems, shown so they cannot be missed. */
function IntegrityFlags({ integrity }: { integrity: AssessmentResult['integrity'] }) {
  const flags = [
    integrity.redFlag ? 'Proctoring red flag' : undefined,
    integrity.copyPasteViolations
      ? `${integrity.copyPasteViolations} copy-paste violation${integrity.copyPasteViolations > 1 ? 's' : ''}`
      : undefined,
    integrity.fullscreenViolations
      ? `${integrity.fullscreenViolations} fullscreen violation${integrity.fullscreenViolations > 1 ? 's' : ''}`
      : undefined,
  ].filter(Boolean);
  if (flags.length === 0) return null;
  return (
    <p className="sl-flags" role="note">
      <span aria-hidden="true">⚠ </span>
      {flags.join(' · ')}
    </p>
  );
}

function Verdict({ verdict }: { verdict: NonNullable<AssessmentResult['aiVerdict']> }) {
  const list = (title: string, items: string[]) =>
    items.length > 0 && (
      <div>
        <strong>{title}</strong>
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="sl-verdict">
      <p>
        <strong>AI verdict:</strong> {verdict.summary}
      </p>
      {list('Strengths', verdict.strengths)}
      {list('Concerns', verdict.concerns)}
      {list('Interview focus', verdict.interviewFocus)}
    </div>
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
        {result.status !== 'completed' && result.completionPercent !== undefined && (
          <span className="sl-muted">{result.completionPercent}% done</span>
        )}
      </p>
      <IntegrityFlags integrity={result.integrity} />
      {result.note && <p className="sl-muted">{result.note}</p>}
      {result.metrics.map((m) => (
        <p key={m.label} className="sl-list">
          <strong>{m.label}:</strong> {m.value}
          {m.unit ? ` ${m.unit}` : ''}
        </p>
      ))}
      <Breakdown title="By category" items={result.categories} />
      <Breakdown title="By difficulty" items={result.difficulties} />
      <Cases cases={result.cases} />
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
      {result.aiVerdict && <Verdict verdict={result.aiVerdict} />}
      {result.links.length > 0 && (
        <p className="sl-links">
          {result.links.map((link) => (
            <a key={link.url} href={link.url} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          ))}
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
