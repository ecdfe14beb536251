/**
 * TalentScreen Results API (its API reference and public docs).
 * email → GET /candidates?search= (exact match ours) → GET /results?candidate_id= → GET /results/{id}.
 */

import { messageKey, t } from '../../i18n';
import { type AssessmentResultInput, type Subject, VENDOR_NAMES } from '../../model';
import type { z } from '../../zod';
import type { EnvelopeReading, VendorHttp } from '../http';
import { createVendorHttp } from '../http';
import type { VendorClient, VendorConnection } from '../types';
import { normaliseTalentScreenResult } from './normalise';
import {
  CandidateDetailSchema,
  CandidateListSchema,
  ErrorEnvelopeSchema,
  MeSchema,
  type PaginationSchema,
  type ResultDetail,
  ResultDetailSchema,
  ResultListSchema,
  ResultRowSchema,
} from './schemas';

export { normaliseTalentScreenResult } from './normalise';
export { ResultDetailSchema, ResultListSchema } from './schemas';

const NAME = VENDOR_NAMES.talentscreen;
/** Pages followed per list at most: a lookup needs a handful of rows, never a whole account. */
const MAX_PAGES = 3;
/** Results read in detail (breakdown, strengths) per candidate, most recent first; older ones show their list row. */
const MAX_DETAILS = 5;
/** Documented plans: requests per hour on Free and Pro. */
export const TALENTSCREEN_PLANS = { free: 100, pro: 1_000 } as const;

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
  /** Set when TalentScreen has more than was read: page cap reached, or `has_more` with no cursor to follow (the API reference's shape). */
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
