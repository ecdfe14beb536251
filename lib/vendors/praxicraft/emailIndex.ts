/**
 * Praxicraft has no email filter, so an email → invite-token index is built from each
 * assessment's results list (newest first) and kept in the vendor's store. Each refresh reads
 * from the newest row and stops at the first token it already knows: usually one page per
 * assessment. A full rebuild happens every 12 h, or when the base URL, key or slug setting change.
 */
import { VendorError } from '../errors';
import type { VendorHttp } from '../http';
import type { VendorConnection } from '../types';
import { PAGE_SIZE, praxicraftHttp, readPages, slugNotFoundError } from './api';
import { AssessmentPageSchema, ResultPageSchema } from './schemas';
import { fingerprint } from '../fingerprint';

export const INDEX_STORE_KEY = 'emailIndex.v1';
/** After this the index is dropped and rebuilt from scratch (rows that changed email, deleted invites). */
export const INDEX_TTL_MS = 12 * 60 * 60 * 1000;
/** The active-assessments list is re-read at most this often (one read). */
export const ASSESSMENT_LIST_TTL_MS = 60 * 60 * 1000;
/** A burst of lookups (paging through a candidate list) shares one refresh: the hourly read budget is small. */
export const MIN_REFRESH_MS = 30 * 1000;
/** Per assessment and refresh: 20 pages × 100 rows. Older rows past that are not indexed. */
export const MAX_PAGES_PER_ASSESSMENT = 20;
export const MAX_ROWS_PER_ASSESSMENT = MAX_PAGES_PER_ASSESSMENT * PAGE_SIZE;
/** Pages of the assessments list (100 each). */
export const MAX_ASSESSMENT_LIST_PAGES = 5;
/** Assessments scanned at the same time. */
const CONCURRENCY = 3;

export interface IndexEntry {
  token: string;
  slug: string;
  name?: string;
}

export interface EmailIndex {
  version: 1;
  /** A hash of base URL, key and slug setting: another account's index is never reused. Not the key. */
  scope: string;
  builtAt: number;
  refreshedAt: number;
  slugs: string[];
  slugsReadAt: number;
  /** Assessment titles by slug, from the assessments list when it was read. */
  titles: Record<string, string>;
  /** Lower-cased email → its invites, newest first. */
  byEmail: Record<string, IndexEntry[]>;
}

export interface RefreshOptions {
  now?: number;
  minRefreshMs?: number;
}

const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** The `assessmentSlugs` setting: comma-separated; empty means every active assessment. */
export function configuredSlugs(fields: Record<string, string>): string[] {
  const slugs = (fields.assessmentSlugs ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => SLUG.test(s));
  return [...new Set(slugs)].slice(0, 100);
}

async function indexScope(connection: VendorConnection): Promise<string> {
  return fingerprint([connection.baseUrl.replace(/\/+$/, ''), connection.apiKey, configuredSlugs(connection.fields).join(',')].join('\n'));
}

/** The stored index when it belongs to this connection and is younger than the TTL. */
export async function loadEmailIndex(connection: VendorConnection, now = Date.now()): Promise<EmailIndex | undefined> {
  const stored = await connection.store.get<EmailIndex>(INDEX_STORE_KEY);
  if (!stored || stored.version !== 1 || now - stored.builtAt >= INDEX_TTL_MS) return undefined;
  return stored.scope === (await indexScope(connection)) ? stored : undefined;
}

export function tokensForEmail(index: EmailIndex, email: string): IndexEntry[] {
  return index.byEmail[email.trim().toLowerCase()] ?? [];
}

/** The entry for a token, for context (slug, name) when the token came from the page. */
export function entryForToken(index: EmailIndex, token: string): (IndexEntry & { email: string }) | undefined {
  for (const [email, entries] of Object.entries(index.byEmail)) {
    const hit = entries.find((e) => e.token === token);
    if (hit) return { ...hit, email };
  }
  return undefined;
}

async function activeAssessments(api: VendorHttp): Promise<{ slugs: string[]; titles: Record<string, string> }> {
  const slugs: string[] = [];
  const titles: Record<string, string> = {};
  await readPages(api, 'assessments/', AssessmentPageSchema, {
    query: { status: 'active' },
    maxPages: MAX_ASSESSMENT_LIST_PAGES,
    onPage: (rows) => {
      for (const row of rows) {
        if (row.status && row.status.toLowerCase() !== 'active') continue;
        if (!slugs.includes(row.slug)) slugs.push(row.slug);
        const title = row.title ?? row.name;
        if (title) titles[row.slug] = title;
      }
      return 'more';
    },
  });
  return { slugs, titles };
}

interface NewRow {
  email: string;
  entry: IndexEntry;
}

