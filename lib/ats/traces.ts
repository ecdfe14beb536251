/**
 * Emails and vendor ids read out of page text and link addresses. Pure string work, no DOM,
 * so list rows and candidate pages share it.
 */
import type { Subject } from '../model';

/** Shaped to pass `z.email()`, so a detected address never fails the subject's schema. */
const EMAIL = /[A-Za-z0-9](?:[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}/g;

/**
 * Mailboxes of systems and hiring desks, not people: no-reply senders, notifications, jobs@.
 * Not info@ or hello@: a freelancer's own domain often has only those.
 */
const ROLE_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|reply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|jobs|careers|recruiting|recruitment|hiring|hr)[+._@-]/;

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
export function candidateEmailFilter(notCandidateEmails: Iterable<string>): (email: string) => boolean {
  const excluded = new Set(notCandidateEmails);
  const teamDomains = [...new Set([...excluded].map(domainOf))].filter((d) => !PUBLIC_MAIL.has(d));
  return (email) => {
    if (excluded.has(email) || ROLE_MAILBOX.test(email)) return false;
    const domain = domainOf(email);
    return !teamDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
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
