/**
 * The one HTTP path every vendor client uses: ky with a timeout far below the 30 s a
 * Chrome service worker waits for a fetch, bounded retries on 429/503 that honour
 * Retry-After, zod parsing, and errors mapped to codes a person can act on.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import type { ZodError, ZodType } from 'zod';
import { t } from '../i18n';
import type { VendorErrorCode } from '../model';
import { codeForStatus, redact, retryAtFrom, VendorError } from './errors';
import type { RequestGate, VendorConnection } from './types';
import {
  BodyTimeoutError,
  BodyTooLargeError,
  ERROR_BODY_TIMEOUT_MS,
  isRedirect,
  MAX_BODY_BYTES,
  MAX_ERROR_BODY_BYTES,
  readBody,
} from './responseBody';

export const REQUEST_TIMEOUT_MS = 10_000;
/** Waits longer than this are not slept through: the vendor is reported rate limited instead. */
export const MAX_RETRY_AFTER_MS = 5_000;

export interface EnvelopeReading {
  code?: VendorErrorCode;
  message?: string;
}

/** How a vendor talks: everything but where and with what (which its connection says). */
export interface VendorHttpOptions {
  vendorName: string;
  headers: Record<string, string>;
  /** Other values never to show in a message (the connection's key always is one). */
  secrets?: string[];
  /** Reads the vendor's own error envelope. */
  readErrorBody: (status: number, body: unknown) => EnvelopeReading;
  timeoutMs?: number;
  retryLimit?: number;
}

/** What of a connection the HTTP path takes: base URL, key (a secret), signal and the gate. */
export type HttpConnection = Pick<VendorConnection, 'baseUrl' | 'apiKey' | 'signal' | 'gate'>;

/**
 * A fetch that waits for the gate before each attempt and reports each answer to it. The
 * timeout starts once the gate admits the request: time queued behind our own rate budget
 * is not the vendor being slow.
 */
function gatedFetch(gate: RequestGate, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const release = await gate.acquire(request.signal);
    // A timer we hold, not AbortSignal.timeout/any: a signal nothing references may be collected
    // before it fires (Node), and the request would then wait forever. The body has its own limit.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException('The vendor did not answer in time', 'TimeoutError')), timeoutMs);
    const forward = () => timeout.abort(request.signal.reason);
    if (request.signal.aborted) forward();
    request.signal.addEventListener('abort', forward, { once: true });
    try {
      const response = await fetch(request, { signal: timeout.signal });
      gate.observe(response);
      return response;
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', forward);
      release();
    }
  };
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface VendorHttp {
  /** GET a path below the base URL and parse the JSON body with `schema`. */
  get<T>(path: string, schema: ZodType<T>, query?: Query): Promise<T>;
}

function cleanQuery(query: Query | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) out[k] = String(v);
  return out;
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Where in the JSON the first problem is, as `data[0].score`. */
export function describeZodPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** The error for an answer that does not fit a schema: its detail (where, then what) stays readable on its own. */
export function changedResponseError(vendorName: string, error: ZodError, secrets: readonly string[]): VendorError {
  const issue = error.issues[0];
  const where = (issue && describeZodPath(issue.path)) || t('vendorErrTheResponse');
  const detail = redact(`${where}: ${issue?.message ?? t('vendorErrUnexpectedShape')}`, secrets);
  return new VendorError('bad_response', redact(t('vendorErrChangedResponse', vendorName, detail), secrets), undefined, undefined, detail);
}

/** "Vendor answered 401", with what the vendor and our advice say after it when there is anything. */
export function answeredMessage(vendorName: string, status: number, detail: string | undefined): string {
  return detail ? t('vendorErrAnsweredDetail', vendorName, String(status), detail) : t('vendorErrAnswered', vendorName, String(status));
}

/**
 * The HTTP path for one connection: every request goes to its base URL, through its gate,
 * under its signal, and no message ever shows its key. A client cannot leave one of them out.
 */
