/**
 * The watch list: candidates the recruiter opened on an ATS page while some vendor's result was
 * still pending. Pure rules here (what to watch, what counts as completed, the bounds); where it
 * is kept is ./store.ts. No React, no browser APIs.
 */
import { hasPending, scoreboardLines, type ScoreboardLine } from '../scoreboard/headline';
import { type Subject, SubjectSchema, type VendorId, VendorIdSchema, type VendorOutcome } from '../model';
import { z } from '../zod';
import { MAX_WATCH_MS, MAX_WATCHED } from './policy';

export const WatchedSchema = z.object({
  /** One ATS candidate (or one set of identifiers) is watched once. */
  key: z.string().max(2_000),
  /** The identifiers as they were looked up (no offers: those were never sent). */
  subject: SubjectSchema,
  name: z.string().max(200).optional(),
  /** The ATS page where the candidate was seen: only http(s), only a page our content script served. */
  pageUrl: z.url({ protocol: /^https?$/ }).max(2_048),
  /** Vendors whose line was pending, still to re-ask. */
  pending: z.array(VendorIdSchema).min(1),
  /** First watched (epoch ms): the 14 days count from here. */
  since: z.number(),
  /** Last re-checked (epoch ms): the least recently checked go first when a budget runs short. */
  checkedAt: z.number().optional(),
});
export type Watched = z.infer<typeof WatchedSchema>;

export const WatchListSchema = z.array(WatchedSchema).max(MAX_WATCHED);

/** The same candidate, however often opened: the ATS candidate if known, else the identifiers. */
export function watchKey(subject: Subject): string {
  const id = subject.ats?.candidateId ?? subject.ats?.applicationId;
  if (subject.ats && id) return `ats:${subject.ats.ats}:${id}`;
  const emails = subject.emails.map((e) => e.toLowerCase()).sort();
  return `ids:${JSON.stringify([emails, subject.ids])}`;
}

/** Only what identifies the candidate to vendors: never the offers (held identifiers), never free text. */
function lookedUp(subject: Subject): Subject {
  const { name, emails, ids, ats, sources } = subject;
  return { name, emails, ids, ats, sources };
}

/** The vendors whose line is pending in these outcomes. */
export const pendingVendors = (lines: readonly ScoreboardLine[]): VendorId[] =>
  lines.filter((l) => l.state === 'pending').map((l) => l.vendor);

/**
 * After a lookup from an ATS page: watch the candidate when some vendor is pending (first
 * watched kept, pending vendors joined), else leave the list as it is. Bounded: the oldest
 * watched goes first past MAX_WATCHED.
 */
export function watchAfterLookup(
  list: readonly Watched[],
  seen: { subject: Subject; pageUrl: string; outcomes: readonly VendorOutcome[] },
  now: number,
): Watched[] {
  const lines = scoreboardLines(seen.outcomes);
  if (!hasPending(lines)) return [...list];
  const key = watchKey(seen.subject);
  const before = list.find((w) => w.key === key);
  const pending = [...new Set([...(before?.pending ?? []), ...pendingVendors(lines)])];
  const entry: Watched = {
    key,
    subject: lookedUp(seen.subject),
    name: seen.subject.name,
    pageUrl: seen.pageUrl,
    pending,
    since: before?.since ?? now,
    checkedAt: before?.checkedAt,
  };
  const others = list.filter((w) => w.key !== key);
  return bounded([...others, entry], now);
}

/** Within the bounds: nothing older than MAX_WATCH_MS, at most MAX_WATCHED (the oldest watched dropped). */
export function bounded(list: readonly Watched[], now: number): Watched[] {
  const live = list.filter((w) => now - w.since < MAX_WATCH_MS);
  return [...live].sort((a, b) => a.since - b.since).slice(-MAX_WATCHED);
}

/** What a re-check found for one pending vendor. */
export type Finding =
  /** A result landed: alert with this line. */
  | { vendor: VendorId; kind: 'completed'; line: ScoreboardLine }
  /** Nothing to wait for any more, nothing to alert (expired, no match, the vendor switched off). */
  | { vendor: VendorId; kind: 'settled' }
  /** Still pending, or the vendor could not say (error, rate limit): ask again next run. */
  | { vendor: VendorId; kind: 'waiting' };

/**
 * What counts as completed: the vendor's line was pending and is now `complete` (a score, an
 * outcome, no case left in review). `ended` (only expired attempts), `no_match` and
 * `not_configured` settle it silently; `pending` and `error` keep waiting.
 */
export function findingFor(vendor: VendorId, outcome: VendorOutcome | undefined): Finding {
  if (!outcome) return { vendor, kind: 'waiting' };
  const [line] = scoreboardLines([outcome]);
  if (!line) return { vendor, kind: 'waiting' };
  switch (line.state) {
    case 'complete':
      return { vendor, kind: 'completed', line };
    case 'ended':
    case 'no_match':
    case 'not_configured':
      return { vendor, kind: 'settled' };
    default:
      return { vendor, kind: 'waiting' };
  }
}

/** The entry after its findings: the vendors still waiting, or undefined when none is (drop it). */
export function afterFindings(entry: Watched, findings: readonly Finding[], now: number): Watched | undefined {
  const done = new Set(findings.filter((f) => f.kind !== 'waiting').map((f) => f.vendor));
  const pending = entry.pending.filter((v) => !done.has(v));
  return pending.length ? { ...entry, pending, checkedAt: now } : undefined;
}
