/**
 * Settings an administrator pushes through browser policy (`storage.managed`): vendors on or
 * off, their keys, base URLs and own fields. Chrome validates the policy against
 * public/managed_schema.json; Firefox reads a managed storage manifest or `policies.json`
 * "3rdparty" data without a schema. Managed values win over the user's and are locked in options.
 *
 * Read per call (managed storage is a cheap local read), so a changed policy applies at once.
 * Background only: the keys in it never leave the background.
 */
import { browser } from 'wxt/browser';
import { type VendorId, VendorIdSchema } from '../model';
import { z } from '../zod';
import type { VendorSettings } from './settings';

const FIELD_SCHEMAS = {
  enabled: z.boolean(),
  apiKey: z.string().trim().min(1).max(500),
  baseUrl: z.url({ protocol: /^https?$/ }),
} as const;
const FieldValueSchema = z.string().max(2000);

/** What policy sets for one vendor; absent means the user's value stands. */
export interface ManagedVendor {
  enabled?: boolean;
  apiKey?: string;
  baseUrl?: string;
  fields: Record<string, string>;
}

export type ManagedPolicy = Partial<Record<VendorId, ManagedVendor>>;

/** Which of a vendor's values policy sets (and the user may not change). */
export interface LockedFields {
  enabled?: boolean;
  apiKey?: boolean;
  baseUrl?: boolean;
  fields?: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Names the field, never its value: a bad value may be a key.
const ignore = (path: string, why: string) => console.warn(`Scorelens: ignoring managed policy ${path}: ${why}`);

/** Keeps every valid value of a raw policy and warns about (then drops) each bad one. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const policy: ManagedPolicy = {};
  if (!isRecord(raw) || raw.vendors === undefined) return policy;
  if (!isRecord(raw.vendors)) {
    ignore('vendors', 'not an object');
    return policy;
  }
  for (const [id, value] of Object.entries(raw.vendors)) {
    const vendor = VendorIdSchema.safeParse(id);
    if (!vendor.success) {
      ignore(`vendors.${id}`, 'unknown vendor');
      continue;
    }
    if (!isRecord(value)) {
      ignore(`vendors.${id}`, 'not an object');
      continue;
    }
    const managed: ManagedVendor = { fields: {} };
    for (const name of ['enabled', 'apiKey', 'baseUrl'] as const) {
      if (value[name] === undefined) continue;
      const parsed = FIELD_SCHEMAS[name].safeParse(value[name]);
      if (parsed.success) Object.assign(managed, { [name]: parsed.data });
      else ignore(`vendors.${id}.${name}`, parsed.error.issues[0]?.message ?? 'invalid');
    }
    if (value.fields !== undefined) {
      if (!isRecord(value.fields)) ignore(`vendors.${id}.fields`, 'not an object');
      else
        for (const [field, fieldValue] of Object.entries(value.fields)) {
          const parsed = FieldValueSchema.safeParse(fieldValue);
          if (parsed.success) managed.fields[field] = parsed.data;
          else ignore(`vendors.${id}.fields.${field}`, parsed.error.issues[0]?.message ?? 'invalid');
        }
    }
    policy[vendor.data] = managed;
  }
  return policy;
}

/** The policy in force; none when no policy is set or the browser has no managed storage. */
export async function loadManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    // Rejects when no policy (Chrome) or no managed manifest (Firefox) exists: nothing managed.
    raw = await browser.storage?.managed?.get(null);
  } catch {
    return {};
  }
  return parseManagedPolicy(raw);
}

/** The user's settings with every managed value put over them. */
export function mergeVendorSettings(user: VendorSettings, managed: ManagedVendor | undefined): VendorSettings {
  if (!managed) return user;
  return {
    enabled: managed.enabled ?? user.enabled,
    baseUrl: managed.baseUrl ?? user.baseUrl,
    fields: { ...user.fields, ...managed.fields },
  };
}

export function lockedFields(managed: ManagedVendor | undefined): LockedFields {
  if (!managed) return {};
  const locked: LockedFields = {};
  if (managed.enabled !== undefined) locked.enabled = true;
  if (managed.apiKey !== undefined) locked.apiKey = true;
  if (managed.baseUrl !== undefined) locked.baseUrl = true;
  const fields = Object.keys(managed.fields);
  if (fields.length) locked.fields = fields;
  return locked;
}

/** The name of the first locked value a save would change, if any. */
export function lockedChange(
  managed: ManagedVendor | undefined,
  next: { enabled: boolean; baseUrl: string; apiKey?: string; fields: Record<string, string> },
): string | undefined {
  if (!managed) return undefined;
  if (managed.enabled !== undefined && next.enabled !== managed.enabled) return 'Enabled';
  if (managed.baseUrl !== undefined && next.baseUrl !== managed.baseUrl) return 'Base URL';
  // Any key sent (even the same one) would be a change: options never sends a locked key.
  if (managed.apiKey !== undefined && next.apiKey !== undefined) return 'API key';
  return Object.keys(managed.fields).find((f) => f in next.fields && next.fields[f] !== managed.fields[f]);
}

/** What a save stores as the user's own: where policy locks a value, the user's stays as it was. */
export function userPartOf(user: VendorSettings, next: VendorSettings, managed: ManagedVendor | undefined): VendorSettings {
  if (!managed) return next;
  const fields = { ...next.fields };
  for (const field of Object.keys(managed.fields)) {
    if (field in user.fields) fields[field] = user.fields[field] ?? '';
    else delete fields[field];
  }
  return {
    enabled: managed.enabled !== undefined ? user.enabled : next.enabled,
    baseUrl: managed.baseUrl !== undefined ? user.baseUrl : next.baseUrl,
    fields,
  };
}
