/**
 * The options page's general settings in real Chromium and Firefox: the cache lifetime, the
 * built-in ATSs on and off, and settings export and import (keys left out unless asked; a bad
 * import names each bad field and changes nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CANDIDATE_URL } from '../sandbox/ats-pages';
import { SANDBOX_SETUP } from '../sandbox/setup';
import type { E2EPage } from './driver';
import { configureVendors, vendorForm } from './flows';
import { type BrowserName, type E2EWorld, findBrowser, startWorld } from './launch';

const KEYS = Object.values(SANDBOX_SETUP).map((s) => s.apiKey);
const TTL_INPUT = 'input[name="cacheTtlMinutes"]';
const IMPORT_FORM = '[data-section="transfer"] form[data-part="import"]';

const panelCount = (page: E2EPage) => page.evaluate("document.querySelectorAll('scorelens-panel').length");

/** Polls an expression in the page until it returns `expected` (bounded). */
async function waitForValue(page: E2EPage, expression: string, expected: unknown, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    last = await page.evaluate(expression).catch(() => undefined);
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${expression} was ${JSON.stringify(last)}, not ${JSON.stringify(expected)}, after ${timeoutMs} ms`);
}

/** Pastes text into a textarea as a person would (one input event), however long it is. */
async function paste(page: E2EPage, selector: string, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, ${JSON.stringify(text)});
    el.dispatchEvent(new Event('input', { bubbles: true }));
  })()`);
}

