/** ScoreResponseDto → the normalised AssessmentResult. */
import type { AssessmentResultInput } from '../../model';
import { isoDate, numberFrom, scoreOn } from '../normalise';
import type { ScoreResponse } from './schemas';

type Status = AssessmentResultInput['status'];
type Verdict = NonNullable<AssessmentResultInput['outcome']>;

// EXPIRED is not in the API reference's enum; read anyway in case HiringBranch adds it.
const STATUSES: Record<string, Status> = { INVITED: 'invited', IN_PROGRESS: 'in_progress', COMPLETED: 'completed', EXPIRED: 'expired' };
const VERDICTS: Record<string, Verdict> = { PENDING: 'pending', LOW_PASS: 'low_pass', PASS: 'pass', FAIL: 'fail' };

/**
 * The API is .NET: a date not yet set arrives as DateTimeOffset.MinValue
 * (`0001-01-01T00:00:00.0000000+00:00`) rather than null. Anything before 1970 means "not yet".
 */
function dateOf(value: string | null | undefined): string | undefined {
  const iso = isoDate(value);
  return iso && Date.parse(iso) > 0 ? iso : undefined;
}

function statusOf(dto: ScoreResponse, started: string | undefined, finished: string | undefined): Status {
  const known = STATUSES[dto.assessmentStatus.trim().toUpperCase()];
  if (known) return known;
  // A status the API reference does not list: say what the dates show rather than fail the lookup.
  return finished ? 'completed' : started ? 'in_progress' : 'invited';
}

export function normaliseHiringBranchScore(dto: ScoreResponse, candidateEmail?: string): AssessmentResultInput {
  const startedAt = dateOf(dto.started);
  const completedAt = dateOf(dto.finished);
  const status = statusOf(dto, startedAt, completedAt);
  // scoreStatus only means something once the assessment is COMPLETED.
  const outcome = status === 'completed' ? (VERDICTS[(dto.scoreStatus ?? '').trim().toUpperCase()] ?? 'pending') : undefined;
  // A total is final only once completed and graded: while PENDING (e.g. speaking still being
  // rated) or before the end it is a placeholder "0" that would read as a real score.
  const final = status === 'completed' && outcome !== 'pending';
  const duration = startedAt && completedAt ? (Date.parse(completedAt) - Date.parse(startedAt)) / 1000 : undefined;
  const typingSpeed = numberFrom(dto.typingSpeed);
  return {
    vendor: 'hiringbranch',
    id: `${dto.candidateId}:${dto.assessmentId}`,
    assessment: dto.assessmentName.trim() || dto.assessmentId,
    candidateEmail,
    status,
    outcome,
    score: final ? scoreOn(numberFrom(dto.totalScore), 100) : undefined,
    completionPercent: numberFrom(dto.completion),
    durationSeconds: status === 'completed' && duration !== undefined && duration >= 0 ? Math.round(duration) : undefined,
    categories: (dto.categoryScores ?? []).map((c) => ({ name: c.name, percent: numberFrom(c.score) ?? null })),
    integrity: dto.redFlag == null ? {} : { redFlag: dto.redFlag },
    // Only a completed assessment's typing speed is a measurement; before that it is a placeholder.
    metrics: status === 'completed' && typingSpeed ? [{ label: 'Typing speed', value: typingSpeed, unit: 'wpm' }] : [],
    startedAt,
    completedAt: status === 'completed' ? completedAt : undefined,
  };
}
