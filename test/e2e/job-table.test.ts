/**
 * The job table on a Greenhouse-like job list in real Chromium and Firefox: "Look up all" shows
 * what it costs per vendor before any request for the rows it would ask goes out, and asks them
 * only once confirmed; the table then sorts by a vendor's headline (and back), filters with
 * counts, and exports CSV.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_JOB_APPLICANTS, GREENHOUSE_JOB_LIST_URL } from '../sandbox/ats-pages';
import type { E2EPage } from './driver';
import { configureVendors, removeDownloads } from './flows';
import { type BrowserName, type E2EWorld, findBrowser, screenshotPath, startWorld } from './launch';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The table's candidate names, top to bottom, as shown. */
const names = async (page: E2EPage) =>
  (await page.inPanel('[data-testid="job-table"]', `[...el.querySelectorAll('tbody th')].map((e) => e.textContent)`)) as string[];

/** Names of the rows not looked up yet. */
const notLookedUp = async (page: E2EPage) =>
  (await page.inPanel(
    '[data-testid="job-table"]',
    `[...el.querySelectorAll('tbody tr')].filter((r) => r.querySelector('[data-state="not_looked_up"]')).map((r) => r.querySelector('th').textContent)`,
  )) as string[];

/**
 * The rows the panel has not looked up once nothing changes any more: a row's looked-up cells are
 * shorter than its "not looked up" ones, so more rows scroll into view for a moment, and the
 * page's own chips look up the rows in the page's view.
 */
