/**
 * Emails and vendor ids read out of page text and link addresses. Pure string work, no DOM,
 * so list rows and candidate pages share it.
 */
import type { Subject } from '../model';
import { isRelayDomain, isRoleMailbox } from './identity';

/** Shaped to pass `z.email()`, so a detected address never fails the subject's schema. */
const EMAIL = /[A-Za-z0-9](?:[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}/g;

/** Public mail providers: sharing one with the recruiter says nothing about who someone works for. */
const PUBLIC_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
]);

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PRAXICRAFT_TOKEN = new RegExp(`\\b${UUID}\\b`, 'gi');
const TALENTSCREEN_ID = /\b(?:cand|result)_\w{3,64}\b/g;
const HEX24 = /\b[0-9a-f]{24}\b/i;
/** In a HiringBranch link the candidate's id, not an assessment's beside it. */
const HIRINGBRANCH_LINK_ID = /(?:candidates?\/|candidateIds?=)([0-9a-f]{24})\b/i;
/** A 24-hex id counts only beside HiringBranch's name: a commit sha or a file hash elsewhere is not one. */
const HIRINGBRANCH_NAME_THEN_ID = /hiring\s?branch\b[^.;]{0,40}?\b([0-9a-f]{24})\b/gi;
const HIRINGBRANCH_ID_THEN_NAME = /\b([0-9a-f]{24})\b[\s([:-]{0,4}hiring\s?branch/gi;
const VENDOR_LINK = /talentscreen|praxicraft|hiringbranch/i;

/**
 * Where the last email or vendor id a text may hold ends (past its domain, or a generous reach
 * past a vendor marker); 0 when the text has none of their markers, as most list rows do not.
 */
export function identifiersEnd(text: string): number {
  let end = 0;
  const at = text.lastIndexOf('@');
  if (at >= 0) {
    end = at + 1;
    while (end < text.length && isDomainChar(text.charCodeAt(end))) end++;
  }
  // A vendor id runs at most 64 word characters past its marker, a HiringBranch id sits within 40 characters of the name.
  // `includes` first: most rows hold no marker, and it finds that faster than `lastIndexOf`.
  if (text.includes('_')) {
    for (const marker of ['cand_', 'result_']) {
      const from = text.lastIndexOf(marker);
      if (from >= 0) end = Math.max(end, from + marker.length + 64);
    }
  }
  if (text.includes('iring') || text.includes('IRING'))
    end = Math.max(end, Math.max(text.lastIndexOf('iring'), text.lastIndexOf('IRING')) + 80);
  return Math.min(end, text.length);
}

const EMAIL_EXACT = new RegExp(`^${EMAIL.source}$`);
const isLocalChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 39 || c === 43 || c === 46 || c === 45;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDomainChar = (c: number) => isAlnum(c) || c === 46 || c === 45;

/**
 * Every email address in a text. Scans outwards from each `@` and checks that one token with
 * the full pattern: linear in the text, where matching the pattern from every position was the
 * main cost of reading a long list of candidates.
 */
export function emailsIn(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isLocalChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isDomainChar(text.charCodeAt(end))) end++;
    // Punctuation around an address ("'jane@x.com'.") is not part of it.
    while (start < at && !isAlnum(text.charCodeAt(start))) start++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const email = text.slice(start, end).toLowerCase();
    if (email.length <= 254 && EMAIL_EXACT.test(email) && !email.slice(0, email.indexOf('@')).includes('..')) found.push(email);
  }
  return found;
}

export function mailtoEmails(href: string): string[] {
  const to = href.slice('mailto:'.length).split('?')[0] ?? '';
  try {
    return emailsIn(decodeURIComponent(to));
  } catch {
    return emailsIn(to);
  }
}

const domainOf = (email: string) => email.slice(email.indexOf('@') + 1);

/**
 * Tells candidate addresses from the rest, given the addresses shown in areas that are not the
 * candidate's. Besides those exact addresses, their organisations' domains are the hiring
 * company's (a colleague cc'd in a note is not the candidate); an internal applicant at the
 * same domain is the price, and the popup remains for them.
 */
