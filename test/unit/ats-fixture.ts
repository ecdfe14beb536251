/** Saved ATS pages, parsed as a browser would. Read from disk: happy-dom's URL is not the file's. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures/ats');

export const fixtureHtml = (ats: string, file: string) => readFileSync(join(FIXTURES, ats, file), 'utf8');

export const fixturePage = (ats: string, file: string) => new DOMParser().parseFromString(fixtureHtml(ats, file), 'text/html');

export const fixtureFiles = (ats: string) => (existsSync(join(FIXTURES, ats)) ? readdirSync(join(FIXTURES, ats)) : []);

/** What a subject looks up, without where each was found or what is only offered (identity-report.test.ts checks those). */
export function lookedUp<T extends { sources?: unknown; offers?: unknown }>(
  subject: T | undefined,
): Omit<T, 'sources' | 'offers'> | undefined {
  if (!subject) return undefined;
  const copy = { ...subject };
  delete copy.sources;
  delete copy.offers;
  return copy;
}
