/**
 * Identifiers the recruiter marked "Not this person" for one ATS candidate: never looked up for
 * that candidate again, until unmarked or "Forget all". Candidate data, so it lives where no
 * content script reads it (see ./storage.ts).
 */
import type { AtsContext } from '../model';
import { z } from '../zod';
import { areaOf, STORED_ITEMS } from './storage';

const ITEM = STORED_ITEMS.notThisPerson;
/** Enough candidates for months of work; the least recently changed go first. */
const MAX_CANDIDATES = 2_000;
const MAX_PER_CANDIDATE = 50;

const StoredSchema = z.record(z.string(), z.array(z.string().max(300)).max(MAX_PER_CANDIDATE));

/** The ATS candidate an identifier was rejected for; undefined for a subject with no ATS id (the popup's). */
export function candidateKeyOf(ats: AtsContext | undefined): string | undefined {
  const id = ats?.candidateId ?? ats?.applicationId;
  return ats && id ? `${ats.ats}:${id}` : undefined;
}

async function readAll(): Promise<Record<string, string[]>> {
  const parsed = StoredSchema.safeParse((await areaOf(ITEM).get(ITEM.key)) ?? {});
  return parsed.success ? parsed.data : {};
}

/** The rejected identifiers (`kind:value`) of an ATS candidate. */
export async function notThisPerson(ats: AtsContext | undefined): Promise<string[]> {
  const key = candidateKeyOf(ats);
  return key ? ((await readAll())[key] ?? []) : [];
}

/** Marks or unmarks one identifier (`kind:value`) for an ATS candidate; returns the candidate's marks. */
export async function setNotThisPerson(ats: AtsContext, identifier: string, rejected: boolean): Promise<string[]> {
  const key = candidateKeyOf(ats);
  if (!key) return [];
  const all = await readAll();
  const current = (all[key] ?? []).filter((i) => i !== identifier);
  const next = rejected ? [...current, identifier].slice(-MAX_PER_CANDIDATE) : current;
  delete all[key];
  if (next.length) all[key] = next;
  const kept = Object.entries(all).slice(-MAX_CANDIDATES);
  await areaOf(ITEM).set(ITEM.key, Object.fromEntries(kept));
  return next;
}
