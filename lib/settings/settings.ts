/**
 * Settings that are not secret: which vendors are on, their base URLs and own fields, the
 * user's sites, the built-in ATSs switched off, and the cache lifetime. Keys live apart, in ./keys.ts, where only the background reads them.
 */
import { storage } from 'wxt/utils/storage';
import { type VendorId, VendorIdSchema } from '../model';
import { z } from '../zod';

export const VendorSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Empty means the vendor's documented default. */
  baseUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
  fields: z.record(z.string(), z.string().max(2000)).default({}),
});
export type VendorSettings = z.infer<typeof VendorSettingsSchema>;

/** An ATS the user added: its origin, and the URLs on it the content script runs on. */
export const UserSiteSchema = z.object({
  origin: z.url({ protocol: /^https?$/ }),
  /** A match pattern; defaults to every page of the origin. */
  pattern: z.string().min(1).max(500),
});
export type UserSite = z.infer<typeof UserSiteSchema>;

export const SettingsSchema = z.object({
  vendors: z.partialRecord(VendorIdSchema, VendorSettingsSchema).default({}),
  sites: z.array(UserSiteSchema).max(50).default([]),
  cacheTtlMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
  /** Built-in ATSs (adapter ids) the user switched off: no panel, no lookups there. */
  disabledAts: z.array(z.string().max(64)).max(100).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, repairing anything a bad write or an old version left behind. */
export async function loadSettings(): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function vendorSettings(settings: Settings, vendor: VendorId): VendorSettings {
  return settings.vendors[vendor] ?? { enabled: true, baseUrl: '', fields: {} };
}

export async function saveVendorSettings(vendor: VendorId, next: VendorSettings): Promise<void> {
  const settings = await loadSettings();
  await settingsItem.setValue({ ...settings, vendors: { ...settings.vendors, [vendor]: next } });
}
