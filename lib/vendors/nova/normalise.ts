/**
 * Dweet Nova scoring jobs → the normalised model.
 *
 * Scale: current docs score 1..10, older docs 0..10. A raw 7 is valid on both, so the value
 * cannot tell; the response can: the older wrapper (`scoringJobId` + `result`) or the older
 * upper-case status words (`COMPLETED`, `PROCESSING`, …) mean the older generation.
 *
 * Outcome: Nova says its score "is not a percentage, a count of passed criteria, or a hiring
 * decision", so a completed score gets no pass/fail; only unfinished work reads `pending`.
 */
import type { AssessmentResultInput } from '../../model';
import { isoDate, numberFrom, scoreOn } from '../normalise';
import type { NovaScoreResponse, NovaScoringBatchResponse, NovaScoringJob } from './schemas';

/** The docs poll a pending job every 3 s; the engine should stop after NOVA_MAX_POLLS. */
export const NOVA_POLL_INTERVAL_MS = 3_000;
export const NOVA_MAX_POLLS = 10;
/** AI lists are short in practice; a runaway response must not flood the panel. */
export const NOVA_MAX_LIST_ITEMS = 20;

/** One scoring job, whichever generation it came in. */
export interface NovaJobView {
  id: string;
  status?: string;
  score?: number;
  scale: { min: number; max: number };
  assessment?: {
    verdict?: string | null;
    strengths?: string[] | null;
    concerns?: string[] | null;
    interviewFocus?: string[] | null;
  } | null;
  errorCode?: string;
  errorMessage?: string;
  startedAt?: string;
  completedAt?: string;
  failedAt?: string;
}

const OLDER_STATUSES = new Set(['PENDING', 'PROCESSING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'PARTIAL_FAILURE']);
const CURRENT_SCALE = { min: 1, max: 10 };
const OLDER_SCALE = { min: 0, max: 10 };

const scaleFor = (status: string | null | undefined, olderShape: boolean) =>
  olderShape || (status != null && OLDER_STATUSES.has(status)) ? OLDER_SCALE : CURRENT_SCALE;

/** `olderGeneration`: the envelope (e.g. a batch with an older status word) already said so. */
export function viewOfScoringJob(job: NovaScoringJob, olderGeneration = false): NovaJobView {
  return {
    id: job.id,
    status: job.status ?? undefined,
    score: numberFrom(job.score),
    scale: scaleFor(job.status, olderGeneration),
    assessment: job.assessment,
    errorCode: job.errorCode ?? undefined,
    errorMessage: job.errorMessage ?? undefined,
    startedAt: job.startedAt ?? undefined,
    completedAt: job.completedAt ?? undefined,
    failedAt: job.failedAt ?? undefined,
  };
}

/** The score endpoint's answer in either generation (the schema guarantees one id is there). */
export function viewOfScoreResponse(body: NovaScoreResponse): NovaJobView {
  if (body.scoringJob) return viewOfScoringJob(body.scoringJob);
  return {
    id: body.scoringJobId ?? '',
    status: body.status ?? undefined,
    score: numberFrom(body.result?.score),
    scale: scaleFor(body.status, true),
    assessment: body.result?.assessment,
    errorCode: body.errorCode ?? undefined,
    errorMessage: body.errorMessage ?? undefined,
    completedAt: body.completedAt ?? undefined,
  };
}

function statusOf(job: NovaJobView): Pick<AssessmentResultInput, 'status' | 'outcome'> {
  switch (job.status?.toLowerCase()) {
    case 'completed':
      return { status: 'completed' };
    case 'failed':
      return { status: 'failed' };
    case 'pending':
    case 'queued':
    case 'processing':
    case 'in_progress':
      return { status: 'in_progress', outcome: 'pending' };
    default:
      // No status (one current docs page omits it) or a new word: the dates tell.
      if (job.failedAt) return { status: 'failed' };
      if (job.completedAt || job.score !== undefined) return { status: 'completed' };
      return { status: 'in_progress', outcome: 'pending' };
  }
}

const cap = (list: string[] | null | undefined) => (list ?? []).slice(0, NOVA_MAX_LIST_ITEMS);

function verdictOf(job: NovaJobView): AssessmentResultInput['aiVerdict'] {
  const a = job.assessment;
  if (!a) return undefined;
  const verdict = {
    summary: a.verdict?.trim() ?? '',
    strengths: cap(a.strengths),
    concerns: cap(a.concerns),
    interviewFocus: cap(a.interviewFocus),
  };
  const empty = !verdict.summary && !verdict.strengths.length && !verdict.concerns.length && !verdict.interviewFocus.length;
  return empty ? undefined : verdict;
}

export function normaliseNovaJob(job: NovaJobView): AssessmentResultInput {
  const state = statusOf(job);
  return {
    vendor: 'nova',
    id: job.id,
    assessment: 'AI screening score',
    ...state,
    // A failed or pending job has no score worth showing, even if a stale number is present.
    score: state.status === 'completed' ? scoreOn(job.score, job.scale.max, job.scale.min) : undefined,
    aiVerdict: state.status === 'completed' ? verdictOf(job) : undefined,
    note: novaFailureNote(job),
    startedAt: isoDate(job.startedAt),
    completedAt: isoDate(job.completedAt),
  };
}

/**
 * Why a failed scoring job failed, for a person (and for Nova's support: the code).
 */
export function novaFailureNote(job: NovaJobView): string | undefined {
  if (statusOf(job).status !== 'failed') return undefined;
  const what = job.errorMessage?.trim() || 'Nova could not score this application';
  return job.errorCode ? `${what} (${job.errorCode})` : what;
}

/** Still being scored: the engine may poll again after NOVA_POLL_INTERVAL_MS, at most NOVA_MAX_POLLS times. */
export function isNovaPending(result: Pick<AssessmentResultInput, 'vendor' | 'status' | 'outcome'>): boolean {
  return result.vendor === 'nova' && result.status === 'in_progress' && result.outcome === 'pending';
}

export type NovaBatchStatus = 'pending' | 'completed' | 'partial_failure' | 'failed';

export interface NovaBatch {
  id: string;
  jobId?: string;
  status: NovaBatchStatus;
  totalJobs?: number;
  completedJobs?: number;
  failedJobs?: number;
  createdAt?: string;
  completedAt?: string;
  results: AssessmentResultInput[];
}

/** Current docs: `failed` means at least one job failed; the counts tell partial from total. */
function batchStatusOf(status: string, completedJobs: number | undefined): NovaBatchStatus {
  switch (status.toLowerCase()) {
    case 'completed':
      return 'completed';
    case 'partial_failure':
      return 'partial_failure';
    case 'failed':
      return completedJobs ? 'partial_failure' : 'failed';
    default:
      return 'pending';
  }
}

export function normaliseNovaBatch(body: NovaScoringBatchResponse): NovaBatch {
  const { batch } = body;
  const completedJobs = numberFrom(batch.completedJobs);
  return {
    id: batch.id,
    jobId: batch.jobId ?? undefined,
    status: batchStatusOf(batch.status, completedJobs),
    totalJobs: numberFrom(batch.totalJobs),
    completedJobs,
    failedJobs: numberFrom(batch.failedJobs),
    createdAt: isoDate(batch.createdAt),
    completedAt: isoDate(batch.completedAt),
    results: body.scoringJobs.map((job) => normaliseNovaJob(viewOfScoringJob(job, OLDER_STATUSES.has(batch.status)))),
  };
}
