/**
 * Settings that are not secret: which vendors are on, their base URLs and own fields, the
 * user's sites, the built-in ATSs switched off, and the cache lifetime. Keys live apart, in ./keys.ts, where only the background reads them.
 */
import { type VendorId, VendorIdSchema } from '../model';
import { z } from '../zod';
import { settingsItem } from './storage';

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
  sites: z.array(UserSiteSchema).default([]),
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

/** How many sites a user may add (checked when one is added: more would make options unwieldy). */
export const MAX_USER_SITES = 50;

export { settingsItem };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Settings from whatever is stored, field by field: a bad value (damaged, or written by another
 * version) falls back alone, never taking the other settings with it. Sites are kept one by
 * one and never cut at the limit, so options can still show (and remove) every one.
 */
export function readSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const vendors: Settings['vendors'] = {};
  if (isRecord(raw.vendors)) {
    for (const [id, value] of Object.entries(raw.vendors)) {
      const vendor = VendorIdSchema.safeParse(id);
      const parsed = VendorSettingsSchema.safeParse(value);
      if (vendor.success && parsed.success) vendors[vendor.data] = parsed.data;
    }
  }
  const sites = Array.isArray(raw.sites) ? raw.sites.flatMap((site) => UserSiteSchema.safeParse(site).data ?? []) : [];
  const ttl = SettingsSchema.shape.cacheTtlMinutes.safeParse(raw.cacheTtlMinutes);
  const disabledAts = Array.isArray(raw.disabledAts)
    ? raw.disabledAts.filter((id): id is string => typeof id === 'string' && id.length <= 64)
    : [];
  return {
    vendors,
    sites: [...new Map(sites.map((site) => [site.origin, site])).values()],
    cacheTtlMinutes: ttl.success ? ttl.data : DEFAULT_SETTINGS.cacheTtlMinutes,
    disabledAts: [...new Set(disabledAts)].slice(0, 100),
  };
}

/** Reads settings, repairing anything a bad write or an old version left behind. */
export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

let updates: Promise<unknown> = Promise.resolve();

/**
 * The one way to change settings: read, change, write, one update at a time, so two changes
 * at once (options and an import, two quick clicks) never undo each other. `change` may throw
 * to refuse (e.g. a limit); nothing is written then.
 */
export function updateSettings<T = void>(
  change: (settings: Settings) => Settings | Promise<Settings>,
  result?: (next: Settings) => T,
): Promise<T> {
  const update = updates.then(async () => {
    const next = readSettings(await change(await loadSettings()));
    await settingsItem.setValue(next);
    return result ? result(next) : (undefined as T);
  });
  updates = update.catch(() => undefined);
  return update;
}

export function vendorSettings(settings: Settings, vendor: VendorId): VendorSettings {
  return settings.vendors[vendor] ?? { enabled: true, baseUrl: '', fields: {} };
}

export async function saveVendorSettings(vendor: VendorId, next: VendorSettings): Promise<void> {
  await updateSettings((settings) => ({ ...settings, vendors: { ...settings.vendors, [vendor]: next } }));
}
