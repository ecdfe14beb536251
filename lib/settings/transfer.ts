/**
 * Settings export and import as JSON. An export carries everything that is not secret
 * (vendors' switches, base URLs and fields, the user's sites, the built-in ATSs switched off,
 * the cache lifetime) and the keys only when the user asks. An import is validated whole
 * with `SettingsExportSchema`: every bad field is named, and nothing applies unless all of
 * it is valid. No React, no browser state: options and the background both use this.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ATS_ADAPTERS } from '../ats';
import { t } from '../i18n';
import { type VendorId, VendorIdSchema } from '../model';
import { z } from '../zod';
import type { Settings } from './settings';

export const SETTINGS_EXPORT_FORMAT = 'scorelens-settings';
export const SETTINGS_EXPORT_VERSION = 1;

// Messages are functions: zod calls them at parse time, in whichever context parses.
const TTL_ERROR = { error: () => t('cacheTtlInvalid') };
const MUST_BE_TEXT = { error: () => t('importMustBeText') };
export const CacheTtlMinutesSchema = z
  .number(TTL_ERROR)
  .int(TTL_ERROR)
  .min(0, TTL_ERROR)
  .max(24 * 60, TTL_ERROR);

const isHttpUrl = (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

const ExportVendorSchema = z.strictObject({
  enabled: z.boolean({ error: () => t('importMustBeBoolean') }),
  baseUrl: z.string(MUST_BE_TEXT).refine((v) => v === '' || isHttpUrl(v), { error: () => t('importBaseUrlInvalid') }),
  fields: z.record(z.string(), z.string(MUST_BE_TEXT).max(2000)),
});

const isMatchPattern = (pattern: string) => {
  try {
    new MatchPattern(pattern);
    return true;
  } catch {
    return false;
  }
};

const ExportSiteSchema = z.strictObject({
  origin: z.string(MUST_BE_TEXT).refine(isHttpUrl, { error: () => t('importSiteInvalid') }),
  pattern: z
    .string(MUST_BE_TEXT)
    .min(1)
    .max(500)
    .refine(isMatchPattern, { error: () => t('importPatternInvalid') }),
});

const ATS_IDS = ATS_ADAPTERS.map((a) => a.id);

export const SettingsExportSchema = z.strictObject({
  format: z.literal(SETTINGS_EXPORT_FORMAT, { error: () => t('importNotSettingsFile', SETTINGS_EXPORT_FORMAT) }),
  version: z.literal(SETTINGS_EXPORT_VERSION, { error: () => t('importUnsupportedVersion', String(SETTINGS_EXPORT_VERSION)) }),
  exportedAt: z.string().max(64).optional(),
  vendors: z.partialRecord(VendorIdSchema, ExportVendorSchema),
  sites: z.array(ExportSiteSchema).max(50),
  cacheTtlMinutes: CacheTtlMinutesSchema,
  disabledAts: z.array(z.string().refine((id) => ATS_IDS.includes(id), { error: () => t('importUnknownAts', ATS_IDS.join(', ')) })),
  /** Present only when the user asked to include keys. */
  keys: z
    .partialRecord(
      VendorIdSchema,
      z
        .string(MUST_BE_TEXT)
        .trim()
        .min(1, { error: () => t('importEmptyKey') })
        .max(500),
    )
    .optional(),
});
export type SettingsExport = z.infer<typeof SettingsExportSchema>;

/** One reason an import was refused: where in the file, and what is wrong there. */
export interface ImportProblem {
  path: string;
  message: string;
}

export type ImportResult = { ok: true; data: SettingsExport } | { ok: false; problems: ImportProblem[] };

/** The export of `settings`; `keys` only when the user asked to include them. */
export function buildExport(settings: Settings, keys?: Partial<Record<VendorId, string>>, now = new Date()): SettingsExport {
  const exported: SettingsExport = {
    format: SETTINGS_EXPORT_FORMAT,
    version: SETTINGS_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    vendors: settings.vendors,
    sites: settings.sites,
    cacheTtlMinutes: settings.cacheTtlMinutes,
    disabledAts: settings.disabledAts,
  };
  const present = Object.entries(keys ?? {}).filter(([, key]) => Boolean(key));
  if (keys) exported.keys = Object.fromEntries(present);
  return exported;
}

export function serialiseExport(exported: SettingsExport): string {
  return `${JSON.stringify(exported, null, 2)}\n`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(file)';
}

/** Parses and validates an import file's text; every problem found, or the settings to apply. */
export function parseSettingsImport(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '(file)', message: t('importNotJson', error instanceof Error ? error.message : String(error)) }],
    };
  }
  const parsed = SettingsExportSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: pathOf(issue.path),
      message: issue.code === 'unrecognized_keys' ? t('importUnknownFields', issue.keys.join(', ')) : issue.message,
    })),
  };
}

/** The settings an import makes: it replaces every non-secret setting. */
export function settingsFromImport(data: SettingsExport): Settings {
  return { vendors: data.vendors, sites: data.sites, cacheTtlMinutes: data.cacheTtlMinutes, disabledAts: data.disabledAts };
}

/** The match patterns an import needs the user's permission for: its sites and its custom base URLs' hosts. */
export function importPermissionOrigins(data: SettingsExport): string[] {
  const origins = data.sites.map((s) => s.pattern);
  for (const vendor of Object.values(data.vendors)) {
    if (!vendor.baseUrl) continue;
    const url = new URL(vendor.baseUrl);
    origins.push(`${url.protocol}//${url.hostname}/*`);
  }
  return [...new Set(origins)];
}
