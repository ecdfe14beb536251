import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';

const NEW_RESULTS_QUERY = ['newResults'] as const;

/** Results that landed for watched candidates: each opens the ATS page where the candidate was seen, and leaves the list. */
export function NewResults() {
  const queryClient = useQueryClient();
  const results = useQuery({ queryKey: NEW_RESULTS_QUERY, queryFn: () => sendMessage('newResults', {}) });
  const open = useMutation({
    mutationFn: (id: string) => sendMessage('openNewResult', { id }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NEW_RESULTS_QUERY }),
  });
  if (!results.data?.results.length) return null;
  return (
    <section aria-labelledby="sl-new-results" data-testid="new-results">
      <h2 id="sl-new-results" className="sl-subtitle">
        {t('newResultsHeading')}
      </h2>
      <ul className="sl-status-list">
        {results.data.results.map((result) => (
          <li key={result.id}>
            <button
              type="button"
              className="sl-button"
              title={t('newResultsOpenHint')}
              data-new-result={result.id}
              onClick={() => open.mutate(result.id)}
            >
              {result.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
