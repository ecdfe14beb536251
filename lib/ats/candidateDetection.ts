/**
 * Finds who the candidate is on an ATS page: emails (mailto: links and text) and vendor ids
 * inside the candidate's area, leaving out the recruiter, the hiring team and no-reply
 * addresses. Pure DOM reading without layout (no innerText, no computed styles): no network, no React.
 */
import type { Subject } from '../model';
import { addressReason, type FoundIdentifier, lookupPartsOf, rankIdentifiers } from './identity';
import { cleanText, colleagueEmails, first, jobIdFrom } from './pageReading';
import { deepClosest, deepQueryAll, linkHref, openShadowRoots } from './shadow';
import { emailsIn, labelledAsEmail, mailtoEmails, teamDomains, vendorTracesIn } from './traces';
import type { AtsAdapter } from './types';

/** Elements whose text is never the candidate's: code, styles, and controls listing colleagues or drafts. */
const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'textarea']);

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
