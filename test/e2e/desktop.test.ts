/**
 * What needs a real keyboard on a real (virtual) display, in headful Chromium and Firefox:
 * the host permissions options asks for (a site the user adds, a vendor's custom base URL:
 * Chromium asks in its own prompt, answered here by keyboard; Firefox answers by preference,
 * see launch.ts), and the extension's keyboard shortcut, which the browser handles before any
 * page sees the key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_SITE, DEMO_CANDIDATE_URL, GREENHOUSE_LIST_URL } from '../sandbox/ats-pages';
import { TALENTSCREEN_GATEWAY } from '../sandbox/talentscreen';
import { type Desktop, missingDesktopPackages, startDesktop } from './browsers/desktop';
import { type E2EPage, until } from './driver';
import { configureVendors, vendorForm } from './flows';
import { BUILD_DIRS, type BrowserName, type E2EWorld, findBrowser, startWorld } from './launch';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const panelCount = (page: E2EPage) => page.evaluate("document.querySelectorAll('scorelens-panel').length");

/** Presses keys in the browser window showing `page`. */
async function pressIn(desktop: Desktop, page: E2EPage, ...keys: string[]) {
  await page.bringToFront();
  desktop.press(String(await page.evaluate('document.title')), ...keys);
}

/** Records, in the page, every key that reaches it. */
const LOG_KEYS = "window.keysSeen = []; addEventListener('keydown', (e) => keysSeen.push(e.key), true)";

/**
 * Clicks `submit`, which asks for a host permission, and allows it as the user would. Firefox
 * answers by preference (launch.ts). Chromium shows its own prompt, answered here by keyboard:
 * it opens with Deny focused and Allow disabled for a moment, so wait, then Tab, Return. The
 * prompt is drawn inside the browser window; that it is up shows by the page no longer
 * receiving keys (Shift alone, which changes nothing anywhere).
 */
async function clickAllowingPermission(desktop: Desktop, browser: BrowserName, page: E2EPage, submit: string) {
  if (browser === 'firefox') return page.click(submit);
  // First make sure keys reach the page at all, so their absence later means the prompt.
  const title = String(await page.evaluate(`${LOG_KEYS}; document.title`));
  desktop.press(title, 'shift');
  await until(() => page.evaluate('keysSeen.includes("Shift")'), 'keys to reach the page', 5_000);
  await page.click(submit);
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.evaluate('keysSeen.length = 0');
    desktop.press(title, 'shift');
    await sleep(300);
    if (Number(await page.evaluate('keysSeen.length')) === 0) {
      await sleep(1_500); // Chromium enables Allow only after a short delay
      desktop.press(title, 'Tab', 'Return');
      return;
    }
  }
  throw new Error("Chromium's permission prompt did not appear");
}

/**
 * Chromium stops the service worker in the middle of a refresh on this page: the panel
 * reconnects, the restarted worker (which must first read the user's sites to accept a panel on
 * a site the user added) asks the vendor again, and the lookup completes.
 */
async function stopWorkerMidLookup(world: E2EWorld, page: E2EPage) {
  const searches = () => world.sandbox.requests.filter((r) => r.vendor === 'talentscreen' && r.path.endsWith('/candidates')).length;
  world.sandbox.setFault('talentscreen', { latencyMs: 1_500 });
  try {
    const before = searches();
    await page.click('.sl-lookup-bar button'); // Refresh: past the cache, to the vendor
    await until(async () => searches() > before, 'the refresh to reach the vendor', 20_000);
    await world.browser.stopBackground?.();
    await until(async () => searches() > before + 1, 'the restarted worker to ask the vendor again', 20_000);
    await until(async () => ((await page.text('.sl-lookup [role="status"]')) ?? '') === '', 'the lookup to complete', 20_000);
    const panel = (await page.text('.sl-panel')) ?? '';
    expect(panel).not.toContain('not accepted');
    expect(await page.text('[data-vendor="talentscreen"]')).toContain('In progress');
  } finally {
    world.sandbox.setFault('talentscreen', undefined);
  }
}

