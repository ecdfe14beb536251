/**
 * Lever: hire.lever.co/candidates/{opportunityId} (sandbox: hire.sandbox.lever.co). The id is an
 * opportunity, one person's candidacy; a person with several has several. Lever's API keeps
 * candidate ids equal to opportunity ids, so it is both the candidate and the application here.
 */
import { UUID } from './traces';
import type { AtsAdapter } from './types';

const OPPORTUNITY = new RegExp(`^/candidates/(${UUID})(?=[/?#]|$)`, 'i');
/**
 * An interview's page (`/interviews/{uuid}`, public scripts for hire.lever.co): about one candidate,
 * whose feedback it collects, but its id is the interview's, not an opportunity: a candidate page
 * whose ids come from the page, never from the URL.
 */
const INTERVIEW = new RegExp(`^/interviews/${UUID}(?=[/?#]|$)`, 'i');

export const lever: AtsAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: ['https://hire.lever.co/*', 'https://hire.sandbox.lever.co/*'],
  readContext(url) {
    const id = OPPORTUNITY.exec(url.pathname)?.[1]?.toLowerCase();
    if (id) return { ats: 'lever', candidateId: id, applicationId: id };
    return INTERVIEW.test(url.pathname) ? { ats: 'lever' } : undefined;
  },
  // Confirmed (public Tampermonkey scripts for hire.lever.co): the profile opens as a `.flyover` over the list. Assumed: the rest.
  candidateRoot: ['.flyover', '[data-qa="opportunity-profile"]', '.opportunity-profile', 'main'],
  // Confirmed (same scripts): the title is "Full Name – Lever Hire".
  titleName: /^(.+?)\s+[\u2013\u2014-]\s+Lever Hire$/,
  // Assumed.
  nameSelector: ['[data-qa="candidate-name"]', '.profile-name', 'h1', 'h2'],
  // A posting in the app (`/jobs/postings/…`) or on the public board (`jobs.lever.co/{company}/{id}`).
  jobLink: new RegExp(`(?:/postings/(?:[a-z]+/)?|jobs\\.lever\\.co/[^/?#]+/)(${UUID})`, 'i'),
  // Confirmed: the flyover's controls (`.next-prev-container` names the list's neighbours). Assumed: the rest.
  notCandidate: [
    '.flyover-controls',
    '[data-qa="user-menu"]',
    '[data-qa="followers"]',
    '[data-qa="opportunity-owner"]',
    '.feed-item-author',
  ],
  // Assumed.
  contact: ['[data-qa="contact-info"]', '.contact-info'],
  // Confirmed: interview feedback in `.interview-story` (`.card-key`/`.card-value` pairs). Assumed: the rest.
  notes: ['.interview-story', '.feed-item', '[data-qa="notes"]'],
  // Assumed.
  candidateText: ['[data-qa="cover-letter"]', '[data-qa="application-answers"]', '[data-qa="resume-text"]'],
  ownDomains: ['lever.co'],
  // Assumed.
  list: { rows: '[data-qa="candidate-row"]', name: '[data-qa="candidate-row-name"]' },
};
