/**
 * One lookup per identifier: a subject narrowed to one email or one vendor id (plus the ATS
 * context a vendor keys by), so each result can say which identifier found it, each identifier
 * has its own cache entry, and "Not this person" on one drops only its results. The vendor
 * clients are unchanged: they see a subject as before, only a smaller one.
 */
import { sentIdentifiers } from '../ats/identity';
import type { AssessmentResult, Identifier, Subject, VendorOutcome } from '../model';
import type { VendorClient } from '../vendors/types';

export interface IdentifierPart {
  identifier: Identifier;
  subject: Subject;
}

/** The ATS ids without the candidate id: an email's lookup must not also find someone by the ATS reference. */
const contextOnly = (ats: Subject['ats']) => ats && { ats: ats.ats, applicationId: ats.applicationId, jobId: ats.jobId };

/** The identifiers of `subject` this vendor reads, each as its own subject. */
export function identifierParts(vendor: Pick<VendorClient, 'id' | 'subjectParts'>, subject: Subject): IdentifierPart[] {
  const reads = vendor.subjectParts ?? ['emails', 'ids', 'ats'];
  const parts: IdentifierPart[] = [];
  const base = { name: subject.name, ats: contextOnly(subject.ats) };
  for (const identifier of sentIdentifiers(subject)) {
    if (identifier.kind === 'email' && reads.includes('emails')) {
      parts.push({ identifier, subject: { ...base, emails: [identifier.value], ids: {} } });
    } else if (identifier.kind === vendor.id && reads.includes('ids')) {
      parts.push({ identifier, subject: { ...base, emails: [], ids: { [vendor.id]: [identifier.value] } } });
    }
  }
  const ats = subject.ats;
  if (ats && reads.includes('ats') && (ats.candidateId || ats.applicationId)) {
    const value = ats.applicationId ?? ats.candidateId ?? '';
    parts.push({ identifier: { kind: 'ats', value, source: 'url' }, subject: { name: subject.name, emails: [], ids: {}, ats } });
  }
  return parts;
}

/** Every result of an outcome marked with the identifier that found it. */
export function tagged(outcome: VendorOutcome, identifier: Identifier): VendorOutcome {
  if (outcome.state !== 'results') return outcome;
  return { ...outcome, results: outcome.results.map((r) => (r.matchedBy ? r : { ...r, matchedBy: identifier })) };
}

/**
 * One vendor's answer from its identifiers' answers: every result once (two identifiers finding
 * the same record keep the first, the better ranked), else the first error, else no match. What
 * one identifier's answer says about being cut short (`partial`), or another's failure beside
 * results (`alsoFailed`), is kept: a merge never makes an answer look more complete than it is.
 */
export function mergeOutcomes(outcomes: readonly VendorOutcome[]): VendorOutcome | undefined {
  const [first] = outcomes;
  if (!first || outcomes.length === 1) return first;
  const seen = new Set<string>();
  const results: AssessmentResult[] = [];
  let fetchedAt = Infinity;
  for (const outcome of outcomes) {
    if (outcome.state !== 'results') continue;
    fetchedAt = Math.min(fetchedAt, outcome.fetchedAt);
    for (const result of outcome.results) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      results.push(result);
    }
  }
  const partial = outcomes.find((o) => (o.state === 'results' || o.state === 'no_match') && o.partial);
  const partialOf = partial && 'partial' in partial && partial.partial ? { partial: partial.partial } : {};
  const error = outcomes.find((o) => o.state === 'error');
  if (results.length) {
    return { state: 'results', vendor: first.vendor, results, fetchedAt, ...partialOf, ...(error ? { alsoFailed: error.error } : {}) };
  }
  if (error) return error;
  const stamps = outcomes.flatMap((o) => ('fetchedAt' in o ? [o.fetchedAt] : []));
  // "Not asked" only when no identifier could be searched: one real search makes it a no match.
  const unsearched = outcomes.every((o) => o.state === 'no_match' && o.unsearched);
  return {
    state: 'no_match',
    vendor: first.vendor,
    fetchedAt: stamps.length ? Math.max(...stamps) : Date.now(),
    ...partialOf,
    ...(unsearched ? { unsearched } : {}),
  };
}
