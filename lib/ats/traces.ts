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

export function emailsIn(text: string): string[] {
  if (!text.includes('@')) return [];
  const found: string[] = [];
  for (const [match] of text.matchAll(EMAIL)) {
    const email = match.toLowerCase();
    if (email.length <= 254 && !email.slice(0, email.indexOf('@')).includes('..')) found.push(email);
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

function hostOf(href: string, base: URL): string | undefined {
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
  const talentscreen = new Set<string>();
  const hiringbranch = new Set<string>();
  const praxicraft = new Set<string>();

  if (text.includes('cand_') || text.includes('result_')) for (const [id] of text.matchAll(TALENTSCREEN_ID)) talentscreen.add(id);
  if (/hiring\s?branch/i.test(text)) {
    addAll(hiringbranch, text.matchAll(HIRINGBRANCH_NAME_THEN_ID), 1);
    addAll(hiringbranch, text.matchAll(HIRINGBRANCH_ID_THEN_NAME), 1);
  }
  for (const href of hrefs) {
    if (!VENDOR_LINK.test(href)) continue;
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
