/**
 * Dweet Nova Embed API response shapes (its API reference and public docs), tolerant of both
 * doc generations: unknown fields pass, nulls are allowed wherever the docs show them.
 */
import { z } from '../../zod';

/** Numbers as documented, or as strings should a proxy stringify them. */
const looseNumber = z.union([z.number(), z.string()]).nullish();
const text = z.string().nullish();

export const NovaAssessmentSchema = z.object({
  verdict: text,
  strengths: z.array(z.string()).nullish(),
  concerns: z.array(z.string()).nullish(),
  interviewFocus: z.array(z.string()).nullish(),
});

/** A scoring job as the current docs show it (the score endpoint's `scoringJob`, a batch's `scoringJobs[]`). */
export const NovaScoringJobSchema = z.object({
  id: z.string(),
  criteriaVersionId: text,
  jobId: text,
  applicationId: text,
  // One current page of the docs omits `status` on the score endpoint: derived from the dates then.
  status: text,
  isRescore: z.boolean().nullish(),
  score: looseNumber,
  assessment: NovaAssessmentSchema.nullish(),
  errorCode: text,
  errorMessage: text,
  queuedAt: text,
  startedAt: text,
  completedAt: text,
  failedAt: text,
});
export type NovaScoringJob = z.infer<typeof NovaScoringJobSchema>;

/**
 * `GET jobs/{jobId}/applications/{applicationId}/score`. Current docs: `{scoringJob}`.
 * Older docs: `{scoringJobId, status, jobId, applicationId, result{score, assessment}, completedAt}`.
 * One object schema (not a union) so that a missing field is reported by its own name.
 */
export const NovaScoreResponseSchema = z
  .object({
    scoringJob: NovaScoringJobSchema.optional(),
    scoringJobId: z.string().optional(),
    status: text,
    jobId: text,
    applicationId: text,
    result: z.object({ score: looseNumber, assessment: NovaAssessmentSchema.nullish() }).nullish(),
    completedAt: text,
    // Not in the older docs' example; read if a failed older job carries them.
    errorCode: text,
    errorMessage: text,
  })
  .superRefine((body, ctx) => {
    if (body.scoringJob || body.scoringJobId) return;
    // Name the field of the generation the body looks like.
    const older = body.result !== undefined || body.status !== undefined;
    ctx.addIssue({ code: 'custom', path: [older ? 'scoringJobId' : 'scoringJob'], message: 'required' });
  });
export type NovaScoreResponse = z.infer<typeof NovaScoreResponseSchema>;

/** `GET jobs/{jobId}/scoring-batches/{scoringBatchId}` (the API reference's shape). */
export const NovaScoringBatchResponseSchema = z.object({
  batch: z.object({
    id: z.string(),
    jobId: text,
    // Current: pending|completed|failed. Older: PENDING|IN_PROGRESS|COMPLETED|PARTIAL_FAILURE|FAILED.
    status: z.string(),
    totalJobs: looseNumber,
    completedJobs: looseNumber,
    failedJobs: looseNumber,
    createdAt: text,
    completedAt: text,
  }),
  scoringJobs: z.array(NovaScoringJobSchema),
});
export type NovaScoringBatchResponse = z.infer<typeof NovaScoringBatchResponseSchema>;

/** One rate-limit bucket; a malformed one is ignored rather than failing the key check. */
const BucketSchema = z
  .object({ limit: looseNumber, remaining: looseNumber, resetAt: looseNumber, resetInSeconds: looseNumber })
  .optional()
  .catch(undefined);

/**
 * `GET rate-limit-status`. The docs list `partnerId`, `environment`, `generatedAt`, `degraded`
 * and a status per bucket without showing where the buckets sit: read `read_and_ops` both
 * under `buckets` and at the top level.
 */
export const NovaRateLimitStatusSchema = z.object({
  partnerId: text,
  environment: text,
  generatedAt: text,
  degraded: z.boolean().nullish(),
  buckets: z.object({ read_and_ops: BucketSchema }).nullish().catch(undefined),
  read_and_ops: BucketSchema,
});
export type NovaRateLimitStatus = z.infer<typeof NovaRateLimitStatusSchema>;

/** RFC 7807 style error body; every field optional so a partial body is still read. */
export const NovaErrorSchema = z.object({
  type: text,
  code: text,
  status: looseNumber,
  message: text,
  retryable: z.boolean().nullish(),
  traceId: text,
  details: z
    .array(z.object({ field: text, code: text, message: text }))
    .nullish()
    .catch(undefined),
});
export type NovaErrorBody = z.infer<typeof NovaErrorSchema>;
