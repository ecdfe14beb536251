/**
 * JazzHR: app.jazz.co/app/v2/job/{jobId}/candidate/{cid}/profile; a job's applicants are listed
 * at /app/v2/job/{jobId}/candidate.
 * Confirmed by public automation scripts for JazzHR's recruiter app: these URL shapes (…/profile
 * and …/scorecard; the list at …/candidate?workflowStep=1 whose candidates are
 * `a[href*='/candidate/']` links), and the `jz-` class prefix (`.jz-sidebar-block`,
 * `a.jz-document-card-name`). The class names below beyond the prefix are assumed.
 */
import type { AtsAdapter } from './types';

const CANDIDATE = /^\/app\/v2\/(?:job\/(\d+)\/)?candidate\/(\d+)(?=[/?#]|$)/;

export const jazzhr: AtsAdapter = {
  id: 'jazzhr',
  name: 'JazzHR',
  matches: ['https://app.jazz.co/*'],
  readContext(url) {
    const m = CANDIDATE.exec(url.pathname);
    return m?.[2] ? { ats: 'jazzhr', candidateId: m[2], jobId: m[1] } : undefined;
  },
  // Assumed (the `jz-` prefix is confirmed, these names are not): the profile and its name.
  candidateRoot: ['.jz-candidate-profile', 'main'],
  nameSelector: ['.jz-candidate-name', 'h1'],
  // Confirmed: the job in /app/v2/job/{jobId}/….
  jobLink: /\/app\/v2\/job\/(\d+)/,
  // Assumed: the user menu, hiring team, activity authors; contact; activity and notes; what the candidate wrote.
  notCandidate: ['.jz-user-menu', '.jz-hiring-team', '.jz-activity-author'],
  contact: ['.jz-candidate-contact'],
  notes: ['.jz-activity', '.jz-notes'],
  candidateText: ['.jz-cover-letter', '.jz-resume-text'],
  ownDomains: ['jazz.co', 'jazzhr.com', 'applytojob.com'],
  // Assumed: the row and its name; its candidate link (`/candidate/{cid}`, confirmed) gives the ids.
  list: { rows: '.jz-candidate-row', name: '.jz-candidate-row-name' },
};
