/**
 * The pages the sandbox serves for end-to-end tests, as the adapters read them: the static markup
 * (DOMParser, scripts not run), then the single-page apps run in their own happy-dom window,
 * navigating by clicks, history.back() and direct loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/ats';
import { ashby } from '@/lib/ats/ashby';
import { detectSubject } from '@/lib/ats/candidateDetection';
import { adapterForUrl } from '@/lib/ats/detect';
import { detectList } from '@/lib/ats/listDetection';
import { greenhouse } from '@/lib/ats/greenhouse';
import { lever } from '@/lib/ats/lever';
import type { AtsAdapter } from '@/lib/ats/types';
import type { Subject } from '@/lib/model';
import {
  ASHBY_DRAWER_URLS,
  ASHBY_LIST_URL,
  CUSTOM_SITE,
  GREENHOUSE_LIST_URL,
  LEVER_CANDIDATE_URLS,
  LEVER_OPPORTUNITY_IDS,
} from '../sandbox/ats-pages';
import { personByEmail } from '../sandbox/fixtures';
import { lookedUp } from './ats-fixture';

// Read from disk: happy-dom's URL is not the file's.
const html = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/ats', file), 'utf8');
const parse = (file: string) => new DOMParser().parseFromString(html(file), 'text/html');

const LEVER_APP = 'lever/spa/app.html';
const ASHBY_APP = 'ashby/spa/app.html';
const ASHBY_PLATFORM_JOB = 'c6f3e4d5-7a8b-4c9d-8e0f-2a3b4c5d6e7f';
const { jane: LEVER_JANE, omar: LEVER_OMAR } = LEVER_OPPORTUNITY_IDS;

const leverSubject = (id: string, name: string, email: string, ids: Subject['ids'], jobId: string): Subject => ({
  name,
  emails: [email],
  ids,
  ats: { ats: 'lever', candidateId: id, applicationId: id, jobId },
});
const LEVER_JANE_SUBJECT = leverSubject(
  LEVER_JANE,
  'Jane Doe',
  'jane.doe@example.com',
  { talentscreen: ['result_jane_backend'], hiringbranch: ['6806925756b1f3c37b52440b'] },
  '2b6d8f0a-4c1e-4a3b-9d5f-7e9a1c3b5d62',
);
const LEVER_OMAR_SUBJECT = leverSubject(
  LEVER_OMAR,
  'Omar Haddad',
  'omar.haddad@example.com',
  { talentscreen: ['result_omar_fe'], hiringbranch: ['6806925e2d542314849ca102'] },
  '7d2f4a91-0c3b-4e8a-b5d6-1e9f8a7c6b54',
);

/** The ids of an Ashby drawer URL. */
function ashbyIds(url: string) {
  const [, candidateId, applicationId] = /candidates\/([^/]+)\/applications\/([^/]+)/.exec(url) ?? [];
  return { ats: 'ashby', candidateId, applicationId, jobId: ASHBY_PLATFORM_JOB };
}
const ASHBY_SUBJECTS: Record<'li' | 'maria' | 'diego', Subject> = {
  li: {
    name: 'Li Wei',
    emails: ['li.wei@example.com'],
    ids: { hiringbranch: ['59bc377497c7ac0cbc1b69c7'] },
    ats: ashbyIds(ASHBY_DRAWER_URLS.li),
  },
  maria: {
    name: 'María García',
    emails: ['maria.garcia@example.com'],
    ids: { hiringbranch: ['6a1f0c2b9d3e4f5061728394'] },
    ats: ashbyIds(ASHBY_DRAWER_URLS.maria),
  },
  diego: {
    name: 'Diego Rossi',
    emails: ['diego.rossi@example.com'],
    ids: { talentscreen: ['result_diego_backend'] },
    ats: ashbyIds(ASHBY_DRAWER_URLS.diego),
  },
};

