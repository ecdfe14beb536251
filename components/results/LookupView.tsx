import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { identifierKey, withIdentifier } from '@/lib/ats/identity';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import type { Identifier, Subject, VendorOutcome } from '@/lib/model';
import { scoreboardLines, scoreboardSummary } from '@/lib/scoreboard/headline';
import { IdentityView } from '@/components/results/IdentityView';
import { identityLine, peopleFound } from '@/components/results/identityText';
import { PanelActions } from '@/components/results/PanelActions';
import { Scoreboard } from '@/components/results/Scoreboard';
import { useLookup } from '@/components/results/useLookup';

/** The outcomes without results found by an identifier marked "Not this person" (until the lookup without it answers). */
function withoutRejectedResults(outcomes: VendorOutcome[], rejected: ReadonlySet<string>): VendorOutcome[] {
  if (rejected.size === 0) return outcomes;
  return outcomes.map((o) => {
    if (o.state !== 'results') return o;
    const results = o.results.filter((r) => !r.matchedBy || !rejected.has(identifierKey(r.matchedBy)));
    if (results.length === o.results.length) return o;
    return results.length ? { ...o, results } : { state: 'no_match', vendor: o.vendor, fetchedAt: o.fetchedAt };
  });
}

/**
 * "Not this person" marks for this ATS candidate (none outside the panel): the identifiers marked,
 * and marking or unmarking one, after which the lookup runs again without it.
 */
function useNotThisPerson(ats: Subject['ats'], subject: Subject) {
  const queryClient = useQueryClient();
  const marks = useQuery({
    queryKey: ['notThisPerson', ats],
    queryFn: () => sendMessage('notThisPerson', { ats: ats as NonNullable<typeof ats> }),
    enabled: ats !== undefined,
  });
  const rejected = useMemo(() => new Set(marks.data?.rejected ?? []), [marks.data]);
  const reject = async (identifier: Identifier, isRejected: boolean) => {
    if (!ats) return;
    const answer = await sendMessage('setNotThisPerson', { ats, identifier, rejected: isRejected });
    queryClient.setQueryData(['notThisPerson', ats], answer);
    // The background leaves the marked identifiers out: ask again (each identifier's answer is cached).
    await queryClient.invalidateQueries({ queryKey: ['lookup', subject] });
  };
  return { rejected, reject };
}

/** The panel's candidate header: name and emails, then the summary, or the conflict when the results name different people. */
function CandidateHeader({ subject, outcomes, summary }: { subject: Subject; outcomes: VendorOutcome[]; summary: string }) {
  const people = peopleFound(outcomes.flatMap((o) => (o.state === 'results' ? o.results : [])));
  return (
    <div className="sl-candidate">
      {subject.name && <strong className="sl-candidate-name">{subject.name}</strong>}
      {subject.emails.map((e) => (
        <span key={e} className="sl-muted sl-candidate-email">
          {e}
        </span>
      ))}
      {people.length > 1 ? (
        <p className="sl-error sl-conflict" role="alert" data-testid="conflict">
          {t('identityConflict', people.map((p) => t('identityConflictPerson', p.name, identityLine(p.by))).join('; '))}
        </p>
      ) : (
        <p className="sl-summary" data-testid="summary">
          {summary}
        </p>
      )}
    </div>
  );
}

/**
 * The merged results for one subject: each vendor as it answers (a skeleton for those still
 * expected), then refreshable. In the panel: a candidate header, then the scoreboard, the actions and the identity.
 */
export function LookupView({ subject: pageSubject, inPanel = false }: { subject: Subject; inPanel?: boolean }) {
  // Offers the recruiter clicked: looked up with the rest, for this view only.
  const [added, setAdded] = useState<Identifier[]>([]);
  const subject = useMemo(() => added.reduce(withIdentifier, pageSubject), [pageSubject, added]);
  const query = useLookup(subject);
  const { rejected, reject } = useNotThisPerson(inPanel ? pageSubject.ats : undefined, subject);
  // Which vendors should answer: enabled and with a key (never the key itself).
  const vendors = useQuery({ queryKey: ['vendorStatus'], queryFn: () => sendMessage('vendorStatus', {}) });
  const outcomes = withoutRejectedResults(query.data?.outcomes ?? [], rejected);
  const loading = query.isFetching;
  const answered = new Set(outcomes.map((o) => o.vendor));
  // Counts, never an average: each vendor scores on its own scale (its line says which).
  const summary = outcomes.length > 0 ? scoreboardSummary(scoreboardLines(outcomes)) : loading ? '…' : '';
  const pending =
    loading && !query.data?.done
      ? (vendors.data?.vendors ?? []).filter((v) => v.enabled && v.configured && !answered.has(v.id)).map((v) => v.id)
      : [];
  return (
    <div className="sl-lookup">
      {inPanel && <CandidateHeader subject={subject} outcomes={outcomes} summary={summary} />}
      <div className="sl-lookup-bar">
        <span className="sl-muted" role="status">
          {loading ? t('lookupInProgress') : ''}
        </span>
        <button type="button" className="sl-button" onClick={() => void query.refresh()} disabled={loading}>
          {t('lookupRefresh')}
        </button>
      </div>
      {query.isError && (
        <p className="sl-error" role="alert">
          {query.error.message}
        </p>
      )}
      {!inPanel && outcomes.length > 0 && (
        <p className="sl-summary" data-testid="summary">
          {summary}
        </p>
      )}
      {/* The scoreboard first; then what to do with it, and who it was found by. */}
      {(outcomes.length > 0 || pending.length > 0 || !loading) && <Scoreboard outcomes={outcomes} pending={pending} />}
      {inPanel && <PanelActions subject={subject} outcomes={outcomes} busy={loading} onLinked={() => void query.refresh()} />}
      {inPanel && (
        <IdentityView
          subject={subject}
          rejected={rejected}
          onReject={(identifier, isRejected) => void reject(identifier, isRejected)}
          onLookUp={(offer) => setAdded((list) => [...list, { kind: offer.kind, value: offer.value, source: offer.source }])}
        />
      )}
    </div>
  );
}
