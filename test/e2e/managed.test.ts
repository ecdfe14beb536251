/**
 * Managed deployment in real Chromium and Firefox: an administrator's policy (storage.managed)
 * switches TalentScreen on with its key; options shows those values locked, and the panel shows
 * TalentScreen's results without anyone typing a key.
 * - Chromium reads policy from /etc/chromium/policies/managed/*.json, keyed by the extension id
 *   (an unpacked extension's id comes from its absolute path).
 * - Firefox reads a managed storage manifest from ~/.mozilla/managed-storage/<gecko id>.json.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CANDIDATE_URL } from '../sandbox/ats-pages';
import { SANDBOX_SETUP } from '../sandbox/setup';
import { until } from './driver';
import { openLine, vendorForm } from './flows';
import { BUILD_DIRS, type BrowserName, type E2EWorld, findBrowser, startWorld } from './launch';

const GECKO_ID = 'scorelens@scorelens.dev';
const TS_KEY = SANDBOX_SETUP.talentscreen.apiKey;
const POLICY = { vendors: { talentscreen: { enabled: true, apiKey: TS_KEY } } };

/** Chromium's id for an unpacked extension: SHA-256 of its path, first 32 hex digits mapped 0-f to a-p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** Writes a file for the test, and returns how to put things back as they were. */
async function placeFile(path: string, text: string): Promise<() => Promise<void>> {
  // mkdir returns the first folder it had to create: everything from there down is ours to remove.
  const createdDir = await mkdir(dirname(path), { recursive: true });
  const previous = existsSync(path) ? await readFile(path) : undefined;
  await writeFile(path, text);
  return async () => {
    if (previous) await writeFile(path, previous);
    else await rm(path, { force: true });
    if (createdDir) await rm(createdDir, { recursive: true, force: true });
  };
}

function installPolicy(name: BrowserName, policy: typeof POLICY = POLICY): Promise<() => Promise<void>> {
  if (name === 'firefox') {
    const manifest = { name: GECKO_ID, description: 'Scorelens e2e policy', type: 'storage', data: policy };
    return placeFile(join(homedir(), '.mozilla/managed-storage', `${GECKO_ID}.json`), JSON.stringify(manifest));
  }
  const chromePolicy = { '3rdparty': { extensions: { [unpackedExtensionId(BUILD_DIRS.chromium)]: policy } } };
  return placeFile('/etc/chromium/policies/managed/scorelens-e2e.json', JSON.stringify(chromePolicy));
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

  describe(`${name}: managed deployment`, () => {
    let world: E2EWorld;
    let restore: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      restore = await installPolicy(name);
      world = await startWorld(name);
    });
    afterAll(async () => {
      await world?.close();
      await restore?.();
    });

    it('shows the policy values locked in options, with the key masked', async () => {
      if (name === 'chromium') expect(world.browser.extensionOrigin).toBe(`chrome-extension://${unpackedExtensionId(BUILD_DIRS.chromium)}`);
      const page = await world.browser.openPage(`${world.browser.extensionOrigin}/options.html`);
      const form = vendorForm('talentscreen');
      await page.waitForText(`${form} [data-testid="key-state"]`, `Saved key: ••••••••${TS_KEY.slice(-4)}`, 15_000);
      await page.waitForText(`${form} [data-testid="locked-note"]`, 'Set by your administrator');
      expect(await page.evaluate(`document.querySelector('${form} input[name="apiKey"]').disabled`)).toBe(true);
      expect(await page.evaluate(`document.querySelector('${form} input[name="enabled"]').disabled`)).toBe(true);
      expect(await page.evaluate(`document.querySelector('${form} input[name="enabled"]').checked`)).toBe(true);
      // The base URL is not in the policy: still the user's to change.
      expect(await page.evaluate(`document.querySelector('${form} input[name="baseUrl"]').disabled`)).toBe(false);
      expect(await page.evaluate(`document.querySelector('${vendorForm('nova')} [data-testid="locked-note"]')`)).toBeNull();
      expect(await page.allDomText()).not.toContain(TS_KEY);
      await page.close();
    });

    it('the panel shows TalentScreen results with no key typed by anyone', async () => {
      const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
      await page.waitForText('[data-vendor="talentscreen"]', '87.5%', 30_000);
      await openLine(page, name, 'talentscreen');
      await page.waitForText('[data-vendor="talentscreen"]', 'Backend Engineering Assessment');
      const ts = (await page.text('[data-vendor="talentscreen"]')) ?? '';
      expect(ts).toContain('87.5%');
      expect(await page.allDomText()).not.toContain(TS_KEY);
      await page.close();
    });

    // Firefox reads a managed storage manifest once per session: a changed policy applies at the
    // next start, when the results cache (session storage) starts empty anyway.
    if (name === 'chromium')
      it('applies a changed policy at once: results fetched with the old key are not shown for the new one', async () => {
        const revoked = { vendors: { talentscreen: { enabled: true, apiKey: 'ts_revoked_by_admin' } } };
        const putBack = await installPolicy(name, revoked);
        try {
          // Chromium re-reads policy files every few hours, or at once from chrome://policy.
          const policyPage = await world.browser.openPage('chrome://policy');
          await policyPage.click('#reload-policies');
          await policyPage.close();
          const extensionPage = await world.browser.openPage(`${world.browser.extensionOrigin}/popup.html`);
          await until(async () => {
            const managed = (await extensionPage.evaluate('browser.storage.managed.get(null)')) as typeof revoked;
            return managed.vendors?.talentscreen?.apiKey === revoked.vendors.talentscreen.apiKey;
          }, 'the browser to read the new policy');
          await extensionPage.close();
          const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
          await page.waitForText('[data-vendor="talentscreen"]', 'rejected the key (401)', 30_000);
          expect(await page.text('[data-vendor="talentscreen"]')).not.toContain('87.5%');
          await page.close();
        } finally {
          await putBack();
        }
      });
  });
}
