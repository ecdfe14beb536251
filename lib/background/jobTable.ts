/** The job table's messages: a row's outcomes, and what "Look up all" would cost before it starts. */
import type { Browser } from 'wxt/browser';
import { type VendorCost, vendorCost } from '../jobTable/cost';
import type { Subject, VendorOutcome } from '../model';
import { VENDORS } from '../vendors';
import { connectionFor } from './connections';
import { lookupEngine } from './engineInstance';
import { pageGoneSignal } from './tabSignal';

/**
 * One row's outcomes; like a list chip's lookup, it stops when its page goes. No polls: a result
 * still being scored shows as pending at once instead of holding the row.
 */
export async function jobTableRow(subject: Subject, sender: Browser.runtime.MessageSender): Promise<{ outcomes: VendorOutcome[] }> {
  const page = pageGoneSignal(sender.tab?.id);
  try {
    return { outcomes: await lookupEngine().lookup(subject, { signal: page.signal, noPolls: true }) };
  } finally {
    page.done();
  }
}

/**
 * Per configured vendor: the identifier lookups these subjects need that the cache does not
 * answer, the requests they take, and what the vendor's gate has left now and when it refills.
 */
export async function lookupAllCost(subjects: readonly Subject[]): Promise<{ vendors: VendorCost[] }> {
  const engine = lookupEngine();
  const vendors: VendorCost[] = [];
  for (const vendor of VENDORS) {
    const connection = await connectionFor(vendor.id);
    if (!connection) continue;
    let lookups = 0;
    for (const subject of subjects) if (vendor.canAnswer(subject)) lookups += await engine.uncachedLookups(vendor, subject);
    const budget = await engine.gateFor(vendor, connection.fields).budget();
    vendors.push(vendorCost(vendor.id, lookups, budget));
  }
  return { vendors };
}
