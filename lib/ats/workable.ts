/**
 * Workable: {sub}.workable.com/backend/jobs/{jobId}/candidates/{cid}, and the older browser view
 * …/backend/jobs/{jobId}/browser/{stage}/candidate/{cid}. Other *.workable.com pages (the public
 * job boards) read as no candidate.
 */
import type { AtsAdapter } from './types';

const CANDIDATE = /^\/backend(?:\/jobs\/([\w-]+))?\/(?:candidates|browser\/[\w-]+\/candidate)\/((?=[\w-]*\d)[\w-]{1,64})(?=[/?#]|$)/;

export const workable: AtsAdapter = {
  id: 'workable',
  name: 'Workable',
  matches: ['https://*.workable.com/*'],
  readContext(url) {
    const m = CANDIDATE.exec(url.pathname);
    return m?.[2] ? { ats: 'workable', candidateId: m[2], jobId: m[1] } : undefined;
  },
  candidateRoot: ['[data-ui="candidate-profile"]', 'main'],
  nameSelector: ['[data-ui="candidate-name"]', 'h1'],
  jobLink: /\/backend\/jobs\/([\w-]+)/,
  notCandidate: ['[data-ui="account-menu"]', '[data-ui="hiring-team"]', '[data-ui="timeline-author"]'],
  contact: ['[data-ui="candidate-contact"]'],
  notes: ['[data-ui="timeline-event"]', '[data-ui="comments"]'],
  candidateText: ['[data-ui="cover-letter"]', '[data-ui="application-answers"]', '[data-ui="resume-text"]'],
  // Each candidate gets a relay address …@outbound.workablemail.com: Workable's, not theirs.
  ownDomains: ['workable.com', 'workablemail.com'],
  list: { rows: '[data-ui="candidate-list-item"]', name: '[data-ui="candidate-list-name"]' },
};
