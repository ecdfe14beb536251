/**
 * HrFlow.ai match scores (seed 003 documents GET /jobs/scoring; its public docs add its
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
import { fingerprint } from '../fingerprint';
import type { VendorClient, VendorConnection, VendorStore } from '../types';
import { normaliseHrFlowMatch } from './normalise';
import { EnvelopeSchema, ErrorEnvelopeSchema, type HrFlowProfile, type Prediction, ProfilesScoringSchema } from './schemas';
import { assertReadableKey, HRFLOW_FIELDS, type HrFlowSettings, type JobRef, jobFor, readSettings } from './settings';

export * from './schemas';
export { normaliseHrFlowMatch, matchScore } from './normalise';
export { parseSourceKeys } from './settings';

const NAME = VENDOR_NAMES.hrflow;
/** The documented default page size. */
const PAGE_SIZE = 30;
/** The newer API ignores the email filter and lists a job's whole pool: read at most this many pages. */
const MAX_PAGES = 5;
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

type Read = <T>(path: string, schema: z.ZodType<T>, query: Query) => Promise<T>;

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
    readErrorBody: readHrFlowError,
  });
  return async (path, schema, query) => {
    const body = await http.get(path, EnvelopeSchema, query);
    const bodyCode = numberFrom(body.code);
    if (bodyCode !== undefined && bodyCode >= 400) {
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
}

/** Both doc generations' parameters: older servers honour `email`, newer ones need `algorithm_key`. */
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

interface Match {
  profile: HrFlowProfile;
  prediction: Prediction | undefined;
}

interface Search {
  /** Fingerprint of who asks which job: lookups with the same scope read the same pages. */
  scope: string;
  store: VendorStore;
  read: Read;
  settings: HrFlowSettings;
  job: JobRef;
  emails: Set<string>;
  reference: string | undefined;
  found: Map<string, Match>;
}

type ScoringPage = z.infer<typeof ProfilesScoringSchema>;

/** How long "this job's server lists its whole pool" is remembered in the vendor's store. */
const WHOLE_POOL_TTL_MS = 6 * 60 * 60_000;
/** Page reads under way, by scope and page: lookups made together (a list page) share them. */
const pagesInFlight = new Map<string, Promise<ScoringPage>>();
/** A job's first scan under way, by scope: scans starting meanwhile wait to learn what it learns. */
const probes = new Map<string, Promise<void>>();
const wholePoolKey = (search: Search) => `wholePool:${search.scope}`;

/** Whether this job's server lists its whole pool whatever the email (waiting for a probe under way). */
async function listsWholePool(search: Search): Promise<boolean> {
  if ((await search.store.get<boolean>(wholePoolKey(search))) === true) return true;
  const probe = probes.get(search.scope);
  if (!probe) return false;
  await probe;
  return (await search.store.get<boolean>(wholePoolKey(search))) === true;
}

/** One page of a whole-pool job, read once for every lookup that asks while it is under way. */
function sharedPage(search: Search, page: number): Promise<ScoringPage> {
  const key = `${search.scope}|${page}`;
  let read = pagesInFlight.get(key);
  if (!read) {
    const started = search.read('profiles/scoring', ProfilesScoringSchema, scoringQuery(search.settings, search.job, page));
    read = started;
    pagesInFlight.set(key, started);
    const done = () => pagesInFlight.get(key) === started && pagesInFlight.delete(key);
    started.then(done, done);
  }
  // If the lookup that started it was cancelled, read it ourselves.
  return read.catch(() => search.read('profiles/scoring', ProfilesScoringSchema, scoringQuery(search.settings, search.job, page)));
}

const emailOf = (profile: HrFlowProfile) => profile.info?.email?.trim().toLowerCase() || undefined;
const referenceOf = (profile: HrFlowProfile) => (profile.reference == null ? undefined : String(profile.reference).trim());

/**
 * Reads up to MAX_PAGES pages, keeping every profile that is the candidate (by email or by
 * reference), and stops once `target` is seen. Resolves to true when the server ignored the
 * email filter and the whole list (within the bound) was read: no further search can find more.
 */
async function scan(search: Search, target: { email?: string; reference?: string }): Promise<boolean> {
  let wholePool = await listsWholePool(search);
  // The first scan of a job with an email probes whether the server honours the filter.
  let endProbe: (() => void) | undefined;
  if (!wholePool && target.email !== undefined && !probes.has(search.scope)) {
    const probe = new Promise<void>((resolve) => (endProbe = resolve));
    probes.set(search.scope, probe);
    void probe.then(() => probes.get(search.scope) === probe && probes.delete(search.scope));
  }
  try {
    let filterIgnored = target.email === undefined || wholePool;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const body = wholePool
        ? await sharedPage(search, page)
        : await search.read('profiles/scoring', ProfilesScoringSchema, scoringQuery(search.settings, search.job, page, target.email));
      const { profiles, predictions } = body.data;
      let hit = false;
      profiles.forEach((profile, i) => {
        const email = emailOf(profile);
        const reference = referenceOf(profile);
        if (target.email && email !== target.email) filterIgnored = true;
        const isCandidate =
          (email !== undefined && search.emails.has(email)) || (reference !== undefined && reference === search.reference);
        if (!isCandidate) return;
        search.found.set(profile.key, { profile, prediction: predictions[i] });
        if ((target.email && email === target.email) || (target.reference && reference === target.reference)) hit = true;
      });
      if (filterIgnored && target.email !== undefined && !wholePool) {
        // Learned: remembered, so this and later scans of the job share pages instead of asking per email.
        await search.store.set(wholePoolKey(search), true, WHOLE_POOL_TTL_MS);
        wholePool = true;
      }
      endProbe?.();
      if (hit) break;
      const maxPage = body.meta?.maxPage;
      const last = profiles.length === 0 || (maxPage != null ? page >= maxPage : profiles.length < PAGE_SIZE);
      if (last) break;
    }
    return filterIgnored;
  } finally {
    endProbe?.();
  }
}

