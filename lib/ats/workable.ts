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
  // Assumed. Where a list shares the page (the browser view), the area around the name that holds no row.
  candidateRoot: ['[data-ui="candidate-profile"]', 'main'],
  // Assumed. Never `[data-ui="candidate-name"]`: confirmed as a list row's name (public scripts for Workable).
  nameSelector: ['h1', 'h2'],
  jobLink: /\/backend\/jobs\/([\w-]+)/,
  // Assumed.
  notCandidate: ['[data-ui="account-menu"]', '[data-ui="hiring-team"]', '[data-ui="timeline-author"]'],
  // Assumed.
  contact: ['[data-ui="candidate-contact"]'],
  // Assumed.
  notes: ['[data-ui="timeline-event"]', '[data-ui="comments"]'],
  // Assumed.
  candidateText: ['[data-ui="cover-letter"]', '[data-ui="application-answers"]', '[data-ui="resume-text"]'],
  // Confirmed (Workable API `outbound_mailbox`): each candidate gets a relay address …@outbound.workablemail.com, Workable's, not theirs.
  ownDomains: ['workable.com', 'workablemail.com'],
  list: {
    // Confirmed (public scripts for Workable): a row's name `[data-ui="candidate-name"]` inside its link to the candidate.
    // Assumed: the row is the `li` around it (or a `[data-ui="candidate-list-item"]`).
    rows: '[data-ui="candidate-list-item"], li:has([data-ui="candidate-name"])',
    name: '[data-ui="candidate-name"]',
  },
};
