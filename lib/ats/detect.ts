/**
 * Finds who the candidate is on an ATS page: emails (mailto: links and text) and vendor ids
 * inside the candidate's area, leaving out the recruiter, the hiring team and no-reply
 * addresses; and, on list pages, who each row is. Pure DOM reading without layout (no
 * innerText, no computed styles): no network, no React.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { AtsContext, Subject } from '../model';
import { ATS_ADAPTERS } from './index';
import { candidateEmailFilter, emailsIn, mailtoEmails, vendorIdsIn } from './traces';
import type { AtsAdapter, AtsList } from './types';

export interface ListRow {
  element: Element;
  subject: Subject;
}

export interface DetectedList {
  rows: ListRow[];
}

const patterns = new Map<string, MatchPattern>();

function compiled(pattern: string): MatchPattern {
  let compiledPattern = patterns.get(pattern);
  if (!compiledPattern) patterns.set(pattern, (compiledPattern = new MatchPattern(pattern)));
  return compiledPattern;
}

/** The adapter whose match patterns include `url`. A string, because MatchPattern checks `instanceof Location`, which workers lack. */
export function adapterForUrl(url: string, adapters: readonly AtsAdapter[] = ATS_ADAPTERS): AtsAdapter | undefined {
  return adapters.find((a) => a.matches.some((m) => compiled(m).includes(url)));
}

/** Elements whose text is never the candidate's: code, styles, and controls listing colleagues or drafts. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'textarea']);

function first(root: ParentNode, selectors: string[], skip: string): Element | null {
  for (const selector of selectors) {
    for (const found of root.querySelectorAll(selector)) if (!skip || !found.closest(skip)) return found;
  }
  return null;
}

const cleanText = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim().slice(0, 200) || undefined;

/** The text and links of `root`, leaving out the subtrees matching `skip`, in one pass over the tree. */
function readArea(root: Element, skip: string): { text: string; hrefs: string[] } {
  const parts: string[] = [];
  const hrefs: string[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.nodeValue) parts.push(node.nodeValue);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (!UNREAD.has(el.localName) && !(skip && el.matches(skip))) {
        const href = el.localName === 'a' ? el.getAttribute('href') : null;
        if (href) hrefs.push(href);
        enter = el.firstChild !== null;
      }
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  // One space per run, so "HiringBranch ID" and its value in the next cell sit side by side.
  return { text: parts.join(' ').replace(/\s+/g, ' '), hrefs };
}

/** Addresses shown in the areas that are not the candidate's: they never count as the candidate's. */
function emailFilterFor(doc: Document, notCandidate: string): (email: string) => boolean {
  const excluded: string[] = [];
  for (const area of notCandidate ? doc.querySelectorAll(notCandidate) : []) {
    excluded.push(...emailsIn(area.textContent ?? ''));
    for (const a of area.querySelectorAll('a[href^="mailto:"]')) excluded.push(...mailtoEmails(a.getAttribute('href') ?? ''));
  }
  return candidateEmailFilter(excluded);
}

/** Called once per list row: written to allocate little (a 5,000-row list must read in well under 50 ms). */
function emailsFrom(text: string, hrefs: readonly string[], isCandidate: (email: string) => boolean): string[] {
  const found: string[] = [];
  for (const href of hrefs) if (href.startsWith('mailto:')) addEmails(found, mailtoEmails(href), isCandidate);
  if (text.includes('@')) addEmails(found, emailsIn(text), isCandidate);
  return found;
}

function addEmails(found: string[], emails: readonly string[], isCandidate: (email: string) => boolean): void {
  for (const email of emails) if (found.length < 20 && !found.includes(email) && isCandidate(email)) found.push(email);
}

function jobIdFrom(adapter: AtsAdapter, hrefs: readonly string[]): string | undefined {
  if (!adapter.jobLink) return undefined;
  for (const href of hrefs) {
    const id = adapter.jobLink.exec(href)?.[1];
    if (id) return id;
  }
  return undefined;
}

