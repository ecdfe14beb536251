/**
 * Praxicraft has no email filter, so an email → invite-token index is built from the results
 * list of every assessment the key can read (active, draft and archived) and kept in the
 * vendor's store. Lists are "most recent first", which may mean most recent activity: a row
 * moves to the top when it is updated. So a refresh does not stop at the first token it knows
 * but once a run of STOP_RUN rows it knows, unchanged, shows it has reached rows untouched
 * since: usually one page per assessment. A full rebuild happens every 12 h, or when the base
 * URL, key or slug setting change. When a list is longer than the bound, the index records
 * how far back it searched, and the card says so.
 */
import { VendorError } from '../errors';
import type { VendorHttp } from '../http';
import type { VendorConnection } from '../types';
import { PAGE_SIZE, praxicraftHttp, readPages, slugNotFoundError } from './api';
import { AssessmentPageSchema, ResultPageSchema, type ResultRow } from './schemas';
import { fingerprint } from '../fingerprint';

export const INDEX_STORE_KEY = 'emailIndex.v1';
/** After this the index is dropped and rebuilt from scratch (rows that changed email, deleted invites). */
export const INDEX_TTL_MS = 12 * 60 * 60 * 1000;
/** The active-assessments list is re-read at most this often (one read). */
export const ASSESSMENT_LIST_TTL_MS = 60 * 60 * 1000;
/** A burst of lookups (paging through a candidate list) shares one refresh: the hourly read budget is small. */
export const MIN_REFRESH_MS = 30 * 1000;
/** Per assessment and refresh: 20 pages × 100 rows. Older rows past that are not indexed (and the card says so). */
export const MAX_PAGES_PER_ASSESSMENT = 20;
/** Known, unchanged rows in a row that mean the rest of a list is indexed already. */
export const STOP_RUN = 20;
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

/** What an index row looked like when read: status and dates (a row that changes moves up). */
type RowSignature = string;

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
  /** Each indexed token's row as last read. */
  signatures: Record<string, RowSignature>;
  /** Assessments whose list went on past the bound: slug → the oldest date searched (ISO). */
  searchedBack: Record<string, string>;
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

/**
 * The only two places the index is read from and written to storage: it names who applied
 * where, so it must live where the keys do (never readable by a content script).
 */
function readStoredIndex(connection: VendorConnection): Promise<EmailIndex | undefined> {
  return connection.store.get<EmailIndex>(INDEX_STORE_KEY);
}
function writeStoredIndex(connection: VendorConnection, index: EmailIndex, ttlMs: number): Promise<void> {
  return connection.store.set(INDEX_STORE_KEY, index, ttlMs);
}

/** The stored index when it belongs to this connection and is younger than the TTL. */
export async function loadEmailIndex(connection: VendorConnection, now = Date.now()): Promise<EmailIndex | undefined> {
  const stored = await readStoredIndex(connection);
  if (!stored || stored.version !== 1 || !stored.signatures || now - stored.builtAt >= INDEX_TTL_MS) return undefined;
  return stored.scope === (await indexScope(connection)) ? stored : undefined;
}

