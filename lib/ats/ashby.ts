/**
 * Ashby: app.ashbyhq.com/candidates/{uuid}, and the same candidate as a drawer over a list or
 * a pipeline: …/candidate-searches/new/right-side/candidates/{uuid}/applications/{appId}/feed,
 * …/candidates/pipeline/application-review/right-side/candidates/{cid}/applications/{aid}/feed.
 * Confirmed by several public integrations with Ashby's recruiter app: these URL shapes, and a
 * job's pipeline at /jobs/{uuid}/candidate-pipeline/active (a search's query never shows in the URL).
 * No public source shows Ashby's markup: every selector below is assumed.
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
  // Assumed (the drawer over a list is confirmed by the right-side URLs, not its markup). The drawer
  // first: under it, the list is other candidates.
  candidateRoot: ['[data-testid="candidate-drawer"]', '[data-testid="candidate-profile"]', 'main'],
  // Assumed.
  nameSelector: ['[data-testid="candidate-name"]', 'h1'],
  // Confirmed: the job pipeline's URL (/jobs/{uuid}/candidate-pipeline/active).
  jobLink: JOB,
  // Assumed: the user menu, hiring team, activity authors; contact block; activity feed and notes; what the candidate wrote.
  notCandidate: ['[data-testid="user-menu"]', '[data-testid="hiring-team"]', '[data-testid="activity-author"]'],
  contact: ['[data-testid="candidate-contact"]'],
  notes: ['[data-testid="activity-feed"]', '[data-testid="notes"]'],
  candidateText: ['[data-testid="cover-letter"]', '[data-testid="application-answers"]', '[data-testid="resume-text"]'],
  ownDomains: ['ashbyhq.com'],
  // Assumed: the row and its name (the rows' candidate links are read through readContext, whose URL shapes are confirmed).
  list: { rows: '[data-testid="candidate-row"]', name: '[data-testid="candidate-row-name"]' },
};
