/**
 * Dweet Nova Embed API (AI scoring; its API reference and public docs).
 * The ATS's job id + application id → GET jobs/{jobId}/applications/{applicationId}/score.
 * Reads only: creating scoring jobs or batches is billed and never done here.
 */
import { type MessageKey, messageKey, t, tMarked } from '../../i18n';
import { type Subject, VENDOR_NAMES } from '../../model';
import { VendorError } from '../errors';
import { createVendorHttp, type EnvelopeReading, type VendorHttp } from '../http';
import { numberFrom } from '../normalise';
import type { VendorClient, VendorConnection } from '../types';
import {
  isNovaPending,
  NOVA_MAX_POLLS,
  NOVA_POLL_INTERVAL_MS,
  type NovaBatch,
  normaliseNovaBatch,
  normaliseNovaJob,
  viewOfScoreResponse,
} from './normalise';
import { NovaErrorSchema, NovaRateLimitStatusSchema, NovaScoreResponseSchema, NovaScoringBatchResponseSchema } from './schemas';

export * from './normalise';
export * from './schemas';

const NAME = VENDOR_NAMES.nova;
/** Printable ASCII without leading/trailing spaces: anything else cannot travel in a header. */
const TENANT_PATTERN = /^[\x21-\x7e](?:[\x20-\x7e]{0,198}[\x21-\x7e])?$/;

/** What a person should do about each of Nova's codes (the docs' own advice, in a recruiter's words). */
const ADVICE: Record<string, { code: EnvelopeReading['code']; advice?: MessageKey }> = {
  UNAUTHORIZED: { code: 'unauthorized', advice: messageKey('novaAdviceUnauthorized') },
  FORBIDDEN: { code: 'forbidden', advice: messageKey('novaAdviceForbidden') },
  VALIDATION_ERROR: { code: 'bad_request' },
  APPLICATION_NOT_FOUND: { code: 'not_found', advice: messageKey('novaAdviceApplicationNotFound') },
  SCORING_JOB_NOT_FOUND: { code: 'not_found', advice: messageKey('novaAdviceScoringJobNotFound') },
  BATCH_NOT_FOUND: { code: 'not_found', advice: messageKey('novaAdviceBatchNotFound') },
  RATE_LIMITED: { code: 'rate_limited', advice: messageKey('novaAdviceRateLimited') },
};

/** Nova's RFC 7807 body → our code and a message that carries the trace id for Nova's support. */
export function readNovaError(status: number, body: unknown): EnvelopeReading {
  const parsed = NovaErrorSchema.safeParse(body);
  if (!parsed.success) return {};
  const { code, message, traceId, details } = parsed.data;
  const known = code ? ADVICE[code] : undefined;
  const fields = (details ?? []).map((d) => d.field).filter((f): f is string => !!f);
  let advice = known?.advice && tMarked(known.advice);
  if (code === 'VALIDATION_ERROR') {
    advice = fields.some((f) => /tenant/i.test(f))
      ? t('novaAdviceTenant')
      : fields.length
        ? t('novaRejectedFields', fields.join(', '))
        : undefined;
  } else if (status === 403 && !known) {
    advice = t('novaAdviceForbidden');
  }
  const sentences = [message?.trim().replace(/\.$/, ''), advice].filter(Boolean).join('. ');
  // The code and trace id let Nova's support find the request.
  const ref = [code, traceId ? t('novaTraceId', traceId) : undefined].filter(Boolean).join(', ');
  const text = [sentences, ref ? `(${ref})` : ''].filter(Boolean).join(' ');
  return { code: known?.code, message: text || undefined };
}

/** The tenant id, checked before any request: without it Nova cannot know whose data to read. */
function tenantOf(connection: VendorConnection): string {
  const tenant = connection.fields.tenantId?.trim() ?? '';
  if (!tenant) {
    throw new VendorError('bad_request', t('novaNeedsTenant', NAME));
  }
  if (!TENANT_PATTERN.test(tenant)) {
    throw new VendorError('bad_request', t('novaTenantUnsendable', NAME));
  }
  return tenant;
}

