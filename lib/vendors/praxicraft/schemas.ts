/**
 * Praxicraft Assess API v1 response shapes (its API reference and public docs).
 * Tolerant: unknown fields pass; fields only one doc generation has are optional.
 */
import { z } from '../../zod';

/** `{next, previous, results}`; `next` is an absolute URL (maybe on another host) carrying an opaque `cursor`. */
export function pageOf<Row extends z.ZodType>(row: Row) {
  return z.object({
    next: z.string().nullish(),
    previous: z.string().nullish(),
    count: z.number().optional(),
    results: z.array(row),
  });
}

export const AssessmentSchema = z.object({
  slug: z.string().min(1),
  title: z.string().nullish(),
  name: z.string().nullish(),
  status: z.string().nullish(),
  // Newer docs: objects say which mode (ct_live_ / ct_test_) they belong to.
  livemode: z.boolean().optional(),
});
export const AssessmentPageSchema = pageOf(AssessmentSchema);

export const ViolationCountsSchema = z.object({
  fullscreen_violations: z.number().nullish(),
  copy_paste_violations: z.number().nullish(),
});

/** One row of `GET assessments/{slug}/results/`: all the email → token index needs. */
export const ResultRowSchema = z.object({
  candidate_email: z.string(),
  candidate_name: z.string().nullish(),
  invite_token: z.string().min(1),
  role: z.string().nullish(),
  status: z.string().nullish(),
  score_percentage: z.number().nullish(),
  passed: z.boolean().nullish(),
  time_spent_seconds: z.number().nullish(),
  violation_counts: ViolationCountsSchema.nullish(),
  started_at: z.string().nullish(),
  completed_at: z.string().nullish(),
  livemode: z.boolean().optional(),
});
export type ResultRow = z.infer<typeof ResultRowSchema>;
export const ResultPageSchema = pageOf(ResultRowSchema);

export const CaseSchema = z.object({
  case_order: z.number(),
  case_title: z.string(),
  score: z.number().nullish(),
  max_score: z.number().nullish(),
  /** correct | partial | incorrect | skipped | pending_review */
  status: z.string(),
  time_spent_seconds: z.number().nullish(),
});

/** Newer docs only, shape not pinned down: read what we can, never fail on it. */
const ViolationEventsSchema = z
  .array(z.looseObject({ type: z.string().nullish() }))
  .nullish()
  .catch(undefined);

/** What every answer for an invite carries, completed or not. */
const InviteAnswerSchema = z.object({
  status: z.string(),
  candidate_email: z.string().nullish(),
  candidate_name: z.string().nullish(),
  assessment: z.string().nullish(),
});

/** `GET invites/{token}/result/` once the session is completed (the API reference's shape). */
export const CompletedResultSchema = InviteAnswerSchema.extend({
  score: z.number().nullish(),
  max_score: z.number().nullish(),
  // Required: without it (or score/max) there is no score to show. May be null while under review.
  score_percentage: z.number().nullable(),
  passed: z.boolean().nullish(),
  passing_score: z.number().nullish(),
  started_at: z.string().nullish(),
  completed_at: z.string().nullish(),
  time_spent_seconds: z.number().nullish(),
  violation_counts: ViolationCountsSchema.nullish(),
  violation_events: ViolationEventsSchema,
  detailed_report_url: z.string().nullish(),
  cases: z.array(CaseSchema).default([]),
  livemode: z.boolean().optional(),
});
export type CompletedResult = z.infer<typeof CompletedResultSchema>;

/** Not completed yet: 200 with `{status, message}` only. */
export const WaitingResultSchema = InviteAnswerSchema.extend({
  message: z.string().nullish(),
  livemode: z.boolean().optional(),
});
export type WaitingResult = z.infer<typeof WaitingResultSchema>;

export type InviteResult = { kind: 'completed'; result: CompletedResult } | { kind: 'waiting'; result: WaitingResult };

const isCompleted = (body: Record<string, unknown>) =>
  String(body.status).toLowerCase() === 'completed' || body.score_percentage !== undefined;

/**
 * Either shape, chosen by `status`. Parsed in two steps so a completed result missing a field
 * reports that field (`score_percentage`) rather than a vague "no union member matched".
 */
export const InviteResultSchema = z.looseObject({ status: z.string() }).transform((body, ctx): InviteResult => {
  const completed = isCompleted(body);
  const parsed = (completed ? CompletedResultSchema : WaitingResultSchema).safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: body });
    return z.NEVER;
  }
  return completed
    ? { kind: 'completed', result: parsed.data as CompletedResult }
    : { kind: 'waiting', result: parsed.data as WaitingResult };
});

/** `{"error":{code,message,details}}`; the older 429 had no `code`; a DRF-style `{detail}` is read too. */
export const ErrorBodySchema = z.union([
  z.object({
    error: z.object({ code: z.string().nullish(), message: z.string().nullish(), details: z.unknown().optional() }),
  }),
  z.object({ detail: z.string() }),
]);
