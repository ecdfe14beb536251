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
    const path = url.pathname;
    const jobId = url.searchParams.get('jobId') ?? undefined;
    const candidate = CANDIDATE.exec(path)?.[1];
    const profile = candidate ? undefined : PROFILE.exec(path);
    // UUIDs lower-cased (links spell them either way); a profile id of another shape kept as written.
    const candidateId = (candidate ?? profile?.[2])?.toLowerCase() ?? profile?.[1];
    if (candidateId) return { ats: 'smartrecruiters', candidateId, jobId };
    const applicationId = APPLICATION.exec(path)?.[1];
    return applicationId ? { ats: 'smartrecruiters', applicationId, jobId } : undefined;
  },
  // Confirmed (MrIbbyR/IND-offer-chrome-ext, selectors used on the live app): the candidate view's root. Assumed: the rest.
  candidateRoot: ['#st-candidateView', '[data-test="candidate-profile"]', 'main'],
  // Assumed: the name is the view's first heading (inside `sr-candidate-header`'s shadow root on our page).
  nameSelector: ['[data-test="candidate-name"]', 'h1'],
  jobLink: new RegExp(`/app/jobs/(?:details/)?(${UUID})`, 'i'),
  // Confirmed: the job sidebar is not the candidate (it lists the job's people). Assumed: the rest.
  notCandidate: ['sr-job-application-sidebar', '[data-test="user-menu"]', '[data-test="hiring-team"]', '[data-test="comment-author"]'],
  // Confirmed: the header and the personal info (the email) components. Assumed: the data-test ones.
  contact: ['sr-candidate-header', 'sr-candidate-personal-info', '[data-test="candidate-email"]', '[data-test="candidate-contact"]'],
  // Assumed.
  notes: ['[data-test="comments"]'],
  // Assumed.
  candidateText: ['[data-test="cover-letter"]', '[data-test="resume-text"]'],
  ownDomains: ['smartrecruiters.com'],
  list: {
    // Confirmed: candidate links are `sr-link[href*="/app/people/"]` in an `spl-table`, names `[data-test="applicant-name"]`.
    // Assumed: a row is the table row holding such a link.
    rows: 'tr:has(sr-link[href*="/app/people/"]), tr:has(a[href*="/app/people/"])',
    link: 'a[href], sr-link[href]',
    name: '[data-test="applicant-name"]',
  },
};