export function detectSubject(doc: Document, url: URL, adapter: AtsAdapter): Subject | undefined {
  const ats = adapter.readContext(url);
  if (!ats) return undefined;
  const notCandidate = adapter.notCandidate.join(',');
  // List rows are other candidates, even when the page's candidate is a drawer over the list.
  const skip = [notCandidate, adapter.list?.rows].filter(Boolean).join(',');
  const root = first(doc, adapter.candidateRoot, '') ?? doc.body;
  if (!root) return { emails: [], ids: {}, ats };

  const { text, hrefs } = readArea(root, skip);
  const links = hrefs.filter((h) => !h.startsWith('mailto:'));
  const jobId = ats.jobId ?? jobIdFrom(adapter, links);
  return {
    name: cleanText(first(root, adapter.nameSelector, skip)?.textContent),
    emails: emailsFrom(text, hrefs, emailFilterFor(doc, notCandidate)),
    ids: vendorIdsIn(text, links, url),
    ats: { ...ats, jobId },
  };
}

/**
 * A link's URL. Root-relative links (nearly every row link an ATS renders) are split by hand:
 * a URL object per row was the largest cost of reading a 5,000-row list. Adapters read these
 * parts only (pathname, search, searchParams, hash, host names), all of which this provides.
 */
function resolve(href: string, base: Base): URL | undefined {
  if (href.startsWith('/') && !href.startsWith('//')) return rootRelative(href, base);
  try {
    return new URL(href, base.url);
  } catch {
    return undefined;
  }
}

/** One query parameter, found by scanning the query string: no URLSearchParams per row. */
class QueryLookup {
  constructor(private readonly search: string) {}

  get(name: string): string | null {
    const s = this.search;
    const key = `${name}=`;
    for (let i = s.startsWith('?') ? 1 : 0; i < s.length;) {
      const amp = s.indexOf('&', i);
      const stop = amp < 0 ? s.length : amp;
      if (s.startsWith(key, i)) return decodeParam(s.slice(i + key.length, stop));
      if (stop - i === name.length && s.startsWith(name, i)) return '';
      i = stop + 1;
    }
    return null;
  }
}

