/**
 * TalentScreen Results API response shapes (its API reference and public docs): candidates,
 * results with their breakdown, the key's account (`/me`) and the error envelope.
 */
import { z } from '../../zod';

export const PaginationSchema = z.object({
  total: z.number().optional(),
  limit: z.number().optional(),
  has_more: z.boolean().default(false),
  // The API reference's example omits next_cursor; the docs' pagination section has it.
  next_cursor: z.string().nullish(),
});

export const CandidateRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullish(),
  status: z.string().nullish(),
});
export const CandidateListSchema = z.object({ data: z.array(CandidateRowSchema), pagination: PaginationSchema.optional() });

export const CandidateDetailSchema = CandidateRowSchema.extend({
  assessment_history: z.array(z.object({ exam_id: z.string(), exam_title: z.string().nullish() })).default([]),
});

export const ResultRowSchema = z.object({
  id: z.string(),
  candidate_id: z.string(),
  exam_id: z.string(),
  score: z.number().nullish(),
  percentile: z.number().nullish(),
  status: z.string(),
  completed_at: z.string().nullish(),
  duration_minutes: z.number().nullish(),
});
export const ResultListSchema = z.object({ data: z.array(ResultRowSchema), pagination: PaginationSchema.optional() });

const BreakdownRowSchema = z.object({
  score: z.number().nullish(),
  correct: z.number().optional(),
  total: z.number().optional(),
});
export const ResultDetailSchema = ResultRowSchema.extend({
  breakdown: z
    .object({
      by_category: z.array(BreakdownRowSchema.extend({ category: z.string() })).default([]),
      by_difficulty: z.array(BreakdownRowSchema.extend({ difficulty: z.string() })).default([]),
    })
    .optional(),
  strengths: z.array(z.string()).default([]),
  weaknesses: z.array(z.string()).default([]),
});
export type ResultDetail = z.infer<typeof ResultDetailSchema>;

export const MeSchema = z.looseObject({
  name: z.string().nullish(),
  email: z.string().nullish(),
  organization: z.string().nullish(),
  plan: z.string().nullish(),
});

export const ErrorEnvelopeSchema = z.object({
  error: z.object({ code: z.string().optional(), message: z.string().optional() }),
});
