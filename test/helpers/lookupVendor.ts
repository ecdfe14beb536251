/** One vendor's lookup as the engine records it (results, no match or a clear error), without the engine's cache or gate. */
import { outcomeOf } from '@/lib/lookup/outcomeOf';
import type { Subject, VendorOutcome } from '@/lib/model';
import type { VendorClient, VendorConnection } from '@/lib/vendors/types';

export const lookupVendor = (vendor: VendorClient, subject: Subject, connection: VendorConnection): Promise<VendorOutcome> =>
  outcomeOf(vendor, () => vendor.lookup(subject, connection));
