/**
 * The alerts' limits, in one place: how many candidates, how long, how often, and how much of a
 * vendor's budget a background re-check may take. The bench (test/bench/alerts.ts) reads the
 * same numbers to say what alerts cost a day.
 */

/** Candidates watched at once; past this the oldest watched goes first. */
export const MAX_WATCHED = 200;
/** A candidate is watched this long after first seen pending, then dropped. */
export const MAX_WATCH_MS = 14 * 24 * 60 * 60_000;
/** Re-checks run at most this often (the alarm's period). */
export const CHECK_PERIOD_MINUTES = 30;
/** The alarm's name: the one alarm the alerts own. */
export const ALERTS_ALARM = 'scorelens-alerts';
/** New results kept for the popup at most (the oldest go first). */
export const MAX_NEW_RESULTS = MAX_WATCHED;

/**
 * Share of a vendor's hourly budget a re-check never touches. The recruiter's own lookups (a
 * candidate page, a list of 50 rows) come unannounced and must not find the budget spent by a
 * background job that could as well run half an hour later: below this reserve the vendor is
 * skipped until the next run.
 */
export const RESERVE_SHARE = 0.5;

/** Requests to keep for the recruiter, of an hourly budget. */
export const reserveOf = (perHour: number) => Math.ceil(perHour * RESERVE_SHARE);

/** Whether a re-check may ask a vendor with `left` of `perHour` requests this hour (no hourly budget: yes, within its gate). */
export function mayRecheck(budget: { left: number; perHour: number } | undefined): boolean {
  return budget === undefined || budget.left > reserveOf(budget.perHour);
}
