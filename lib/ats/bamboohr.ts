/**
 * BambooHR Hiring: {company}.bamboohr.com/hiring/candidates/{id}; a job's applicants are listed at
 * /hiring/jobs/{id}. Other *.bamboohr.com pages (HR, careers) read as no candidate.
 * Confirmed by a public Selenium script for BambooHR's hiring module: the candidate URL (with
 * `?list_type=jobs#ats-comments` after it), the lists /hiring/jobs and /hiring/jobs/{id}, and that
 * a list is a plain `tr`/`td` table with the candidate's name as the link in the second cell.
 * The candidate page's markup is not shown by any public source: its selectors are assumed.
 */
import type { AtsAdapter } from './types';

const CANDIDATE = /^\/hiring\/candidates\/(\d+)(?=[/?#]|$)/;

export const bamboohr: AtsAdapter = {
  id: 'bamboohr',
  name: 'BambooHR',
  matches: ['https://*.bamboohr.com/*'],
  readContext(url) {
    const candidateId = CANDIDATE.exec(url.pathname)?.[1];
    return candidateId ? { ats: 'bamboohr', candidateId } : undefined;
  },
  // Assumed: the profile and its name.
  candidateRoot: ['#candidateProfile', '.CandidateProfile', 'main'],
  nameSelector: ['.CandidateProfile__name', 'h1'],
  // Confirmed: a job's list at /hiring/jobs/{id}.
  jobLink: /\/hiring\/jobs\/(\d+)/,
  // Assumed: the account menu, hiring lead, activity authors; contact; activity and notes; what the candidate wrote.
  notCandidate: ['.SiteHeader__account', '.CandidateProfile__hiringLead', '.ActivityFeed__author'],
  contact: ['.CandidateProfile__contact'],
  notes: ['.ActivityFeed', '.CandidateProfile__notes'],
  candidateText: ['.CandidateProfile__coverLetter', '.CandidateProfile__resumeText'],
  ownDomains: ['bamboohr.com'],
  list: {
    // Confirmed: a row is a plain `tr` holding the link to /hiring/candidates/{id}, the name that link.
    // Assumed: the row and name classes, kept first for pages that have them.
    rows: 'tr.CandidatesTable__row, tr:has(a[href*="/hiring/candidates/"])',
    name: '.CandidatesTable__name',
  },
};
