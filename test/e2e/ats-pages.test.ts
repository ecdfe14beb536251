/**
 * The content script on ATS pages in real Chromium and Firefox: a candidate app navigating
 * without reload, a drawer over a list, chips on a list page (a site the user added is in
 * desktop.test.ts: Chromium asks for its permission in a prompt only a keyboard can answer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASHBY_DRAWER_URLS,
  ASHBY_LIST_URL,
  GREENHOUSE_LIST_URL,
  LEVER_CANDIDATE_URLS,
  LEVER_FLYOVER_URL,
  SMARTRECRUITERS_CANDIDATE_URL,
  SMARTRECRUITERS_LATE_URL,
} from '../sandbox/ats-pages';
import type { E2EPage } from './driver';
import { configureVendors } from './flows';
import { type BrowserName, type E2EWorld, findBrowser, startWorld } from './launch';

const panelCount = (page: E2EPage) => page.evaluate("document.querySelectorAll('scorelens-panel').length");
/** The identifiers the panel looked up ("email:…", "talentscreen:…") and those it only offers. */
const identifiers = async (page: E2EPage) =>
  (await page.inPanel(
    '.sl-panel',
    `({ sent: [...el.querySelectorAll('[data-identifier]')].map((e) => e.dataset.identifier), offered: [...el.querySelectorAll('[data-offer]')].map((e) => e.dataset.offer) })`,
  )) as { sent: string[]; offered: string[] };

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

  describe(`${name}: ATS pages`, () => {
    let world: E2EWorld;
    beforeAll(async () => {
      world = await startWorld(name);
      await (await configureVendors(world.browser)).close();
    });
    afterAll(() => world?.close());

    it('follows a Lever-like app from one candidate to the next without a reload, with one panel', async () => {
      const [jane, omar] = LEVER_CANDIDATE_URLS;
      const page = await world.browser.openPage(jane as string);
      await page.waitForText('.sl-panel', 'jane.doe@example.com');
      await page.waitForText('[data-vendor="talentscreen"]', '87.5%');
      await page.evaluate('window.scorelensTestMarker = "same document"');
      await page.click('[data-testid="next-candidate"]');
      await page.waitForText('.sl-panel', 'omar.haddad@example.com');
      await page.waitForText('[data-vendor="talentscreen"]', 'In progress');
      expect(await page.evaluate('location.href')).toBe(omar);
      expect(await page.evaluate('window.scorelensTestMarker')).toBe('same document');
      expect(await panelCount(page)).toBe(1);
      expect(await page.text('.sl-panel')).not.toContain('jane.doe@example.com');
      await page.close();
    });

    it('shows the list, then the candidate of an Ashby-like drawer opened over it, then the list again', async () => {
      const page = await world.browser.openPage(ASHBY_LIST_URL);
      await page.waitForText('.sl-panel', '3 candidates');
      await page.click(`a[href="${new URL(ASHBY_DRAWER_URLS.li).pathname}"]`);
      await page.waitForText('.sl-panel', 'li.wei@example.com');
      await page.waitForText('[data-vendor="hiringbranch"]', 'Low pass');
      await page.click('[data-testid="drawer-close"]');
      await page.waitForText('.sl-panel', '3 candidates');
      expect(await panelCount(page)).toBe(1);
      await page.close();
    });

    it("shows a SmartRecruiters-like page of web components: the email inside a shadow root, not the job sidebar's people", async () => {
      const page = await world.browser.openPage(SMARTRECRUITERS_CANDIDATE_URL);
      await page.waitForText('.sl-panel', 'sam.okafor@example.com');
      expect(await page.text('.sl-panel')).toContain('Sam Okafor');
      const { sent, offered } = await identifiers(page);
      // The TalentScreen report is an sr-link: its result id is read like an <a>'s (sent, or offered past the limit).
      expect([...sent, ...offered]).toContain('talentscreen:result_sam_backend');
      expect(sent).toContain('email:sam.okafor@example.com');
      // The job sidebar's people, inside its own shadow root, are colleagues: offered at most, never looked up.
      expect(sent).not.toContain('email:jill.valentine@umbrella.example');
      expect(offered).toContain('email:jill.valentine@umbrella.example');
      expect(await panelCount(page)).toBe(1);
      await page.close();
    });

    it('shows a candidate that a SmartRecruiters-like app renders into a shadow root after the URL changed', async () => {
      const page = await world.browser.openPage(SMARTRECRUITERS_LATE_URL);
      await page.waitForText('.sl-panel', 'omar.haddad@example.com');
      await page.click('[data-testid="next-candidate"]');
      // Only the personal-info component's shadow root changes once the new URL was read.
      await page.waitForText('.sl-panel', 'sam.okafor@example.com');
      expect(await page.text('.sl-panel')).not.toContain('omar.haddad@example.com');
      expect(await panelCount(page)).toBe(1);
      await page.close();
    });

    it("shows the candidate of a Lever-like flyover over the list, none of the list's rows", async () => {
      const page = await world.browser.openPage(LEVER_FLYOVER_URL);
      await page.waitForText('.sl-panel', 'omar.haddad@example.com');
      await page.waitForText('[data-vendor="talentscreen"]', 'In progress');
      const panel = await page.text('.sl-panel');
      expect(panel).toContain('Omar Haddad');
      for (const other of ['diego.rossi@example.com', 'lucas.martin@example.com', 'cand_lucas01', 'Diego Rossi'])
        expect(panel).not.toContain(other);
      // The rows beneath are other people: neither looked up nor offered; the flyover's identifiers are.
      expect((await identifiers(page)).sent).toEqual(
        expect.arrayContaining(['email:omar.haddad@example.com', 'talentscreen:result_omar_fe', 'hiringbranch:6806925e2d542314849ca102']),
      );
      expect(await panelCount(page)).toBe(1);
      await page.close();
    });

    it('puts a chip on each candidate row of a list page and opens one in the panel', async () => {
      const page = await world.browser.openPage(GREENHOUSE_LIST_URL);
      await page.waitForText('[data-scorelens-chip]', 'done');
      const rows = Number(await page.evaluate(`document.querySelectorAll('[data-provides="candidate-row"]').length`));
      const chips = Number(await page.evaluate("document.querySelectorAll('scorelens-chip').length"));
      expect(chips).toBe(rows);
      // Jane's row comes first: TalentScreen, Praxicraft, HrFlow and Nova answered; Praxicraft saw copy-paste.
      expect(await page.text('[data-scorelens-chip]')).toBe('4/4 done · pass · ⚠');
      await page.clickDeep('[data-scorelens-chip]');
      await page.waitForText('.sl-panel', '87.5% · 82nd percentile');
      await page.clickDeep('.sl-scoreboard > [data-vendor="talentscreen"] .sl-line-toggle'); // the line opens to its details
      await page.waitForText('.sl-panel', 'Backend Engineering Assessment');
      await page.clickDeep('.sl-panel-header button'); // ← List
      await page.waitForText('.sl-panel', '5 candidates');
      await page.close();
    });

    it("keeps the list view's collapse per site, like the candidate view's", async () => {
      const page = await world.browser.openPage(GREENHOUSE_LIST_URL);
      await page.waitForText('.sl-panel', '5 candidates');
      await page.clickDeep('[data-action="collapse"]');
      await page.waitForText('.sl-panel.sl-collapsed', 'Scorelens');
      await page.close();
      const again = await world.browser.openPage(GREENHOUSE_LIST_URL);
      await again.waitForText('.sl-panel.sl-collapsed', 'Scorelens');
      expect(await again.text('.sl-panel')).not.toContain('5 candidates');
      await again.clickDeep('.sl-reopen');
      await again.waitForText('.sl-panel:not(.sl-collapsed)', '5 candidates');
      await again.close();
    });
  });
}
