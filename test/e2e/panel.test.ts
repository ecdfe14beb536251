/**
 * The side panel in real Chromium and Firefox: the candidate header, an error card that says
 * the fix, copy / CSV / JSON, dock and width remembered per site, linking a HiringBranch id.
 * One browser (and its sandbox) per browser name serves every group below: starting it is
 * the slow part.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CANDIDATE_URL, LEVER_CANDIDATE_URLS, LEVER_OPPORTUNITY_IDS } from '../sandbox/ats-pages';
import { PEOPLE } from '../sandbox/fixtures';
import type { E2EPage } from './driver';
import { configureVendors, openDemoCandidate, openLine, vendorForm } from './flows';
import { type BrowserName, type E2EWorld, findBrowser, screenshotPath, startWorld } from './launch';

const OMAR = PEOPLE.find((p) => p.email === 'omar.haddad@example.com');

/** A property of the first match inside the panel's (closed) shadow root, read through the driver. */
const inPanel = (page: E2EPage, selector: string, expression: string) => page.inPanel(selector, expression);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Real (trusted) clicks and typing go to a selector inside the panel's shadow root, as each browser's driver reaches it. */
type Deep = (selector: string) => string;

/** The demo candidate's page, once every vendor has answered. */
const openDemo = (world: E2EWorld) => openDemoCandidate(world.browser);

/**
 * Lever's app shows Omar with his HiringBranch id; this blanks that profile field in the
 * app's data before it renders him (a Lever profile where nobody filled it in).
 */
async function openOmarWithoutHiringBranchId(world: E2EWorld): Promise<E2EPage> {
  const page = await world.browser.openPage(LEVER_CANDIDATE_URLS[0]);
  await page.waitForText('.sl-panel', 'jane.doe@example.com', 30_000);
  await page.evaluate(`CANDIDATES[${JSON.stringify(LEVER_OPPORTUNITY_IDS.omar)}].hiringbranch = ''`);
  await page.click('[data-testid="next-candidate"]');
  await page.waitForText('.sl-panel', 'omar.haddad@example.com', 30_000);
  await page.waitForText('[data-vendor="talentscreen"]', 'In progress', 30_000);
  await page.waitForNoText('.sl-lookup [role="status"]', 'Looking up', 30_000);
  return page;
}

/** Where the panel stands on screen: its left edge and width. */
const panelRect = (page: E2EPage) =>
  inPanel(
    page,
    '.sl-panel',
    'JSON.stringify({ left: Math.round(el.getBoundingClientRect().left), width: Math.round(el.getBoundingClientRect().width) })',
  ).then((r) => JSON.parse(String(r)) as { left: number; width: number });

/** Firefox saves the exports in the user's Downloads folder: take ours (written since `started`) back out. */
function removeExports(started: number) {
  const dir = join(homedir(), 'Downloads');
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) {
    const path = join(dir, file);
    if (/^scorelens-jane-doe-\d{4}-\d{2}-\d{2}(\(\d+\))?\.(csv|json)$/.test(file) && statSync(path).mtimeMs >= started) rmSync(path);
  }
}

/** Copy: the plain-text summary, in the clipboard or (refused) selected for Ctrl+C. */
async function expectSummaryCopied(page: E2EPage, deep: Deep) {
  await page.click(deep('[data-action="copy"]'));
  const status = await page.waitForText('[data-testid="action-status"]', 'C');
  const copied = String(await inPanel(page, '[data-testid="copy-text"]', 'el.value'));
  expect(copied.split('\n').slice(0, 2)).toEqual([
    'Jane Doe <jane.doe@example.com>',
    'Assessments (Scorelens): 5 vendors · 5 complete · 1 integrity flag',
  ]);
  expect(copied).toContain('\nTalentScreen: 87.5% · 82nd percentile · Pass\n- Backend Engineering Assessment: Completed, 87.5%, Pass\n');
  expect(copied).toContain('  ⚠ 2 copy-paste violations');
  expect(copied).toContain('  AI verdict: Strong backend engineer');
  if (status.includes('Copied')) {
    // The browser took it: what the clipboard holds is what the panel shows it copied.
    const clip = await page.evaluate('navigator.clipboard.readText().then((t) => t, () => null)').catch(() => null);
    if (clip !== null) expect(clip).toBe(copied);
  } else {
    // Refused: the text is selected in the textarea for Ctrl+C.
    expect(status).toContain('press Ctrl+C');
    expect(await inPanel(page, '[data-testid="copy-text"]', 'el.selectionEnd - el.selectionStart')).toBe(copied.length);
  }
}

