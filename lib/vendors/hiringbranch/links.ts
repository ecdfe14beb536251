/**
 * HiringBranch has no email lookup, so a user links candidate ids to an email once and we
 * remember it in the vendor's store under `links`: `Record<email, string[]>`.
 */
import { t } from '../../i18n';
import { z } from '../../zod';
import type { VendorStore } from '../types';
import { isHiringBranchId } from './schemas';

const LINKS_KEY = 'links';
/** Mirrors the Subject's id list limit. */
const MAX_IDS_PER_EMAIL = 50;

const LinksSchema = z.record(z.string(), z.array(z.string()));
export type HiringBranchLinks = z.infer<typeof LinksSchema>;

const emailKey = (email: string) => email.trim().toLowerCase();

async function readLinks(store: VendorStore): Promise<HiringBranchLinks> {
  // A damaged entry must not break lookups: treat it as no links.
  const parsed = LinksSchema.safeParse((await store.get<unknown>(LINKS_KEY)) ?? {});
  return parsed.success ? parsed.data : {};
}

/** Links a candidate id to an email; returns the email's ids afterwards. Throws on a malformed id. */
export async function linkHiringBranchId(store: VendorStore, email: string, id: string): Promise<string[]> {
  const candidateId = id.trim().toLowerCase();
  if (!isHiringBranchId(candidateId)) {
    throw new Error(t('hiringBranchNotAnId', id));
  }
  const links = await readLinks(store);
  const key = emailKey(email);
  const ids = [...new Set([...(links[key] ?? []), candidateId])].slice(-MAX_IDS_PER_EMAIL);
  await store.set(LINKS_KEY, { ...links, [key]: ids });
  return ids;
}

/** Removes a link made by mistake; returns the email's remaining ids. */
export async function unlinkHiringBranchId(store: VendorStore, email: string, id: string): Promise<string[]> {
  const links = await readLinks(store);
  const key = emailKey(email);
  const ids = (links[key] ?? []).filter((x) => x !== id.trim().toLowerCase());
  const next = { ...links, [key]: ids };
  if (!ids.length) delete next[key];
  await store.set(LINKS_KEY, next);
  return ids;
}

/** Every id linked to any of these emails, each once. */
export async function linkedHiringBranchIds(store: VendorStore, emails: readonly string[]): Promise<string[]> {
  const links = await readLinks(store);
  const ids = emails.flatMap((email) => links[emailKey(email)] ?? []).map((id) => id.trim().toLowerCase());
  return [...new Set(ids.filter(isHiringBranchId))];
}

/** id → the email it was linked to (the first, should one id be linked twice), to label results. */
export async function hiringBranchLinkIndex(store: VendorStore): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  for (const [email, ids] of Object.entries(await readLinks(store))) {
    for (const id of ids) if (!index.has(id.trim().toLowerCase())) index.set(id.trim().toLowerCase(), email);
  }
  return index;
}
