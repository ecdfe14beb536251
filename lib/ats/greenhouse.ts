/**
 * Greenhouse Recruiting: app.greenhouse.io/people/{personId}?application_id={appId},
 * …/people/{pid}/applications/{aid}/redesign; also app{N}.greenhouse.io and *.us.greenhouse.io.
 */
import type { AtsAdapter } from './types';

const PERSON = /^\/people\/(\d+)(?:\/applications\/(\d+))?/;

export const greenhouse: AtsAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: ['https://*.greenhouse.io/*'],
  readContext(url) {
    const m = PERSON.exec(url.pathname);
    if (!m?.[1]) return undefined;
    const applicationId = m[2] ?? url.searchParams.get('application_id') ?? undefined;
    return { ats: 'greenhouse', candidateId: m[1], applicationId, jobId: url.searchParams.get('job_id') ?? undefined };
  },
  candidateRoot: ['[data-provides="person-profile"]', '#person_show', 'main'],
  nameSelector: ['[data-provides="person-name"]', '.person-name', 'h1'],
  jobLink: /\/plans\/(\d+)/,
  notCandidate: ['[data-provides="current-user"]', '.nav-user', '[data-provides="hiring-team"]', '.activity-feed .author'],
  contact: ['[data-provides="person-contact"]', '.contact-info'],
  notes: ['.activity-feed .note', '[data-provides="notes"]'],
  candidateText: ['[data-provides="cover-letter"]', '[data-provides="application-answers"]', '[data-provides="resume-text"]'],
  ownDomains: ['greenhouse.io'],
  // The candidates list (`/people?…`) and job pipelines: one row per application.
  list: { rows: '[data-provides="candidate-row"]', name: '[data-provides="candidate-name"]', idAttribute: 'data-person-id' },
};
