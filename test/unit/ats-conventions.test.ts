/**
 * Rules every built-in ATS adapter keeps, so adding one without its fixtures and test cases,
 * or with a pattern the manifest would refuse, fails here.
 */
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { detectSubject } from '@/lib/ats/candidateDetection';
import { adapterForUrl } from '@/lib/ats/detect';
import { ATS_ADAPTERS, ATS_MATCHES } from '@/lib/ats';
import { ATS_CASES } from './ats-cases';
import { fixtureFiles, fixtureHtml, fixturePage } from './ats-fixture';

const caseFor = (id: string) => ATS_CASES.find((c) => c.adapter.id === id);

describe('ATS adapters', () => {
  it('have unique ids, Greenhouse first', () => {
    const ids = ATS_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('greenhouse');
  });

  it('feed the content script every pattern they declare', () => {
    expect(ATS_MATCHES).toEqual(ATS_ADAPTERS.flatMap((a) => a.matches));
  });

  it('test only adapters that are registered', () => {
    for (const c of ATS_CASES) expect(ATS_ADAPTERS).toContain(c.adapter);
  });
});

describe.each(ATS_ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, adapter) => {
  it('declares valid https match patterns', () => {
    expect(adapter.matches.length).toBeGreaterThan(0);
    for (const pattern of adapter.matches) {
      expect(() => new MatchPattern(pattern)).not.toThrow();
      expect(pattern).toMatch(/^https:\/\/[^/]+\/.*$/);
    }
  });

  it('has a test case table with URL shapes, both pages and non-pages', () => {
    const c = caseFor(id);
    expect(c, `add ${id} to ATS_CASES in test/unit/ats-cases.ts`).toBeDefined();
    expect(c?.urls.some(([, context]) => context)).toBe(true);
    expect(c?.urls.some(([, context]) => !context)).toBe(true);
  });

  it('has a candidate page (and a list page when it lists), each exercised by a case', () => {
    const files = fixtureFiles(id);
    expect(files, `add test/fixtures/ats/${id}/candidate.html`).toContain('candidate.html');
    if (adapter.list) expect(files).toContain('list.html');
    const pages = caseFor(id)?.pages ?? [];
    expect(pages.map((p) => p.file).sort()).toEqual(files.filter((f) => f.endsWith('.html')).sort());
    if (adapter.list) expect(pages.some((p) => p.rows?.length)).toBe(true);
    for (const page of pages) expect(adapterForUrl(page.url)).toBe(adapter);
  });

  it('candidate page carries the traps and vendor traces detection must tell apart', () => {
    const page = caseFor(id)?.pages.find((p) => p.file === 'candidate.html');
    const subject = page?.subject;
    expect(subject?.emails.length).toBeGreaterThan(0);
    const html = fixtureHtml(id, 'candidate.html');

    // The recruiter's and the hiring team's addresses, and a no-reply style sender.
    const others = new Set((html.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).map((e) => e.toLowerCase()));
    for (const e of subject?.emails ?? []) others.delete(e);
    expect(others.size).toBeGreaterThanOrEqual(3);
    expect(html).toMatch(/\b(?:no-?reply|do-not-reply|notifications)@/i);

    // A 24-hex hash that is not a HiringBranch id, and one that is, beside the vendor's name.
    const hexes = new Set(html.match(/\b[0-9a-f]{24}\b/g));
    for (const hb of subject?.ids.hiringbranch ?? []) hexes.delete(hb);
    expect(hexes.size).toBeGreaterThan(0);
    expect(subject?.ids.hiringbranch?.length).toBeGreaterThan(0);
    expect(html).toMatch(/hiring\s?branch/i);

    // A TalentScreen report link with a result id, and a Praxicraft report link with an invite token.
    expect(html).toMatch(/href="https:\/\/talentscreens\.org\/[^"]*result_\w+/);
    expect(html).toMatch(/href="https:\/\/[\w.]*praxicraft\.[a-z]+\/[^"]*[0-9a-f]{8}-[0-9a-f]{4}-/);
    // Found: each vendor's trace is sent, or offered when the page had more than three.
    const detected = page && detectSubject(fixturePage(id, 'candidate.html'), new URL(page.url), adapter);
    const shown = [...(detected?.sources ?? []), ...(detected?.offers ?? []).filter((o) => o.reason === 'limit')];
    expect(shown.some((i) => i.kind === 'talentscreen')).toBe(true);
    expect(shown.some((i) => i.kind === 'praxicraft')).toBe(true);

    // A cover letter naming another person's email, TalentScreen id and HiringBranch id: only ever offered.
    const written = (detected?.offers ?? []).filter((o) => o.reason === 'candidate_text').map((o) => o.value);
    expect(written).toEqual(expect.arrayContaining(['kim.park@example.org', 'cand_kim777', '0a1b2c3d4e5f60718293a4b5']));
    // Colleagues inside the candidate's area (hiring team, activity feed): offered, never sent.
    expect(detected?.offers?.some((o) => o.reason === 'colleague')).toBe(true);
    expect(detected?.sources?.length).toBeLessThanOrEqual(3);
  });
});
