/**
 * TalentScreen Results API (seed 001: its API reference and public docs).
 * email → GET /candidates?search= (exact match ours) → GET /results?candidate_id= → GET /results/{id}.
 */

import { messageKey, t } from '../../i18n';
import { type AssessmentResultInput, type Subject, VENDOR_NAMES } from '../../model';
import { z } from '../../zod';
import type { EnvelopeReading, VendorHttp } from '../http';
import { createVendorHttp } from '../http';
import type { VendorClient, VendorConnection } from '../types';

const NAME = VENDOR_NAMES.talentscreen;
/** Pages followed per list at most: a lookup needs a handful of rows, never a whole account. */
const MAX_PAGES = 3;
/** Results read in detail (breakdown, strengths) per candidate, most recent first; older ones show their list row. */
const MAX_DETAILS = 5;
/** Documented plans: requests per hour on Free and Pro. */
export const TALENTSCREEN_PLANS = { free: 100, pro: 1_000 } as const;

const PaginationSchema = z.object({
  total: z.number().optional(),
  limit: z.number().optional(),
  has_more: z.boolean().default(false),
  // The seed's example omits next_cursor; the docs' pagination section has it.
  next_cursor: z.string().nullish(),
});

const CandidateRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullish(),
  status: z.string().nullish(),
});
const CandidateListSchema = z.object({ data: z.array(CandidateRowSchema), pagination: PaginationSchema.optional() });

const CandidateDetailSchema = CandidateRowSchema.extend({
  assessment_history: z.array(z.object({ exam_id: z.string(), exam_title: z.string().nullish() })).default([]),
});

const ResultRowSchema = z.object({
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
type ResultDetail = z.infer<typeof ResultDetailSchema>;

const MeSchema = z.looseObject({
  name: z.string().nullish(),
  email: z.string().nullish(),
  organization: z.string().nullish(),
  plan: z.string().nullish(),
});

const ErrorEnvelopeSchema = z.object({
  error: z.object({ code: z.string().optional(), message: z.string().optional() }),
});

export function readTalentScreenError(status: number, body: unknown): EnvelopeReading {
  const parsed = ErrorEnvelopeSchema.safeParse(body);
  if (!parsed.success) return {};
  const { code, message } = parsed.data.error;
  const byCode: Record<string, EnvelopeReading['code']> = {
    invalid_token: 'unauthorized',
    insufficient_permissions: 'forbidden',
    not_found: 'not_found',
    rate_limit_exceeded: 'rate_limited',
    validation_error: 'bad_request',
    internal_error: 'unavailable',
  };
  const hint = status === 403 ? ` (${t('talentScreenHint403')})` : '';
  return { code: code ? byCode[code] : undefined, message: message ? `${message}${hint}` : undefined };
}

function http(connection: VendorConnection): VendorHttp {
  return createVendorHttp(connection, {
    vendorName: NAME,
    headers: { Authorization: `Bearer ${connection.apiKey}` },
    readErrorBody: readTalentScreenError,
  });
}

interface Listed<Row> {
  rows: Row[];
  /** Set when TalentScreen has more than was read: page cap reached, or `has_more` with no cursor to follow (the seed's shape). */
  more?: { total?: number };
}

/** Follows `next_cursor` up to MAX_PAGES pages, and says when rows were left unread. */
async function listAll<Row>(
  api: VendorHttp,
  path: string,
  schema: z.ZodType<{ data: Row[]; pagination?: z.infer<typeof PaginationSchema> }>,
  query: Record<string, string>,
): Promise<Listed<Row>> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await api.get(path, schema, { ...query, limit: 100, cursor });
    rows.push(...body.data);
    const pagination = body.pagination;
    if (!pagination?.has_more) return { rows };
    cursor = pagination.next_cursor ?? undefined;
    if (!cursor) return { rows, more: { total: pagination.total } };
    if (page === MAX_PAGES - 1) return { rows, more: { total: pagination.total } };
  }
  return { rows };
}

function statusOf(result: ResultDetail): Pick<AssessmentResultInput, 'status' | 'outcome'> {
  switch (result.status.toLowerCase()) {
    case 'passed':
      return { status: 'completed', outcome: 'pass' };
    case 'failed':
      return { status: 'completed', outcome: 'fail' };
    case 'completed':
      return { status: 'completed', outcome: 'pending' };
    case 'in_progress':
    case 'started':
      return { status: 'in_progress' };
    case 'expired':
      return { status: 'expired' };
    default:
      return { status: result.completed_at ? 'completed' : 'invited' };
  }
}

