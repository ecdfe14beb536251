/** The sandbox serves each saved ATS page under the ATS's host name (the Host header), and 404 elsewhere on it. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASHBY_DRAWER_URLS,
  ASHBY_LIST_URL,
  ATS_HOSTNAMES,
  CUSTOM_SITE,
  DEMO_CANDIDATE_URL,
  GREENHOUSE_LIST_URL,
  LEVER_CANDIDATE_URLS,
} from '../sandbox/ats-pages';
import { SANDBOX_HOSTNAMES, type Sandbox, startSandbox } from '../sandbox/server';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

/** GET `url` from the sandbox as the browser would, its host mapped to 127.0.0.1. */
function get(url: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: sandbox.port, path: pathname + search, headers: { host: hostname } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('ATS pages', () => {
  it.each([
    ['Greenhouse candidate', DEMO_CANDIDATE_URL, 'data-provides="person-profile"'],
    ['Greenhouse list', GREENHOUSE_LIST_URL, 'data-provides="candidate-row"'],
    ['Lever, Jane', LEVER_CANDIDATE_URLS[0], 'data-testid="next-candidate"'],
    ['Lever, Omar', LEVER_CANDIDATE_URLS[1], 'data-testid="next-candidate"'],
    ['Lever, a sub-page with latency', `${LEVER_CANDIDATE_URLS[1]}/feedback?latency=200`, 'history.pushState'],
    ['Ashby list', ASHBY_LIST_URL, 'data-testid="candidate-row"'],
    ['Ashby drawer', ASHBY_DRAWER_URLS.maria, 'data-testid="candidate-drawer"'],
    ['custom site', CUSTOM_SITE.candidateUrl, 'mailto:omar.haddad@example.com'],
  ])('serves the %s page', async (_name, url, marker) => {
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.body).toMatch(/^<!doctype html>/i);
    expect(page.body).toContain(marker);
  });

  it('serves one Lever app for every candidate, and one Ashby app for list and drawers', async () => {
    const [jane, omar] = await Promise.all(LEVER_CANDIDATE_URLS.map(get));
    expect(jane?.body).toBe(omar?.body);
    const [list, drawer] = await Promise.all([get(ASHBY_LIST_URL), get(ASHBY_DRAWER_URLS.li)]);
    expect(list.body).toBe(drawer.body);
  });

  it.each([
    'https://app.greenhouse.io/dashboard',
    'https://hire.lever.co/',
    'https://hire.lever.co/jobs/postings/7d2f4a91-0c3b-4e8a-b5d6-1e9f8a7c6b54',
    'https://app.ashbyhq.com/candidates',
    'https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/not-a-uuid/applications/x/feed',
    `${CUSTOM_SITE.origin}/candidates/4410026`,
    `${CUSTOM_SITE.origin}/`,
  ])('answers 404 at %s', async (url) => {
    const page = await get(url);
    expect(page.status).toBe(404);
    expect(page.body).toContain('Not found');
  });

  it('answers no ATS page on a host it does not know', async () => {
    expect((await get('https://unknown.example/people/4410023')).status).toBe(404);
    expect((await get('https://unknown.example/people/4410023')).body).not.toContain('person-profile');
  });

  it('maps every ATS host to the sandbox', () => {
    for (const host of ATS_HOSTNAMES) expect(SANDBOX_HOSTNAMES).toContain(host);
    for (const url of [DEMO_CANDIDATE_URL, LEVER_CANDIDATE_URLS[0], ASHBY_LIST_URL, CUSTOM_SITE.candidateUrl])
      expect(ATS_HOSTNAMES).toContain(new URL(url).hostname);
  });
});
