/**
 * HrFlow.ai match scores (its API reference documents GET /jobs/scoring; its public docs add its
 * mirror GET /profiles/scoring, which is what a candidate view needs):
 * ATS job (or a job key from Options) + email / ATS candidate id → GET /profiles/scoring,
 * paged and bounded, matching the profile ourselves → one "Job match" result per profile.
 */
import { messageKey, pluralForm, t } from '../../i18n';
import { VENDOR_NAMES } from '../../model';
import { z } from '../../zod';
import { codeForStatus, redact, VendorError } from '../errors';
import { answeredMessage, changedResponseError, createVendorHttp, type EnvelopeReading, type Query } from '../http';
import { numberFrom } from '../normalise';
import type { VendorClient, VendorConnection } from '../types';
import { normaliseHrFlowMatch } from './normalise';
import {
  EnvelopeSchema,
  ErrorEnvelopeSchema,
  type HrFlowProfile,
  JobsScoringSchema,
  type Prediction,
  ProfileIndexingSchema,
  ProfilesScoringSchema,
  ProfilesSearchingSchema,
} from './schemas';
import { assertReadableKey, HRFLOW_FIELDS, type HrFlowSettings, type JobRef, jobFor, readSettings } from './settings';

export * from './schemas';
export { normaliseHrFlowMatch, matchScore } from './normalise';
export { parseSourceKeys } from './settings';

const NAME = VENDOR_NAMES.hrflow;
/** The documented default page size. */
const PAGE_SIZE = 30;
/** A page seldom shows more than one or two emails; each one may cost a bounded scan. */
const MAX_EMAILS = 3;
/** At most this many sources are probed by testConnection. */
const MAX_PROBED_SOURCES = 5;
/** A reference no real profile has: its "not found" proves the key, user and source were accepted. */
const PROBE_REFERENCE = 'scorelens-connection-check';

/** HrFlow echoes the key back ("Invalid secret key: askr_…"): drop whatever follows "secret key". */
function cleanVendorMessage(message: string | null | undefined): string | undefined {
  const text = message
    ?.replace(/(secret key)\s*:?\s*\S*/gi, '$1')
    .trim()
    .replace(/[.\s]+$/, '');
  return text || undefined;
}

function hintFor(status: number, message: string | undefined): string | undefined {
  if (status === 401) return t('hrflowHint401');
  if (status === 403) return t('hrflowHint403');
  if (status === 404) return t('hrflowHint404');
  if (status === 429) return t('hrflowHint429');
  if (status >= 500) return t('hrflowHint5xx');
  if (message && /algorithm/i.test(message)) return t('hrflowHintAlgorithm');
  return t('hrflowHintSettings');
}

/** HrFlow's envelope is `{code, message}`; `code` mirrors the HTTP status (and wins when they differ). */
export function readHrFlowError(status: number, body: unknown): EnvelopeReading {
  const parsed = ErrorEnvelopeSchema.safeParse(body);
  const bodyCode = parsed.success ? numberFrom(parsed.data.code) : undefined;
  const effective = bodyCode !== undefined && bodyCode >= 400 ? bodyCode : status;
  const vendorMessage = parsed.success ? cleanVendorMessage(parsed.data.message) : undefined;
  const hint = hintFor(effective, vendorMessage);
  const message = vendorMessage ? `${vendorMessage}${hint ? ` (${hint})` : ''}` : hint;
  return { code: codeForStatus(effective), message };
}

type Read = (<T>(path: string, schema: z.ZodType<T>, query: Query) => Promise<T>) & {
  /** HrFlow's own message in its last error answer (English, whatever the user's language). */
  lastVendorMessage?: string;
};

/**
 * GETs through the shared HTTP path, then checks the body's own `code`: HrFlow may answer
 * HTTP 200 with `{code: 4xx, message}`, which is an error all the same.
 */