/** CSV: a header and one row per assessment, each vendor's score on its own scale. */
async function expectCsvExported(page: E2EPage, deep: Deep) {
  await page.click(deep('[data-action="export-csv"]'));
  await page.waitForText('[data-testid="action-status"]', 'Saved scorelens-jane-doe-');
  const csv = String(await inPanel(page, '[data-testid="export-csv"]', 'el.textContent'));
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe('vendor,assessment,status,outcome,score_percent,raw,scale,completed_at,flags');
  expect(rows).toHaveLength(7);
  expect(rows).toContainEqual(
    expect.stringMatching(/^TalentScreen,Backend Engineering Assessment,completed,pass,87\.5,87\.5,0-100,2\d{3}-/),
  );
  expect(rows).toContainEqual(expect.stringMatching(/^Praxicraft,.*,completed,pass,85,255,0-300,.*,2 copy-paste violations$/));
  expect(rows).toContainEqual(expect.stringMatching(/^Dweet Nova,.*,77\.8,8,1-10,/));
}

/** JSON: the candidate, the summary and every vendor's state. */
async function expectJsonExported(page: E2EPage, deep: Deep) {
  await page.click(deep('[data-action="export-json"]'));
  await page.waitForText('[data-testid="action-status"]', '.json');
  const json = JSON.parse(String(await inPanel(page, '[data-testid="export-json"]', 'el.textContent')));
  expect(json.candidate).toEqual({ name: 'Jane Doe', emails: ['jane.doe@example.com'] });
  expect(json.summary).toMatchObject({ assessments: 6, completed: 6, flagged: true, failedVendors: 0 });
  expect(json.summary).not.toHaveProperty('averagePercent');
  expect(json.vendors.map((v: { vendor: string; state: string }) => `${v.vendor}:${v.state}`)).toEqual([
    'hiringbranch:results',
    'talentscreen:results',
    'praxicraft:results',
    'hrflow:results',
    'nova:results',
  ]);
}

/** Switches HrFlow off (or back on) in options and saves: its card then says it is not configured. */
async function toggleHrflow(options: E2EPage) {
  const hrflowForm = vendorForm('hrflow');
  await options.click(`${hrflowForm} input[name="enabled"]`);
  await options.click(`${hrflowForm} button[type="submit"]`);
}

/** What each group of tests shares within one browser: its world (started once), its way into the panel's shadow root, its name. */
interface Session {
  world: () => E2EWorld;
  deep: Deep;
  name: BrowserName;
}

/** The candidate header, the summary, copy and the exports. */
function readsAndTakesAway(s: Session) {
  describe('what the recruiter reads and takes away', () => {
    it('heads the panel with the candidate and a summary of every vendor', async () => {
      const page = await openDemo(s.world());
      const header = (await page.text('.sl-candidate')) ?? '';
      expect(header).toContain('Jane Doe');
      expect(header).toContain('jane.doe@example.com');
      expect(await page.text('[data-testid="summary"]')).toBe('5 vendors · 5 complete · 1 integrity flag');
      await page.close();
    });

    it('copies a plain-text summary and exports the merged results as CSV and JSON', async () => {
      const page = await openDemo(s.world());
      await expectSummaryCopied(page, s.deep);
      await expectCsvExported(page, s.deep);
      await expectJsonExported(page, s.deep);
      await page.close();
    });
  });
}

