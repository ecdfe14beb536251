/**
 * Serves our saved ATS pages under the ATS's real host names, so the content script's match patterns apply.
 * The single-page apps (Lever, Ashby) are one HTML file each, under `spa/` so the adapter fixture table
 * (test/unit/ats-cases.ts, which lists every `<ats>/*.html`) leaves them out; their inline script renders
 * the candidate of the current path and navigates with history.pushState.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_JOB_ID, PEOPLE } from './fixtures';
import type { SandboxResponse } from './http';

// A path, not a URL: under happy-dom (unit tests import these constants) URL is not Node's.
const FIXTURES = join(import.meta.dirname, '../fixtures/ats');

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

interface AtsSite {
  host: RegExp;
  /** A saved page (`file`), or one built from the sandbox's people (`html`). */
  pages: ({ path: RegExp; file: string } | { path: RegExp; html: () => string })[];
}

export const ATS_SITES: AtsSite[] = [
  {
    host: /(^|\.)greenhouse\.io$/,
    pages: [
      // Any person id shows Jane's page: follow only her link from the list.
      { path: /^\/people\/\d+(\/applications\/\d+(\/redesign)?)?\/?$/, file: 'greenhouse/candidate.html' },
      { path: /^\/people\/?$/, file: 'greenhouse/list.html' },
      { path: new RegExp(`^/plans/${DEMO_JOB_ID}/candidates/?$`), html: () => greenhouseJobList() },
    ],
  },
  {
    // Lever's sandbox host: Omar's profile as a flyover over the candidates list (a static page).
    host: /^hire\.sandbox\.lever\.co$/,
    pages: [{ path: new RegExp(`^/candidates/${UUID}/?$`, 'i'), file: 'lever/flyover.html' }],
  },
  {
    // Web components with open shadow roots: Sam Okafor's page, links as sr-link.
    host: /^www\.smartrecruiters\.com$/,
    pages: [
      { path: new RegExp(`^/app/people/candidates/${UUID}/?$`, 'i'), file: 'smartrecruiters/candidate.html' },
      // Its candidate rendered late inside a shadow root (after "Next candidate").
      { path: /^\/app\/people\/profile\/\w+\/?$/, file: 'smartrecruiters/spa/late.html' },
    ],
  },
  {
    host: /^hire\.(sandbox\.)?lever\.co$/,
    // Every opportunity path: the page's script renders Jane, Omar or "Candidate not found".
    pages: [{ path: /^\/candidates\/[^/]+(\/.*)?$/, file: 'lever/spa/app.html' }],
  },
  {
    host: /^app\.ashbyhq\.com$/,
    pages: [
      {
        path: new RegExp(`^/candidate-searches/new(/right-side/candidates/${UUID}/applications/${UUID}/feed)?/?$`, 'i'),
        file: 'ashby/spa/app.html',
      },
    ],
  },
  {
    host: /^ats\.acme-corp\.test$/,
    pages: [{ path: /^\/candidates\/4410025\/?$/, file: 'generic/acme-corp.html' }],
  },
];

/** Host names the sandbox answers for ATS pages. */
export const ATS_HOSTNAMES = [
  'app.greenhouse.io',
  'hire.lever.co',
  'hire.sandbox.lever.co',
  'app.ashbyhq.com',
  'www.smartrecruiters.com',
  'ats.acme-corp.test',
];

/** Omar Haddad (omar.haddad@example.com) in a flyover over a list of Omar, Lucas Martin and Diego Rossi (their emails in the rows). */
export const LEVER_FLYOVER_URL = 'https://hire.sandbox.lever.co/candidates/3c9e1b7a-52d4-4f0e-9a61-8b2d7c4e5f10';

/**
 * SmartRecruiters' page of web components: Sam Okafor, his email inside `sr-candidate-personal-info`'s open shadow
 * root, the job's hiring team (jill.valentine@umbrella.example) inside `sr-job-application-sidebar`'s.
 */
export const SMARTRECRUITERS_CANDIDATE_URL = 'https://www.smartrecruiters.com/app/people/candidates/5a2c7e94-3b1d-4f86-a0c9-7e5d3b1a9f28';

/** Omar Haddad (omar.haddad@example.com) in a shadow root; "Next candidate" shows Sam Okafor's details there a moment after the URL changes. */
export const SMARTRECRUITERS_LATE_URL = 'https://www.smartrecruiters.com/app/people/profile/5b9d03f1';

/** The demo candidate's page: Jane Doe (jane.doe@example.com), static. */
export const DEMO_CANDIDATE_URL = 'https://app.greenhouse.io/people/4410023?application_id=8812001';

/**
 * Greenhouse's candidate list, static, one `[data-provides="candidate-row"]` per row: Jane Doe, Janet Doerr,
 * Omar Haddad (TalentScreen id only), Priya Shah and Emma Wilson (no link, no email).
 */
export const GREENHOUSE_LIST_URL = 'https://app.greenhouse.io/people?sort=last_activity';

/** Lever opportunity ids of the two people its app shows. */
export const LEVER_OPPORTUNITY_IDS = {
  jane: '5e1a9c3d-7b2f-4d8e-a6c0-2f4b6d8e0a21',
  omar: '3c9e1b7a-52d4-4f0e-9a61-8b2d7c4e5f10',
} as const;

/**
 * Lever's app: Jane Doe (jane.doe@example.com), then Omar Haddad (omar.haddad@example.com).
 * `[data-testid="next-candidate"]` in the top bar goes from one to the other without reload.
 */