/** The organisations of the addresses shown in areas that are not the candidate's (public mail providers aside). */
export function teamDomains(notCandidateEmails: Iterable<string>): string[] {
  return [...new Set([...notCandidateEmails].map(domainOf))].filter((d) => !PUBLIC_MAIL.has(d));
}

export function candidateEmailFilter(notCandidateEmails: Iterable<string>): (email: string) => boolean {
  const excluded = new Set(notCandidateEmails);
  const team = teamDomains(excluded);
  // A list's rows share a few domains: each domain's verdict (a relay's, the team's) is worked out once.
  const ruledOut = new Map<string, boolean>();
  const domainRuledOut = (domain: string) => isRelayDomain(domain) || team.some((d) => domain === d || domain.endsWith(`.${d}`));
  return (email) => {
    if (excluded.has(email)) return false;
    const domain = domainOf(email);
    let out = ruledOut.get(domain);
    if (out === undefined) ruledOut.set(domain, (out = domainRuledOut(domain)));
    return !out && !isRoleMailbox(email);
  };
}

const ABSOLUTE_HOST = /^https?:\/\/([^/?#:@]+)/i;

function hostOf(href: string, base: URL): string | undefined {
  // Absolute links (vendor reports always are) need no URL object: it costs, 5,000 rows over.
  const host = ABSOLUTE_HOST.exec(href)?.[1];
  if (host) return host;
  try {
    return new URL(href, base).hostname;
  } catch {
    return undefined;
  }
}

function addAll(into: Set<string>, matches: Iterable<RegExpMatchArray>, group = 0): void {
  for (const m of matches) {
    const id = m[group];
    if (id) into.add(id.toLowerCase());
  }
}

/**
 * Vendor ids left in the candidate's text and links: TalentScreen `cand_…`/`result_…` ids,
 * HiringBranch 24-hex ids beside its name or in its links, Praxicraft invite tokens in its links.
 */
export function vendorIdsIn(text: string, hrefs: readonly string[], base: URL): Subject['ids'] {
  // Most list rows carry no trace at all: cheap substring checks before any regex or Set.
  const tsInText = text.includes('cand_') || text.includes('result_');
  const hbInText = (text.includes('iring') || text.includes('IRING')) && /hiring\s?branch/i.test(text);
  let vendorLinks: string[] | undefined;
  for (const href of hrefs) if (VENDOR_LINK.test(href)) (vendorLinks ??= []).push(href);
  if (!tsInText && !hbInText && !vendorLinks) return {};

  const talentscreen = new Set<string>();
  const hiringbranch = new Set<string>();
  const praxicraft = new Set<string>();

  if (tsInText) for (const [id] of text.matchAll(TALENTSCREEN_ID)) talentscreen.add(id);
  if (hbInText) {
    addAll(hiringbranch, text.matchAll(HIRINGBRANCH_NAME_THEN_ID), 1);
    addAll(hiringbranch, text.matchAll(HIRINGBRANCH_ID_THEN_NAME), 1);
  }
  for (const href of vendorLinks ?? []) {
    const host = hostOf(href, base)?.toLowerCase() ?? '';
    if (host.includes('talentscreen')) for (const [id] of href.matchAll(TALENTSCREEN_ID)) talentscreen.add(id);
    else if (host.includes('hiringbranch')) {
      const id = (HIRINGBRANCH_LINK_ID.exec(href)?.[1] ?? HEX24.exec(href)?.[0])?.toLowerCase();
      if (id) hiringbranch.add(id);
    } else if (host.includes('praxicraft')) addAll(praxicraft, href.matchAll(PRAXICRAFT_TOKEN));
  }

  const ids: Subject['ids'] = {};
  if (talentscreen.size) ids.talentscreen = [...talentscreen].slice(0, 50);
  if (hiringbranch.size) ids.hiringbranch = [...hiringbranch].slice(0, 50);
  if (praxicraft.size) ids.praxicraft = [...praxicraft].slice(0, 50);
  return ids;
}

/** How a vendor id showed: in the vendor's own link, after its label ("HiringBranch ID: …"), or loose in text. */
export type TraceHow = 'link' | 'label' | 'text';

export interface VendorTrace {
  kind: 'hiringbranch' | 'talentscreen' | 'praxicraft';
  value: string;
  how: TraceHow;
}

/**
 * The words of the field labels detection reads ("HiringBranch Candidate ID:", "Email address:"):
 * a fixed vocabulary, no one's data, so page outlines keep them as written (lib/outline). A word
 * ending in a dot is an abbreviation whose dot is optional ("No." or "No").
 */
export const LABEL_WORDS = {
  hiringbranch: ['candidate', 'assessment', 'id', 'identifier', 'no.', 'number'],
  talentscreen: ['candidate', 'result', 'id', 'identifier'],
  praxicraft: ['invite', 'token', 'candidate', 'id'],
  /** The names of an email field, and what may follow them ("Email address"). */
  email: ['e-mail', 'email', 'courriel', 'correo'],
  emailSuffix: ['address'],
} as const;

const wordsPattern = (words: readonly string[]) => words.map((w) => (w.endsWith('.') ? `${w.slice(0, -1)}\\.?` : w)).join('|');

/** A vendor's name, then at most a few label words, then the value: a field's label and its value, not a sentence. */
const label = (name: string, words: readonly string[], value: string) =>
  new RegExp(`${name}(?:[\\s-]+(?:${wordsPattern(words)}))*[\\s:#=|()\u2013\u2014-]{0,6}(${value})\\b`, 'gi');
const HIRINGBRANCH_LABEL = label('hiring\\s?branch', LABEL_WORDS.hiringbranch, '[0-9a-f]{24}');
const TALENTSCREEN_LABEL = label('talent\\s?screen', LABEL_WORDS.talentscreen, '(?:cand|result)_\\w{3,64}');
const PRAXICRAFT_LABEL = label('praxicraft', LABEL_WORDS.praxicraft, UUID);

/** An address right after an "Email" label is a contact field's value. */
const EMAIL_LABEL = new RegExp(
  `(?:${wordsPattern(LABEL_WORDS.email)})(?:\\s+(?:${wordsPattern(LABEL_WORDS.emailSuffix)}))?\\s*[:-]?\\s*$`,
  'i',
);

/** Every word of the labels detection reads, in lower case: what a page outline may keep of a page's text. */
export const LABEL_VOCABULARY: readonly string[] = /* @__PURE__ */ vocabulary();

// Pure: the content script, which never reads it, leaves it out of its bundle.
function vocabulary(): string[] {
  return [...new Set(Object.values(LABEL_WORDS).flatMap((words) => words.map((w) => w.replace(/\.$/, ''))))];
}

/** Whether the text just before `index` labels what follows as an email. */
export function labelledAsEmail(text: string, index: number): boolean {
  return EMAIL_LABEL.test(text.slice(Math.max(0, index - 24), index));
}

/**
 * Vendor ids in one area's text and links, each with how it showed (see TraceHow). The same
 * rules as vendorIdsIn (a 24-hex id only beside HiringBranch's name or in its links, Praxicraft
 * tokens only labelled or in its links), for the candidate page where the difference decides
 * what is sent.
 */
export function vendorTracesIn(text: string, hrefs: readonly string[], base: URL): VendorTrace[] {
  const traces: VendorTrace[] = [];
  const add = (kind: VendorTrace['kind'], value: string | undefined, how: TraceHow) => {
    if (value) traces.push({ kind, value: kind === 'talentscreen' ? value : value.toLowerCase(), how });
  };
  for (const m of text.matchAll(HIRINGBRANCH_LABEL)) add('hiringbranch', m[1], 'label');
  for (const m of text.matchAll(TALENTSCREEN_LABEL)) add('talentscreen', m[1], 'label');
  for (const m of text.matchAll(PRAXICRAFT_LABEL)) add('praxicraft', m[1], 'label');
  // Loose mentions: the same rules as vendorIdsIn, found after the labelled ones so those win.
  const loose = vendorIdsIn(text, [], base);
  for (const kind of ['hiringbranch', 'talentscreen', 'praxicraft'] as const) for (const id of loose[kind] ?? []) add(kind, id, 'text');
  const linked = vendorIdsIn('', hrefs, base);
  for (const kind of ['hiringbranch', 'talentscreen', 'praxicraft'] as const) for (const id of linked[kind] ?? []) add(kind, id, 'link');
  return traces;
}
