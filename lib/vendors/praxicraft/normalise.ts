/** Praxicraft results into the normalised model. */
import type { AssessmentResultInput } from '../../model';
import { httpsLinks, isoDate, scoreOn } from '../normalise';
import type { CompletedResult, InviteResult, WaitingResult } from './schemas';

/** What we know about an invite besides its result: from the results list (index) or the page. */
export interface InviteContext {
  token: string;
  slug?: string;
  /** The assessment's title from the assessments list, when we read it. */
  title?: string;
  email?: string;
  name?: string;
}

const opt = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function waitingStatus(status: string): AssessmentResultInput['status'] {
  switch (status.toLowerCase()) {
    case 'pending':
    case 'invited':
      return 'invited';
    case 'started':
    case 'in_progress':
      return 'in_progress';
    case 'expired':
    case 'cancelled':
    case 'revoked':
      return 'expired';
    default:
      // An unknown state without a result: not done yet is all we can safely say.
      return 'invited';
  }
}

/**
 * `passed` is the vendor's verdict. A case still pending review has no points yet, so the
 * score can only go up: a candidate who already passed stays `pass`; anyone else is
 * `pending` until the reviewer is done (a `fail` now could turn into a pass).
 */
export function praxicraftVerdict(result: CompletedResult): AssessmentResultInput['outcome'] {
  const underReview = result.cases.some((c) => c.status.toLowerCase() === 'pending_review');
  if (result.passed === true) return 'pass';
  if (underReview || result.passed == null) return 'pending';
  return 'fail';
}

function scoreOf(result: CompletedResult): AssessmentResultInput['score'] {
  if (result.score != null && result.max_score != null) {
    const score = scoreOn(result.score, result.max_score);
    if (score) return score;
  }
  return result.score_percentage == null ? undefined : scoreOn(result.score_percentage, 100);
}

/** `violation_counts` when present; else counted from the newer `violation_events`. */
function integrityOf(result: CompletedResult): AssessmentResultInput['integrity'] {
  const counts = result.violation_counts;
  if (counts) {
    return { fullscreenViolations: opt(counts.fullscreen_violations), copyPasteViolations: opt(counts.copy_paste_violations) };
  }
  if (!result.violation_events) return {};
  const types = result.violation_events.map((e) => (e.type ?? '').toLowerCase());
  return {
    fullscreenViolations: types.filter((t) => t.includes('fullscreen')).length,
    copyPasteViolations: types.filter((t) => t.includes('copy') || t.includes('paste')).length,
  };
}

function durationOf(result: CompletedResult): number | undefined {
  if (result.time_spent_seconds != null) return result.time_spent_seconds;
  const times = result.cases.map((c) => c.time_spent_seconds);
  return times.length > 0 && times.every((t) => t != null) ? times.reduce<number>((sum, t) => sum + (t ?? 0), 0) : undefined;
}

/** What any answer says of its invite, completed or not: which one, which assessment, whose. */
function inviteOf(result: CompletedResult | WaitingResult, context: InviteContext) {
  return {
    vendor: 'praxicraft' as const,
    id: context.token,
    assessment: result.assessment ?? context.title ?? context.slug ?? 'Praxicraft assessment',
    candidateName: opt(result.candidate_name) ?? context.name,
    candidateEmail: opt(result.candidate_email) ?? context.email,
  };
}

function completed(result: CompletedResult, context: InviteContext): AssessmentResultInput {
  return {
    ...inviteOf(result, context),
    status: 'completed',
    outcome: praxicraftVerdict(result),
    score: scoreOf(result),
    durationSeconds: durationOf(result),
    cases: [...result.cases]
      .sort((a, b) => a.case_order - b.case_order)
      .map((c) => ({
        order: c.case_order,
        title: c.case_title,
        score: c.score ?? null,
        max: c.max_score ?? null,
        status: c.status,
        timeSeconds: c.time_spent_seconds ?? null,
      })),
    integrity: integrityOf(result),
    startedAt: isoDate(result.started_at),
    completedAt: isoDate(result.completed_at),
    links: httpsLinks([{ label: 'Praxicraft report', url: result.detailed_report_url }]),
  };
}

function waiting(result: WaitingResult, context: InviteContext): AssessmentResultInput {
  return { ...inviteOf(result, context), status: waitingStatus(result.status) };
}

export function normalisePraxicraftResult(body: InviteResult, context: InviteContext): AssessmentResultInput {
  return body.kind === 'completed' ? completed(body.result, context) : waiting(body.result, context);
}
