/**
 * Reading a vendor's answer without trusting it: at most `maxBytes` (a declared or actual body
 * past that is refused, not parsed) and within `timeoutMs` of the headers (a body that stalls
 * after its headers does not hang the lookup; nothing else times the body when the engine's
 * gate is not in the way, e.g. Test connection).
 */

/**
 * The largest answer read. The biggest documented page (100 rows with details) is a few hundred
 * KB; the clients cap what they keep of a runaway answer (rows per candidate, list items), so a
 * 10 MB answer still shows; past 16 MB it is no vendor answer worth parsing in a service worker.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** An error answer is read only for the vendor's message. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;
export const ERROR_BODY_TIMEOUT_MS = 2_000;

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`The response is larger than ${maxBytes} bytes`);
  }
}

export class BodyTimeoutError extends Error {
  override name = 'BodyTimeoutError';
}

export interface ReadBodyOptions {
  maxBytes: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** `read()` unless the deadline passes or the signal aborts first. */
function readBefore<T>(read: Promise<T>, deadline: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BodyTimeoutError('The response body stalled')), Math.max(0, deadline - Date.now()));
    const onAbort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    read.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    });
  });
}

/** The body as text, within the size cap and the time limit. */
export async function readBody(response: Response, { maxBytes, timeoutMs, signal }: ReadBodyOptions): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const deadline = Date.now() + timeoutMs;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    // Bounded: every read but the last brings bytes, and past maxBytes it stops.
    for (let reads = 0; reads <= maxBytes; reads++) {
      const { done, value } = await readBefore(reader.read(), deadline, signal);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new BodyTooLargeError(maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** A redirect answer, as fetch gives it with `redirect: 'manual'` (opaque in browsers, 3xx in Node). */
export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}