const inputValue = (selector: string) => `document.querySelector(${JSON.stringify(selector)})?.value`;
const isChecked = (selector: string) => `document.querySelector(${JSON.stringify(selector)})?.checked`;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

  describe(`${name}: options settings`, () => {
    let world: E2EWorld;
    const openOptions = async () => {
      const page = await world.browser.openPage(`${world.browser.extensionOrigin}/options.html`);
      await page.waitForText('[data-section="cache"]', 'Keep results for');
      return page;
    };
    /** Exports (keys included or not) and returns the preview's JSON text. */
    const exportJson = async (page: E2EPage, includeKeys: boolean) => {
      if (Boolean(await page.evaluate(isChecked('input[name="includeKeys"]'))) !== includeKeys)
        await page.click('input[name="includeKeys"]');
      await page.click('button[name="exportSettings"]');
      // "without API keys" does not contain "API key(s)": each waits for its own export.
      await page.waitForText('[data-part="export"] [role="status"]', includeKeys ? 'API key(s)' : 'without API keys');
      return (await page.text('[data-testid="export-preview"]')) ?? '';
    };

    beforeAll(async () => {
      world = await startWorld(name);
      await (await configureVendors(world.browser)).close();
    });
    afterAll(() => world?.close());

    it('keeps a changed cache lifetime after a reload, and refuses one out of range', async () => {
      const page = await openOptions();
      await waitForValue(page, inputValue(TTL_INPUT), '30');
      await page.fill(TTL_INPUT, '2000');
      await page.click('[data-section="cache"] button[type="submit"]');
      await page.waitForText('[data-section="cache"] [role="status"]', 'from 0 to 1440');
      await page.fill(TTL_INPUT, '45');
      await page.click('[data-section="cache"] button[type="submit"]');
      await page.waitForText('[data-section="cache"] [role="status"]', 'Saved: results are kept for 45 minutes.');
      await page.close();

      const again = await openOptions();
      await waitForValue(again, inputValue(TTL_INPUT), '45');
      await again.close();
    });

    it('a switched-off Greenhouse gets no panel and no lookup; switched on, the panel is back', async () => {
      const options = await openOptions();
      await waitForValue(options, isChecked('input[name="ats-greenhouse"]'), true);
      await options.click('input[name="ats-greenhouse"]');
      await options.waitForText('[data-section="ats"] [role="status"]', 'Greenhouse is off.');

      const before = world.sandbox.requests.length;
      const off = await world.browser.openPage(DEMO_CANDIDATE_URL);
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await panelCount(off)).toBe(0);
      expect(world.sandbox.requests.length).toBe(before);
      await off.close();

      await options.click('input[name="ats-greenhouse"]');
      await options.waitForText('[data-section="ats"] [role="status"]', 'Greenhouse is on.');
      await waitForValue(options, isChecked('input[name="ats-greenhouse"]'), true);
      await options.close();
      const on = await world.browser.openPage(DEMO_CANDIDATE_URL);
      await on.waitForText('.sl-panel', 'Jane Doe', 30_000);
      await on.waitForText('[data-vendor="talentscreen"]', '87.5%', 30_000);
      await on.close();
    });

    it('exports settings without keys, and with them only when asked (shown masked)', async () => {
      const page = await openOptions();
      const plain = await exportJson(page, false);
      const exported = JSON.parse(plain) as Record<string, unknown>;
      expect(exported).toMatchObject({ format: 'scorelens-settings', version: 1, cacheTtlMinutes: 45, disabledAts: [] });
      expect(exported).not.toHaveProperty('keys');
      expect(exported.vendors).toHaveProperty('hrflow.fields');
      for (const key of KEYS) expect(plain).not.toContain(key);

      const withKeys = JSON.parse(await exportJson(page, true)) as { keys: Record<string, string> };
      expect(Object.keys(withKeys.keys).sort()).toEqual(Object.keys(SANDBOX_SETUP).sort());
      for (const masked of Object.values(withKeys.keys)) expect(masked).toMatch(/^•{8}/);
      const dom = await page.allDomText();
      for (const key of KEYS) expect(dom).not.toContain(key);
      await page.close();
    });

    it('a bad import names each bad field and changes nothing', async () => {
      const page = await openOptions();
      const file = JSON.parse(await exportJson(page, false)) as Record<string, unknown>;
      const vendors = file.vendors as Record<string, { baseUrl: string }>;
      const bad = {
        ...file,
        cacheTtlMinutes: 'soon',
        disabledAts: ['lever'],
        vendors: { ...vendors, talentscreen: { ...vendors.talentscreen, baseUrl: 'ftp://x' } },
      };
      await paste(page, `${IMPORT_FORM} textarea[name="importJson"]`, JSON.stringify(bad));
      await page.click(`${IMPORT_FORM} button[type="submit"]`);
      const problems = await page.waitForText('[data-testid="import-problems"]', 'cacheTtlMinutes');
      expect(problems).toContain('Nothing was imported');
      expect(problems).toContain('cacheTtlMinutes: Cache lifetime must be a whole number of minutes from 0 to 1440');
      expect(problems).toContain('vendors.talentscreen.baseUrl: Base URL must be empty (the documented default) or an http(s) URL');
      await page.close();

      const again = await openOptions();
      await waitForValue(again, inputValue(TTL_INPUT), '45');
      await waitForValue(again, isChecked('input[name="ats-lever"]'), true);
      await again.close();
    });

    it('a good import applies every setting at once, and keeps the keys it does not carry', async () => {
      const page = await openOptions();
      const file = JSON.parse(await exportJson(page, false)) as Record<string, unknown>;
      const vendors = file.vendors as Record<string, { enabled: boolean }>;
      const good = {
        ...file,
        cacheTtlMinutes: 15,
        disabledAts: ['lever'],
        vendors: { ...vendors, nova: { ...vendors.nova, enabled: false } },
      };
      await paste(page, `${IMPORT_FORM} textarea[name="importJson"]`, JSON.stringify(good));
      await page.click(`${IMPORT_FORM} button[type="submit"]`);
      await page.waitForText(`${IMPORT_FORM} [role="status"]`, 'Imported every setting.');
      // The forms on the page show the imported settings straight away.
      await waitForValue(page, inputValue(TTL_INPUT), '15');
      await waitForValue(page, isChecked(`${vendorForm('nova')} input[type="checkbox"]`), false);
      await page.close();

      const again = await openOptions();
      await waitForValue(again, inputValue(TTL_INPUT), '15');
      await waitForValue(again, isChecked('input[name="ats-lever"]'), false);
      await waitForValue(again, isChecked('input[name="ats-greenhouse"]'), true);
      await waitForValue(again, isChecked(`${vendorForm('nova')} input[type="checkbox"]`), false);
      await again.waitForText(
        `${vendorForm('nova')} [data-testid="key-state"]`,
        `Saved key: ••••••••${SANDBOX_SETUP.nova.apiKey.slice(-4)}`,
      );
      await again.close();
    });
  });
}