function decodeParam(value: string): string {
  if (!value.includes('%') && !value.includes('+')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** The parts of a root-relative link adapters read, split by hand (see resolve); each computed when first read. */
class RootRelativeUrl {
  constructor(
    private readonly path: string,
    private readonly base: Base,
  ) {}

  private parts?: { pathname: string; search: string; hash: string };
  private params?: QueryLookup;

  private split() {
    if (this.parts) return this.parts;
    const path = this.path;
    const hashAt = path.indexOf('#');
    const beforeHash = hashAt >= 0 ? path.slice(0, hashAt) : path;
    const queryAt = beforeHash.indexOf('?');
    this.parts = {
      hash: hashAt >= 0 ? path.slice(hashAt) : '',
      search: queryAt >= 0 ? beforeHash.slice(queryAt) : '',
      pathname: queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash,
    };
    return this.parts;
  }

  get href(): string {
    return this.base.origin + this.path;
  }
  get pathname(): string {
    return this.split().pathname;
  }
  get search(): string {
    return this.split().search;
  }
  get hash(): string {
    return this.split().hash;
  }
  get searchParams(): QueryLookup {
    this.params ??= new QueryLookup(this.search);
    return this.params;
  }
  get origin(): string {
    return this.base.origin;
  }
  get protocol(): string {
    return this.base.url.protocol;
  }
  get host(): string {
    return this.base.url.host;
  }
  get hostname(): string {
    return this.base.url.hostname;
  }
  get port(): string {
    return this.base.url.port;
  }
  toString(): string {
    return this.href;
  }
}

/** The page's URL and its origin, read once per list: URL getters build a new string on every call. */
interface Base {
  url: URL;
  origin: string;
}

function rootRelative(path: string, base: Base): URL {
  return new RootRelativeUrl(path, base) as unknown as URL;
}

interface RowReader {
  adapter: AtsAdapter;
  list: AtsList;
  url: URL;
  base: Base;
  isCandidate: (email: string) => boolean;
  /** The job of a per-job list page (its URL), for rows whose links do not say. */
  pageJobId: string | undefined;
}

/** One row: its candidate link through `readContext`, emails and vendor ids from its text and links. */
function readRow(row: Element, r: RowReader): Subject | undefined {
  const hrefs: string[] = [];
  let ats: AtsContext | undefined;
  let link: Element | undefined;
  const anchors = row.localName === 'a' ? [row, ...row.getElementsByTagName('a')] : row.getElementsByTagName('a');
  // An indexed loop: iterating a live HTMLCollection with for…of costs more, 5,000 times over.
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Element;
    const href = a.getAttribute('href');
    if (!href) continue;
    hrefs.push(href);
    if (ats || href.startsWith('mailto:') || (r.list.link && !a.matches(r.list.link))) continue;
    const target = resolve(href, r.base);
    const context = target && r.adapter.readContext(target);
    if (context && (context.candidateId || context.applicationId)) {
      ats = context;
      link = a;
    }
  }
  const attributeId = r.list.idAttribute ? row.getAttribute(r.list.idAttribute) : null;
  if (!ats && attributeId) ats = { ats: r.adapter.id, candidateId: attributeId };

  const text = row.textContent ?? '';
  const links = hrefs.length === 1 && !hrefs[0]?.startsWith('mailto:') ? hrefs : hrefs.filter((h) => !h.startsWith('mailto:'));
  const emails = emailsFrom(text, hrefs, r.isCandidate);
  const ids = vendorIdsIn(text, links, r.url);
  const hasIds = ids.talentscreen !== undefined || ids.hiringbranch !== undefined || ids.praxicraft !== undefined;
  if (!ats && !emails.length && !hasIds) return undefined;

  // The name is often the candidate link itself: a match test is cheaper than a row query.
  const nameElement = r.list.name && !link?.matches(r.list.name) ? row.querySelector(r.list.name) : link;
  const subject: Subject = { name: cleanText(nameElement?.textContent), emails, ids };
  if (ats) {
    if (!ats.jobId) ats.jobId = jobIdFrom(r.adapter, links) ?? r.pageJobId;
    subject.ats = ats;
  }
  return subject;
}

function readRows(rows: ArrayLike<Element>, doc: Document, url: URL, adapter: AtsAdapter, list: AtsList): DetectedList {
  const reader: RowReader = {
    adapter,
    list,
    url,
    base: { url, origin: url.origin },
    isCandidate: emailFilterFor(doc, adapter.notCandidate.join(',')),
    pageJobId: jobIdFrom(adapter, [url.href]),
  };
  const detected: ListRow[] = [];
  // Indexed: a NodeList's iterator costs a call into the DOM per row.
  for (let i = 0; i < rows.length; i++) {
    const element = rows[i] as Element;
    const subject = readRow(element, reader);
    if (subject) detected.push({ element, subject });
  }
  return { rows: detected };
}

/** Every candidate row of a list page, in document order; none when the adapter knows no lists. */
export function detectList(doc: Document, url: URL, adapter: AtsAdapter): DetectedList {
  if (!adapter.list) return { rows: [] };
  return readRows(doc.querySelectorAll(adapter.list.rows), doc, url, adapter, adapter.list);
}

/**
 * The rows touched by changed nodes (a MutationObserver's added nodes or targets): rows inside
 * them and the row around each, so an appended page of results costs only its own rows.
 */
export function detectInRoots(roots: Iterable<Node>, url: URL, adapter: AtsAdapter): DetectedList {
  const list = adapter.list;
  if (!list) return { rows: [] };
  const rows = new Set<Element>();
  let doc: Document | undefined;
  for (const node of roots) {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el?.isConnected) continue;
    doc ??= el.ownerDocument;
    const around = el.closest(list.rows);
    if (around) rows.add(around);
    else for (const row of el.querySelectorAll(list.rows)) rows.add(row);
  }
  return doc ? readRows([...rows], doc, url, adapter, list) : { rows: [] };
}
