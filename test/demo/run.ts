/**
 * The demo: builds the extension, starts the vendor sandbox and the demo ATS page, sets the
 * extension up for the sandbox through its own options page, and opens Chromium on the demo
 * candidate. With no display it runs headless, saves screenshots, prints what the panel
 * shows, and exits.
 *   npm run demo            (add -- --no-build to reuse .output/)
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startWorld } from '../e2e/launch';
import { DEMO_CANDIDATE_URL } from '../sandbox/ats-pages';
import { DEMO_EMAIL } from '../sandbox/fixtures';
import { SANDBOX_KEYS } from '../sandbox/keys';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'demo-output');
const headless = !process.env.DISPLAY;

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension…');
  execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
mkdirSync(OUT, { recursive: true });

const world = await startWorld('chromium', { headless });
const { browser } = world;
try {
  console.log(`Sandbox on ${world.sandbox.origin}; Chromium ${headless ? 'headless (no DISPLAY)' : 'with a window'}.`);

  const options = await browser.openPage(`${browser.extensionOrigin}/options.html`);
  await options.fill('form[data-vendor="talentscreen"] input[name="apiKey"]', SANDBOX_KEYS.talentscreen);
  await options.click('form[data-vendor="talentscreen"] button[type="submit"]');
  await options.waitForText('form[data-vendor="talentscreen"] [data-testid="key-state"]', 'Saved key:');
  await options.screenshot(join(OUT, 'options.png'));

  const popup = await browser.openPage(`${browser.extensionOrigin}/popup.html`);
  await popup.setViewport(420, 720);
  await popup.fill('input[name="query"]', DEMO_EMAIL);
  await popup.click('button[type="submit"]');
  await popup.waitForText('.sl-results', '%');
  await popup.screenshot(join(OUT, 'popup.png'));

  const page = await browser.openPage(DEMO_CANDIDATE_URL);
  const panel = await page.waitForText('.sl-panel', 'TalentScreen');
  await page.waitForText('.sl-panel', '%');
  await page.screenshot(join(OUT, 'panel.png'));

  console.log(`\nThe panel on ${DEMO_CANDIDATE_URL} shows:\n`);
  console.log((await page.text('.sl-panel')) ?? panel);
  console.log(`\nScreenshots (panel, popup, options) saved in ${OUT}`);

  if (!headless) {
    console.log('\nThe browser stays open: try the popup and options. Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
} finally {
  await world.close();
}
