/**
 * Finds who each row of an ATS list page is (pipelines, searches, a job's applicants): its
 * candidate link's ids, emails and vendor ids, read without layout and allocating little per
 * row, so a 5,000-row list, in the light DOM or inside shadow roots, reads within its budget.
 */
import type { AtsContext, Subject } from '../model';
import { cleanText, colleagueEmails, first, jobIdFrom } from './pageReading';
import { queryRows } from './rowQuery';
import { deepClosest, deepQueryAll, deepText, linkHref, openShadowRoots } from './shadow';
import { candidateEmailFilter, emailsIn, mailtoEmails, vendorIdsIn } from './traces';
import type { AtsAdapter, AtsList } from './types';

export interface ListRow {
  element: Element;
  subject: Subject;
}

export interface DetectedList {
  rows: ListRow[];
}

/** Addresses shown in the areas that are not the candidate's: they never count as the candidate's. */
function emailFilterFor(doc: Document, notCandidate: string, shadows: ShadowRoot[]): (email: string) => boolean {
  return candidateEmailFilter(colleagueEmails(doc, notCandidate, shadows));
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

/**
 * A link's URL. Root-relative links (nearly every row link an ATS renders) are split by hand:
 * a URL object per row was the largest cost of reading a 5,000-row list. Adapters read these
 * parts only (pathname, search, searchParams, hash), all of which this provides.
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
  /** The open shadow roots inside each row that has any (web-component lists). */
  shadowsOf: Map<Element, ShadowRoot[]>;
}

/** One row: its candidate link through `readContext`, emails and vendor ids from its text and links. */
function readRow(row: Element, r: RowReader): Subject | undefined {
  const hrefs: string[] = [];
  let ats: AtsContext | undefined;
  let link: Element | undefined;
  const linkSelector = r.list.link;
  const shadows = r.shadowsOf.get(row);
  let anchors: ArrayLike<Element> = linkSelector ? row.querySelectorAll(linkSelector) : row.getElementsByTagName('a');
  const rowIsLink = row.localName === 'a' || Boolean(linkSelector && row.matches(linkSelector));
  if (rowIsLink || shadows) {
    const all: Element[] = rowIsLink ? [row] : [];
    for (let i = 0; i < anchors.length; i++) all.push(anchors[i] as Element);
    // A link component's own shadow root (an `sr-link`'s inner `<a>`) repeats its host's href: not asked again.
    for (const shadow of shadows ?? []) {
      if (linkHref(shadow.host)) continue;
      const inside = shadow.querySelectorAll(linkSelector ?? 'a');
      for (let i = 0; i < inside.length; i++) all.push(inside[i] as Element);
    }
    anchors = all;
  }
  // An indexed loop: iterating a live HTMLCollection with for…of costs more, 5,000 times over.
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Element;
    const href = linkHref(a);
    if (!href) continue;
    hrefs.push(href);
    if (ats || href.startsWith('mailto:')) continue;
    const target = resolve(href, r.base);
    const context = target && r.adapter.readContext(target);
    if (context && (context.candidateId || context.applicationId)) {
      ats = context;
      link = a;
    }
  }
  const attributeId = r.list.idAttribute ? row.getAttribute(r.list.idAttribute) : null;
  if (!ats && attributeId) ats = { ats: r.adapter.id, candidateId: attributeId };

  const text = shadows ? deepText(row, shadows) : (row.textContent ?? '');
  const links = hrefs.length === 1 && !hrefs[0]?.startsWith('mailto:') ? hrefs : hrefs.filter((h) => !h.startsWith('mailto:'));
  const emails = emailsFrom(text, hrefs, r.isCandidate);
  const ids = vendorIdsIn(text, links, r.url);
  const hasIds = ids.talentscreen !== undefined || ids.hiringbranch !== undefined || ids.praxicraft !== undefined;
  if (!ats && !emails.length && !hasIds) return undefined;

  // The name is often the candidate link itself: a match test is cheaper than a row query.
  const nameElement =
    r.list.name && !link?.matches(r.list.name)
      ? (row.querySelector(r.list.name) ?? (shadows && first(row, [r.list.name], '')) ?? link)
      : link;
  const subject: Subject = { name: cleanText(nameElement?.textContent), emails, ids };
  if (ats) {
    if (!ats.jobId) ats.jobId = jobIdFrom(r.adapter, links) ?? r.pageJobId;
    subject.ats = ats;
  }
  return subject;
}