/** A vendor that rejects the key: its card says the fix, the others still show. */
function failingVendor(s: Session) {
  describe('a failing vendor', () => {
    it('says the fix when a vendor rejects the key, with a way to Options', async () => {
      const page = await openDemo(s.world());
      s.world().sandbox.setFault('talentscreen', { status: 401, times: 20 });
      try {
        await page.click(s.deep('.sl-lookup-bar button')); // Refresh: past the cache
        await page.waitForText('[data-vendor="talentscreen"]', 'TalentScreen rejected the key (401): open Options');
        expect(await page.text('[data-vendor="talentscreen"] [data-action="open-options"]')).toContain('Options');
        // The others still show.
        expect(await page.text('[data-vendor="nova"]')).toContain('8/10');
        expect(await page.text('[data-testid="summary"]')).toContain('1 vendor failed');
        await page.click(s.deep('[data-vendor="talentscreen"] [data-action="open-options"]'));
        await sleep(500);
        expect(await page.text('[data-vendor="talentscreen"]')).not.toContain('Could not open Options');
      } finally {
        s.world().sandbox.setFault('talentscreen', undefined);
      }
      await page.click(s.deep('.sl-lookup-bar button'));
      await page.waitForText('[data-vendor="talentscreen"]', '87.5%');
      await page.close();
    });
  });
}

/** Dock, width and collapse, kept for the site. */
function layoutPerSite(s: Session) {
  describe('layout, remembered per site', () => {
    it('docks left, widens, collapses, and remembers it on the site after a reload', async () => {
      const page = await openDemo(s.world());
      expect(await inPanel(page, '.sl-panel', 'el.dataset.dock')).toBe('right');
      expect((await panelRect(page)).width).toBe(360);
      await page.click(s.deep('[data-action="dock"]'));
      await page.click(s.deep('[data-action="wider"]'));
      await page.click(s.deep('[data-action="wider"]'));
      expect(await inPanel(page, '.sl-panel', 'el.dataset.dock')).toBe('left');
      expect(await panelRect(page)).toEqual({ left: 0, width: 440 });
      await sleep(300); // the background saves it
      await page.close();

      const again = await openDemo(s.world());
      expect(await inPanel(again, '.sl-panel', 'el.dataset.dock')).toBe('left');
      expect(await panelRect(again)).toEqual({ left: 0, width: 440 });
      // Collapsed, it is one small button that brings it back.
      await again.click(s.deep('[data-action="collapse"]'));
      await again.waitForText('.sl-panel-header', 'Scorelens');
      expect((await panelRect(again)).width).toBeLessThan(160);
      expect(await again.text('.sl-panel')).not.toContain('Jane Doe');
      await sleep(300);
      await again.close();

      const third = await s.world().browser.openPage(DEMO_CANDIDATE_URL);
      await third.waitForText('.sl-panel .sl-reopen', 'Scorelens', 30_000);
      await third.click(s.deep('.sl-reopen'));
      await third.waitForText('.sl-panel', 'Jane Doe');
      expect(await panelRect(third)).toEqual({ left: 0, width: 440 });
      // Back to the defaults for the other tests.
      await third.click(s.deep('[data-action="dock"]'));
      await third.click(s.deep('[data-action="narrower"]'));
      await third.click(s.deep('[data-action="narrower"]'));
      expect(await inPanel(third, '.sl-panel', 'el.dataset.dock')).toBe('right');
      expect(await inPanel(third, '.sl-panel', 'el.dataset.width')).toBe('360');
      await sleep(300);
      await third.close();
    });
  });
}

/** A HiringBranch id linked by hand, kept for the next visit. */
function linkingHiringBranch(s: Session) {
  describe('linking a HiringBranch id', () => {
    it('links a HiringBranch id to a candidate whose page has none, and HiringBranch results appear', async () => {
      const hbId = OMAR?.hiringbranchId;
      expect(hbId).toMatch(/^[0-9a-f]{24}$/);
      const page = await openOmarWithoutHiringBranchId(s.world());
      expect((await page.text('[data-vendor="hiringbranch"]')) ?? '').not.toContain('In progress');

      await page.click(s.deep('.sl-link-hb summary'));
      await page.fill(s.deep('input[name="hiringBranchId"]'), 'not-an-id');
      await page.click(s.deep('.sl-link-hb button[type="submit"]'));
      await page.waitForText('.sl-link-hb [role="alert"]', 'A HiringBranch candidate id has 24 characters');

      await page.fill(s.deep('input[name="hiringBranchId"]'), String(hbId).toUpperCase());
      await page.click(s.deep('.sl-link-hb button[type="submit"]'));
      await page.waitForText('.sl-link-hb [role="status"]', `Linked ${hbId} to omar.haddad@example.com`);
      await page.waitForText('[data-vendor="hiringbranch"]', 'In progress', 30_000);
      await openLine(page, s.name, 'hiringbranch');
      await page.waitForText('[data-vendor="hiringbranch"]', '40% done');
      await page.close();

      // Kept: the next visit to the same page finds HiringBranch.
      const again = await openOmarWithoutHiringBranchId(s.world());
      await again.waitForText('[data-vendor="hiringbranch"]', 'In progress', 30_000);
      await again.close();
    });
  });
}

