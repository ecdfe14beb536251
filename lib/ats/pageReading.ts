/**
 * What candidate and list detection both read from a page: the first element a list of
 * selectors finds (open shadow roots included), an element's text tidied, the addresses of the
 * areas that are not the candidate's, and a job id from links.
 */
import { deepClosest, deepQueryAll, deepText, openShadowRoots } from './shadow';
import { emailsIn, mailtoEmails } from './traces';
import type { AtsAdapter } from './types';

/** The first match of the first selector that matches, open shadow roots searched after the light DOM. */
export function first(root: ParentNode, selectors: string[], skip: string): Element | null {
  let shadows: ShadowRoot[] | undefined;
  for (const selector of selectors) {
    for (const found of root.querySelectorAll(selector)) if (!skip || !deepClosest(found, skip)) return found;
    shadows ??= openShadowRoots(root);
    for (const shadow of shadows)
      for (const found of shadow.querySelectorAll(selector)) if (!skip || !deepClosest(found, skip)) return found;
  }
  return null;
}

/** Whitespace that cleanText would change: a run, a newline or tab, or any at either end. */
const UNTIDY = /\s\s|[^\S ]|^\s|\s$/;

/** Text with its whitespace collapsed, cut to 200 characters; tidy text (most names) is returned as it is, no copy made. */
export const cleanText = (text: string | null | undefined) =>
  (text && !UNTIDY.test(text) ? text.slice(0, 200) : text?.replace(/\s+/g, ' ').trim().slice(0, 200)) || undefined;

/** The addresses shown anywhere in areas that are not the candidate's (the signed-in user's header too), shadow roots included. */
export function colleagueEmails(doc: Document, notCandidate: string, shadows: ShadowRoot[]): Set<string> {
  const excluded = new Set<string>();
  if (!notCandidate) return excluded;
  for (const area of deepQueryAll(doc, notCandidate, shadows)) {
    const inside = shadows.length ? openShadowRoots(area) : [];
    for (const e of emailsIn(deepText(area, inside))) excluded.add(e);
    for (const a of deepQueryAll(area, '[href^="mailto:"]', inside))
      for (const e of mailtoEmails(a.getAttribute('href') ?? '')) excluded.add(e);
  }
  return excluded;
}

export function jobIdFrom(adapter: AtsAdapter, hrefs: readonly string[]): string | undefined {
  if (!adapter.jobLink) return undefined;
  for (const href of hrefs) {
    const id = adapter.jobLink.exec(href)?.[1];
    if (id) return id;
  }
  return undefined;
}
