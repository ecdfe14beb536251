/**
 * Which identifiers found on a page are the candidate's and go to vendors without asking, and
 * which are only offered ("Also on this page"). Pure: the DOM walk is in detect.ts.
 *
 * Looked up without asking: the URL, the profile header or a labelled contact field, a vendor's
 * report link, a labelled field or note; an email whose local part matches the candidate's name
 * first; at most MAX_SENT per page. Never without a click: colleagues (and the signed-in user),
 * role, no-reply and relay addresses, the ATS's own domains, and what the candidate wrote.
 */
import type { HeldReason, Identifier, IdentifierKind, IdentifierSource, Offer, Subject } from '../model';

/** At most this many identifiers of a page go to vendors without the recruiter's click. */
export const MAX_SENT = 3;

/** One identifier as the page showed it; `held` when it may not go out without a click. */
export interface FoundIdentifier extends Identifier {
  held?: HeldReason;
}

export type SentKind = Exclude<IdentifierKind, 'ats'>;

/** Relay mailboxes that forward to the candidate but are the ATS's, not theirs (Workable's per-candidate relay). */
const RELAY_DOMAINS = ['outbound.workablemail.com', 'workablemail.com'];

/** Mailboxes of systems and hiring desks, not people. Not info@ or hello@: a freelancer's own domain often has only those. */
const ROLE_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|reply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|jobs|careers|recruiting|recruitment|hiring|hr)[+._@-]/;

const domainOf = (email: string) => email.slice(email.indexOf('@') + 1);
const underDomain = (domain: string, parents: readonly string[]) => parents.some((d) => domain === d || domain.endsWith(`.${d}`));

/** Why an address is never the candidate's on its own, whatever area showed it; undefined when it may be. */
export function addressReason(email: string, ownDomains: readonly string[] = []): HeldReason | undefined {
  const domain = domainOf(email);
  if (isRelayDomain(domain)) return 'relay_address';
  if (isRoleMailbox(email) || underDomain(domain, ownDomains)) return 'role_address';
  return undefined;
}

/** A system's or a hiring desk's mailbox (no-reply@, jobs@), whatever its domain. */
export const isRoleMailbox = (email: string) => ROLE_MAILBOX.test(email);

/** A relay's domain: every address there forwards to someone and is the ATS's, not theirs. */
export const isRelayDomain = (domain: string) => underDomain(domain, RELAY_DOMAINS);

/** Order of trust among the places looked up without asking: what the ATS labelled first, loose header text last. */
const SOURCE_RANK: Record<IdentifierSource, number> = {
  url: 0,
  contact: 1,
  field: 2,
  note: 3,
  vendor_link: 4,
  profile: 5,
  list: 6,
  typed: 7,
  free_text: 8,
};

/** Reasons that belong to the identifier itself (a colleague's address stays one wherever it shows again). */
const ABSOLUTE: ReadonlySet<HeldReason> = new Set(['colleague', 'role_address', 'relay_address']);

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Whether an email's local part spells the candidate's name: jane.doe@, jdoe@, doe.jane@, jane@. */
export function emailMatchesName(email: string, name: string | undefined): boolean {
  if (!name) return false;
  const local = fold(email.slice(0, email.indexOf('@'))).replace(/[^a-z]/g, '');
  const parts = fold(name)
    .split(/[^a-z]+/)
    .filter((p) => p.length >= 2);
  if (!local || parts.length === 0) return false;
  const [firstName = '', lastName = ''] = [parts[0], parts[parts.length - 1]];
  if (parts.length > 1 && local.includes(lastName) && (local.includes(firstName) || local.startsWith(firstName[0] ?? ''))) return true;
  return firstName.length >= 3 && (local === firstName || local.startsWith(firstName));
}

const keyOf = (i: Pick<Identifier, 'kind' | 'value'>) => `${i.kind}:${i.value}`;

/**
 * One entry per identifier: a reason of the identifier itself wins (a colleague's address), then
 * any place that may be looked up (the candidate's email quoted in their cover letter is still
 * theirs), then the first place it was held for.
 */
