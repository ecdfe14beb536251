import { alsoFailedLine, errorAdvice, integrityFlags, verdictLabel, outcomeLine, partialLine, statusLabel } from '@/lib/export/labels';
import { t } from '@/lib/i18n';
import type { AssessmentResult, BreakdownItem, VendorOutcome } from '@/lib/model';
import { VENDOR_NAMES } from '@/lib/model';
import { detailScore, percentileText } from '@/lib/scoreboard/headline';
import { matchedByLine } from '@/components/results/identityText';
import { OpenOptionsButton } from '@/components/shared/OpenOptionsButton';

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
  return m >= 60 ? t('durationHoursMinutes', String(Math.floor(m / 60)), String(m % 60)) : t('durationMinutes', String(m));
}

function Cases({ cases }: { cases: AssessmentResult['cases'] }) {
  if (cases.length === 0) return null;
  return (
    <table className="sl-table sl-cases">
      <caption>{t('resultsTasks')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('resultsTask')}</th>
          <th scope="col">{t('resultsScore')}</th>
          <th scope="col">{t('resultsStatus')}</th>
          <th scope="col">{t('resultsTime')}</th>
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
  const flags = integrityFlags(integrity);
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
        <strong>{t('aiVerdictLabel')}</strong> {verdict.summary}
      </p>
      {list(t('verdictStrengths'), verdict.strengths)}
      {list(t('verdictConcerns'), verdict.concerns)}
      {list(t('verdictInterviewFocus'), verdict.interviewFocus)}
    </div>
  );
}

function ResultCard({ result }: { result: AssessmentResult }) {
  const score = detailScore(result);
  return (
    <article className="sl-result" data-result-id={result.id}>
      <h4 className="sl-result-title">{result.assessment}</h4>
      {result.matchedBy && (
        <p className="sl-muted sl-matched-by" data-testid="matched-by">
          {matchedByLine(result)}
        </p>
      )}
      <p className="sl-result-line">
        <span className="sl-status">{statusLabel(result.status)}</span>
        {score && <span className="sl-score">{score}</span>}
        {result.outcome && <span className={`sl-badge sl-badge-${result.outcome}`}>{verdictLabel(result.outcome)}</span>}
        {result.percentile !== undefined && <span className="sl-muted">{percentileText(result.percentile)}</span>}
        {result.status !== 'completed' && result.completionPercent !== undefined && (
          <span className="sl-muted">{t('resultDone', String(result.completionPercent))}</span>
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
      <Breakdown title={t('resultByCategory')} items={result.categories} />
      <Breakdown title={t('resultByDifficulty')} items={result.difficulties} />
      <Cases cases={result.cases} />
      {result.strengths.length > 0 && (
        <p className="sl-list">
          <strong>{t('resultStrengths')}</strong> {result.strengths.join(', ')}
        </p>
      )}
      {result.weaknesses.length > 0 && (
        <p className="sl-list">
          <strong>{t('resultWeaknesses')}</strong> {result.weaknesses.join(', ')}
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

/**
 * What a vendor says instead of results (not set up, no match, its error with the fix), and
 * another identifier's failure beside its results: each with a way to Options when the fix is there.
 */
export function VendorMessages({ outcome, noMatch = true }: { outcome: VendorOutcome; noMatch?: boolean }) {
  const message = outcome.state === 'no_match' && !noMatch ? undefined : outcomeLine(outcome);
  const toOptions = outcome.state === 'not_configured' || (outcome.state === 'error' && errorAdvice(outcome).options);
  // A spent request budget is a wait, not a failure: no alert.
  const failed = outcome.state === 'error' && outcome.error.code !== 'rate_limited';
  const alsoFailed = alsoFailedLine(outcome);
  return (
    <>
      {message && (
        <p
          className={failed ? 'sl-error' : 'sl-muted'}
          role={failed ? 'alert' : undefined}
          data-code={outcome.state === 'error' ? outcome.error.code : undefined}
        >
          {message}
          {toOptions && (
            <>
              {' '}
              <OpenOptionsButton />
            </>
          )}
        </p>
      )}
      {alsoFailed && (
        <p className="sl-error" role="alert" data-also-failed="">
          {alsoFailed}
        </p>
      )}
    </>
  );
}

/**
 * A vendor's details: when it answered, what it could not read, every result in full. Inside a
 * scoreboard line (`inLine`) the line itself carries the vendor's name and messages.
 */
export function VendorCard({ outcome, inLine = false }: { outcome: VendorOutcome; inLine?: boolean }) {
  const name = VENDOR_NAMES[outcome.vendor];
  return (
    <section className={`sl-vendor sl-vendor-${outcome.state}`} data-vendor={outcome.vendor} aria-label={name}>
      {!inLine && <h3 className="sl-vendor-name">{name}</h3>}
      {'fetchedAt' in outcome && (
        <p className="sl-muted sl-fetched" data-fetched-at={outcome.fetchedAt}>
          {t('vendorUpdated', new Date(outcome.fetchedAt).toLocaleTimeString())}
        </p>
      )}
      {!inLine && <VendorMessages outcome={outcome} />}
      {partialLine(outcome) && (
        <p className="sl-muted sl-partial" data-partial="">
          {partialLine(outcome)}
        </p>
      )}
      {outcome.state === 'results' && outcome.results.map((r) => <ResultCard key={r.id} result={r} />)}
    </section>
  );
}
