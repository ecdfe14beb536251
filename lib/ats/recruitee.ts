/**
 * Recruitee: hash routes, the candidate a drawer over whatever the route shows:
 * app.recruitee.com/#/candidates?candidate={id}, #/dashboard/overview?candidate={id}&company={cid}.
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
  candidateRoot: ['[data-cy="candidate-details"]', 'main'],
  nameSelector: ['[data-cy="candidate-name"]', 'h1'],
  notCandidate: ['[data-cy="user-dropdown"]', '[data-cy="hiring-team"]', '[data-cy="note-author"]'],
  contact: ['[data-cy="candidate-emails"]', '[data-cy="candidate-contact"]'],
  notes: ['[data-cy="notes"]'],
  candidateText: ['[data-cy="cover-letter"]', '[data-cy="application-answers"]', '[data-cy="resume-text"]'],
  ownDomains: ['recruitee.com'],
  // Pipeline and list cards open the drawer on click; they carry the id, not a link.
  list: { rows: '[data-cy="candidate-card"]', name: '[data-cy="candidate-card-name"]', idAttribute: 'data-candidate-id' },
};
