import type { VendorErrorCode, VendorErrorInfo } from '../model';

/** A vendor call that failed in a way a person can act on. Never carries a key. */
export class VendorError extends Error {
  constructor(
    readonly code: VendorErrorCode,
    message: string,
    readonly status?: number,
    readonly retryAt?: number,
    /** For `bad_response`: the technical detail alone (where, then what), whatever language the message is in. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'VendorError';
  }

  toInfo(): VendorErrorInfo {
    return {
      code: this.code,
      message: this.message,
      status: this.status,
      retryAt: this.retryAt,
      ...(this.detail ? { detail: this.detail } : {}),
    };
  }
}

/** Masks every secret in a text; vendors sometimes echo the key back ("Invalid secret key: …"). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('••••');
  }
  return out;
}

/** The code a status means when the vendor's envelope says nothing more specific. */
export function codeForStatus(status: number): VendorErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'unavailable';
  return 'bad_request';
}

/** Reads `Retry-After` (seconds or HTTP date) into epoch ms; undefined when absent or unreadable. */
export function retryAtFrom(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return now + Math.max(0, seconds) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
}