describe('static markup', () => {
  it('Lever: the shell alone shows no candidate, and none of its own addresses', () => {
    expect(adapterForUrl(LEVER_CANDIDATE_URLS[0])).toBe(lever);
    const subject = lookedUp(detectSubject(parse(LEVER_APP), new URL(LEVER_CANDIDATE_URLS[0]), lever));
    expect(subject).toEqual({ emails: [], ids: {}, ats: { ats: 'lever', candidateId: LEVER_JANE, applicationId: LEVER_JANE } });
  });

  it('Ashby: the search is a list of three cast members, with no candidate of its own', () => {
    const doc = parse(ASHBY_APP);
    const url = new URL(ASHBY_LIST_URL);
    expect(adapterForUrl(ASHBY_LIST_URL)).toBe(ashby);
    expect(detectSubject(doc, url, ashby)).toBeUndefined();
    expect(doc.querySelector('[data-testid="candidate-drawer"]')).toBeNull();
    expect(detectList(doc, url, ashby).rows.map((r) => r.subject)).toEqual(
      Object.values(ASHBY_SUBJECTS).map(({ name, emails, ats }) => ({ name, emails, ids: {}, ats })),
    );
  });

  it('Greenhouse: the list has a row per candidate', () => {
    expect(adapterForUrl(GREENHOUSE_LIST_URL)).toBe(greenhouse);
    const rows = detectList(parse('greenhouse/list.html'), new URL(GREENHOUSE_LIST_URL), greenhouse).rows;
    expect(rows.map((r) => r.subject.name)).toEqual(['Jane Doe', 'Janet Doerr', 'Omar Haddad', 'Priya Shah', 'Emma Wilson']);
  });

  it('the custom site is no built-in ATS, and shows Omar to the site the user adds', () => {
    expect(adapterForUrl(CUSTOM_SITE.candidateUrl)).toBeUndefined();
    const site = genericAdapter(CUSTOM_SITE);
    expect(adapterForUrl(CUSTOM_SITE.candidateUrl, [site])).toBe(site);
    const doc = parse('generic/acme-corp.html');
    expect(doc.querySelector('[data-testid="candidate-email"]')?.getAttribute('href')).toBe('mailto:omar.haddad@example.com');
    expect(lookedUp(detectSubject(doc, new URL(CUSTOM_SITE.candidateUrl), site))).toEqual({
      name: 'Omar Haddad',
      emails: ['omar.haddad@example.com'],
      ids: { talentscreen: ['result_omar_fe'], hiringbranch: ['6806925e2d542314849ca102'] },
      ats: { ats: 'custom', candidateId: '4410025' },
    });
  });
});

