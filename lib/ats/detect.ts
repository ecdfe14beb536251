/**
 * Finds who the candidate is on an ATS page: emails (mailto: links and text) and vendor
 * ids, inside the candidate's area, leaving out the recruiter, the hiring team and no-reply
 * addresses. Pure DOM reading: no network, no React.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Subject } from '../model';
import { ATS_ADAPTERS } from './index';
import type { AtsAdapter } from './types';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const NOT_A_PERSON = /^(no-?reply|do-?not-?reply|notifications?|mailer-daemon|bounces?)([+.@-]|$)/i;
const TALENTSCREEN_ID = /\b(?:cand|result)_\w{3,64}\b/g;
const HIRINGBRANCH_ID = /\b[0-9a-f]{24}\b/g;
const PRAXICRAFT_TOKEN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function adapterForUrl(url: string, adapters: readonly AtsAdapter[] = ATS_ADAPTERS): AtsAdapter | undefined {
  return adapters.find((a) => a.matches.some((m) => new MatchPattern(m).includes(url)));
}

function first(root: ParentNode, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function emailsIn(text: string): string[] {
  return (text.match(EMAIL) ?? []).map((e) => e.toLowerCase());
}

/** Text of `root` outside the areas that are not the candidate's. */
function candidateText(root: Element, notCandidate: string): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (notCandidate && node.parentElement?.closest(notCandidate)) continue;
    if (node.nodeValue) parts.push(node.nodeValue);
  }
  return parts.join(' ');
}

export function detectSubject(doc: Document, url: URL, adapter: AtsAdapter): Subject | undefined {
  const ats = adapter.readContext(url);
  if (!ats) return undefined;
  const root = first(doc, adapter.candidateRoot) ?? doc.body;
  const notCandidate = adapter.notCandidate.join(',');

  // Emails shown anywhere in the areas that are not the candidate's never count as the candidate's.
  const excluded = new Set<string>();
  for (const area of notCandidate ? doc.querySelectorAll(notCandidate) : []) {
    for (const e of emailsIn(area.textContent ?? '')) excluded.add(e);
    for (const a of area.querySelectorAll('a[href^="mailto:"]')) for (const e of emailsIn(a.getAttribute('href') ?? '')) excluded.add(e);
  }

  const found: string[] = [];
  const links: string[] = [];
  for (const a of root.querySelectorAll('a[href]')) {
    if (notCandidate && a.closest(notCandidate)) continue;
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('mailto:')) found.push(...emailsIn(decodeURIComponent(href.slice(7).split('?')[0] ?? '')));
    else links.push(href);
  }
  const text = candidateText(root, notCandidate);
  found.push(...emailsIn(text));
  const emails = [...new Set(found)].filter((e) => !excluded.has(e) && !NOT_A_PERSON.test(e));

  const traces = `${text} ${links.join(' ')}`;
  const ids: Subject['ids'] = {};
  const ts = [...new Set(traces.match(TALENTSCREEN_ID) ?? [])];
  if (ts.length) ids.talentscreen = ts;
  const hb = [...new Set(traces.match(HIRINGBRANCH_ID) ?? [])];
  if (hb.length) ids.hiringbranch = hb;
  const px = [...new Set(links.filter((l) => /praxicraft/i.test(l)).flatMap((l) => l.match(PRAXICRAFT_TOKEN) ?? []))];
  if (px.length) ids.praxicraft = px.map((t) => t.toLowerCase());

  const jobId = ats.jobId ?? (adapter.jobLink && links.map((l) => adapter.jobLink?.exec(l)?.[1]).find(Boolean));
  const name = first(root, adapter.nameSelector)?.textContent?.trim() || undefined;
  return { name, emails: emails.slice(0, 20), ids, ats: { ...ats, jobId: jobId || undefined } };
}
