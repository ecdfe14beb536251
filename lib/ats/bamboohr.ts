/**
 * BambooHR Hiring: {company}.bamboohr.com/hiring/candidates/{id}; a job's applicants are listed at
 * /hiring/jobs/{id}. Other *.bamboohr.com pages (HR, careers) read as no candidate.
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
  candidateRoot: ['#candidateProfile', '.CandidateProfile', 'main'],
  nameSelector: ['.CandidateProfile__name', 'h1'],
  jobLink: /\/hiring\/jobs\/(\d+)/,
  notCandidate: ['.SiteHeader__account', '.CandidateProfile__hiringLead', '.ActivityFeed__author'],
  contact: ['.CandidateProfile__contact'],
  notes: ['.ActivityFeed', '.CandidateProfile__notes'],
  candidateText: ['.CandidateProfile__coverLetter', '.CandidateProfile__resumeText'],
  ownDomains: ['bamboohr.com'],
  list: { rows: 'tr.CandidatesTable__row', name: '.CandidatesTable__name' },
};
