/**
 * HiringBranch Connect API response shapes (its API reference, ScoreResponseDto).
 * Tolerant on purpose: the API reference says `additionalProperties: false`, but unknown fields pass;
 * numbers the API reference sends as strings are also accepted as numbers; enums are read as strings
 * so a status HiringBranch adds later degrades gracefully instead of failing the lookup.
 */
import { z } from '../../zod';

/** A HiringBranch candidate (or assessment) id: a 24-hex object id. */
export const HIRINGBRANCH_ID = /^[0-9a-f]{24}$/i;
export const isHiringBranchId = (value: string): boolean => HIRINGBRANCH_ID.test(value.trim());

/** `"35"` in the API reference; a number would do just as well. */
const numeric = z.union([z.string(), z.number()]).nullish();

export const CategoryScoreSchema = z.object({
  name: z.string(),
  score: numeric,
});

/**
 * Required here: what identifies a row and what the panel cannot do without. The API reference
 * requires every field, but a missing typing speed or date must not hide a whole result.
 */
export const ScoreResponseSchema = z.object({
  candidateId: z.string().min(1),
  assessmentId: z.string().min(1),
  assessmentName: z.string(),
  assessmentStatus: z.string(),
  scoreStatus: z.string().nullish(),
  completion: numeric,
  totalScore: numeric,
  typingSpeed: numeric,
  categoryScores: z.array(CategoryScoreSchema).nullish(),
  redFlag: z.boolean().nullish(),
  started: z.string().nullish(),
  finished: z.string().nullish(),
});
export type ScoreResponse = z.infer<typeof ScoreResponseSchema>;

/** `GET /v1/score` answers a bare array, one row per candidate × assessment. */
export const ScoreListSchema = z.array(ScoreResponseSchema);