export const LEVER_CANDIDATE_URLS = [
  `https://hire.lever.co/candidates/${LEVER_OPPORTUNITY_IDS.jane}`,
  `https://hire.lever.co/candidates/${LEVER_OPPORTUNITY_IDS.omar}`,
] as const;

/** Ashby's candidate search (no candidate): rows for Li Wei, María García and Diego Rossi. */
export const ASHBY_LIST_URL = 'https://app.ashbyhq.com/candidate-searches/new';

const ashbyDrawer = (candidateId: string, applicationId: string) =>
  `${ASHBY_LIST_URL}/right-side/candidates/${candidateId}/applications/${applicationId}/feed`;

/** The drawer each row opens (pushState), also loadable directly: li.wei@, maria.garcia@, diego.rossi@example.com. */
export const ASHBY_DRAWER_URLS = {
  li: ashbyDrawer('a4f1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'b5e2d3c4-6f7a-4b8c-9d0e-1f2a3b4c5d6e'),
  maria: ashbyDrawer('d7a4f5e6-8b9c-4d0e-9f1a-3b4c5d6e7f80', 'e8b5a6f7-9c0d-4e1f-8a2b-4c5d6e7f8091'),
  diego: ashbyDrawer('3d0f1b2c-4e5a-4b6c-8d7e-9f0a1b2c3d4e', '4e1a2c3d-5f6b-4c7d-9e8f-0a1b2c3d4e5f'),
} as const;

/**
 * An in-house ATS no built-in adapter matches, for sites the user adds (`origin` is a `GenericSite`):
 * Omar Haddad (omar.haddad@example.com), static. Other paths of the host are 404.
 */
export const CUSTOM_SITE = {
  origin: 'https://ats.acme-corp.test',
  candidateUrl: 'https://ats.acme-corp.test/candidates/4410025',
} as const;

/**
 * Applicants no vendor knows (every vendor answers "no match"): they make the demo job's list as
 * long as a real one, so rows below the panel's fold wait until scrolled to (or "Look up all").
 */
export const UNKNOWN_APPLICANTS = [
  'Ana Souza',
  'Ben Carter',
  'Chloé Martin',
  'David Kim',
  'Elif Aydin',
  'Felix Wagner',
  'Grace Osei',
  'Hana Sato',
  'Ivan Petrov',
  'Julia Nowak',
  'Kofi Mensah',
  'Lena Berg',
  'Mateo López',
  'Nadia Haddad',
].map((name, i) => ({
  name,
  email: `${name
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .toLowerCase()
    .replace(' ', '.')}@example.com`,
  ats: { candidateId: String(4410101 + i), applicationId: String(8812101 + i), jobId: DEMO_JOB_ID },
}));

/** The demo job's applicants: the sandbox's people applied to it (their results differ), then the unknown ones. */
export const DEMO_JOB_APPLICANTS = [...PEOPLE.filter((p) => p.ats.jobId === DEMO_JOB_ID), ...UNKNOWN_APPLICANTS];

/**
 * Greenhouse's candidate list of the demo job ("Senior Backend Engineer"), as the saved job list
 * (greenhouse/job-list.html) shows one: `/plans/{jobId}/candidates`, a `tr` per application with its
 * `/people/{pid}/applications/{aid}` link (the name) and the candidate's email in a cell.
 */
export const GREENHOUSE_JOB_LIST_URL = `https://app.greenhouse.io/plans/${DEMO_JOB_ID}/candidates`;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function greenhouseJobList(): string {
  const rows = DEMO_JOB_APPLICANTS.map(
    (p) =>
      // Cells on their own lines, as a page's source has them: a row's text keeps its words apart.
      `<tr>\n<td><a href="/people/${p.ats.candidateId}/applications/${p.ats.applicationId}">${escapeHtml(p.name)}</a></td>\n` +
      `<td>Application review</td>\n<td>${escapeHtml(p.email)}</td>\n</tr>`,
  );
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Senior Backend Engineer - Candidates - Greenhouse</title>
  <style>body { margin: 0; font-family: Helvetica, Arial, sans-serif; font-size: 14px; background: #f7f7f7; }
  table { border-collapse: collapse; margin: 24px; background: #fff; } td, th { padding: 8px 12px; border-top: 1px solid #eee; text-align: left; }</style></head>
  <body>
    <header class="nav"><strong>greenhouse</strong>
      <div class="nav-user" data-provides="current-user">Signed in as <a href="mailto:alex.recruiter@acme-corp.com">alex.recruiter@acme-corp.com</a></div>
    </header>
    <main>
      <h1>Senior Backend Engineer</h1>
      <table>
        <tr><th>Name</th><th>Stage</th><th>Email</th></tr>
        ${rows.join('\n        ')}
      </table>
    </main>
  </body>
</html>
`;
}

export function atsPage(host: string, path: string): SandboxResponse | undefined {
  const site = ATS_SITES.find((s) => s.host.test(host));
  if (!site) return undefined;
  const page = site.pages.find((p) => p.path.test(path));
  if (!page)
    return {
      status: 404,
      rawBody: '<!doctype html><title>Not found</title><h1>Not found</h1>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
    };
  return {
    status: 200,
    rawBody: 'html' in page ? page.html() : readFileSync(join(FIXTURES, page.file), 'utf8'),
    headers: { 'content-type': 'text/html; charset=utf-8' },
  };
}
