/**
 * Teamtailor: app.teamtailor.com/companies/{companyId}/candidates/{id} and
 * …/candidates/segment/{segment}/candidate/{id}; inside a job, …/jobs/{jobId}/…/candidate/{id}.
 * Company ids may carry a region suffix (`Xk3pQ9vL2mA@eu`), so they are matched as any segment.
 * Confirmed by public automation scripts for Teamtailor's recruiter app: these URL shapes
 * (…/candidates/segment/all/candidate/{id}, …/candidates/{id}, …@na/jobs/{jobId}/stages/candidate/{id}?modal=…),
 * an Ember app, and the resume viewer in an iframe (which this script does not read: see the
 * content script's frames note). No public source shows its markup: every selector below is assumed.
 */
import type { AtsAdapter } from './types';

const COMPANY = /^\/companies\/[^/]+\//;
const CANDIDATE = /\/candidates?\/(\d+)(?=[/?#]|$)/;
const JOB = /\/jobs\/(\d+)(?=[/?#]|$)/;

export const teamtailor: AtsAdapter = {
  id: 'teamtailor',
  name: 'Teamtailor',
  matches: ['https://app.teamtailor.com/*'],
  readContext(url) {
    const company = COMPANY.exec(url.pathname);
    if (!company) return undefined;
    const rest = url.pathname.slice(company[0].length - 1);
    const candidateId = CANDIDATE.exec(rest)?.[1];
    return candidateId ? { ats: 'teamtailor', candidateId, jobId: JOB.exec(rest)?.[1] } : undefined;
  },
  // Assumed: the profile and its name.
  candidateRoot: ['[data-test-candidate-profile]', 'main'],
  nameSelector: ['[data-test-candidate-name]', 'h1'],
  // Confirmed: the job in …/jobs/{jobId}/stages/….
  jobLink: /\/companies\/[^/]+\/jobs\/(\d+)/,
  // Assumed: the user menu, hiring team, activity authors; contact; activity and notes; what the candidate wrote.
  notCandidate: ['[data-test-user-menu]', '[data-test-hiring-team]', '[data-test-activity-author]'],
  contact: ['[data-test-candidate-email]', '[data-test-candidate-contact]'],
  notes: ['[data-test-activity]', '[data-test-notes]'],
  candidateText: ['[data-test-cover-letter]', '[data-test-application-answers]', '[data-test-resume-text]'],
  ownDomains: ['teamtailor.com', 'teamtailor-mail.com'],
  // Assumed: the row and its name.
  list: { rows: '[data-test-candidate-row]', name: '[data-test-candidate-row-name]' },
};
