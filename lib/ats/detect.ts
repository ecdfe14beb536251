/**
 * Finds who the candidate is on an ATS page: emails (mailto: links and text) and vendor ids
 * inside the candidate's area, leaving out the recruiter, the hiring team and no-reply
 * addresses; and, on list pages, who each row is. Pure DOM reading without layout (no
 * innerText, no computed styles): no network, no React.
 */
import type { AtsContext, Subject } from '../model';
import { ATS_ADAPTERS } from './index';
import { addressReason, type FoundIdentifier, lookupPartsOf, rankIdentifiers } from './identity';
import { candidateEmailFilter, emailsIn, labelledAsEmail, mailtoEmails, teamDomains, vendorIdsIn, vendorTracesIn } from './traces';
import { compilePattern, type UrlTest } from './matchPattern';
import { queryRows } from './rowQuery';
import { deepClosest, deepQueryAll, deepText, linkHref, openShadowRoots } from './shadow';
import type { AtsAdapter, AtsList } from './types';

export interface ListRow {
  element: Element;
  subject: Subject;
}

export interface DetectedList {
  rows: ListRow[];
}

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

/** Elements whose text is never the candidate's: code, styles, and controls listing colleagues or drafts. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'textarea']);

/** The first match of the first selector that matches, open shadow roots searched after the light DOM. */
function first(root: ParentNode, selectors: string[], skip: string): Element | null {
  let shadows: ShadowRoot[] | undefined;
  for (const selector of selectors) {
    for (const found of root.querySelectorAll(selector)) if (!skip || !deepClosest(found, skip)) return found;
    shadows ??= openShadowRoots(root);
    for (const shadow of shadows)
      for (const found of shadow.querySelectorAll(selector)) if (!skip || !deepClosest(found, skip)) return found;
  }
  return null;
}

const cleanText = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim().slice(0, 200) || undefined;

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

function jobIdFrom(adapter: AtsAdapter, hrefs: readonly string[]): string | undefined {
  if (!adapter.jobLink) return undefined;
  for (const href of hrefs) {
    const id = adapter.jobLink.exec(href)?.[1];
    if (id) return id;
  }
  return undefined;
}

/** The kinds of area a candidate page has; each decides how what it shows is treated. */
type Zone = 'page' | 'profile' | 'note' | 'colleague' | 'candidate_text';

interface ZoneText {
  parts: string[];
  hrefs: string[];
}

/** The selectors of each zone an adapter names, joined. */
function zoneSelectors(adapter: AtsAdapter): [Zone, string][] {
  const zones: [Zone, string[] | undefined][] = [
    ['colleague', adapter.notCandidate],
    ['candidate_text', adapter.candidateText],
    ['note', adapter.notes],
    ['profile', adapter.contact],
  ];
  return zones.flatMap(([zone, list]) => (list?.length ? [[zone, list.join(',')] as [Zone, string]] : []));
}

/**
 * The text and links of `root` per zone, in one walk: an element matching a zone's selector
 * starts that zone for its subtree; `skip` (list rows) is left out. A zone's runs are kept
 * apart by a bar, so a label never pairs with a value from another area.
 */
function readZones(root: Element, skip: string, zones: [Zone, string][]): Map<Zone, ZoneText> {
  const out = new Map<Zone, ZoneText>();
  const area = (zone: Zone) => {
    let found = out.get(zone);
    if (!found) out.set(zone, (found = { parts: [], hrefs: [] }));
    return found;
  };
  const walk = (parent: Element | ShadowRoot, zone: Zone) => {
    // What a host shows from its open shadow root comes first, then its light children (slotted into it).
    const shadow = (parent as Partial<Element>).shadowRoot;
    if (shadow) walk(shadow, zone);
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.nodeValue) area(zone).parts.push(node.nodeValue);
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (UNREAD.has(el.localName) || (skip && el.matches(skip))) continue;
      const inner = zones.find(([, selector]) => el.matches(selector))?.[0] ?? zone;
      if (inner !== zone) area(zone).parts.push(' | ');
      const href = linkHref(el);
      if (href) area(inner).hrefs.push(href);
      walk(el, inner);
      if (inner !== zone) area(zone).parts.push(' | ');
    }
  };
  walk(root, zones.find(([, selector]) => root.matches(selector))?.[0] ?? 'page');
  return out;
}

/** Where an identifier seen in a zone came from, and whether it waits for a click. */
function placed(zone: Zone, how: 'mailto' | 'labelled' | 'text' | 'link'): Pick<FoundIdentifier, 'source' | 'held'> {
  if (zone === 'colleague') return { source: 'free_text', held: 'colleague' };
  if (zone === 'candidate_text') return { source: 'free_text', held: 'candidate_text' };
  if (how === 'link') return { source: 'vendor_link' };
  if (how === 'labelled') return { source: zone === 'note' ? 'note' : zone === 'profile' ? 'contact' : 'field' };
  if (zone === 'profile') return { source: 'profile' };
  return { source: 'free_text', held: 'free_text' };
}