/** How far back the index searched, when a list was longer than the bound: the latest of the cut-off dates. */
export function indexSearchedBack(index: EmailIndex): string | undefined {
  const dates = Object.values(index.searchedBack);
  return dates.length ? dates.reduce((a, b) => (Date.parse(a) > Date.parse(b) ? a : b)) : undefined;
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

/** Every assessment the key can read: a candidate's invite may sit in a draft or an archived one. */
async function readableAssessments(api: VendorHttp): Promise<{ slugs: string[]; titles: Record<string, string> }> {
  const slugs: string[] = [];
  const titles: Record<string, string> = {};
  await readPages(api, 'assessments/', AssessmentPageSchema, {
    query: { status: 'all' },
    maxPages: MAX_ASSESSMENT_LIST_PAGES,
    onPage: (rows) => {
      for (const row of rows) {
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
  signature: RowSignature;
}

interface Scan {
  /** Rows not indexed yet, or changed since, newest first. */
  rows: NewRow[];
  /** Set when the list went on past the bound: the oldest date read. */
  searchedBack?: string;
}

const signatureOf = (row: ResultRow): RowSignature => [row.status, row.started_at, row.completed_at].map((v) => v ?? '').join('|');

/**
 * Rows of one assessment not indexed yet (or changed), whatever their order: it reads on until
 * a run of STOP_RUN known, unchanged rows (a row that moved up when updated, or one re-sent
 * without a change, never stops it alone).
 */
async function scanAssessment(api: VendorHttp, slug: string, known: Readonly<Record<string, RowSignature>>): Promise<Scan> {
  const rows: NewRow[] = [];
  const seen = new Set<string>();
  let run = 0;
  let capped = false;
  let oldest: string | undefined;
  const { more } = await readPages(api, `assessments/${encodeURIComponent(slug)}/results/`, ResultPageSchema, {
    maxPages: MAX_PAGES_PER_ASSESSMENT,
    onPage: (page) => {
      for (const row of page) {
        // Seen in this scan means the pages loop.
        if (seen.has(row.invite_token)) return 'stop';
        if (seen.size >= MAX_ROWS_PER_ASSESSMENT) {
          capped = true;
          return 'stop';
        }
        seen.add(row.invite_token);
        const date = row.completed_at ?? row.started_at;
        if (date && (!oldest || Date.parse(date) < Date.parse(oldest))) oldest = date;
        const signature = signatureOf(row);
        if (known[row.invite_token] === signature) {
          run++;
          continue;
        }
        run = 0;
        const email = row.candidate_email.trim().toLowerCase();
        if (email) rows.push({ email, signature, entry: { token: row.invite_token, slug, name: row.candidate_name ?? undefined } });
      }
      // The whole page is read either way: unknown rows below a run are indexed too.
      return run >= STOP_RUN || page.length === 0 ? 'stop' : 'more';
    },
  });
  return { rows, searchedBack: (more || capped) && run < STOP_RUN ? oldest : undefined };
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
  return {
    version: 1,
    scope,
    builtAt: now,
    refreshedAt: 0,
    slugs: [],
    slugsReadAt: 0,
    titles: {},
    byEmail: {},
    signatures: {},
    searchedBack: {},
  };
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
    const readable = await readableAssessments(api);
    index.slugs = readable.slugs;
    index.titles = { ...index.titles, ...readable.titles };
    index.slugsReadAt = now;
  }

  const scans = await settleAll(index.slugs, CONCURRENCY, (slug) =>
    scanAssessment(api, slug, index.signatures).catch((error: unknown) => {
      // A slug typed into settings that does not exist (or lives in the other mode).
      if (error instanceof VendorError && error.code === 'not_found') {
        throw slugNotFoundError(error, slug);
      }
      throw error;
    }),
  );
  for (const [i, scan] of scans.entries()) {
    if (scan.status !== 'fulfilled') continue;
    // Rows arrive newest first; prepend in reverse so each email's list stays newest first.
    for (const { email, entry, signature } of [...scan.value.rows].reverse()) {
      const entries = (index.byEmail[email] ?? []).filter((e) => e.token !== entry.token);
      index.byEmail[email] = [entry, ...entries];
      index.signatures[entry.token] = signature;
    }
    const slug = index.slugs[i] ?? '';
    const searchedBack = scan.value.searchedBack;
    // A cut-off is forgotten only by a rebuild that reads the whole list.
    if (searchedBack) index.searchedBack[slug] = index.searchedBack[slug] ?? searchedBack;
  }
  const failure = scans.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  // After a failure the next lookup tries again at once.
  if (!failure) index.refreshedAt = now;
  await writeStoredIndex(connection, index, Math.max(1, index.builtAt + INDEX_TTL_MS - now));
  if (failure) throw failure.reason;
  return { index, rebuilt: !stored, refreshed: true };
}
