/**
 * Ashby: app.ashbyhq.com/candidates/{uuid}, and the same candidate as a drawer over a list or
 * a pipeline: …/candidate-searches/new/right-side/candidates/{uuid}/applications/{appId}/feed.
 */
import { UUID } from './traces';
import type { AtsAdapter } from './types';

const CANDIDATE = new RegExp(`/candidates/(${UUID})(?:/applications/(${UUID}))?(?=[/?#]|$)`, 'i');
const JOB = new RegExp(`/jobs/(${UUID})(?=[/?#]|$)`, 'i');

export const ashby: AtsAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['https://app.ashbyhq.com/*'],
  readContext(url) {
    const m = CANDIDATE.exec(url.pathname);
    if (!m?.[1]) return undefined;
    return {
      ats: 'ashby',
      candidateId: m[1].toLowerCase(),
      applicationId: m[2]?.toLowerCase(),
      jobId: JOB.exec(url.pathname)?.[1]?.toLowerCase(),
    };
  },
  // The drawer first: under it, the list is other candidates.
  candidateRoot: ['[data-testid="candidate-drawer"]', '[data-testid="candidate-profile"]', 'main'],
  nameSelector: ['[data-testid="candidate-name"]', 'h1'],
  jobLink: JOB,
  notCandidate: ['[data-testid="user-menu"]', '[data-testid="hiring-team"]', '[data-testid="activity-author"]'],
  contact: ['[data-testid="candidate-contact"]'],
  notes: ['[data-testid="activity-feed"]', '[data-testid="notes"]'],
  candidateText: ['[data-testid="cover-letter"]', '[data-testid="application-answers"]', '[data-testid="resume-text"]'],
  ownDomains: ['ashbyhq.com'],
  list: { rows: '[data-testid="candidate-row"]', name: '[data-testid="candidate-row-name"]' },
};
