/**
 * "New results": each result that landed for a watched candidate, until the recruiter opens it.
 * The popup lists them, the badge counts them, the notification says the same line.
 */
import type { ScoreboardLine } from '../scoreboard/headline';
import { t } from '../i18n';
import { VendorIdSchema } from '../model';
import { z } from '../zod';
import { MAX_NEW_RESULTS, MAX_WATCH_MS } from './policy';
import type { Watched } from './watchList';

export const NewResultSchema = z.object({
  /** Also the notification's id, so clicking it finds the entry. */
  id: z.string().max(300),
  /** "Priya Raman: Praxicraft 72.5% · Pass": the candidate's name and the vendor's headline, no email, no key. */
  text: z.string().max(500),
  vendor: VendorIdSchema,
  pageUrl: z.url({ protocol: /^https?$/ }).max(2_048),
  at: z.number(),
});
export type NewResult = z.infer<typeof NewResultSchema>;

export const NewResultsSchema = z.array(NewResultSchema).max(MAX_NEW_RESULTS);

/** The alert's words: the candidate's name (never an email) and the vendor's line on its own scale. */
export function alertText(name: string | undefined, line: ScoreboardLine): string {
  return t('alertsResultLine', name?.trim() || t('alertsUnnamedCandidate'), line.vendorName, line.headline);
}

export function newResult(entry: Watched, line: ScoreboardLine, now: number): NewResult {
  return {
    id: `${entry.key}|${line.vendor}|${now}`,
    text: alertText(entry.name, line),
    vendor: line.vendor,
    pageUrl: entry.pageUrl,
    at: now,
  };
}

/** Added newest last, one per candidate and vendor (a newer one replaces it); bounded in count and age. */
export function withNewResults(list: readonly NewResult[], added: readonly NewResult[], now: number): NewResult[] {
  const sameAs = (a: NewResult, b: NewResult) => a.vendor === b.vendor && a.id.split('|')[0] === b.id.split('|')[0];
  const kept = list.filter((old) => !added.some((n) => sameAs(old, n)));
  return [...kept, ...added].filter((r) => now - r.at < MAX_WATCH_MS).slice(-MAX_NEW_RESULTS);
}

/** The badge's text: the count, empty at none. */
export const badgeText = (count: number) => (count > 0 ? String(count) : '');
