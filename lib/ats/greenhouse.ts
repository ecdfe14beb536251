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
  // Assumed: the data-provides values (confirmed: `data-provides` is Greenhouse's attribute family, ravsssh/greenhouse-cv-crawl).
  candidateRoot: ['[data-provides="person-profile"]', '#person_show', 'main'],
  // Confirmed (ravsssh/greenhouse-cv-crawl): the name is read from the profile's `h1`; a scorecard's in `h3.name span`. Assumed: the rest.
  nameSelector: ['[data-provides="person-name"]', '.person-name', 'h1', 'h3.name span'],
  // A job's plan or list (`/plans/{job}/candidates`) and its dashboard (`/sdash/{job}`), confirmed by the same crawler.
  jobLink: /\/(?:plans|sdash)\/(\d+)/,
  // Assumed.
  notCandidate: ['[data-provides="current-user"]', '.nav-user', '[data-provides="hiring-team"]', '.activity-feed .author'],
  // Assumed (the Greenhouse help center confirms the redesigned profile's header holds the contact info, not its markup).
  contact: ['[data-provides="person-contact"]', '.contact-info'],
  // Assumed.
  notes: ['.activity-feed .note', '[data-provides="notes"]'],
  // Assumed.
  candidateText: ['[data-provides="cover-letter"]', '[data-provides="application-answers"]', '[data-provides="resume-text"]'],
  ownDomains: ['greenhouse.io'],
  list: {
    // Confirmed (ravsssh/greenhouse-cv-crawl): rows are found by their `/people/{pid}/applications/{aid}` links.
    // Assumed: such a row is a `tr` or `li`; the data-provides row, its name and its person id attribute.
    rows: '[data-provides="candidate-row"], tr:has(a[href*="/people/"][href*="/applications/"]), li:has(a[href*="/people/"][href*="/applications/"])',
    name: '[data-provides="candidate-name"]',
    idAttribute: 'data-person-id',
  },
};