async function settled(page: E2EPage, requests: () => number): Promise<string[]> {
  let before = '';
  for (let pass = 0; pass < 30; pass++) {
    await page.waitForNoText('[data-testid="job-table"]', 'Looking up', 30_000);
    const rows = await notLookedUp(page);
    const now = `${rows.join()}|${requests()}`;
    if (now === before) return rows;
    before = now;
    await sleep(1_000);
  }
  throw new Error('The job table kept changing');
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

  const deep = (selector: string) => (name === 'firefox' ? `pierce/${selector}` : selector);

  describe(`${name}: job table`, () => {
    let world: E2EWorld;
    let page: E2EPage;
    const started = Date.now();
    beforeAll(async () => {
      world = await startWorld(name);
      await (await configureVendors(world.browser)).close();
      page = await world.browser.openPage(GREENHOUSE_JOB_LIST_URL);
      // A short window: most of the job's rows start below the panel's fold.
      await page.setViewport(1280, 560);
    });
    afterAll(async () => {
      await world?.close();
      removeDownloads(/^scorelens-job-\d+-\d{4}-\d{2}-\d{2}(\(\d+\))?\.csv$/, started);
    });

    it('shows what "Look up all" costs per vendor before asking for any row out of view, and asks them once confirmed', async () => {
      await page.waitForText('.sl-panel', `${DEMO_JOB_APPLICANTS.length} candidates`, 30_000);
      // The rows in view are looked up as before.
      await page.waitForText('[data-testid="job-table"]', '87.5%', 30_000);
      const waiting = await settled(page, () => world.sandbox.requests.length);
      expect(waiting.length).toBeGreaterThan(0);
      const people = DEMO_JOB_APPLICANTS.filter((p) => waiting.includes(p.name));
      // Requests since `from` for one of these rows: its email (TalentScreen's search), its ATS candidate or application id.
      const forWaiting = (from: number) =>
        world.sandbox.requests
          .slice(from)
          .filter((r) =>
            people.some((p) =>
              [encodeURIComponent(p.email), p.email, p.ats.candidateId, p.ats.applicationId].some((v) => `${r.path}${r.query}`.includes(v)),
            ),
          );
      const beforeCost = world.sandbox.requests.length;

      // Clicked where it is, without scrolling the page: a scrolled page's own chips would look up the rows it brings into view.
      await page.inPanel('[data-action="look-up-all"]', 'el.click()');
      const cost = await page.waitForText('[data-testid="look-up-all-cost"]', 'TalentScreen: up to');
      expect(cost).toContain(`Looking up ${waiting.length} candidates`);
      expect(cost).toContain('left this hour');
      expect(cost).toContain('Dweet Nova:');
      console.log(`${name}: Look up all's cost on the demo job list:\n${cost}`);
      await page.screenshot(screenshotPath(`${name}-job-table-cost.png`));
      // Shown, not started: nothing for those rows goes out while the recruiter reads it.
      await sleep(1_000);
      expect(forWaiting(beforeCost)).toEqual([]);
      expect(await page.evaluate('window.scrollY')).toBe(0);

      const confirmed = world.sandbox.requests.length;
      await page.inPanel('[data-action="look-up-all-start"]', 'el.click()');
      await page.waitForText('[data-testid="look-up-all-progress"]', `Looked up ${waiting.length}`, 60_000);
      // The rows below the page's own fold (no chip looked them up either) are asked now.
      expect(forWaiting(confirmed).length).toBeGreaterThan(0);
      expect(await notLookedUp(page)).toEqual([]);
    });

    it('sorts by a vendor headline, highest first, then reversed, rows without a result last', async () => {
      await page.click(deep('[data-sort="talentscreen"]'));
      const down = await names(page);
      expect(await page.inPanel('[data-sort="talentscreen"]', 'el.parentElement.getAttribute("aria-sort")')).toBe('descending');
      expect(down.slice(0, 3)).toEqual(['Jane Doe', 'Diego Rossi', 'Janet Doerr']);
      await page.click(deep('[data-sort="talentscreen"]'));
      const up = await names(page);
      expect(await page.inPanel('[data-sort="talentscreen"]', 'el.parentElement.getAttribute("aria-sort")')).toBe('ascending');
      expect(up.slice(0, 3)).toEqual(['Janet Doerr', 'Diego Rossi', 'Jane Doe']);
      // Without a TalentScreen score: last both ways, in the page's order.
      expect(up.slice(3)).toEqual(down.slice(3));
    });

    it('filters: each filter says how many rows it holds and shows only them', async () => {
      expect(await page.text('[data-filter="all"]')).toBe(`All (${DEMO_JOB_APPLICANTS.length})`);
      await page.click(deep('[data-filter="flags"]'));
      const flagged = await names(page);
      expect(flagged).toEqual(expect.arrayContaining(['Jane Doe', 'María García']));
      expect(flagged).not.toContain('Emma Wilson');
      expect(await page.text('[data-filter="flags"]')).toBe(`Has flags (${flagged.length})`);
      const flagCells = (await page.inPanel(
        '[data-testid="job-table"]',
        `[...el.querySelectorAll('tbody [data-column="flags"]')].map((e) => e.textContent)`,
      )) as string[];
      expect(flagCells.every((text) => text.startsWith('⚠ '))).toBe(true);
      expect(flagCells[flagged.indexOf('Jane Doe')]).toBe('⚠ 1: 2 copy-paste');
      await page.click(deep('[data-filter="pending"]'));
      const pending = await names(page);
      expect(pending).toContain('Omar Haddad');
      expect(await page.text('[data-filter="pending"]')).toBe(`Pending (${pending.length})`);
      await page.click(deep('[data-filter="complete"]'));
      const complete = await names(page);
      expect(complete).toContain('Jane Doe');
      expect(complete).not.toContain('Omar Haddad');
      expect(await page.text('[data-filter="complete"]')).toBe(`All complete (${complete.length})`);
      await page.click(deep('[data-filter="all"]'));
      expect(await names(page)).toHaveLength(DEMO_JOB_APPLICANTS.length);
    });

    it('exports the table as CSV: a row per candidate, a column per vendor headline, the flags', async () => {
      await page.click(deep('[data-action="export-table-csv"]'));
      await page.waitForText('.sl-job', 'Saved scorelens-job-5512007-');
      const csv = String(await page.inPanel('[data-testid="export-table-csv"]', 'el.textContent'));
      const rows = csv.trimEnd().split('\r\n');
      expect(rows[0]).toBe('candidate,emails,HiringBranch,TalentScreen,Praxicraft,HrFlow.ai,Dweet Nova,flag_count,flags');
      expect(rows).toHaveLength(DEMO_JOB_APPLICANTS.length + 1);
      expect(rows).toContainEqual(
        expect.stringMatching(/^Jane Doe,jane\.doe@example\.com,.*,87\.5% · 82nd percentile · Pass,.*,8\/10,1,2 copy-paste$/),
      );
      expect(rows).toContainEqual(expect.stringMatching(/^Omar Haddad,omar\.haddad@example\.com,.*\(pending\)/));
      await page.close();
    });
  });
}
