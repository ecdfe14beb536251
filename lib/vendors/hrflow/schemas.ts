/**
 * HrFlow.ai response shapes (its API reference and public docs), parsed tolerantly:
 * unknown fields pass, and both doc generations' shapes are accepted.
 */
import { z } from '../../zod';

/** `code` mirrors the HTTP status, sometimes as a string; HrFlow may also send it with HTTP 200. */
const BodyCodeSchema = z.union([z.number(), z.string()]).nullish();

/** Every HrFlow answer, success or error: `{code, message, …}`. */
export const EnvelopeSchema = z.looseObject({ code: BodyCodeSchema, message: z.string().nullish() });

/** The error envelope, e.g. `{"code": 401, "message": "Unauthorized. Invalid secret key: xxxxx "}`. */
export const ErrorEnvelopeSchema = z.object({ code: BodyCodeSchema, message: z.string().nullish() });

const MetaSchema = z.object({
  page: z.number().nullish(),
  maxPage: z.number().nullish(),
  count: z.number().nullish(),
  total: z.number().nullish(),
});

/**
 * One prediction per item, in the items' order: `[1 - score, score]` with score in 0..1.
 * A bare number is accepted too, in case a generation flattens the pair.
 */
export const PredictionSchema = z.union([z.array(z.number()).min(2), z.number()]);
export type Prediction = z.infer<typeof PredictionSchema>;

const UrlSchema = z.union([z.string(), z.looseObject({ type: z.string().nullish(), url: z.string().nullish() })]);

export const ProfileSchema = z.looseObject({
  key: z.string(),
  // A reference is the customer's own id (for us, the ATS candidate id); some imports store numbers.
  reference: z.union([z.string(), z.number()]).nullish(),
  source: z.looseObject({ key: z.string().nullish() }).nullish(),
  info: z
    .looseObject({
      full_name: z.string().nullish(),
      first_name: z.string().nullish(),
      last_name: z.string().nullish(),
      email: z.string().nullish(),
      urls: z.array(UrlSchema).nullish(),
    })
    .nullish(),
});
export type HrFlowProfile = z.infer<typeof ProfileSchema>;

/** `GET /profiles/scoring`: the profiles of the sources, ranked for one job. */
export const ProfilesScoringSchema = z.looseObject({
  meta: MetaSchema.nullish(),
  data: z.object({ profiles: z.array(ProfileSchema), predictions: z.array(PredictionSchema) }),
});
export type ProfilesScoring = z.infer<typeof ProfilesScoringSchema>;

/** The API reference's `{...}` placeholder is a whole job object: nothing in it is required here. */
export const JobSchema = z.looseObject({
  key: z.string().nullish(),
  reference: z.union([z.string(), z.number()]).nullish(),
  name: z.string().nullish(),
});

/** `GET /jobs/scoring` (the API reference): the jobs of the boards, ranked for one profile. */
export const JobsScoringSchema = z.looseObject({
  meta: MetaSchema.nullish(),
  data: z.object({ jobs: z.array(JobSchema), predictions: z.array(PredictionSchema) }),
});

/** `GET /profiles/searching`: profiles of the sources matching the filters. */
export const ProfilesSearchingSchema = z.looseObject({
  meta: MetaSchema.nullish(),
  data: z.object({ profiles: z.array(ProfileSchema) }),
});

/** `GET /profile/indexing`: one profile by key or reference. */
export const ProfileIndexingSchema = z.looseObject({ data: ProfileSchema });