export function normaliseTalentScreenResult(
  result: ResultDetail,
  candidate: { name?: string | null; email: string },
  examTitle: string | undefined,
): AssessmentResultInput {
  const score = result.score ?? undefined;
  return {
    vendor: 'talentscreen',
    id: result.id,
    assessment: examTitle ?? result.exam_id,
    candidateName: candidate.name ?? undefined,
    candidateEmail: candidate.email,
    ...statusOf(result),
    score: score === undefined ? undefined : { percent: score, raw: score, min: 0, max: 100 },
    percentile: result.percentile ?? undefined,
    durationSeconds: result.duration_minutes == null ? undefined : result.duration_minutes * 60,
    completedAt: result.completed_at ?? undefined,
    categories: (result.breakdown?.by_category ?? []).map((row) => ({
      name: row.category,
      percent: row.score ?? null,
      correct: row.correct,
      total: row.total,
    })),
    difficulties: (result.breakdown?.by_difficulty ?? []).map((row) => ({
      name: row.difficulty,
      percent: row.score ?? null,
      correct: row.correct,
      total: row.total,
    })),
    strengths: result.strengths,
    weaknesses: result.weaknesses,
  };
}

interface CandidateResults {
  results: AssessmentResultInput[];
  more?: { shown: number; total?: number };
}

const newestFirst = (a: { completed_at?: string | null }, b: { completed_at?: string | null }) =>
  Date.parse(b.completed_at ?? '') - Date.parse(a.completed_at ?? '') || 0;

/**
 * A candidate's results: the MAX_DETAILS most recent with their breakdown (one read each),
 * any older ones as the list row has them (score, status), so the hourly budget holds.
 */
async function resultsForCandidate(api: VendorHttp, candidateId: string): Promise<CandidateResults> {
  const enc = encodeURIComponent;
  const [candidate, listed] = await Promise.all([
    api.get(`candidates/${enc(candidateId)}`, CandidateDetailSchema),
    listAll(api, 'results', ResultListSchema, { candidate_id: candidateId }),
  ]);
  const titles = new Map(candidate.assessment_history.map((h) => [h.exam_id, h.exam_title ?? undefined]));
  const rows = [...listed.rows].sort(newestFirst);
  const details = await Promise.all(rows.slice(0, MAX_DETAILS).map((row) => api.get(`results/${enc(row.id)}`, ResultDetailSchema)));
  const all: ResultDetail[] = [...details, ...rows.slice(MAX_DETAILS).map((row) => ResultDetailSchema.parse(row))];
  const results = all.map((detail) => normaliseTalentScreenResult(detail, candidate, titles.get(detail.exam_id)));
  return { results, more: listed.more && { shown: results.length, total: listed.more.total } };
}

async function candidateIdsFor(api: VendorHttp, subject: Subject): Promise<string[]> {
  const pageIds = subject.ids.talentscreen ?? [];
  const ids = new Set(pageIds.filter((id) => id.startsWith('cand_')));
  // A result id left on the page (a report link) leads to its candidate.
  const viaResults = await Promise.all(
    pageIds.filter((id) => id.startsWith('result_')).map((id) => api.get(`results/${encodeURIComponent(id)}`, ResultRowSchema)),
  );
  for (const row of viaResults) ids.add(row.candidate_id);
  for (const email of subject.emails) {
    const wanted = email.toLowerCase();
    // `search` matches names and emails loosely; only an exact email is the same person.
    const { rows } = await listAll(api, 'candidates', CandidateListSchema, { search: email });
    for (const row of rows) if (row.email.toLowerCase() === wanted) ids.add(row.id);
  }
  return [...ids];
}

export const talentscreen: VendorClient = {
  id: 'talentscreen',
  name: NAME,
  defaultBaseUrl: 'https://talentscreens.org/api/v1',
  keyHint: messageKey('keyHintTalentScreen'),
  fields: [{ name: 'plan', label: messageKey('fieldTalentScreenPlan'), hint: messageKey('fieldTalentScreenPlanHint') }],
  canAnswer: (subject) => subject.emails.length > 0 || (subject.ids.talentscreen?.length ?? 0) > 0,
  // Documented: 100 requests/hour on Free, 1,000 on Pro. The plan chosen in Options; else Free
  // until X-RateLimit-Remaining shows more. A lookup costs about 4.
  limits: (fields) => {
    const plan = fields.plan?.trim().toLowerCase();
    const perHour = plan === 'free' || plan === 'pro' ? TALENTSCREEN_PLANS[plan] : undefined;
    return { concurrency: 4, perHour, hourlyPlans: [TALENTSCREEN_PLANS.free, TALENTSCREEN_PLANS.pro] };
  },
  subjectParts: ['emails', 'ids'],
  async lookup(subject, connection) {
    const api = http(connection);
    const candidateIds = await candidateIdsFor(api, subject);
    const perCandidate = await Promise.all(candidateIds.map((id) => resultsForCandidate(api, id)));
    const results = perCandidate.flatMap((c) => c.results);
    const cut = perCandidate.filter((c) => c.more);
    if (cut.length === 0) return results;
    const known = cut.every((c) => c.more?.total !== undefined);
    const total = known ? results.length + cut.reduce((n, c) => n + ((c.more?.total ?? 0) - (c.more?.shown ?? 0)), 0) : undefined;
    return { results, partial: { shown: results.length, total } };
  },
  async testConnection(connection) {
    const me = await http(connection).get('me', MeSchema);
    const who = me.name ?? me.email ?? me.organization ?? t('vendorThisKey');
    return me.plan ? t('vendorConnectedAsPlan', who, me.plan) : t('vendorConnectedAs', who);
  },
};
