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
  candidateRoot: ['[data-qa="opportunity-profile"]', '.opportunity-profile', 'main'],
  nameSelector: ['[data-qa="candidate-name"]', '.profile-name', 'h1'],
  // A posting in the app (`/jobs/postings/…`) or on the public board (`jobs.lever.co/{company}/{id}`).
  jobLink: new RegExp(`(?:/postings/(?:[a-z]+/)?|jobs\\.lever\\.co/[^/?#]+/)(${UUID})`, 'i'),
  notCandidate: ['[data-qa="user-menu"]', '[data-qa="followers"]', '[data-qa="opportunity-owner"]', '.feed-item-author'],
  contact: ['[data-qa="contact-info"]', '.contact-info'],
  notes: ['.feed-item', '[data-qa="notes"]'],
  candidateText: ['[data-qa="cover-letter"]', '[data-qa="application-answers"]', '[data-qa="resume-text"]'],
  ownDomains: ['lever.co'],
  list: { rows: '[data-qa="candidate-row"]', name: '[data-qa="candidate-row-name"]' },
};