const missing = missingDesktopPackages();
if (missing.length > 0) {
  // In CI a missing tool is a failure, never a silent skip (.ci/run installs them).
  if (process.env.CI) it('has Xvfb and xdotool', () => expect.fail(`Missing (CI=true): apt-get install ${missing.join(' ')}`));
  else describe.skip(`real keyboard (apt-get install ${missing.join(' ')})`, () => it('runs', () => {}));
} else {
  for (const name of ['chromium', 'firefox'] as BrowserName[]) {
    if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

    describe(`${name}: real keyboard on a display`, () => {
      let desktop: Desktop;
      let world: E2EWorld;
      let shortcut: string;
      beforeAll(async () => {
        // The shortcut we ship, as xdotool names it ("Alt+Shift+L" → "alt+shift+l").
        const manifest = JSON.parse(readFileSync(join(BUILD_DIRS[name], 'manifest.json'), 'utf8')) as {
          commands: Record<string, { suggested_key: { default: string } }>;
        };
        shortcut = manifest.commands['toggle-panel']!.suggested_key.default.toLowerCase();
        desktop = await startDesktop();
        world = await startWorld(name, { display: desktop.display });
        await (await configureVendors(world.browser)).close();
      });
      afterAll(async () => {
        await world?.close();
        await desktop?.close();
      });

      it('runs on a site the user added in options, and stops when it is removed', async () => {
        const options = await world.browser.openPage(`${world.browser.extensionOrigin}/options.html`);
        await options.fill('input[name="siteOrigin"]', CUSTOM_SITE.origin);
        await clickAllowingPermission(desktop, name, options, '[data-section="sites"] button[type="submit"]');
        await options.waitForText('[data-section="sites"]', `Added ${CUSTOM_SITE.origin}`);
        expect(await options.evaluate(`browser.permissions.contains({ origins: ['${CUSTOM_SITE.origin}/*'] })`)).toBe(true);
        const page = await world.browser.openPage(CUSTOM_SITE.candidateUrl);
        await page.waitForText('.sl-panel', 'omar.haddad@example.com');
        await page.waitForText('[data-vendor="talentscreen"]', 'In progress');
        if (name === 'chromium') await stopWorkerMidLookup(world, page);
        await page.close();

        await options.bringToFront();
        await options.click(`button[aria-label="Remove ${CUSTOM_SITE.origin}"]`);
        await options.waitForText('[data-section="sites"]', `Removed ${CUSTOM_SITE.origin}`);
        expect(await options.evaluate(`browser.permissions.contains({ origins: ['${CUSTOM_SITE.origin}/*'] })`)).toBe(false);
        const after = await world.browser.openPage(CUSTOM_SITE.candidateUrl);
        await sleep(1_500);
        expect(await panelCount(after)).toBe(0);
        await after.close();
        await options.close();
      });

      it("asks for a custom base URL's host when it is saved, then calls the vendor there", async () => {
        const gateway = `https://${TALENTSCREEN_GATEWAY}/api/v1`;
        const form = vendorForm('talentscreen');
        const options = await world.browser.openPage(`${world.browser.extensionOrigin}/options.html`);
        await options.waitForText(form, 'API key');
        await options.fill(`${form} input[name="baseUrl"]`, gateway);
        await clickAllowingPermission(desktop, name, options, `${form} button[type="submit"]`);
        await options.waitForText(`${form} [role="status"]`, 'Saved');
        expect(await options.evaluate(`browser.permissions.contains({ origins: ['https://${TALENTSCREEN_GATEWAY}/*'] })`)).toBe(true);

        const before = world.sandbox.requests.length;
        const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
        await page.waitForText('[data-vendor="talentscreen"]', '87.5%', 30_000);
        const talentscreen = world.sandbox.requests.slice(before).filter((r) => r.vendor === 'talentscreen');
        expect(talentscreen.length).toBeGreaterThan(0);
        expect(new Set(talentscreen.map((r) => r.host))).toEqual(new Set([TALENTSCREEN_GATEWAY]));
        await page.close();

        // Back to the documented default for the other tests.
        await options.bringToFront();
        await options.fill(`${form} input[name="baseUrl"]`, '');
        await options.click(`${form} button[type="submit"]`);
        await options.waitForText(`${form} [role="status"]`, 'Saved');
        await options.close();
      });

      it('hides and shows the panel with the keyboard shortcut, on a candidate and on a list', async () => {
        const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
        await page.waitForText('.sl-panel', 'jane.doe@example.com');
        await pressIn(desktop, page, shortcut);
        await page.waitForText('.sl-panel.sl-collapsed', 'Scorelens');
        expect(await page.text('.sl-panel')).not.toContain('jane.doe@example.com');
        await pressIn(desktop, page, shortcut);
        await page.waitForText('.sl-panel:not(.sl-collapsed)', 'jane.doe@example.com');
        await page.close();

        const list = await world.browser.openPage(GREENHOUSE_LIST_URL);
        await list.waitForText('.sl-panel', '5 candidates');
        await pressIn(desktop, list, shortcut);
        await list.waitForText('.sl-panel.sl-collapsed', 'Scorelens');
        await pressIn(desktop, list, shortcut);
        await list.waitForText('.sl-panel:not(.sl-collapsed)', '5 candidates');
        await list.close();
      });
    });
  }
}
