import type { VendorId } from '../model';
import { vendorStore } from '../settings/vendorStore';
import { getKey } from '../settings/keys';
import { type LockedFields, loadManagedPolicy, lockedFields, type ManagedVendor, mergeVendorSettings } from '../settings/managed';
import { loadSettings, type VendorSettings, vendorSettings } from '../settings/settings';
import { vendorById } from '../vendors';
import type { VendorConnection } from '../vendors/types';

export interface EffectiveVendor {
  /** The user's settings with the administrator's policy over them. */
  settings: VendorSettings;
  /** The policy's key if it sets one, else the user's. Background only. */
  apiKey: string | undefined;
  managed: ManagedVendor | undefined;
  locked: LockedFields;
}

/** A vendor's settings and key as they apply: managed values win over the user's. */
export async function effectiveVendor(vendor: VendorId): Promise<EffectiveVendor> {
  const [settings, policy, userKey] = await Promise.all([loadSettings(), loadManagedPolicy(), getKey(vendor)]);
  const managed = policy[vendor];
  return {
    settings: mergeVendorSettings(vendorSettings(settings, vendor), managed),
    apiKey: managed?.apiKey ?? userKey,
    managed,
    locked: lockedFields(managed),
  };
}

/** Builds a vendor's connection from settings and its key; undefined when not usable. */
export async function connectionFor(vendor: VendorId, signal?: AbortSignal): Promise<Omit<VendorConnection, 'gate'> | undefined> {
  const client = vendorById(vendor);
  if (!client) return undefined;
  const { settings, apiKey } = await effectiveVendor(vendor);
  if (!settings.enabled || !apiKey) return undefined;
  return { baseUrl: settings.baseUrl || client.defaultBaseUrl, apiKey, fields: settings.fields, store: vendorStore(vendor), signal };
}
