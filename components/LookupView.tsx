import { useQuery } from '@tanstack/react-query';
import { t } from '@/lib/i18n';
import { summarise } from '@/lib/lookup/summary';
import { sendMessage } from '@/lib/messaging/client';
import type { Subject } from '@/lib/model';
import { PanelActions } from './PanelActions';
import { ResultsView } from './ResultsView';
import { SummaryLine } from './SummaryLine';
import { useLookup } from './useLookup';

/**
 * The merged results for one subject: each vendor as it answers (a skeleton for those still
 * expected), then refreshable. In the panel: a candidate header and the actions too.
 */
export function LookupView({ subject, inPanel = false }: { subject: Subject; inPanel?: boolean }) {
  const query = useLookup(subject);
  // Which vendors should answer: enabled and with a key (never the key itself).
  const vendors = useQuery({ queryKey: ['vendorStatus'], queryFn: () => sendMessage('vendorStatus', {}) });
  const outcomes = query.data?.outcomes ?? [];
  const loading = query.isFetching;
  const answered = new Set(outcomes.map((o) => o.vendor));
  const pending =
    loading && !query.data?.done
      ? (vendors.data?.vendors ?? []).filter((v) => v.enabled && v.configured && !answered.has(v.id)).map((v) => v.id)
      : [];
  return (
    <div className="sl-lookup">
      {inPanel && (
        <div className="sl-candidate">
          {subject.name && <strong className="sl-candidate-name">{subject.name}</strong>}
          {subject.emails.map((e) => (
            <span key={e} className="sl-muted sl-candidate-email">
              {e}
            </span>
          ))}
          <p className="sl-summary" data-testid="summary">
            {outcomes.length > 0 ? <SummaryLine summary={summarise(outcomes)} variant="header" /> : loading ? '…' : ''}
          </p>
        </div>
      )}
      <div className="sl-lookup-bar">
        <span className="sl-muted" role="status">
          {loading ? t('lookupInProgress') : ''}
        </span>
        <button type="button" className="sl-button" onClick={() => void query.refresh()} disabled={loading}>
          {t('lookupRefresh')}
        </button>
      </div>
      {inPanel && <PanelActions subject={subject} outcomes={outcomes} busy={loading} onLinked={() => void query.refresh()} />}
      {query.isError && (
        <p className="sl-error" role="alert">
          {query.error.message}
        </p>
      )}
      {(outcomes.length > 0 || pending.length > 0 || !loading) && <ResultsView outcomes={outcomes} pending={pending} />}
    </div>
  );
}
