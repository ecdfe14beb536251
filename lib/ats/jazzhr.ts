/**
 * JazzHR: app.jazz.co/app/v2/job/{jobId}/candidate/{cid}/profile; a job's applicants are listed
 * at /app/v2/job/{jobId}/candidate.
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
  candidateRoot: ['.jz-candidate-profile', 'main'],
  nameSelector: ['.jz-candidate-name', 'h1'],
  jobLink: /\/app\/v2\/job\/(\d+)/,
  notCandidate: ['.jz-user-menu', '.jz-hiring-team', '.jz-activity-author'],
  contact: ['.jz-candidate-contact'],
  notes: ['.jz-activity', '.jz-notes'],
  candidateText: ['.jz-cover-letter', '.jz-resume-text'],
  ownDomains: ['jazz.co', 'jazzhr.com', 'applytojob.com'],
  list: { rows: '.jz-candidate-row', name: '.jz-candidate-row-name' },
};
