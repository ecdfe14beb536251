/**
 * HiringBranch Connect API (its API reference and public docs).
 * No email lookup: candidate ids come from the ATS page or from ids the user linked to an
 * email (./links.ts). Many ids go in one `GET /v1/score?candidateIds=a,b,c`.
 */
import { type MessageKey, messageKey, t, tMarked } from '../../i18n';
import { type AssessmentResultInput, type Subject, VENDOR_NAMES } from '../../model';
import { z } from '../../zod';
import { createVendorHttp, type EnvelopeReading, type VendorHttp } from '../http';
import type { VendorClient, VendorConnection } from '../types';
import { hiringBranchLinkIndex, linkedHiringBranchIds } from './links';
import { normaliseHiringBranchScore } from './normalise';
import { isHiringBranchId, ScoreListSchema, type ScoreResponse } from './schemas';

export { linkedHiringBranchIds, linkHiringBranchId, unlinkHiringBranchId } from './links';
export { normaliseHiringBranchScore } from './normalise';
export { CategoryScoreSchema, isHiringBranchId, ScoreListSchema, ScoreResponseSchema } from './schemas';

const NAME = VENDOR_NAMES.hiringbranch;
/** Ids per request: keeps the URL well under common 8 KB limits (50 × 25 chars ≈ 1.3 KB). */
export const IDS_PER_REQUEST = 50;
/** No candidate has this many assessments; a runaway answer must not flood the panel. */
const MAX_ROWS_PER_CANDIDATE = 100;
/** Matches no candidate: the cheapest read there is, used to check a key. */
const NO_CANDIDATE = '000000000000000000000000';

/**
 * HiringBranch documents no error body (only "400 Validation failed"). Read what a .NET API
 * usually sends (ProblemDetails `{title, detail, errors}`) and the common `{statusCode, message}`,
 * but rely on the status alone for the advice a recruiter gets.
 */
const ErrorBodySchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  message: z.union([z.string(), z.array(z.string())]).optional(),
  error: z.string().optional(),
  errors: z.record(z.string(), z.union([z.array(z.string()), z.string()])).optional(),
});

const ADVICE: Record<number, MessageKey> = {
  400: messageKey('hiringBranchAdvice400'),
  401: messageKey('hiringBranchAdvice401'),
  403: messageKey('hiringBranchAdvice403'),
  404: messageKey('hiringBranchAdvice404'),
  429: messageKey('hiringBranchAdvice429'),
};

function vendorText(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, 200) || undefined;
  const parsed = ErrorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { title, detail, message, error, errors } = parsed.data;
  const firstFieldError = errors ? Object.values(errors).flat()[0] : undefined;
  const text = detail ?? firstFieldError ?? (Array.isArray(message) ? message[0] : message) ?? title ?? error;
  return text?.trim().slice(0, 200) || undefined;
}

export function readHiringBranchError(status: number, body: unknown): EnvelopeReading {
  const text = vendorText(body);
  const key = ADVICE[status];
  const advice = key ? tMarked(key) : status >= 500 ? t('hiringBranchAdvice5xx') : undefined;
  const message = [text, advice].filter(Boolean).join(' — ');
  // No error codes are documented: the status decides the code (http.ts's codeForStatus).
  return { message: message || undefined };
}

function http(connection: VendorConnection): VendorHttp {
  const instance = connection.fields.instance?.trim();
  return createVendorHttp(connection, {
    vendorName: NAME,
    headers: { 'X-API-Key': connection.apiKey, ...(instance ? { instance } : {}) },
    readErrorBody: readHiringBranchError,
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Score rows for many candidate ids, one request per IDS_PER_REQUEST ids. Every id passed
 * is a key of the answer (as passed); ids with no rows, and malformed ids (never sent: one
 * would fail its whole batch with a 400), map to [].
 */
export async function fetchHiringBranchScores(
  connection: VendorConnection,
  ids: readonly string[],
  options: { assessmentIds?: readonly string[] } = {},
): Promise<Map<string, AssessmentResultInput[]>> {
  const wanted = [...new Set(ids.map((id) => id.trim().toLowerCase()).filter(isHiringBranchId))];
  const rows = new Map<string, ScoreResponse[]>(wanted.map((id) => [id, []]));
  if (wanted.length > 0) {
    const api = http(connection);
    const assessmentIds = options.assessmentIds?.length ? options.assessmentIds.join(',') : undefined;
    const answers = await Promise.all(
      chunks(wanted, IDS_PER_REQUEST).map((batch) =>
        api.get('v1/score', ScoreListSchema, { candidateIds: batch.join(','), assessmentIds }),
      ),
    );
    for (const row of answers.flat()) {
      // Rows for ids we did not ask for are ignored.
      const list = rows.get(row.candidateId.trim().toLowerCase());
      if (list && list.length < MAX_ROWS_PER_CANDIDATE) list.push(row);
    }
  }
  const emails = await hiringBranchLinkIndex(connection.store);
  return new Map(
    ids.map((id) => {
      const key = id.trim().toLowerCase();
      return [id, (rows.get(key) ?? []).map((row) => normaliseHiringBranchScore(row, emails.get(key)))];
    }),
  );
}

/** The ids a subject stands for: found on the page, or linked by the user to one of its emails. */
async function idsFor(subject: Subject, connection: VendorConnection): Promise<string[]> {
  const linked = await linkedHiringBranchIds(connection.store, subject.emails);
  const ids = [...new Set([...(subject.ids.hiringbranch ?? []).map((id) => id.trim().toLowerCase()), ...linked])];
  return ids.filter(isHiringBranchId);
}

export const hiringbranch: VendorClient = {
  id: 'hiringbranch',
  name: NAME,
  defaultBaseUrl: 'https://api.hiringbranch.com/connect',
  keyHint: messageKey('keyHintHiringBranch'),
  fields: [{ name: 'instance', label: messageKey('fieldHiringBranchInstance'), hint: messageKey('fieldHiringBranchInstanceHint') }],
  // An email may have linked ids; when it has none, lookup answers [] without a request.
  canAnswer: (subject) => (subject.ids.hiringbranch?.length ?? 0) > 0 || subject.emails.length > 0,
  async lookup(subject, connection) {
    const ids = await idsFor(subject, connection);
    // Only an email, and no id linked to it: HiringBranch cannot be searched by email, so it was not asked.
    if (ids.length === 0) return { results: [], unsearched: true };
    const byId = await fetchHiringBranchScores(connection, ids);
    return ids.flatMap((id) => byId.get(id) ?? []);
  },
  // No documented limits: a few calls at once, each carrying up to 50 ids.
  limits: { concurrency: 2 },
  subjectParts: ['emails', 'ids'],
  // Ids asked for by many tabs or list rows within 25 ms share one call.
  batch: { windowMs: 25, maxIds: IDS_PER_REQUEST, idsFor, fetch: (connection, ids) => fetchHiringBranchScores(connection, ids) },
  async testConnection(connection) {
    await http(connection).get('v1/score', ScoreListSchema, { candidateIds: NO_CANDIDATE });
    const instance = connection.fields.instance?.trim();
    return instance ? t('hiringBranchKeyAcceptedInstance', instance) : t('vendorKeyAccepted');
  },
};
