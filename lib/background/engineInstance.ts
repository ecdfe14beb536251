/** The background's one lookup engine, with its state in session storage. */
import { sessionArea } from '../lookup/area';
import { LookupEngine } from '../lookup/engine';
import { loadSettings } from '../settings/settings';
import { VENDORS } from '../vendors';
import { connectionFor } from './connections';
import { recordVendorCall } from './lastCalls';

let engine: LookupEngine | undefined;

export function lookupEngine(): LookupEngine {
  engine ??= new LookupEngine({
    vendors: VENDORS,
    connectionFor: (vendor) => connectionFor(vendor),
    area: sessionArea(),
    cacheTtlMs: async () => (await loadSettings()).cacheTtlMinutes * 60_000,
    onVendorCall: (outcome) => void recordVendorCall(outcome),
  });
  return engine;
}