describe('single-page apps', () => {
  const windows: Window[] = [];
  afterEach(async () => {
    await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
  });

  /** The page loaded at `url` with its script run, and what an adapter reads of it now. */
  function load(file: string, url: string, adapter: AtsAdapter) {
    const window = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
    windows.push(window);
    window.document.write(html(file));
    const doc = window.document as unknown as Document;
    const element = (selector: string) => {
      const found = doc.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`no ${selector} on ${window.location.href}`);
      return found;
    };
    return {
      window,
      doc,
      element,
      click: (selector: string) => element(selector).click(),
      subject: () => lookedUp(detectSubject(doc, new URL(window.location.href), adapter)),
      /** The email marker e2e tests wait for. */
      email: () => doc.querySelector('[data-testid="candidate-email"]')?.textContent,
    };
  }

  it('Lever renders the candidate of the path, and "Next candidate" switches without reload', async () => {
    const page = load(LEVER_APP, LEVER_CANDIDATE_URLS[0], lever);
    const main = page.element('main');
    expect(page.email()).toBe('jane.doe@example.com');
    expect(page.subject()).toEqual(LEVER_JANE_SUBJECT);

    page.click('[data-testid="next-candidate"]');
    expect(page.window.location.href).toBe(LEVER_CANDIDATE_URLS[1]);
    expect(page.subject()).toEqual(LEVER_OMAR_SUBJECT);

    page.click('[data-testid="next-candidate"]');
    expect(page.subject()).toEqual(LEVER_JANE_SUBJECT);

    page.window.history.back();
    await page.window.happyDOM.waitUntilComplete();
    expect(page.window.location.href).toBe(LEVER_CANDIDATE_URLS[1]);
    expect(page.subject()).toEqual(LEVER_OMAR_SUBJECT);
    expect(page.element('main')).toBe(main);
  });

  it('Lever with ?latency leaves the previous candidate on screen until the new one renders', async () => {
    const page = load(LEVER_APP, `${LEVER_CANDIDATE_URLS[0]}?latency=30`, lever);
    page.click('[data-testid="next-candidate"]');
    expect(page.window.location.href).toBe(LEVER_CANDIDATE_URLS[1]);
    expect(page.email()).toBe('jane.doe@example.com');
    expect(page.element('main').getAttribute('aria-busy')).toBe('true');
    await page.window.happyDOM.waitUntilComplete();
    expect(page.email()).toBe('omar.haddad@example.com');
  });

  it('Lever shows no one at an unknown opportunity', () => {
    const page = load(LEVER_APP, 'https://hire.lever.co/candidates/00000000-0000-4000-8000-000000000000', lever);
    expect(page.subject()?.emails).toEqual([]);
    expect(page.element('[data-testid="next-candidate"]').getAttribute('href')).toBe(new URL(LEVER_CANDIDATE_URLS[0]).pathname);
  });

  it('Ashby opens a drawer over the list from a row, switches it, and closes it', async () => {
    const page = load(ASHBY_APP, ASHBY_LIST_URL, ashby);
    const drawers = () => page.doc.querySelectorAll('[data-testid="candidate-drawer"]').length;
    expect(page.subject()).toBeUndefined();
    expect(drawers()).toBe(0);

    page.click('[data-testid="candidate-row"]:nth-child(2) a[data-spa]');
    expect(page.window.location.href).toBe(ASHBY_DRAWER_URLS.maria);
    expect(page.subject()).toEqual(ASHBY_SUBJECTS.maria);

    page.click('[data-testid="candidate-row-name"]'); // Li's row, through the link's inner span
    expect(page.window.location.href).toBe(ASHBY_DRAWER_URLS.li);
    expect(drawers()).toBe(1);
    expect(page.subject()).toEqual(ASHBY_SUBJECTS.li);
    expect(page.email()).toBe('li.wei@example.com');

    page.click('[data-testid="drawer-close"]');
    expect(page.window.location.href).toBe(ASHBY_LIST_URL);
    expect(drawers()).toBe(0);
    expect(page.subject()).toBeUndefined();
    expect(detectList(page.doc, new URL(ASHBY_LIST_URL), ashby).rows).toHaveLength(3);

    page.window.history.back();
    await page.window.happyDOM.waitUntilComplete();
    expect(page.window.location.href).toBe(ASHBY_DRAWER_URLS.li);
    expect(page.subject()).toEqual(ASHBY_SUBJECTS.li);
  });

  it('Ashby opens the drawer of a drawer URL at load', () => {
    const page = load(ASHBY_APP, ASHBY_DRAWER_URLS.diego, ashby);
    expect(page.subject()).toEqual(ASHBY_SUBJECTS.diego);
  });

  it('show only cast members, with their HiringBranch ids', () => {
    const shown = [LEVER_JANE_SUBJECT, LEVER_OMAR_SUBJECT, ...Object.values(ASHBY_SUBJECTS)];
    for (const subject of shown) {
      const person = personByEmail(subject.emails[0] ?? '');
      expect(person?.name).toBe(subject.name);
      if (subject.ids.hiringbranch) expect(subject.ids.hiringbranch).toEqual([person?.hiringbranchId]);
    }
  });
});