/** New rows of one assessment, newest first, down to the first known token. */
async function scanAssessment(api: VendorHttp, slug: string, known: ReadonlySet<string>): Promise<NewRow[]> {
  const rows: NewRow[] = [];
  const seen = new Set<string>();
  await readPages(api, `assessments/${encodeURIComponent(slug)}/results/`, ResultPageSchema, {
    maxPages: MAX_PAGES_PER_ASSESSMENT,
    onPage: (page) => {
      for (const row of page) {
        // Known means everything below is indexed already; seen-in-this-scan means the pages loop.
        if (known.has(row.invite_token) || seen.has(row.invite_token)) return 'stop';
        if (rows.length >= MAX_ROWS_PER_ASSESSMENT) return 'stop';
        seen.add(row.invite_token);
        const email = row.candidate_email.trim().toLowerCase();
        if (email) rows.push({ email, entry: { token: row.invite_token, slug, name: row.candidate_name ?? undefined } });
      }
      return 'more';
    },
  });
  return rows;
}

/** Runs `fn` over items, `limit` at a time; every item settles. */
async function settleAll<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const out: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        out[i] = { status: 'fulfilled', value: await fn(items[i] as T) };
      } catch (reason) {
        out[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function emptyIndex(scope: string, now: number): EmailIndex {
  return { version: 1, scope, builtAt: now, refreshedAt: 0, slugs: [], slugsReadAt: 0, titles: {}, byEmail: {} };
}

type Refresh = { index: EmailIndex; rebuilt: boolean; refreshed: boolean };

/** Refreshes under way, by scope: two lookups at once (panel and popup) share one rebuild. */
const inFlight = new Map<string, Promise<Refresh>>();

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * Brings the index up to date and stores it (at most once per MIN_REFRESH_MS). Exported so the
 * engine can refresh ahead of time; the index itself lives in the vendor's store.
 */
export async function refreshEmailIndex(connection: VendorConnection, options: RefreshOptions = {}): Promise<Refresh> {
  const scope = await indexScope(connection);
  const running = inFlight.get(scope);
  if (running) {
    try {
      return await running;
    } catch (error) {
      // Another caller's cancellation is not ours: refresh on our own.
      if (!isAbort(error) || connection.signal?.aborted) throw error;
    }
  }
  const refresh = refreshNow(connection, scope, options);
  inFlight.set(scope, refresh);
  try {
    return await refresh;
  } finally {
    if (inFlight.get(scope) === refresh) inFlight.delete(scope);
  }
}

/**
 * Assessments whose scan failed keep their old rows (a partial scan is never stored: it would
 * hide the rows it skipped); the first failure is thrown after the others are saved.
 */
async function refreshNow(connection: VendorConnection, scope: string, options: RefreshOptions): Promise<Refresh> {
  const now = options.now ?? Date.now();
  const stored = await loadEmailIndex(connection, now);
  if (stored && now - stored.refreshedAt < (options.minRefreshMs ?? MIN_REFRESH_MS)) {
    return { index: stored, rebuilt: false, refreshed: false };
  }
  const index = stored ? structuredClone(stored) : emptyIndex(scope, now);
  const api = praxicraftHttp(connection);

  const configured = configuredSlugs(connection.fields);
  if (configured.length > 0) {
    index.slugs = configured;
  } else if (!stored || now - index.slugsReadAt >= ASSESSMENT_LIST_TTL_MS) {
    const active = await activeAssessments(api);
    index.slugs = active.slugs;
    index.titles = { ...index.titles, ...active.titles };
    index.slugsReadAt = now;
  }

  const known = new Set(Object.values(index.byEmail).flatMap((entries) => entries.map((e) => e.token)));
  const scans = await settleAll(index.slugs, CONCURRENCY, (slug) =>
    scanAssessment(api, slug, known).catch((error: unknown) => {
      // A slug typed into settings that does not exist (or lives in the other mode).
      if (error instanceof VendorError && error.code === 'not_found') {
        throw slugNotFoundError(error, slug);
      }
      throw error;
    }),
  );
  for (const scan of scans) {
    if (scan.status !== 'fulfilled') continue;
    // Rows arrive newest first; prepend in reverse so each email's list stays newest first.
    for (const { email, entry } of [...scan.value].reverse()) {
      const entries = index.byEmail[email] ?? [];
      if (!entries.some((e) => e.token === entry.token)) index.byEmail[email] = [entry, ...entries];
    }
  }
  const failure = scans.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  // After a failure the next lookup tries again at once.
  if (!failure) index.refreshedAt = now;
  await connection.store.set(INDEX_STORE_KEY, index, Math.max(1, index.builtAt + INDEX_TTL_MS - now));
  if (failure) throw failure.reason;
  return { index, rebuilt: !stored, refreshed: true };
}
