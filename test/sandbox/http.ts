/** The small request/response shape every vendor's sandbox handler speaks. */
import type { IncomingHttpHeaders } from 'node:http';

/** Which generation of a vendor's docs the sandbox answers as, where two disagree. */
export type Generation = 'new' | 'old';

export interface SandboxRequest {
  method: string;
  generation: Generation;
  /** The sandbox's own origin as the client reached it (for absolute `next` links). */
  origin: string;
  /** Path as the vendor's own host would see it, e.g. `/api/v1/candidates`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface SandboxResponse {
  status: number;
  body?: unknown;
  /** Sent as is (HTML pages, malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export type SandboxHandler = (req: SandboxRequest) => SandboxResponse;

/** One vendor as the sandbox serves it. */
export interface VendorSite {
  /** The vendor's real API host names (the first is the documented default). */
  hosts: string[];
  /** The path of the documented base URL below the host, e.g. `/api/v1`. */
  basePath: string;
  handler: SandboxHandler;
  /** The vendor's own error envelope, for injected faults. */
  errorBody(status: number, message: string): unknown;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): SandboxResponse => ({
  status,
  body,
  headers,
});

/** Opaque cursors that are really offsets: enough to exercise a client's paging. */
export function paginate<T>(rows: T[], query: URLSearchParams, defaultLimit = 20, maxLimit = 100) {
  const limit = Math.min(Math.max(Number(query.get('limit') ?? query.get('page_size') ?? defaultLimit) || defaultLimit, 1), maxLimit);
  const cursor = query.get('cursor');
  const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString('utf8').replace(/^o=/, '')) || 0 : 0;
  const page = rows.slice(offset, offset + limit);
  const nextOffset = offset + limit < rows.length ? offset + limit : undefined;
  const nextCursor = nextOffset === undefined ? null : Buffer.from(`o=${nextOffset}`).toString('base64url');
  return { page, limit, nextCursor, total: rows.length };
}
