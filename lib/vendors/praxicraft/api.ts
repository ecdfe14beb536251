/**
 * Praxicraft's HTTP side: bearer auth against the configured base URL, its error envelope
 * read into codes a recruiter can act on, and cursor paging that never follows `next`.
 */
import { t } from '../../i18n';
import { VENDOR_NAMES } from '../../model';
import type { z } from '../../zod';
import { VendorError } from '../errors';
import { createVendorHttp, type EnvelopeReading, type Query, type VendorHttp } from '../http';
import type { VendorConnection } from '../types';
import { ErrorBodySchema } from './schemas';

export const NAME = VENDOR_NAMES.praxicraft;
/** The documented maximum; fewer pages means fewer reads against the hourly budget. */
export const PAGE_SIZE = 100;

export type KeyMode = 'live' | 'test' | undefined;

/** `ct_live_…` sees live data only, `ct_test_…` test data only. */
export function keyMode(apiKey: string): KeyMode {
  if (apiKey.startsWith('ct_live_')) return 'live';
  if (apiKey.startsWith('ct_test_')) return 'test';
  return undefined;
}

function scopeFrom(details: unknown): string | undefined {
  if (details && typeof details === 'object') {
    const d = details as Record<string, unknown>;
    const scope = d.required_scope ?? d.scope;
    if (typeof scope === 'string' && /^[a-z_]+:[a-z_]+$/.test(scope)) return scope;
  }
  return undefined;
}

function notFoundHint(mode: KeyMode): string {
  if (mode === 'test') return t('praxicraftNotFoundTest');
  if (mode === 'live') return t('praxicraftNotFoundLive');
  return t('praxicraftNotFound');
}

/** Each documented error code: our code for it and the hint a recruiter gets. */
const READING_BY_CODE: Record<string, (details: unknown, mode: KeyMode) => Required<EnvelopeReading>> = {
  INVALID_API_KEY: () => ({ code: 'unauthorized', message: t('praxicraftInvalidKey') }),
  EXPIRED_API_KEY: () => ({ code: 'unauthorized', message: t('praxicraftExpiredKey') }),
  INSUFFICIENT_SCOPE: (details) => {
    const scope = scopeFrom(details);
    return { code: 'forbidden', message: scope ? t('praxicraftNeedsScope', scope) : t('praxicraftNeedsScopes') };
  },
  IP_NOT_ALLOWED: () => ({ code: 'forbidden', message: t('praxicraftIpNotAllowed') }),
  PLAN_REQUIRED: () => ({ code: 'forbidden', message: t('praxicraftPlanRequired') }),
  NOT_FOUND: (_details, mode) => ({ code: 'not_found', message: notFoundHint(mode) }),
  VALIDATION_ERROR: () => ({ code: 'bad_request', message: t('praxicraftRejected') }),
  RATE_LIMITED: () => ({ code: 'rate_limited', message: t('praxicraftRateLimited') }),
};

/** Reads `{"error":{code,message,details}}` (and the older code-less 429) into a code and a hint. */
export function readPraxicraftError(status: number, body: unknown, mode?: KeyMode): EnvelopeReading {
  const parsed = ErrorBodySchema.safeParse(body);
  const envelope = parsed.success && 'error' in parsed.data ? parsed.data.error : undefined;
  const vendorMessage = envelope
    ? (envelope.message ?? undefined)
    : parsed.success && 'detail' in parsed.data
      ? parsed.data.detail
      : undefined;
  const code = envelope?.code?.toUpperCase();

  let reading = code !== undefined && Object.hasOwn(READING_BY_CODE, code) ? READING_BY_CODE[code]?.(envelope?.details, mode) : undefined;
  // No code (the older 429 body, a proxy's page): the status alone decides.
  if (!reading && status === 429) {
    reading = { code: 'rate_limited', message: t('praxicraftRateLimited') };
  } else if (!reading && status === 403) {
    reading = { code: 'forbidden', message: t('praxicraftForbidden') };
  } else if (!reading && status === 404) {
    reading = { code: 'not_found', message: notFoundHint(mode) };
  }
  if (!reading) return { message: vendorMessage };
  return { code: reading.code, message: vendorMessage ? `${vendorMessage.replace(/[.\s]+$/, '')} (${reading.message})` : reading.message };
}

/** A configured slug that does not exist (or lives in the other mode): the 404, then which slug to check. */
export function slugNotFoundError(error: VendorError, slug: string): VendorError {
  return new VendorError('not_found', t('praxicraftCheckSlug', error.message, slug), error.status);
}

export function praxicraftHttp(connection: VendorConnection): VendorHttp {
  const mode = keyMode(connection.apiKey);
  return createVendorHttp(connection, {
    vendorName: NAME,
    headers: { Authorization: `Bearer ${connection.apiKey}` },
    readErrorBody: (status, body) => readPraxicraftError(status, body, mode),
  });
}

/**
 * The `cursor` inside a `next` link. The link itself is never requested: its host may be
 * another one (app.praxicraft.io in the older docs) and the key only goes to our base URL.
 */
export function cursorFromNext(next: string | null | undefined): string | undefined {
  if (!next) return undefined;
  const query = next.includes('?') ? next.slice(next.indexOf('?') + 1).split('#')[0] : '';
  const cursor = new URLSearchParams(query).get('cursor');
  return cursor || undefined;
}

export type PageDecision = 'more' | 'stop';

/**
 * Reads a `{next, previous, results}` list page by page through our own base URL
 * (`cursor=` + `page_size=`), at most `maxPages`, until `onPage` says stop or pages run out.
 * Returns how many pages were read, and whether the list went on past `maxPages`.
 */
export async function readPages<Row>(
  api: VendorHttp,
  path: string,
  schema: z.ZodType<{ next?: string | null; results: Row[] }>,
  options: { query?: Query; maxPages: number; onPage: (rows: Row[]) => PageDecision },
): Promise<{ pages: number; more: boolean }> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (let page = 1; page <= options.maxPages; page++) {
    const body = await api.get(path, schema, { ...options.query, page_size: PAGE_SIZE, cursor });
    if (options.onPage(body.results) === 'stop') return { pages: page, more: false };
    cursor = cursorFromNext(body.next);
    // A cursor seen before would loop forever.
    if (!cursor || seen.has(cursor)) return { pages: page, more: false };
    seen.add(cursor);
  }
  return { pages: options.maxPages, more: true };
}
