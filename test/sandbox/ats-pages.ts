/** Serves our saved ATS pages under the ATS's real host names, so the content script's match patterns apply. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SandboxResponse } from './http';

const FIXTURES = fileURLToPath(new URL('../fixtures/ats/', import.meta.url));

interface AtsSite {
  host: RegExp;
  pages: { path: RegExp; file: string }[];
}

export const ATS_SITES: AtsSite[] = [
  {
    host: /(^|\.)greenhouse\.io$/,
    pages: [{ path: /^\/people\/\d+(\/applications\/\d+(\/redesign)?)?\/?$/, file: 'greenhouse/candidate.html' }],
  },
];

/** Host names the sandbox answers for ATS pages. */
export const ATS_HOSTNAMES = ['app.greenhouse.io'];

/** The demo candidate's page. */
export const DEMO_CANDIDATE_URL = 'https://app.greenhouse.io/people/4410023?application_id=8812001';

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
    rawBody: readFileSync(`${FIXTURES}${page.file}`, 'utf8'),
    headers: { 'content-type': 'text/html; charset=utf-8' },
  };
}
