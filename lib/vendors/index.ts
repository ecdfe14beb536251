import type { VendorId } from '../model';
import { talentscreen } from './talentscreen';
import type { VendorClient } from './types';

/** Every vendor the extension knows, in the order the panel shows them. */
export const VENDORS: readonly VendorClient[] = [talentscreen];

export function vendorById(id: VendorId): VendorClient | undefined {
  return VENDORS.find((v) => v.id === id);
}