function merge(found: readonly FoundIdentifier[]): FoundIdentifier[] {
  const byKey = new Map<string, FoundIdentifier>();
  for (const item of found) {
    const key = keyOf(item);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, item);
    else if (seen.held && ABSOLUTE.has(seen.held)) continue;
    else if (item.held && ABSOLUTE.has(item.held)) byKey.set(key, item);
    else if (seen.held && !item.held) byKey.set(key, item);
    else if (!seen.held && !item.held && SOURCE_RANK[item.source] < SOURCE_RANK[seen.source])
      byKey.set(key, { ...seen, source: item.source });
  }
  return [...byKey.values()];
}

export interface Ranked {
  sent: Identifier[];
  offers: Offer[];
}

/** Splits what a page showed into what is looked up now (ranked, at most `max`) and what is offered. */
export function rankIdentifiers(found: readonly FoundIdentifier[], name: string | undefined, max = MAX_SENT): Ranked {
  const merged = merge(found);
  const order = new Map(merged.map((item, i) => [item, i]));
  const nameFirst = (i: FoundIdentifier) => (i.kind === 'email' && emailMatchesName(i.value, name) ? 0 : 1);
  const candidates = merged
    .filter((i) => !i.held)
    .sort((a, b) => nameFirst(a) - nameFirst(b) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || order.get(a)! - order.get(b)!);
  const strip = ({ kind, value, source }: FoundIdentifier): Identifier => ({ kind, value, source });
  return {
    sent: candidates.slice(0, max).map(strip),
    offers: [
      ...candidates.slice(max).map((i) => ({ ...strip(i), reason: 'limit' as const })),
      ...merged.filter((i) => i.held).map((i) => ({ ...strip(i), reason: i.held as HeldReason })),
    ],
  };
}

/** The subject's `emails` and `ids` for the identifiers that go out. */
export function lookupPartsOf(sent: readonly Identifier[]): Pick<Subject, 'emails' | 'ids'> {
  const emails: string[] = [];
  const ids: Subject['ids'] = {};
  for (const { kind, value } of sent) {
    if (kind === 'email') emails.push(value);
    else if (kind !== 'ats') (ids[kind] ??= []).push(value);
  }
  return { emails, ids };
}

/** Every identifier a subject sends, with where it was found (`typed` when the subject does not say). */
export function sentIdentifiers(subject: Subject): Identifier[] {
  const sourceOf = new Map((subject.sources ?? []).map((s) => [keyOf(s), s.source]));
  const of = (kind: SentKind, value: string): Identifier => ({ kind, value, source: sourceOf.get(keyOf({ kind, value })) ?? 'typed' });
  return [
    ...subject.emails.map((e) => of('email', e.toLowerCase())),
    ...(['hiringbranch', 'talentscreen', 'praxicraft'] as const).flatMap((kind) => (subject.ids[kind] ?? []).map((id) => of(kind, id))),
  ];
}

/** The subject with one offered identifier added to what it looks up (the recruiter clicked it). */
export function withIdentifier(subject: Subject, identifier: Identifier): Subject {
  const sent = sentIdentifiers(subject);
  if (identifier.kind === 'ats' || sent.some((s) => keyOf(s) === keyOf(identifier))) return subject;
  const next = [...sent, identifier];
  return {
    ...subject,
    ...lookupPartsOf(next),
    sources: next,
    offers: subject.offers?.filter((o) => keyOf(o) !== keyOf(identifier)),
  };
}

/** The subject without the identifiers the recruiter marked "Not this person". */
export function withoutIdentifiers(subject: Subject, rejected: ReadonlySet<string>): Subject {
  if (rejected.size === 0) return subject;
  const kept = sentIdentifiers(subject).filter((i) => !rejected.has(keyOf(i)));
  return { ...subject, ...lookupPartsOf(kept), sources: kept };
}

export { keyOf as identifierKey };
