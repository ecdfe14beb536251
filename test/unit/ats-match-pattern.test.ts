/** The content script's match patterns agree with WXT's MatchPattern, which the background and the manifest checks use. */
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ATS_ADAPTERS } from '@/lib/ats';
import { compilePattern } from '@/lib/ats/matchPattern';
import { RECRUITER_MATCHES } from '@/lib/ats/recruiterPages';

const PATTERNS = [
  ...ATS_ADAPTERS.flatMap((a) => a.matches),
  ...RECRUITER_MATCHES,
  '*://acme.example/*',
  'http://acme.example/ats/*',
  'https://*/*',
  '<all_urls>',
  'file:///home/*',
];
const URLS = [
  'https://app.greenhouse.io/people/1',
  'https://greenhouse.io/people',
  'https://boards.greenhouse.io/acme/jobs/1',
  'http://app.greenhouse.io/people/1',
  'https://evilgreenhouse.io/people/1',
  'https://app.greenhouse.io.evil.example/people/1',
  'https://www.smartrecruiters.com/app/people/candidates/x',
  'https://www.smartrecruiters.com/Acme/job',
  'https://acme.workable.com/backend/candidates/12',
  'https://acme.example/ats/candidates/1?x=1#y',
  'https://acme.example:8443/ats/1',
  'http://acme.example/',
  'file:///home/user/page.html',
  'ws://acme.example/ats/1',
];

describe('compilePattern', () => {
  it('includes exactly the URLs MatchPattern includes', () => {
    for (const pattern of PATTERNS) {
      const ours = compilePattern(pattern);
      const theirs = new MatchPattern(pattern);
      for (const url of URLS) expect([pattern, url, ours(new URL(url))]).toEqual([pattern, url, theirs.includes(url)]);
    }
  });

  it('refuses what MatchPattern refuses', () => {
    for (const bad of [
      'https://acme.*/x',
      'https://acme.example',
      'gopher://acme.example/*',
      'https://acme.example:443/*',
      'acme.example/*',
    ]) {
      expect(() => new MatchPattern(bad)).toThrow();
      expect(() => compilePattern(bad)).toThrow();
    }
  });
});