async function matchesFor(search: Search): Promise<Match[]> {
  for (const email of search.emails) {
    // Found while scanning for another email (newer servers list everyone): no need to ask again.
    if ([...search.found.values()].some((m) => emailOf(m.profile) === email)) continue;
    if (await scan(search, { email })) return [...search.found.values()];
  }
  // The ATS candidate id as the profile's reference: the way in when no email matched.
  if (search.found.size === 0 && search.reference) await scan(search, { reference: search.reference });
  return [...search.found.values()];
}

/** Testing without a job: read a profile that does not exist; "not found" means everything else was accepted. */
function isProfileNotFound(error: unknown): boolean {
  // Only the profile may be missing: "Source not found" (or any other refusal) is a real failure.
  return (
    error instanceof VendorError &&
    (error.code === 'not_found' || error.code === 'bad_request') &&
    /profile[^.(]*not\s+(?:be\s+)?found/i.test(error.message)
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
    const emails = new Set(subject.emails.map((e) => e.trim().toLowerCase()).slice(0, MAX_EMAILS));
    const reference = subject.ats?.candidateId?.trim() || undefined;
    if (emails.size === 0 && !reference) return [];
    const read = reader(connection, settings);
    const scope = await fingerprint(JSON.stringify([connection.baseUrl, connection.apiKey, settings, job]));
    const matches = await matchesFor({ scope, store: connection.store, read, settings, job, emails, reference, found: new Map() });
    return matches.map(({ profile, prediction }) => normaliseHrFlowMatch(profile, prediction, job));
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
        if (!isProfileNotFound(error)) throw error;
      }
    }
    return sources.length === 1
      ? t('hrflowConnectedSourceOne', settings.userEmail)
      : t('hrflowConnectedSourceOther', settings.userEmail, String(sources.length));
  },
};
