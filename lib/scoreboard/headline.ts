/**
 * The scoreboard: one line per vendor, its headline on the vendor's OWN scale ("8/10",
 * "81% job match", "87.5% · 82nd percentile", "82% · Pass · 1 case in review"), its state and its
 * flags named. Scales differ in meaning (a job-match probability is not a test percentage, a
 * 1–10 AI score is neither), so nothing here averages across vendors: the summary counts.
 * The panel, the popup, the copied summary, the job table and the alerts all read these lines.
 * No React here.
 */
import { formatScore, outcomeLine, partialLine, statusLabel, verdictLabel } from '../export/labels';
import { pluralForm, t, tPlural } from '../i18n';
import type { AssessmentResult, VendorId, VendorOutcome } from '../model';
import { VENDOR_NAMES } from '../model';

/**
 * How a vendor's score reads. `points`: Nova's AI score is a count on its scale ("8/10"), not a
 * percentage; `job_match`: HrFlow's is a probability that the profile fits the job; `percent`:
 * the test vendors' share of the marks.
 */
const SCORE_STYLE: Record<VendorId, 'percent' | 'job_match' | 'points'> = {
  hiringbranch: 'percent',
  talentscreen: 'percent',
  praxicraft: 'percent',
  hrflow: 'job_match',
  nova: 'points',
};

/**
 * `complete`: results, none still changing. `pending`: something may still change (a test in
 * progress or not started, an AI score being computed, a case in review). `ended`: only expired
 * or failed attempts. The rest mirror the vendor's outcome.
 */
export type LineState = 'complete' | 'pending' | 'ended' | 'no_match' | 'not_asked' | 'not_configured' | 'error';

export interface ScoreboardLine {
  vendor: VendorId;
  vendorName: string;
  state: LineState;
  /** The vendor's answer in a few words on its own scale: "72.5% · Pass · 1 case in review". */
  headline: string;
  /** Integrity flags named with their counts: "3 copy-paste", "1 full-screen exit", "proctoring red flag". */
  flags: string[];
  /** The headline result's score as a percentage of its own scale, for sorting one vendor's column. */
  percent?: number;
  /** The result the headline speaks of (the latest completed, else the latest), if any. */
  result?: AssessmentResult;
  /** How many results the vendor has beyond the headline's. */
  more: number;
  /** The vendor had more than was read: the line says its answer may not be whole. */
  cutShort?: string;
}

const formatNumber = (value: number) => String(Math.round(value * 10) / 10);
const percentText = (percent: number) => `${formatNumber(percent)}%`;

/** "82nd percentile": the ordinal's form (one, two, few, other) follows the messages' language. */
export function percentileText(percentile: number): string {
  const value = Math.round(percentile);
  switch (pluralForm(value, 'ordinal')) {
    case 'one':
      return t('resultPercentileOne', String(value));
    case 'two':
      return t('resultPercentileTwo', String(value));
    case 'few':
      return t('resultPercentileFew', String(value));
    default:
      return t('resultPercentileOther', String(value));
  }
}

const casesInReview = (result: AssessmentResult) => result.cases.filter((c) => c.status.toLowerCase() === 'pending_review').length;

/** A result that may still change: unfinished, still being scored, or with a case a person has yet to review. */
export function isResultPending(result: AssessmentResult): boolean {
  return result.status === 'invited' || result.status === 'in_progress' || result.outcome === 'pending' || casesInReview(result) > 0;
}

function scorePart(result: AssessmentResult): string | undefined {
  const { score } = result;
  if (!score) return undefined;
  switch (SCORE_STYLE[result.vendor]) {
    case 'points':
      return `${formatNumber(score.raw)}/${formatNumber(score.max)}`;
    case 'job_match':
      return t('headlineJobMatch', percentText(score.percent));
    default:
      return percentText(score.percent);
  }
}

/**
 * A result's score where its details are listed (a card, the copied summary): an AI score as the
 * count it is ("8/10", never "77.8%"); percentages keep their raw points ("85% (255 / 300)").
 */
export function detailScore(result: AssessmentResult): string | undefined {
  return SCORE_STYLE[result.vendor] === 'points' ? scorePart(result) : formatScore(result);
}

/** One result in a few words: "87.5% · 82nd percentile", "82% · Pass", "In progress", "Scoring". */
export function resultHeadline(result: AssessmentResult): string {
  if (result.status !== 'completed') {
    if (result.vendor === 'nova' && result.status === 'in_progress') return t('headlineScoring');
    return statusLabel(result.status);
  }
  const parts = [scorePart(result)];
  if (result.percentile !== undefined) parts.push(percentileText(result.percentile));
  if (result.outcome && result.outcome !== 'pending') parts.push(verdictLabel(result.outcome));
  const inReview = casesInReview(result);
  if (inReview) parts.push(tPlural(inReview, 'headlineCasesInReviewOne', 'headlineCasesInReviewOther'));
  else if (result.outcome === 'pending') parts.push(t('headlineAwaitingReview'));
  const text = parts.filter(Boolean).join(' · ');
  return text || statusLabel(result.status);
}