/**
 * One HTTP client per call, so the vendor's own error code (APPLICATION_NOT_FOUND vs a wrong
 * path's 404) can be told apart after the request fails.
 */
function http(connection: VendorConnection, tenant: string | undefined, seen?: { code?: string }): VendorHttp {
  return createVendorHttp(connection, {
    vendorName: NAME,
    headers: { Authorization: `Bearer ${connection.apiKey}`, ...(tenant ? { 'X-Tenant-Id': tenant } : {}) },
    readErrorBody: (status, body) => {
      if (seen) seen.code = NovaErrorSchema.safeParse(body).data?.code ?? undefined;
      return readNovaError(status, body);
    },
  });
}

const idsOf = (subject: Subject) => {
  const jobId = subject.ats?.jobId?.trim();
  const applicationId = subject.ats?.applicationId?.trim();
  return jobId && applicationId ? { jobId, applicationId } : undefined;
};

/** The scoring batch as Nova reports it (not needed by lookup; here for the engine and tools). */
export async function readNovaScoringBatch(connection: VendorConnection, jobId: string, batchId: string): Promise<NovaBatch> {
  const api = http(connection, tenantOf(connection));
  const enc = encodeURIComponent;
  const body = await api.get(`jobs/${enc(jobId)}/scoring-batches/${enc(batchId)}`, NovaScoringBatchResponseSchema);
  return normaliseNovaBatch(body);
}

export const nova: VendorClient = {
  id: 'nova',
  name: NAME,
  defaultBaseUrl: 'https://embed.nova.dweet.com/v1',
  keyHint: messageKey('keyHintNova'),
  fields: [{ name: 'tenantId', label: messageKey('fieldNovaTenantId'), required: true, hint: messageKey('fieldNovaTenantIdHint') }],
  canAnswer: (subject) => idsOf(subject) !== undefined,
  // Nova allows 20 reads/s per key, shared with the integrator's own server using that key: take half.
  limits: { concurrency: 4, perSecond: 10 },
  subjectParts: ['ats'],
  poll: { intervalMs: NOVA_POLL_INTERVAL_MS, maxPolls: NOVA_MAX_POLLS, isPending: isNovaPending },
  async lookup(subject, connection) {
    const tenant = tenantOf(connection);
    const ids = idsOf(subject);
    if (!ids) return [];
    const seen: { code?: string } = {};
    const enc = encodeURIComponent;
    try {
      const body = await http(connection, tenant, seen).get(
        `jobs/${enc(ids.jobId)}/applications/${enc(ids.applicationId)}/score`,
        NovaScoreResponseSchema,
      );
      return [normaliseNovaJob(viewOfScoreResponse(body))];
    } catch (error) {
      // Nova's "never scored" is an answer, not a failure.
      if (error instanceof VendorError && error.status === 404 && seen.code === 'APPLICATION_NOT_FOUND') return [];
      throw error;
    }
  },
  async testConnection(connection) {
    tenantOf(connection);
    // The cheapest read: no tenant header, and it spends no read tokens.
    const status = await http(connection, undefined).get('rate-limit-status', NovaRateLimitStatusSchema);
    const reads = status.buckets?.read_and_ops ?? status.read_and_ops;
    const remaining = numberFrom(reads?.remaining);
    const limit = numberFrom(reads?.limit);
    const details = [
      status.environment ? t('novaEnvironment', status.environment.toLowerCase()) : undefined,
      remaining !== undefined && limit !== undefined ? t('novaReadsLeft', String(remaining), String(limit)) : undefined,
    ].filter(Boolean);
    return details.length ? t('novaKeyAcceptedDetails', details.join('; ')) : t('vendorKeyAccepted');
  },
};