export function createVendorHttp(connection: HttpConnection, vendor: VendorHttpOptions): VendorHttp {
  const options = { ...vendor, baseUrl: connection.baseUrl, secrets: [connection.apiKey, ...(vendor.secrets ?? [])] };
  const api = ky.create({
    headers: { Accept: 'application/json', ...options.headers },
    signal: connection.signal,
    // Never follow a redirect: it would carry the key (X-API-Key and the like) to wherever it points.
    redirect: 'manual',
    fetch: gatedFetch(connection.gate, options.timeoutMs ?? REQUEST_TIMEOUT_MS),
    timeout: false,
    retry: {
      limit: options.retryLimit ?? 2,
      methods: ['get'],
      statusCodes: [429, 503],
      afterStatusCodes: [429, 503],
      maxRetryAfter: MAX_RETRY_AFTER_MS,
      backoffLimit: 2_000,
      // Do not sleep through a long Retry-After: report it and let the engine pause the vendor.
      shouldRetry: ({ error }) => {
        // The gate's own refusal (budget spent, vendor paused) is final for this lookup.
        if (error instanceof VendorError) return false;
        if (!(error instanceof HTTPError)) return undefined;
        const at = retryAtFrom(error.response.headers);
        return at === undefined || at - Date.now() <= MAX_RETRY_AFTER_MS ? undefined : false;
      },
    },
  });

  const fail = (code: VendorErrorCode, message: string, status?: number, retryAt?: number) =>
    new VendorError(code, redact(message, options.secrets), status, retryAt);

  async function toVendorError(error: unknown): Promise<VendorError> {
    if (error instanceof VendorError) return error;
    if (error instanceof HTTPError && isRedirect(error.response)) {
      void error.response.body?.cancel().catch(() => undefined);
      return fail('bad_request', t('vendorErrRedirected', options.vendorName));
    }
    if (error instanceof BodyTooLargeError) {
      const detail = t('vendorErrTooLargeDetail', String(error.maxBytes / (1024 * 1024)));
      return new VendorError('bad_response', t('vendorErrChangedResponse', options.vendorName, detail), undefined, undefined, detail);
    }
    if (error instanceof BodyTimeoutError) {
      return fail('unavailable', t('vendorErrTimeout', options.vendorName, String((options.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000)));
    }
    if (error instanceof HTTPError) {
      const { status } = error.response;
      let body: unknown;
      try {
        const text = await readBody(error.response, {
          maxBytes: MAX_ERROR_BODY_BYTES,
          timeoutMs: ERROR_BODY_TIMEOUT_MS,
          signal: connection.signal,
        });
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      const reading = options.readErrorBody(status, body);
      const code = reading.code ?? codeForStatus(status);
      const retryAt = code === 'rate_limited' ? retryAtFrom(error.response.headers) : undefined;
      return fail(code, answeredMessage(options.vendorName, status, reading.message), status, retryAt);
    }
    if (error instanceof TimeoutError || (error instanceof DOMException && error.name === 'TimeoutError')) {
      return fail('unavailable', t('vendorErrTimeout', options.vendorName, String((options.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000)));
    }
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const reason = error instanceof Error ? error.message : t('vendorErrNetwork');
    return fail('unavailable', t('vendorErrUnreachable', options.vendorName, reason));
  }

  return {
    async get(path, schema, query) {
      let text: string;
      try {
        const response = await api.get(joinUrl(options.baseUrl, path), { searchParams: cleanQuery(query) });
        text = await readBody(response, {
          maxBytes: MAX_BODY_BYTES,
          timeoutMs: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
          signal: connection.signal,
        });
      } catch (error) {
        throw await toVendorError(error);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw fail('bad_response', t('vendorErrNotJson', options.vendorName));
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw changedResponseError(options.vendorName, parsed.error, options.secrets);
      return parsed.data;
    },
  };
}
