/**
 * Recruitee: hash routes, the candidate a drawer over whatever the route shows:
 * app.recruitee.com/#/candidates?candidate={id}, #/dashboard/overview?candidate={id}&company={cid}.
 * Confirmed by Recruitee's API (a candidate's `adminapp_url`): these hash routes, and a job's
 * pipeline at #/offers/{slug}/pipeline (a slug, not an id: no job id is read from it).
 * No public source shows its markup: every selector below is assumed.
 */
import type { AtsAdapter } from './types';

/** The query of a hash route such as `#/candidates?candidate=12`. */
const hashQuery = (url: URL) => new URLSearchParams(url.hash.split('?')[1] ?? '');

export const recruitee: AtsAdapter = {
  id: 'recruitee',
  name: 'Recruitee',
  matches: ['https://app.recruitee.com/*'],
  readContext(url) {
    const candidateId = hashQuery(url).get('candidate');
    return candidateId && /^\d+$/.test(candidateId) ? { ats: 'recruitee', candidateId } : undefined;
  },
  // Assumed: the drawer and its name.
  candidateRoot: ['[data-cy="candidate-details"]', 'main'],
  nameSelector: ['[data-cy="candidate-name"]', 'h1'],
  // Assumed: the user menu, hiring team, note authors; contact; notes; what the candidate wrote.
  notCandidate: ['[data-cy="user-dropdown"]', '[data-cy="hiring-team"]', '[data-cy="note-author"]'],
  contact: ['[data-cy="candidate-emails"]', '[data-cy="candidate-contact"]'],
  notes: ['[data-cy="notes"]'],
  candidateText: ['[data-cy="cover-letter"]', '[data-cy="application-answers"]', '[data-cy="resume-text"]'],
  ownDomains: ['recruitee.com'],
  // Assumed: pipeline and list cards open the drawer on click; they carry the id, not a link.
  list: { rows: '[data-cy="candidate-card"]', name: '[data-cy="candidate-card-name"]', idAttribute: 'data-candidate-id' },
};