/** Integrity flags with their counts, as the scoreboard names them. */
export function namedFlags(integrity: AssessmentResult['integrity']): string[] {
  const flags: string[] = [];
  if (integrity.copyPasteViolations) flags.push(t('flagCopyPaste', String(integrity.copyPasteViolations)));
  if (integrity.fullscreenViolations) {
    flags.push(tPlural(integrity.fullscreenViolations, 'flagFullscreenOne', 'flagFullscreenOther'));
  }
  if (integrity.redFlag) flags.push(t('flagProctoring'));
  return flags;
}

const completedAt = (result: AssessmentResult) => Date.parse(result.completedAt ?? result.startedAt ?? '') || 0;

/** The result a vendor's line speaks of: the latest completed one, else the latest of any. */
function headlineResult(results: readonly AssessmentResult[]): AssessmentResult | undefined {
  const byRecency = [...results].sort((a, b) => completedAt(b) - completedAt(a));
  return byRecency.find((r) => r.status === 'completed') ?? byRecency[0];
}

function resultsState(results: readonly AssessmentResult[]): LineState {
  if (results.some(isResultPending)) return 'pending';
  return results.some((r) => r.status === 'completed') ? 'complete' : 'ended';
}

/** One vendor's line of the scoreboard. */
export function scoreboardLine(outcome: VendorOutcome): ScoreboardLine {
  const base = { vendor: outcome.vendor, vendorName: VENDOR_NAMES[outcome.vendor], flags: [] as string[], more: 0 };
  const cutShort = partialLine(outcome);
  if (outcome.state !== 'results' || outcome.results.length === 0) {
    const unsearched = outcome.state === 'no_match' && outcome.unsearched === true;
    const state: LineState = unsearched ? 'not_asked' : outcome.state === 'results' ? 'no_match' : outcome.state;
    const headline =
      state === 'not_asked'
        ? t('headlineNotAsked')
        : state === 'no_match'
          ? t(cutShort ? 'headlineNoMatchCutShort' : 'headlineNoMatch')
          : (outcomeLine(outcome) ?? '');
    return { ...base, state, headline, cutShort };
  }
  const result = headlineResult(outcome.results)!;
  const more = outcome.results.length - 1;
  const headline = more ? `${resultHeadline(result)} · ${t('headlineMore', String(more))}` : resultHeadline(result);
  return {
    ...base,
    state: resultsState(outcome.results),
    headline,
    flags: outcome.results.flatMap((r) => namedFlags(r.integrity)),
    percent: result.status === 'completed' ? result.score?.percent : undefined,
    result,
    more,
    cutShort,
  };
}

/** The lines, in the order the vendors were given. */
export const scoreboardLines = (outcomes: readonly VendorOutcome[]) => outcomes.map(scoreboardLine);

/** "5 vendors · 4 complete · 1 pending · 2 integrity flags": counts, never an average across scales. */
export function scoreboardSummary(lines: readonly ScoreboardLine[]): string {
  const asked = lines.filter((l) => l.state !== 'not_configured');
  const count = (state: LineState) => asked.filter((l) => l.state === state).length;
  const parts = [tPlural(asked.length, 'scoreboardVendorsOne', 'scoreboardVendorsOther')];
  if (count('complete')) parts.push(t('scoreboardComplete', String(count('complete'))));
  if (count('pending')) parts.push(t('scoreboardPending', String(count('pending'))));
  if (count('no_match')) parts.push(t('scoreboardNoMatch', String(count('no_match'))));
  if (count('not_asked')) parts.push(t('scoreboardNotAsked', String(count('not_asked'))));
  if (count('error')) parts.push(tPlural(count('error'), 'scoreboardFailedOne', 'scoreboardFailedOther'));
  const flags = asked.reduce((sum, l) => sum + l.flags.length, 0);
  if (flags) parts.push(tPlural(flags, 'scoreboardFlagsOne', 'scoreboardFlagsOther'));
  return parts.join(' · ');
}

/** A vendor's line as text: "Praxicraft: 72.5% · Pass · 1 case in review · ⚠ 3 copy-paste". */
export function lineText(line: ScoreboardLine): string {
  const flags = line.flags.length ? ` · ⚠ ${line.flags.join(', ')}` : '';
  return `${line.vendorName}: ${line.headline}${flags}`;
}

/** Whether any vendor still has something that may change: the alerts watch such candidates. */
export const hasPending = (lines: readonly ScoreboardLine[]) => lines.some((l) => l.state === 'pending');
