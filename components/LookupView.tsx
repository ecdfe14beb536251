import type { Subject } from '@/lib/model';
import { ResultsView } from './ResultsView';
import { useLookup } from './useLookup';

/** The merged results for one subject, with loading and failure states. */
export function LookupView({ subject }: { subject: Subject }) {
  const query = useLookup(subject);
  if (query.isPending)
    return (
      <p className="sl-muted" role="status">
        Looking up assessments…
      </p>
    );
  if (query.isError)
    return (
      <p className="sl-error" role="alert">
        {query.error.message}
      </p>
    );
  return <ResultsView outcomes={query.data.outcomes} />;
}
