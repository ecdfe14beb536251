/**
 * The built extension in real Chromium and Firefox: options saves the key, the side panel
 * shows the candidate's results on an ATS page, the popup looks up an email.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CANDIDATE_URL } from '../sandbox/ats-pages';
import { DEMO_EMAIL } from '../sandbox/fixtures';
import { SANDBOX_KEYS } from '../sandbox/keys';
import { type BrowserName, type E2EWorld, findBrowser, startWorld } from './launch';

const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });
const KEY = SANDBOX_KEYS.talentscreen;
const TS_FORM = 'form[data-vendor="talentscreen"]';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) {
    // In CI a missing browser is a failure, never a silent skip.
    if (process.env.CI)
      it(`${name} is installed`, () => expect.fail(`${name} is not installed (CI=true): apt-get install chromium firefox-esr`));
    else describe.skip(`${name} (not installed)`, () => it('runs', () => {}));
    continue;
  }

  describe(name, () => {
    let world: E2EWorld;
    beforeAll(async () => {
      world = await startWorld(name);
    });
    afterAll(() => world?.close());

    it('options saves the TalentScreen key and shows it only masked', async () => {
      const page = await world.browser.openPage(`${world.browser.extensionOrigin}/options.html`);
      await page.fill(`${TS_FORM} input[name="apiKey"]`, KEY);
      await page.click(`${TS_FORM} button[type="submit"]`);
      await page.waitForText(`${TS_FORM} [data-testid="key-state"]`, `Saved key: ••••••••${KEY.slice(-4)}`);
      expect(await page.allDomText()).not.toContain(KEY);

      await page.click(`${TS_FORM} button[type="button"]`);
      await page.waitForText(`${TS_FORM} [role="status"]`, 'Connected as Sandbox Recruiter (pro plan)');
      await page.screenshot(join(SCREENSHOTS, `${name}-options.png`));
      await page.close();
    });

    it('the side panel shows the candidate result on a Greenhouse candidate page', async () => {
      const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
      const panel = await page.waitForText('.sl-panel', 'Backend Engineering Assessment');
      expect(panel).toContain('Jane Doe');
      expect(panel).toContain('87.5%');
      expect(panel).toContain('Pass');
      expect(panel).toMatch(/Algorithms\s+90%\s+9\/10/);
      expect(panel).toMatch(/System Design\s+85%\s+17\/20/);
      // The recruiter's and the hiring team's addresses are not looked up.
      expect(world.sandbox.requests.map((r) => r.query).join(' ')).not.toMatch(/acme-corp/);
      // The key reached neither the page's DOM nor its console.
      expect(await page.allDomText()).not.toContain(KEY);
      expect(world.browser.consoleOutput()).not.toContain(KEY);
      await page.screenshot(join(SCREENSHOTS, `${name}-panel.png`));
      await page.close();
    });

    it('reopening the candidate costs no request: the outcome comes from the cache', async () => {
      const before = world.sandbox.requests.length;
      const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
      await page.waitForText('.sl-panel', '87.5%');
      expect(world.sandbox.requests.length).toBe(before);
      await page.close();
    });

    it('no key in any storage a content script can read', async () => {
      const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
      await page.waitForText('.sl-panel', '87.5%');
      const readable = await world.browser.contentScriptReadableStorage(page);
      expect(readable).not.toContain(KEY);
      if (name === 'chromium') expect(readable).toContain('"local":"DENIED: Access to storage is not allowed from this context."');
      expect(await page.allDomText()).not.toContain(KEY);
      expect(world.browser.consoleOutput()).not.toContain(KEY);
      await page.close();
    });

    it.runIf(name === 'chromium')('a lookup still completes when the service worker is stopped in the middle of it', async () => {
      const waitUntil = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000) => {
        const deadline = Date.now() + timeoutMs;
        while (!(await check())) {
          if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
      await page.waitForText('.sl-panel', '87.5%');
      const searches = () => world.sandbox.requests.filter((r) => r.vendor === 'talentscreen' && r.path.endsWith('/candidates')).length;
      const status = async () => (await page.text('.sl-lookup [role="status"]')) ?? '';

      world.sandbox.setFault('talentscreen', { latencyMs: 1_500 });
      try {
        const before = searches();
        await page.click('.sl-lookup-bar button'); // Refresh: past the cache, to the vendor
        await waitUntil('the refresh reaches the vendor', () => searches() > before);
        expect(await status()).toContain('Looking up');
        await world.browser.stopBackground?.();
        // The panel re-asks; the restarted worker has to call the vendor again.
        await waitUntil('the restarted worker asks the vendor again', () => searches() > before + 1);
        await waitUntil('the lookup completes', async () => (await status()) === '');
        expect(await page.text('.sl-panel')).toContain('87.5%');
      } finally {
        world.sandbox.setFault('talentscreen', undefined);
        await page.close();
      }
    });

    it('the popup says what is wrong with bad input, then looks up an email', async () => {
      const page = await world.browser.openPage(`${world.browser.extensionOrigin}/popup.html`);
      await page.setViewport(420, 720);
      await page.fill('input[name="query"]', 'jane@');
      await page.click('button[type="submit"]');
      await page.waitForText('[role="alert"]', '"jane@" is not a valid email address.');
      await page.fill('input[name="query"]', DEMO_EMAIL);
      await page.click('button[type="submit"]');
      const results = await page.waitForText('.sl-results', '87.5%');
      expect(results).toContain('Backend Engineering Assessment');
      expect(results).toContain('Pass');
      await page.screenshot(join(SCREENSHOTS, `${name}-popup.png`));
      await page.close();
    });
  });
}
