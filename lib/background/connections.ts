import type { VendorId } from '../model';
import { vendorStore } from '../settings/vendorStore';
import { getKey } from '../settings/keys';
import { loadSettings, vendorSettings } from '../settings/settings';
import { vendorById } from '../vendors';
import type { VendorConnection } from '../vendors/types';

/** Builds a vendor's connection from settings and its key; undefined when not usable. */
export async function connectionFor(vendor: VendorId, signal?: AbortSignal): Promise<VendorConnection | undefined> {
  const client = vendorById(vendor);
  if (!client) return undefined;
  const settings = vendorSettings(await loadSettings(), vendor);
  const apiKey = await getKey(vendor);
  if (!settings.enabled || !apiKey) return undefined;
  return { baseUrl: settings.baseUrl || client.defaultBaseUrl, apiKey, fields: settings.fields, store: vendorStore(vendor), signal };
}
