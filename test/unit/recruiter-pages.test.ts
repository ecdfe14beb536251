/**
 * The content script runs on the recruiter side of each built-in ATS and never on its public
 * job boards or careers pages, which share hosts (or host wildcards) with the recruiter apps.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { greenhouse } from '@/lib/ats/greenhouse';
import { startPageSession } from '@/lib/content/session';
import { PUBLIC_BOARD_EXCLUDES, RECRUITER_MATCHES } from '@/lib/ats/recruiterPages';
import { ATS_CASES } from './ats-cases';

const runsOn = (url: string) =>
  RECRUITER_MATCHES.some((m) => new MatchPattern(m).includes(url)) && !PUBLIC_BOARD_EXCLUDES.some((m) => new MatchPattern(m).includes(url));

const PUBLIC_PAGES = [
  'https://boards.greenhouse.io/acme/jobs/4012345',
  'https://boards.greenhouse.io/acme',
  'https://job-boards.greenhouse.io/acme/jobs/4012345',
  'https://job-boards.eu.greenhouse.io/acme/jobs/4012345',
  'https://boards.greenhouse.io/people/jobs/1',
  'https://apply.workable.com/initech/j/3F2A1B9C7D/',
  'https://apply.workable.com/initech/',
  'https://jobs.workable.com/view/abc123/backend-engineer',
  'https://initech.workable.com/',
  'https://initech.workable.com/jobs/2874019',
  'https://jobs.smartrecruiters.com/Acme/743999999999-backend-engineer',
  'https://careers.smartrecruiters.com/Acme',
  'https://www.smartrecruiters.com/Acme/743999999999-backend-engineer',
  'https://wayne.bamboohr.com/careers',
  'https://wayne.bamboohr.com/careers/57',
  'https://wayne.bamboohr.com/jobs/view.php?id=57',
  'https://jobs.lever.co/acme/7d2f4a91-0c3b-4e8a-b5d6-1e9f8a7c6b54',
  'https://jobs.ashbyhq.com/acme',
  'https://acme.teamtailor.com/jobs/301245-backend-engineer',
  'https://acme.recruitee.com/o/product-designer',
  'https://acme.applytojob.com/apply/abc123/Backend-Engineer',
];

describe('where the content script runs', () => {
  it.each(PUBLIC_PAGES)('never on the public page %s', (url) => {
    expect(runsOn(url)).toBe(false);
  });

  it('on every recruiter page the adapters read (their candidate URLs and saved pages)', () => {
    const recruiterUrls = ATS_CASES.flatMap((c) => [
      ...c.urls.filter(([, context]) => context).map(([url]) => url),
      ...c.pages.map((p) => p.url),
    ]);
    expect(recruiterUrls.length).toBeGreaterThan(20);
    for (const url of recruiterUrls) expect(runsOn(url), url).toBe(true);
  });
});

describe('on a recruiter page without a candidate or a list', () => {
  it('adds nothing of ours and asks for no panel', async () => {
    fakeBrowser.reset();
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender: unknown, sendResponse: (r: unknown) => void) => {
      asked.push(message.type);
      sendResponse({ ok: true, data: { injected: true } });
      return true;
    });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://app.greenhouse.io/dashboard');
    document.body.innerHTML = '<main><h1>Dashboard</h1><p>Interviews today: 3. Contact support@greenhouse.io for help.</p></main>';
    const callbacks: (() => void)[] = [];
    startPageSession({ onInvalidated: (cb) => callbacks.push(cb) }, greenhouse);
    await new Promise((r) => setTimeout(r, 200));
    expect([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('scorelens-'))).toEqual([]);
    expect(asked).not.toContain('showPanel');
    callbacks.forEach((cb) => cb());
  });
});
