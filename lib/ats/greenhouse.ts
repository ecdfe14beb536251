/**
 * Greenhouse Recruiting: app.greenhouse.io/people/{personId}?application_id={appId},
 * …/people/{pid}/applications/{aid}/redesign; also app{N}.greenhouse.io and *.us.greenhouse.io.
 */
import type { AtsAdapter } from './types';

const PERSON = /^\/people\/(\d+)(?:\/applications\/(\d+))?/;
/**
 * A scorecard (`/scorecards/{id}`, name in `h3.name span`, job in `.hiring-plan`; ravsssh/greenhouse-cv-crawl):
 * about one candidate, but the id is the scorecard's: the candidate's ids come from the page.
 */
const SCORECARD = /^\/scorecards\/\d+(?=[/?#]|$)/;

export const greenhouse: AtsAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: ['https://*.greenhouse.io/*'],
  readContext(url) {
    const m = PERSON.exec(url.pathname);
    if (!m?.[1]) return SCORECARD.test(url.pathname) ? { ats: 'greenhouse' } : undefined;
    const applicationId = m[2] ?? url.searchParams.get('application_id') ?? undefined;
    return { ats: 'greenhouse', candidateId: m[1], applicationId, jobId: url.searchParams.get('job_id') ?? undefined };
  },
  candidateRoot: ['[data-provides="person-profile"]', '#person_show', 'main'],
  nameSelector: ['[data-provides="person-name"]', '.person-name', 'h1'],
  // A job's plan or list (`/plans/{job}/candidates`) and its dashboard (`/sdash/{job}`).
  jobLink: /\/(?:plans|sdash)\/(\d+)/,
  notCandidate: ['[data-provides="current-user"]', '.nav-user', '[data-provides="hiring-team"]', '.activity-feed .author'],
  contact: ['[data-provides="person-contact"]', '.contact-info'],
  notes: ['.activity-feed .note', '[data-provides="notes"]'],
  candidateText: ['[data-provides="cover-letter"]', '[data-provides="application-answers"]', '[data-provides="resume-text"]'],
  ownDomains: ['greenhouse.io'],
  // The candidates list (`/people?…`) and job pipelines: one row per application.
  list: { rows: '[data-provides="candidate-row"]', name: '[data-provides="candidate-name"]', idAttribute: 'data-person-id' },
};