/** The addresses shown anywhere in areas that are not the candidate's (the signed-in user's header too), shadow roots included. */
function colleagueEmails(doc: Document, notCandidate: string, shadows: ShadowRoot[]): Set<string> {
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

/** Every email and vendor id in the candidate's area, each with where it showed and whether it waits for a click. */
export function findIdentifiers(doc: Document, url: URL, adapter: AtsAdapter, root: Element): FoundIdentifier[] {
  const notCandidate = adapter.notCandidate.join(',');
  const skip = adapter.list?.rows ?? '';
  const colleagues = colleagueEmails(doc, notCandidate, openShadowRoots(doc));
  const team = teamDomains(colleagues);
  const ownDomains = adapter.ownDomains ?? [];
  const found: FoundIdentifier[] = [];
  const addEmail = (email: string, zone: Zone, how: 'mailto' | 'labelled' | 'text') => {
    const domain = email.slice(email.indexOf('@') + 1);
    const reason =
      addressReason(email, ownDomains) ??
      (colleagues.has(email) || team.some((d) => domain === d || domain.endsWith(`.${d}`)) ? 'colleague' : undefined);
    const place = placed(zone, how);
    // A labelled email is a contact field wherever the page puts it.
    if (place.source === 'field') place.source = 'contact';
    found.push({ kind: 'email', value: email, ...place, ...(reason ? { held: reason } : {}) });
  };
  for (const [zone, { parts, hrefs }] of readZones(root, skip, zoneSelectors(adapter))) {
    const text = parts.join(' ').replace(/\s+/g, ' ');
    for (const href of hrefs) {
      if (!href.startsWith('mailto:')) continue;
      for (const email of mailtoEmails(href)) addEmail(email, zone, 'mailto');
    }
    let from = 0;
    const lower = text.toLowerCase();
    for (const email of text.includes('@') ? emailsIn(text) : []) {
      const at = lower.indexOf(email, from);
      from = at < 0 ? from : at + email.length;
      addEmail(email, zone, at >= 0 && labelledAsEmail(text, at) ? 'labelled' : 'text');
    }
    const links = hrefs.filter((h) => !h.startsWith('mailto:'));
    for (const trace of vendorTracesIn(text, links, url)) {
      found.push({ kind: trace.kind, value: trace.value, ...placed(zone, trace.how === 'label' ? 'labelled' : trace.how) });
    }
  }
  // A mailto link's address is labelled by the text before the link: "Email: <a href=mailto:…>".
  return labelMailtos(found);
}

/** A mailto link counts as labelled when the same address also reads as labelled in the text. */
function labelMailtos(found: FoundIdentifier[]): FoundIdentifier[] {
  const labelled = new Set(found.filter((f) => f.kind === 'email' && !f.held && f.source !== 'free_text').map((f) => f.value));
  return found.filter((f) => !(f.kind === 'email' && f.held === 'free_text' && labelled.has(f.value)));
}

/** Whether a page shows a candidate at all: a name with a labelled contact field, or a vendor's trace. */
function showsCandidate(name: string | undefined, found: readonly FoundIdentifier[]): boolean {
  const shown = found.filter((f) => !f.held);
  return shown.some((f) => f.kind !== 'email') || (Boolean(name) && shown.some((f) => f.source === 'contact' || f.source === 'profile'));
}

/** The candidate's name from the page title, where the adapter knows its shape ("Full Name – Lever Hire"). */
function titleName(doc: Document, adapter: AtsAdapter): string | undefined {
  return adapter.titleName ? cleanText(adapter.titleName.exec(doc.title)?.[1]) : undefined;
}

/** The first heading (or any element, failing one) under `root` whose whole text is `name`, outside `skip`. */
function headingNamed(root: Element, name: string, skip: string): Element | undefined {
  for (const selector of ['h1, h2, h3, h4', '*']) {
    for (const el of deepQueryAll(root, selector)) {
      if (el.childElementCount > 3) continue;
      if (cleanText(el.textContent) === name && (!skip || !deepClosest(el, skip))) return el;
    }
  }
  return undefined;
}

/**
 * The candidate's area when the page holds a list too (Workable's candidate beside its list):
 * the largest region around the name that holds no list row, within `outer`.
 */
function areaAround(nameElement: Element, outer: Element, rows: string): Element {
  if (!deepQueryAll(outer, rows).length) return outer;
  let area = nameElement;
  for (let up = parentAcrossShadow(area); up && up !== outer; up = parentAcrossShadow(area)) {
    if (deepQueryAll(up, rows).length) break;
    area = up;
  }
  return area;
}

const parentAcrossShadow = (el: Element): Element | null => el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host ?? null;

export function detectSubject(doc: Document, url: URL, adapter: AtsAdapter): Subject | undefined {
  const ats = adapter.readContext(url);
  if (!ats) return undefined;
  const rows = adapter.list?.rows ?? '';
  // A drawer or flyover first; never an area inside a list row.
  const outer = first(doc, adapter.candidateRoot, rows) ?? doc.body;
  if (!outer) return adapter.needsEvidence ? undefined : { emails: [], ids: {}, ats };

  // List rows are other candidates, even when the page's candidate is a drawer over the list.
  const skip = [adapter.notCandidate.join(','), rows].filter(Boolean).join(',');
  const titled = titleName(doc, adapter);
  const nameElement = (titled && headingNamed(outer, titled, skip)) || first(outer, adapter.nameSelector, skip);
  const name = titled ?? cleanText(nameElement?.textContent);
  const root = nameElement && rows ? areaAround(nameElement, outer, rows) : outer;
  const found = findIdentifiers(doc, url, adapter, root);
  if (adapter.needsEvidence && !showsCandidate(name, found)) return undefined;
  const { sent, offers } = rankIdentifiers(found, name);
  const links: string[] = [];
  for (const a of deepQueryAll(root, '[href]')) {
    const href = linkHref(a);
    if (href && (!skip || !deepClosest(a, skip))) links.push(href);
  }
  const jobId = ats.jobId ?? jobIdFrom(adapter, links);
  const subject: Subject = { name, ...lookupPartsOf(sent), ats: { ...ats, jobId } };
  if (sent.length) subject.sources = sent;
  if (offers.length) subject.offers = offers;
  return subject;
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