/**
 * The rows inside shadow roots, and the shadow roots outside the rows. A root whose host sits in a
 * root that holds rows belongs to a row (an `sr-link`'s): not asked for rows, thousands of queries saved.
 */
function rowsInShadows(shadows: readonly ShadowRoot[], selector: string): { rows: Element[]; outside: ShadowRoot[] } {
  const rows: Element[] = [];
  const outside: ShadowRoot[] = [];
  const inRows = new Set<Node>();
  for (const shadow of shadows) {
    // Hosts come before what they hold, so a root's own root is judged already.
    if (inRows.has(shadow.host.getRootNode())) {
      inRows.add(shadow);
      continue;
    }
    outside.push(shadow);
    const found = queryRows(shadow, selector);
    if (found.length) {
      inRows.add(shadow);
      for (let i = 0; i < found.length; i++) rows.push(found[i] as Element);
    }
  }
  return { rows, outside };
}

/** Each row's open shadow roots (nested ones under the row too), from the page's. */
function shadowsByRow(shadows: readonly ShadowRoot[], rows: ArrayLike<Element>): Map<Element, ShadowRoot[]> {
  const byRow = new Map<Element, ShadowRoot[]>();
  if (!shadows.length) return byRow;
  const isRow = new Set(Array.from(rows));
  for (const shadow of shadows) {
    // Climbing by parents and hosts and asking a Set: no selector matched per shadow root.
    let row: Element | null = shadow.host;
    while (row && !isRow.has(row)) row = row.parentElement ?? (row.getRootNode() as Partial<ShadowRoot>).host ?? null;
    if (!row) continue;
    const list = byRow.get(row);
    if (list) list.push(shadow);
    else byRow.set(row, [shadow]);
  }
  return byRow;
}

function readRows(
  rows: ArrayLike<Element>,
  doc: Document,
  url: URL,
  adapter: AtsAdapter,
  list: AtsList,
  shadows: ShadowRoot[],
  /** The shadow roots outside the rows, where the page's own areas (the signed-in user's) may be. */
  outside: ShadowRoot[] = shadows,
): DetectedList {
  const reader: RowReader = {
    adapter,
    list,
    url,
    base: { url, origin: url.origin },
    isCandidate: emailFilterFor(doc, adapter.notCandidate.join(','), outside),
    pageJobId: jobIdFrom(adapter, [url.href]),
    shadowsOf: shadowsByRow(shadows, rows),
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
  const light = doc.querySelectorAll(adapter.list.rows);
  if (light.length) return readRows(light, doc, url, adapter, adapter.list, []);
  // No row in the light DOM: a list of web components, its rows inside open shadow roots (one walk finds them).
  const shadows = openShadowRoots(doc);
  const { rows, outside } = rowsInShadows(shadows, adapter.list.rows);
  return readRows(rows, doc, url, adapter, adapter.list, shadows, outside);
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
    const around = deepClosest(el, list.rows);
    if (around) rows.add(around);
    else for (const row of deepQueryAll(el, list.rows)) rows.add(row);
  }
  // Only the touched rows' shadow roots: a page-wide walk per mutation would cost a long list dearly.
  const shadows = [...rows].flatMap((row) => openShadowRoots(row));
  return doc ? readRows([...rows], doc, url, adapter, list, shadows) : { rows: [] };
}
