import type { VendorId } from '../model';
import { hiringbranch } from './hiringbranch';
import { hrflow } from './hrflow';
import { nova } from './nova';
import { praxicraft } from './praxicraft';
import { talentscreen } from './talentscreen';
import type { VendorClient } from './types';

/** Every vendor the extension knows, in the order the panel shows them. */
export const VENDORS: readonly VendorClient[] = [hiringbranch, talentscreen, praxicraft, hrflow, nova];

export function vendorById(id: VendorId): VendorClient | undefined {
  return VENDORS.find((v) => v.id === id);
}
