/**
 * The demo: builds the extension, starts the vendor sandbox and the demo ATS page, sets the
 * extension up for the sandbox through its own options page, and opens Chromium on the demo
 * candidate. With no display it runs headless, saves screenshots, prints what the panel
 * shows, and exits.
 *   npm run demo            (add -- --no-build to reuse .output/)
 */
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { configureVendors } from '../e2e/flows';
import { type E2EWorld, startWorld } from '../e2e/launch';
import { DEMO_CANDIDATE_URL, GREENHOUSE_JOB_LIST_URL } from '../sandbox/ats-pages';
import { DEMO_EMAIL } from '../sandbox/fixtures';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'demo-output');
const headless = !process.env.DISPLAY;

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension…');
  execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
mkdirSync(OUT, { recursive: true });

/**
 * The demo job's candidate list with the panel widened to show its table: every row looked up
 * (after "Look up all" showed its cost, which is printed), then a screenshot for the README.
 */
async function jobTableScreenshot(world: E2EWorld): Promise<void> {
  const page = await world.browser.openPage(GREENHOUSE_JOB_LIST_URL);
  await page.waitForText('[data-testid="job-table"]', '87.5%', 30_000);
  await page.click('[data-action="look-up-all"]');
  const cost = await page.waitForText('[data-testid="look-up-all-cost"]', 'TalentScreen', 30_000);
  console.log(`\n"Look up all" on ${GREENHOUSE_JOB_LIST_URL} first shows:\n${cost}`);
  await page.click('[data-action="look-up-all-start"]');
  await page.waitForText('[data-testid="look-up-all-progress"]', 'Looked up', 60_000);
  await page.waitForNoText('[data-testid="look-up-all-progress"]', ' of ', 60_000);
  await page.setViewport(1280, 900);
  for (let i = 0; i < 7; i++) await page.click('[data-action="wider"]');
  await page.click('[data-sort="talentscreen"]');
  const file = join(OUT, 'job-table.png');
  await page.screenshot(file);
  copyFileSync(file, join(ROOT, 'test/demo/screenshots/job-table.png'));
  await page.close();
}

const world = await startWorld('chromium', { headless });
const { browser } = world;
try {
  console.log(`Sandbox on ${world.sandbox.origin}; Chromium ${headless ? 'headless (no DISPLAY)' : 'with a window'}.`);

  // Set every vendor up the way a person would: through the options page.
  const options = await configureVendors(browser);
  await options.screenshot(join(OUT, 'options.png'));

  const popup = await browser.openPage(`${browser.extensionOrigin}/popup.html`);
  await popup.setViewport(420, 720);
  await popup.fill('input[name="query"]', DEMO_EMAIL);
  await popup.click('button[type="submit"]');
  await popup.waitForText('.sl-results', 'TalentScreen', 30_000);
  await popup.waitForNoText('.sl-lookup [role="status"]', 'Looking up', 30_000);
  await popup.screenshot(join(OUT, 'popup.png'));

  const page = await browser.openPage(DEMO_CANDIDATE_URL);
  const panel = await page.waitForText('.sl-panel', 'TalentScreen');
  // Done when every vendor has answered and the status line has cleared.
  for (const vendor of ['HiringBranch', 'Praxicraft', 'HrFlow.ai', 'Dweet Nova']) await page.waitForText('.sl-panel', vendor, 30_000);
  await page.waitForNoText('.sl-lookup [role="status"]', 'Looking up', 30_000);
  // The scoreboard, with one line opened to show what its details hold (tall enough for every line).
  await page.setViewport(1280, 960);
  await page.click('.sl-scoreboard > [data-vendor="praxicraft"] .sl-line-toggle');
  await page.waitForText('.sl-scoreboard > [data-vendor="praxicraft"]', 'Data Modeling');
  await page.screenshot(join(OUT, 'panel.png'));

  console.log(`\nThe panel on ${DEMO_CANDIDATE_URL} shows:\n`);
  console.log((await page.text('.sl-panel')) ?? panel);
  await page.click('[data-action="copy"]');
  await page.waitForText('[data-testid="action-status"]', 'C');
  console.log(`\nCopy summary gives:\n\n${String(await page.inPanel('[data-testid="copy-text"]', 'el.value'))}`);
  await jobTableScreenshot(world);
  console.log(`\nScreenshots (panel, popup, options) saved in ${OUT}`);

  if (!headless) {
    console.log('\nThe browser stays open: try the popup and options. Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
} finally {
  await world.close();
}
