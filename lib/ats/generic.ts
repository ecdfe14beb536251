/**
 * A site the user adds from the options page (an ATS on the company's own domain, or one we do
 * not ship): any page of the site is read, with ids from the URL shapes most ATSs share, and the
 * candidate searched for broadly in the page's main area.
 */
import type { AtsContext } from '../model';
import { compilePattern } from './matchPattern';
import type { AtsAdapter } from './types';

export interface GenericSite {
  /** The site's origin, such as `https://careers.acme.com`. */
  origin: string;
  /** A match pattern narrowing the site, such as `https://acme.com/ats/*`; default: the whole origin. */
  pattern?: string;
}

/** An id is a path segment or query value with a digit in it: `/candidates/new` is no candidate. */
const ID = '((?=[\\w-]*\\d)[\\w-]{1,100})(?=[/?#]|$)';
const PATH_IDS = {
  candidateId: new RegExp(`/(?:candidates?|applicants?|people|persons?|profiles?|talents?)/${ID}`, 'i'),
  applicationId: new RegExp(`/applications?/${ID}`, 'i'),
  jobId: new RegExp(`/(?:jobs?|positions?|requisitions?|openings?|postings?|vacanc(?:y|ies))/${ID}`, 'i'),
};
const QUERY_IDS = {
  candidateId: ['candidate', 'candidate_id', 'candidateId', 'applicant', 'applicant_id', 'applicantId', 'person_id', 'personId'],
  applicationId: ['application', 'application_id', 'applicationId'],
  jobId: ['job', 'job_id', 'jobId', 'position_id', 'positionId', 'requisition_id', 'requisitionId'],
};
const QUERY_ID = /^(?=[\w-]*\d)[\w-]{1,100}$/;

type IdKey = keyof typeof PATH_IDS;

function readIds(url: URL): Omit<AtsContext, 'ats'> {
  // Hash routes (`#/candidates/12`, `#/list?candidate=12`) carry ids like paths and queries do.
  const [hashPath = '', hashQuery = ''] = url.hash.slice(1).split('?');
  const paths = [url.pathname, hashPath];
  const queries = [url.searchParams, new URLSearchParams(hashQuery)];
  const ids: Omit<AtsContext, 'ats'> = {};
  for (const key of Object.keys(PATH_IDS) as IdKey[]) {
    ids[key] =
      paths.map((p) => PATH_IDS[key].exec(p)?.[1]).find(Boolean) ??
      queries.flatMap((q) => QUERY_IDS[key].map((name) => q.get(name))).find((v): v is string => !!v && QUERY_ID.test(v));
  }
  return ids;
}

/** Throws on an origin that is not a URL or a pattern that is not a match pattern, for the options page to show. */
export function genericAdapter(site: GenericSite): AtsAdapter {
  const { protocol, hostname } = new URL(site.origin);
  // Match patterns take no port; without one they cover every port of the host.
  const pattern = site.pattern ?? `${protocol}//${hostname}/*`;
  compilePattern(pattern);
  return {
    id: `custom:${hostname}`,
    name: hostname,
    matches: [pattern],
    // Only URLs inside `matches` get here, and any of them may show a candidate.
    readContext: (url) => ({ ats: 'custom', ...readIds(url) }),
    candidateRoot: ['main', '[role="main"]', 'body'],
    nameSelector: ['[itemprop="name"]', 'h1', 'h2'],
    // Site-wide chrome: the signed-in user's menu lives here. A profile's own <header> inside main is kept.
    notCandidate: ['body > header', '[role="banner"]', 'nav', '[role="navigation"]', 'footer', '[role="contentinfo"]'],
    // A profile's own header (inside the main area) and anything marked as contact details.
    contact: ['main header', '[role="main"] header', '[itemprop="email"]', '[class*="contact"]'],
    notes: ['[class*="note"]', '[class*="comment"]', '[class*="custom-field"]'],
    candidateText: ['[class*="cover"]', '[class*="answers"]', '[class*="resume"]', '[class*="questionnaire"]'],
    // Any URL of the site reads as a context: a candidate only where the page shows one.
    needsEvidence: true,
  };
}
