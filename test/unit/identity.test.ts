/** Which identifiers go out without asking, in which order; what the panel's "Not this person" keeps; user sites' patterns. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emailMatchesName, type FoundIdentifier, rankIdentifiers, withIdentifier, withoutIdentifiers } from '@/lib/ats/identity';
import { notThisPerson, setNotThisPerson } from '@/lib/settings/notThisPerson';
import { forgetAll } from '@/lib/settings/storage';
import { sitePatternProblem } from '@/lib/settings/sitePattern';

const email = (value: string, source: FoundIdentifier['source'], held?: FoundIdentifier['held']): FoundIdentifier => ({
  kind: 'email',
  value,
  source,
  ...(held ? { held } : {}),
});
const id = (kind: 'hiringbranch' | 'talentscreen' | 'praxicraft', value: string, source: FoundIdentifier['source']): FoundIdentifier => ({
  kind,
  value,
  source,
});
const values = (list: { value: string }[]) => list.map((i) => i.value);

describe('ranking', () => {
  it("puts the email spelling the candidate's name first, then the most trusted places, at most three", () => {
    const { sent, offers } = rankIdentifiers(
      [
        id('praxicraft', 'p1', 'vendor_link'),
        email('studio@design.example', 'profile'),
        id('hiringbranch', 'hb1', 'field'),
        email('priya.raman@example.com', 'profile'),
        id('talentscreen', 'ts1', 'url'),
      ],
      'Priya Raman',
    );
    expect(values(sent)).toEqual(['priya.raman@example.com', 'ts1', 'hb1']);
    expect(offers.map((o) => `${o.value} ${o.reason}`)).toEqual(['p1 limit', 'studio@design.example limit']);
  });

  it('never sends colleagues, system or relay addresses, or what only the candidate wrote', () => {
    const { sent, offers } = rankIdentifiers(
      [
        email('kim.park@example.org', 'free_text', 'candidate_text'),
        email('dana.kim@acme.example', 'profile', 'colleague'),
        email('jane-4f2a@outbound.workablemail.com', 'profile', 'relay_address'),
        email('jane.doe@example.com', 'contact'),
      ],
      'Jane Doe',
    );
    expect(values(sent)).toEqual(['jane.doe@example.com']);
    expect(offers.map((o) => o.reason)).toEqual(['candidate_text', 'colleague', 'relay_address']);
  });

  it("keeps the candidate's own email even when their cover letter repeats it, but a colleague stays a colleague", () => {
    const { sent, offers } = rankIdentifiers(
      [
        email('jane.doe@example.com', 'free_text', 'candidate_text'),
        email('jane.doe@example.com', 'profile'),
        email('dana.kim@acme.example', 'contact'),
        email('dana.kim@acme.example', 'free_text', 'colleague'),
      ],
      'Jane Doe',
    );
    expect(values(sent)).toEqual(['jane.doe@example.com']);
    expect(offers.map((o) => `${o.value} ${o.reason}`)).toEqual(['dana.kim@acme.example colleague']);
  });

  it.each([
    ['jane.doe@example.com', 'Jane Doe', true],
    ['jdoe@example.com', 'Jane Doe', true],
    ['doe.jane@example.com', 'Jane Doe', true],
    ['jane@example.com', 'Jane Doe', true],
    ['maria.garcia@example.com', 'María García', true],
    ['kim.park@example.org', 'Jane Doe', false],
    ['info@janedoe.dev', 'Jane Doe', false],
    ['jane.doe@example.com', undefined, false],
  ])('%s spells %s: %s', (address, name, matches) => {
    expect(emailMatchesName(address, name)).toBe(matches);
  });

  it('adds a clicked offer to the lookup, and leaves out identifiers marked "Not this person"', () => {
    const subject = {
      emails: ['jane.doe@example.com'],
      ids: {},
      sources: [email('jane.doe@example.com', 'contact')],
      offers: [{ kind: 'talentscreen' as const, value: 'cand_kim777', source: 'free_text' as const, reason: 'candidate_text' as const }],
    };
    const clicked = withIdentifier(subject, { kind: 'talentscreen', value: 'cand_kim777', source: 'free_text' });
    expect(clicked.ids).toEqual({ talentscreen: ['cand_kim777'] });
    expect(clicked.offers).toEqual([]);
    const without = withoutIdentifiers(clicked, new Set(['email:jane.doe@example.com']));
    expect(without.emails).toEqual([]);
    expect(without.ids).toEqual({ talentscreen: ['cand_kim777'] });
  });
});

describe('"Not this person"', () => {
  beforeEach(() => fakeBrowser.reset());
  const ats = { ats: 'greenhouse', candidateId: '4410023' };

  it('is remembered per ATS candidate, undone, and forgotten by "Forget all"', async () => {
    await setNotThisPerson(ats, 'email:kim.park@example.org', true);
    expect(await notThisPerson(ats)).toEqual(['email:kim.park@example.org']);
    expect(await notThisPerson({ ats: 'greenhouse', candidateId: '1' })).toEqual([]);
    expect(await notThisPerson(undefined)).toEqual([]);
    await setNotThisPerson(ats, 'email:kim.park@example.org', false);
    expect(await notThisPerson(ats)).toEqual([]);
    await setNotThisPerson(ats, 'talentscreen:cand_kim777', true);
    await forgetAll();
    expect(await notThisPerson(ats)).toEqual([]);
  });
});

describe('sites users add', () => {
  it.each([
    ['https://ats.acme.example', undefined, undefined],
    ['https://ats.acme.example', 'https://ats.acme.example/candidates/*', undefined],
    ['https://ats.acme.example:8443', 'https://ats.acme.example/*', undefined],
    ['https://ats.acme.example', 'https://*/*', 'sitesPatternWildcardHost'],
    ['https://ats.acme.example', '*://*.com/*', 'sitesPatternWildcardHost'],
    ['https://ats.acme.example', 'https://*.acme.example/*', 'sitesPatternWildcardHost'],
    ['https://ats.acme.example', 'https://other.example/*', 'sitesPatternOtherOrigin'],
    ['https://ats.acme.example', 'http://ats.acme.example/*', 'sitesPatternOtherOrigin'],
    ['https://ats.acme.example', '<all_urls>', 'sitesPatternOtherOrigin'],
    ['https://*.example', undefined, 'sitesPatternWildcardHost'],
  ])('%s with pattern %s: %s', (origin, pattern, problem) => {
    const said = sitePatternProblem(origin, pattern);
    if (!problem) expect(said).toBeUndefined();
    else
      expect(said).toMatch(
        problem === 'sitesPatternWildcardHost'
          ? /^A pattern with a wildcard host .* would run on every site/
          : /^The pattern must stay on https:\/\/ats\.acme\.example /,
      );
  });
});