/** Each vendor state at once, each card on its own. Last: Praxicraft's 429 pauses that vendor for the rest of this browser session. */
function everyVendorState(s: Session) {
  describe('every vendor state on its own card', () => {
    it('shows every vendor state on its own card: loading, no match, not configured, each error with its fix', async () => {
      // No match: Nova has no interview for Omar's application.
      const omar = await openOmarWithoutHiringBranchId(s.world());
      await omar.waitForText('[data-vendor="nova"]', 'No match');
      await omar.close();

      // Not configured: HrFlow switched off in options; its card says where to fix it.
      const options = await s.world().browser.openPage(`${s.world().browser.extensionOrigin}/options.html`);
      const hrflowForm = vendorForm('hrflow');
      await options.waitForText(hrflowForm, 'API key');
      await toggleHrflow(options);
      await options.waitForText(`${hrflowForm} [role="status"]`, 'Saved');

      // One error per vendor at once, HiringBranch slow: each card alone says what is wrong.
      const page = await openDemo(s.world());
      s.world().sandbox.setFault('hiringbranch', { latencyMs: 3_000, times: 1 });
      s.world().sandbox.setFault('talentscreen', { status: 403 });
      s.world().sandbox.setFault('praxicraft', { status: 429, retryAfter: '600' });
      s.world().sandbox.setFault('nova', { body: '{"assessment": ' });
      try {
        await page.click(s.deep('.sl-lookup-bar button')); // Refresh: past the cache
        await page.waitForText('[data-vendor="hiringbranch"][aria-busy="true"]', 'HiringBranch');
        expect(await inPanel(page, '[data-vendor="hiringbranch"] .sl-skeleton', 'true')).toBe(true);
        await page.waitForText('[data-vendor="talentscreen"]', "TalentScreen refused access (403): the key's scope or plan");
        await page.waitForText('[data-vendor="praxicraft"]', 'Praxicraft: limit reached, next at ');
        await page.waitForText('[data-vendor="nova"]', 'Dweet Nova changed its response; tell us:');
        await page.waitForText('[data-vendor="hrflow"]', 'Not configured: add a key in Options.');
        expect(await page.text('[data-vendor="hrflow"] [data-action="open-options"]')).toContain('Options');
        // The slow one arrives, untouched by the others' failures.
        await page.waitForText('[data-vendor="hiringbranch"]', '88% · Pass', 30_000);
        expect(await page.text('[data-testid="summary"]')).toContain('3 vendors failed');
        await inPanel(page, '[data-vendor="talentscreen"]', 'el.scrollIntoView()');
        await page.screenshot(screenshotPath(`${s.name}-panel-vendor-states.png`));
        s.world().sandbox.setFault('nova', { status: 503 });
        await page.click(s.deep('.sl-lookup-bar button'));
        await page.waitForText('[data-vendor="nova"]', 'Dweet Nova is unavailable (503): try again later', 30_000);
      } finally {
        for (const vendor of ['hiringbranch', 'talentscreen', 'praxicraft', 'nova'] as const) s.world().sandbox.setFault(vendor, undefined);
        await page.close();
        await toggleHrflow(options);
        await options.close();
      }
    });
  });
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

  // Real (trusted) clicks and typing into the panel's shadow root: the driver finds the element
  // from our content script's world (the root is closed) and clicks where it is on screen.
  const deep: Deep = (selector) => (name === 'firefox' ? `pierce/${selector}` : selector);

  describe(`${name}: side panel`, () => {
    let world: E2EWorld;
    const started = Date.now();
    beforeAll(async () => {
      world = await startWorld(name);
      await (await configureVendors(world.browser)).close();
    });
    afterAll(async () => {
      await world?.close();
      removeExports(started);
    });
    const session: Session = { world: () => world, deep, name };

    readsAndTakesAway(session);
    failingVendor(session);
    layoutPerSite(session);
    linkingHiringBranch(session);
    everyVendorState(session);
  });
}
