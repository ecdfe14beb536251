/**
 * Asks every enabled vendor that can answer a subject, in parallel. Each vendor's failure
 * is its own outcome; it never hides another vendor's results.
 */
import { AssessmentResultSchema, PartialAnswerSchema, type Subject, type VendorId, type VendorOutcome } from '../model';
import { t } from '../i18n';
import { VendorError } from '../vendors/errors';
import type { LookupAnswer, VendorClient, VendorConnection } from '../vendors/types';

export interface LookupDeps {
  vendors: readonly VendorClient[];
  /** The vendor's connection, or undefined when it is disabled or has no key. */
  connectionFor(vendor: VendorId): Promise<VendorConnection | undefined>;
  now?: () => number;
}

export async function lookupVendor(vendor: VendorClient, subject: Subject, deps: LookupDeps): Promise<VendorOutcome> {
  const connection = await deps.connectionFor(vendor.id);
  if (!connection) return { state: 'not_configured', vendor: vendor.id };
  return outcomeOf(vendor, () => vendor.lookup(subject, connection), deps.now);
}

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/** Runs a vendor read and turns whatever happens into that vendor's outcome. Aborts propagate. */
export async function outcomeOf(
  vendor: VendorClient,
  read: () => Promise<LookupAnswer>,
  now: () => number = Date.now,
): Promise<VendorOutcome> {
  try {
    const answer = await read();
    const raw = Array.isArray(answer) ? answer : answer.results;
    const partial = Array.isArray(answer) ? undefined : answer.partial && PartialAnswerSchema.parse(answer.partial);
    const results = raw.map((r) => AssessmentResultSchema.parse(r));
    if (results.length === 0) return { state: 'no_match', vendor: vendor.id, fetchedAt: now(), ...(partial ? { partial } : {}) };
    return { state: 'results', vendor: vendor.id, results, fetchedAt: now(), ...(partial ? { partial } : {}) };
  } catch (error) {
    if (isAbort(error)) throw error;
    if (error instanceof VendorError) return { state: 'error', vendor: vendor.id, error: error.toInfo() };
    // A bug of ours, not the vendor's: say so without leaking details.
    return {
      state: 'error',
      vendor: vendor.id,
      error: { code: 'bad_response', message: t('lookupResultsUnreadable', vendor.name) },
    };
  }
}
