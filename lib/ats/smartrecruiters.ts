/**
 * SmartRecruiters: www.smartrecruiters.com/app/people/candidates/{uuid} (the person) and
 * …/app/people/applications/{id}/… (one application, the job in `?jobId=` when present).
 */
import { UUID } from './traces';
import type { AtsAdapter } from './types';

const CANDIDATE = new RegExp(`^/app/people/candidates/(${UUID})(?=[/?#]|$)`, 'i');
const APPLICATION = /^\/app\/people\/applications\/((?=[\w-]*\d)[\w-]{1,100})(?=[/?#]|$)/;
/** The person's profile, `/app/people/profile/{id}`, and the older `/app/people/{uuid}/messages` (public scripts on the live app). */
const PROFILE = new RegExp(`^/app/people/(?:profile/((?=[\\w-]*\\d)[\\w-]{1,100})|(${UUID})/messages)(?=[/?#]|$)`, 'i');

export const smartrecruiters: AtsAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: ['https://www.smartrecruiters.com/*'],
  readContext(url) {
    const jobId = url.searchParams.get('jobId') ?? undefined;
    const profile = PROFILE.exec(url.pathname);
    // UUIDs lower-cased (links spell them either way); a profile id of another shape kept as written.
    const candidateId = (CANDIDATE.exec(url.pathname)?.[1] ?? profile?.[2])?.toLowerCase() ?? profile?.[1];
    if (candidateId) return { ats: 'smartrecruiters', candidateId, jobId };
    const applicationId = APPLICATION.exec(url.pathname)?.[1];
    return applicationId ? { ats: 'smartrecruiters', applicationId, jobId } : undefined;
  },
  candidateRoot: ['[data-test="candidate-profile"]', 'main'],
  nameSelector: ['[data-test="candidate-name"]', 'h1'],
  jobLink: new RegExp(`/app/jobs/(?:details/)?(${UUID})`, 'i'),
  notCandidate: ['[data-test="user-menu"]', '[data-test="hiring-team"]', '[data-test="comment-author"]'],
  contact: ['[data-test="candidate-email"]', '[data-test="candidate-contact"]'],
  notes: ['[data-test="comments"]'],
  candidateText: ['[data-test="cover-letter"]', '[data-test="resume-text"]'],
  ownDomains: ['smartrecruiters.com'],
  list: { rows: '[data-test="candidate-list-row"]', name: '[data-test="candidate-list-name"]' },
};
