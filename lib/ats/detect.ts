/**
 * Detection's entry: which adapter a URL belongs to. Candidate detection lives in
 * candidateDetection.ts, list detection in listDetection.ts; both are re-exported here.
 */
import { ATS_ADAPTERS } from './index';
import { compilePattern, type UrlTest } from './matchPattern';
import type { AtsAdapter } from './types';

export { detectSubject, findIdentifiers } from './candidateDetection';
export { detectInRoots, detectList, type DetectedList, type ListRow } from './listDetection';

const patterns = new Map<string, UrlTest>();

function compiled(pattern: string): UrlTest {
  let test = patterns.get(pattern);
  if (!test) patterns.set(pattern, (test = compilePattern(pattern)));
  return test;
}

/** The adapter whose match patterns include `url`. A string, as the content script and the background both hold one. */
export function adapterForUrl(url: string, adapters: readonly AtsAdapter[] = ATS_ADAPTERS): AtsAdapter | undefined {
  const parsed = new URL(url);
  return adapters.find((a) => a.matches.some((m) => compiled(m)(parsed)));
}
