/**
 * Finds who each row of an ATS list page is (pipelines, searches, a job's applicants): its
 * candidate link's ids, emails and vendor ids, read without layout and allocating little per
 * row, so a 5,000-row list, in the light DOM or inside shadow roots, reads within its budget.
 */
import type { AtsContext, Subject } from '../model';
import { cleanText, colleagueEmails, first, jobIdFrom } from './pageReading';
import { queryRows } from './rowQuery';
import { deepClosest, deepQueryAll, deepText, elementWalker, linkHref, openShadowRoots, textOf } from './shadow';
import { candidateEmailFilter, emailsIn, mailtoEmails, vendorIdsIn } from './traces';
import type { AtsAdapter, AtsList } from './types';

export interface ListRow {
  element: Element;
  subject: Subject;
}

export interface DetectedList {
  rows: ListRow[];
  /**
   * The addresses shown in the page's areas that are not a candidate's (the signed-in user's
   * menu among them): no row takes them. Pass them to `detectInRoots`, which reads changed rows
   * without walking the page again.
   */
  colleagues: string[];
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
  /** The open shadow roots inside a row (none for a light-DOM list's rows: they are read as the light DOM shows them). */
  shadowsOf: (row: Element) => ShadowRoot[] | undefined;
}

/**
 * A link component (`<sr-link href>`): its own shadow root is not read with the row. Its inner
 * `<a>` repeats the host's href, and the text it shows is the row's, slotted from the light DOM.
 */
const isLink = (host: Element) => linkHref(host) !== null;

/** One row: its candidate link through `readContext`, emails and vendor ids from its text and links. */
function readRow(row: Element, r: RowReader): Subject | undefined {
  const hrefs: string[] = [];
  let ats: AtsContext | undefined;
  let link: Element | undefined;
  const linkSelector = r.list.link;
  const found = r.shadowsOf(row);
  const shadows = found?.length ? found : undefined;
  let anchors: ArrayLike<Element> = linkSelector ? row.querySelectorAll(linkSelector) : row.getElementsByTagName('a');
  const rowIsLink = row.localName === 'a' || Boolean(linkSelector && row.matches(linkSelector));
  if (rowIsLink || shadows) {
    const all: Element[] = rowIsLink ? [row] : [];
    for (let i = 0; i < anchors.length; i++) all.push(anchors[i] as Element);
    for (const shadow of shadows ?? []) {
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
  // Read only when no link says who the row is: each attribute read makes a string, 5,000 times over.
  const attributeId = !ats && r.list.idAttribute ? row.getAttribute(r.list.idAttribute) : null;
  if (attributeId) ats = { ats: r.adapter.id, candidateId: attributeId };

  const text = shadows ? deepText(row, shadows) : textOf(row);
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

/** What a walk through the page's open shadow roots finds for a list of web components. */
interface ShadowList {
  rows: Element[];
  /** The open shadow roots inside each row that has any, nested ones too (link components' aside). */
  shadowsOf: Map<Element, ShadowRoot[]>;
  /** The roots outside every row, where the page's own areas (the signed-in user's among them) may be. */
  outside: ShadowRoot[];
}

/**
 * The rows inside open shadow roots, with the roots inside each. One pass over each root's
 * elements, in document order, tells which row a shadow host sits in: the last row met that
 * contains it. A 5,000-row list is walked once, with no query per row.
 */
function rowsInShadows(doc: Document, selector: string): ShadowList {
  const list: ShadowList = { rows: [], shadowsOf: new Map(), outside: [] };
  const visit = (root: ParentNode, rows: ArrayLike<Element>) => {
    const walker = elementWalker(root);
    let next = 0;
    let current: Element | undefined;
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      if (el === rows[next]) {
        current = el;
        next++;
      }
      const shadow = el.shadowRoot;
      if (!shadow) continue;
      const row = current && (current.contains(el) ? current : rowAround(el, rows));
      if (row) {
        if (isLink(el)) continue;
        const inside = [shadow, ...openShadowRoots(shadow, isLink)];
        const known = list.shadowsOf.get(row);
        if (known) known.push(...inside);
        else list.shadowsOf.set(row, inside);
        continue;
      }
      list.outside.push(shadow);
      const found = queryRows(shadow, selector);
      for (let j = 0; j < found.length; j++) list.rows.push(found[j] as Element);
      visit(shadow, found);
    }
  };
  visit(doc, []);
  return list;
}

/** The row around `el` among `rows` (a row inside another row, met before the outer one ends), if any. */
function rowAround(el: Element, rows: ArrayLike<Element>): Element | undefined {
  for (let i = rows.length - 1; i >= 0; i--) if ((rows[i] as Element).contains(el)) return rows[i];
  return undefined;
}

function readRows(
  rows: ArrayLike<Element>,
  doc: Document,
  url: URL,
  adapter: AtsAdapter,
  list: AtsList,
  shadowsOf: RowReader['shadowsOf'],
  /** The open shadow roots outside the rows, where the page's own areas (the signed-in user's) may be. */
  outside: ShadowRoot[],
  /** Addresses of such areas known from an earlier reading of the page. */
  known: readonly string[] = [],
): DetectedList {
  const colleagues = new Set(known);
  for (const email of colleagueEmails(doc, adapter.notCandidate.join(','), outside)) colleagues.add(email);
  const reader: RowReader = {
    adapter,
    list,
    url,
    base: { url, origin: url.origin },
    isCandidate: candidateEmailFilter(colleagues),
    pageJobId: jobIdFrom(adapter, [url.href]),
    shadowsOf,
  };
  const detected: ListRow[] = [];
  // Indexed: a NodeList's iterator costs a call into the DOM per row.
  for (let i = 0; i < rows.length; i++) {
    const element = rows[i] as Element;
    const subject = readRow(element, reader);
    if (subject) detected.push({ element, subject });
  }
  return { rows: detected, colleagues: [...colleagues] };
}

/** Every candidate row of a list page, in document order; none when the adapter knows no lists. */
export function detectList(doc: Document, url: URL, adapter: AtsAdapter): DetectedList {
  if (!adapter.list) return { rows: [], colleagues: [] };
  const light = doc.querySelectorAll(adapter.list.rows);
  if (light.length) return readRows(light, doc, url, adapter, adapter.list, () => undefined, []);
  // No row in the light DOM: a list of web components, its rows inside open shadow roots.
  const { rows, shadowsOf, outside } = rowsInShadows(doc, adapter.list.rows);
  return readRows(rows, doc, url, adapter, adapter.list, (row) => shadowsOf.get(row), outside);
}

/**
 * The rows touched by changed nodes (a MutationObserver's added nodes or targets): rows inside
 * them and the row around each, so an appended page of results costs only its own rows. The
 * page's shadow roots are not walked again: `colleagues`, from the last `detectList`, stands for
 * the addresses its areas showed (the light DOM's are read again).
 */
export function detectInRoots(roots: Iterable<Node>, url: URL, adapter: AtsAdapter, colleagues: readonly string[] = []): DetectedList {
  const list = adapter.list;
  if (!list) return { rows: [], colleagues: [...colleagues] };
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
  // Each touched row is read with its own shadow roots: a page-wide walk per mutation would cost a long list dearly.
  const shadowsOf = (row: Element) => openShadowRoots(row, isLink);
  return doc ? readRows([...rows], doc, url, adapter, list, shadowsOf, [], colleagues) : { rows: [], colleagues: [...colleagues] };
}
