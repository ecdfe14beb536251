/**
 * One vendor's read turned into that vendor's outcome: results, no match or a clear error.
 * Each vendor's failure is its own outcome; it never hides another vendor's results.
 */
import { AssessmentResultSchema, PartialAnswerSchema, type VendorOutcome } from '../model';
import { t } from '../i18n';
import { VendorError } from '../vendors/errors';
import type { LookupAnswer, VendorClient } from '../vendors/types';

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
    const unsearched = !Array.isArray(answer) && answer.unsearched === true;
    if (results.length === 0) {
      return {
        state: 'no_match',
        vendor: vendor.id,
        fetchedAt: now(),
        ...(partial ? { partial } : {}),
        ...(unsearched ? { unsearched } : {}),
      };
    }
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
