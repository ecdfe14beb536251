import type { Subject } from '@/lib/model';
import { ResultsView } from './ResultsView';
import { useLookup } from './useLookup';

/** The merged results for one subject: each vendor as it answers, then refreshable. */
export function LookupView({ subject }: { subject: Subject }) {
  const query = useLookup(subject);
  const outcomes = query.data?.outcomes ?? [];
  const loading = query.isFetching;
  return (
    <div className="sl-lookup">
      <div className="sl-lookup-bar">
        <span className="sl-muted" role="status">
          {loading ? 'Looking up assessments…' : ''}
        </span>
        <button type="button" className="sl-button" onClick={() => void query.refresh()} disabled={loading}>
          Refresh
        </button>
      </div>
      {query.isError && (
        <p className="sl-error" role="alert">
          {query.error.message}
        </p>
      )}
      {(outcomes.length > 0 || !loading) && <ResultsView outcomes={outcomes} />}
    </div>
  );
}