function reader(connection: VendorConnection, settings: HrFlowSettings): Read {
  const apiKey = connection.apiKey.trim();
  const secrets = [connection.apiKey, apiKey];
  const http = createVendorHttp(connection, {
    vendorName: NAME,
    headers: { 'X-API-KEY': apiKey, 'X-USER-EMAIL': settings.userEmail },
    secrets,
    readErrorBody: (status, body) => {
      read.lastVendorMessage = ErrorEnvelopeSchema.safeParse(body).data?.message ?? undefined;
      return readHrFlowError(status, body);
    },
  });
  const read: Read = async (path, schema, query) => {
    const body = await http.get(path, EnvelopeSchema, query);
    const bodyCode = numberFrom(body.code);
    if (bodyCode !== undefined && bodyCode >= 400) {
      read.lastVendorMessage = body.message ?? undefined;
      const reading = readHrFlowError(bodyCode, body);
      throw new VendorError(
        reading.code ?? codeForStatus(bodyCode),
        redact(answeredMessage(NAME, bodyCode, reading.message), secrets),
        bodyCode,
      );
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw changedResponseError(NAME, parsed.error, secrets);
    return parsed.data;
  };
  return read;
}

/** Both doc generations' parameters: newer servers need `algorithm_key`. */
function scoringQuery(settings: HrFlowSettings, job: JobRef, page: number, email?: string, limit = PAGE_SIZE): Query {
  return {
    [job.kind === 'key' ? 'job_key' : 'job_reference']: job.value,
    source_keys: JSON.stringify(settings.sourceKeys),
    board_key: settings.boardKey,
    algorithm_key: settings.algorithmKey,
    use_algo: settings.algorithmKey ? 1 : undefined,
    email,
    limit,
    page,
  };
}

/** Jobs scored per page of the API reference's GET /jobs/scoring, and pages read at most (a board rarely has more). */
const JOB_PAGES = 5;

type Found = Map<string, HrFlowProfile>;

const emailOf = (profile: HrFlowProfile) => profile.info?.email?.trim().toLowerCase() || undefined;
const sameJob = (job: JobRef, row: { key?: string | null; reference?: string | number | null }) =>
  job.kind === 'key' ? row.key === job.value : row.reference != null && String(row.reference) === job.value;

/** The profile whose reference is the ATS candidate id, in each source (GET /profile/indexing). */
async function profilesByReference(read: Read, settings: HrFlowSettings, reference: string, found: Found): Promise<void> {
  for (const source of settings.sourceKeys.slice(0, MAX_PROBED_SOURCES)) {
    try {
      const body = await read('profile/indexing', ProfileIndexingSchema, { source_key: source, reference });
      found.set(body.data.key, body.data);
    } catch (error) {
      if (!isProfileNotFound(error, read.lastVendorMessage)) throw error;
    }
  }
}

/** Profiles carrying this email exactly, through the profile search (keyword on the email, matched exactly here). */
async function profilesByEmail(read: Read, settings: HrFlowSettings, email: string, found: Found): Promise<void> {
  const body = await read('profiles/searching', ProfilesSearchingSchema, {
    source_keys: JSON.stringify(settings.sourceKeys),
    text_keywords: JSON.stringify([email]),
    limit: PAGE_SIZE,
    page: 1,
  });
  for (const profile of body.data.profiles) if (emailOf(profile) === email) found.set(profile.key, profile);
}

/**
 * The profile's score for the job: GET /profiles/scoring narrowed to the profile
 * (`profile_keys`); where the server ignores that filter, the API reference's GET /jobs/scoring for the
 * profile, looking for the job among the board's. Undefined when HrFlow has no score for them.
 */
async function scoreFor(read: Read, settings: HrFlowSettings, job: JobRef, profile: HrFlowProfile): Promise<Prediction | undefined> {
  const narrowed = await read('profiles/scoring', ProfilesScoringSchema, {
    ...scoringQuery(settings, job, 1),
    profile_keys: JSON.stringify([profile.key]),
  });
  const at = narrowed.data.profiles.findIndex((p) => p.key === profile.key);
  if (at >= 0) return narrowed.data.predictions[at];
  // Narrowed and empty: HrFlow has not scored this profile for the job.
  if (narrowed.data.profiles.length === 0 || !settings.boardKey) return undefined;
  for (let page = 1; page <= JOB_PAGES; page++) {
    const body = await read('jobs/scoring', JobsScoringSchema, {
      board_keys: JSON.stringify([settings.boardKey]),
      source_key: profile.source?.key ?? settings.sourceKeys[0],
      profile_key: profile.key,
      algorithm_key: settings.algorithmKey,
      use_algo: settings.algorithmKey ? 1 : undefined,
      limit: PAGE_SIZE,
      page,
    });
    const i = body.data.jobs.findIndex((row) => sameJob(job, row));
    if (i >= 0) return body.data.predictions[i];
    const maxPage = body.meta?.maxPage;
    if (body.data.jobs.length === 0 || (maxPage != null ? page >= maxPage : body.data.jobs.length < PAGE_SIZE)) break;
  }
  return undefined;
}

/** HrFlow's 404 for the job: say which job was looked up and how to link it. */
function jobNotFound(error: unknown, job: JobRef): unknown {
  if (!(error instanceof VendorError && error.code === 'not_found' && /job/i.test(error.message))) return error;
  const message = job.kind === 'key' ? t('hrflowJobKeyNotFound', job.value) : t('hrflowJobReferenceNotFound', job.value);
  return new VendorError('not_found', message, error.status);
}

/** Testing without a job: read a profile that does not exist; "not found" means everything else was accepted. */
function isProfileNotFound(error: unknown, vendorMessage: string | undefined): boolean {
  // Only the profile may be missing: "Source not found" (or any other refusal) is a real failure.
  return (
    error instanceof VendorError &&
    (error.code === 'not_found' || error.code === 'bad_request') &&
    /profile[^.(]*not\s+(?:be\s+)?found/i.test(vendorMessage ?? '')
  );
}

export const hrflow: VendorClient = {
  id: 'hrflow',
  name: NAME,
  defaultBaseUrl: 'https://api.hrflow.ai/v1',
  keyHint: messageKey('keyHintHrflow'),
  fields: HRFLOW_FIELDS,
  // No published limits; a newer-API lookup may read several pages, so stay gentle.
  limits: { concurrency: 2 },
  // The candidate is their email or ATS candidate id, scored for the ATS job: all in these parts.
  subjectParts: ['emails', 'ats'],
  // A match score needs a job: the page's, or a job key from Options. Without one HrFlow is not asked
  // (a list page or a typed email), rather than answering every candidate with an error.
  canAnswer: (subject, connection) =>
    (subject.emails.length > 0 || Boolean(subject.ats?.candidateId?.trim())) &&
    (connection === undefined || Boolean(subject.ats?.jobId?.trim() || connection.fields.jobKey?.trim())),
  async lookup(subject, connection) {
    assertReadableKey(connection.apiKey);
    const settings = readSettings(connection);
    const job = jobFor(subject, settings);
    if (!job) throw new VendorError('bad_request', t('hrflowNoJob'));
    const emails = [...new Set(subject.emails.map((e) => e.trim().toLowerCase()))].slice(0, MAX_EMAILS);
    const reference = subject.ats?.candidateId?.trim() || undefined;
    if (emails.length === 0 && !reference) return [];
    const read = reader(connection, settings);
    // The profile itself first (by reference, then by email), then its score for the job: where
    // the candidate ranks in the job's pool never matters.
    const found: Found = new Map();
    if (reference) await profilesByReference(read, settings, reference, found);
    for (const email of emails) {
      if ([...found.values()].some((p) => emailOf(p) === email)) continue;
      await profilesByEmail(read, settings, email, found);
    }
    const results = [];
    for (const profile of found.values()) {
      const prediction = await scoreFor(read, settings, job, profile).catch((error: unknown) => {
        throw jobNotFound(error, job);
      });
      const result = normaliseHrFlowMatch(profile, prediction, job);
      results.push(prediction === undefined ? { ...result, status: 'invited' as const, note: t('hrflowNotScored') } : result);
    }
    return results;
  },
  async testConnection(connection) {
    assertReadableKey(connection.apiKey);
    const settings = readSettings(connection);
    const read = reader(connection, settings);
    if (settings.jobKey) {
      // Checks everything a lookup uses: key, user, sources, board, algorithm and the job.
      const job: JobRef = { kind: 'key', value: settings.jobKey };
      const body = await read('profiles/scoring', ProfilesScoringSchema, scoringQuery(settings, job, 1, undefined, 1));
      const total = body.meta?.total ?? body.data.profiles.length;
      return t(
        pluralForm(total) === 'one' ? 'hrflowConnectedJobOne' : 'hrflowConnectedJob',
        settings.userEmail,
        String(total),
        settings.jobKey,
      );
    }
    const sources = settings.sourceKeys.slice(0, MAX_PROBED_SOURCES);
    for (const source of sources) {
      try {
        await read('profile/indexing', EnvelopeSchema, { source_key: source, reference: PROBE_REFERENCE });
      } catch (error) {
        if (!isProfileNotFound(error, read.lastVendorMessage)) throw error;
      }
    }
    return sources.length === 1
      ? t('hrflowConnectedSourceOne', settings.userEmail)
      : t('hrflowConnectedSourceOther', settings.userEmail, String(sources.length));
  },
};
