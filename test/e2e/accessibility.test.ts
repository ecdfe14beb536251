/**
 * Accessibility in real Chromium and Firefox: axe-core finds no serious or critical problem on
 * the options page, the popup and the side panel; the options work from the keyboard alone;
 * nothing overflows at 320 px wide.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CANDIDATE_URL, GREENHOUSE_LIST_URL } from '../sandbox/ats-pages';
import { DEMO_EMAIL } from '../sandbox/fixtures';
import { SANDBOX_SETUP } from '../sandbox/setup';
import type { E2EPage } from './driver';
import { configureVendors, vendorForm } from './flows';
import { type BrowserName, type E2EWorld, findBrowser, startWorld } from './launch';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TS_FORM = vendorForm('talentscreen');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: unknown[];
}

/**
 * The side panel's shadow root is closed to the page: its checks run in our content script's
 * world (page.inPanel), where this makes every closed root readable as `shadowRoot` for axe and
 * the dark theme below. Test-only, and confined to that world: the page still sees none.
 */
const OPEN_CLOSED_ROOTS = `(() => {
  if (globalThis.scorelensRootsOpen) return;
  const closedRoot = (el) => globalThis.chrome?.dom?.openOrClosedShadowRoot?.(el) ?? el.openOrClosedShadowRoot ?? null;
  Object.defineProperty(Element.prototype, 'shadowRoot', { configurable: true, get() { return closedRoot(this); } });
  globalThis.scorelensRootsOpen = true;
})()`;

/** Evaluates in the page, or (for the panel) in our content script's world with closed roots readable. */
const evaluateFor = (page: E2EPage, inPanel: boolean, expression: string) =>
  inPanel ? page.inPanel('.sl-panel', `(${OPEN_CLOSED_ROOTS}, ${expression})`) : page.evaluate(expression);

/**
 * Runs axe in the page (its source injected as text: see driver.ts) and returns its violations.
 * `context` is an axe context, as JSON; the default is the whole document. With `inPanel`, axe
 * runs in our content script's world (see OPEN_CLOSED_ROOTS).
 */
async function axeViolations(page: E2EPage, context: unknown = null, inPanel = false): Promise<Violation[]> {
  await evaluateFor(page, inPanel, `(() => { if (!window.axe) { ${AXE_SOURCE}\n } return typeof window.axe; })()`);
  const json = await evaluateFor(
    page,
    inPanel,
    `(async () => {
    const axe = window.axe;
    const context = ${JSON.stringify(context)};
    const options = { resultTypes: ['violations'] };
    const results = context ? await axe.run(context, options) : await axe.run(document, options);
    return JSON.stringify(results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target),
    })));
  })()`,
  );
  return JSON.parse(String(json)) as Violation[];
}

/** The serious and critical violations only. */
async function seriousViolations(page: E2EPage, context?: unknown, inPanel = false): Promise<Violation[]> {
  return (await axeViolations(page, context, inPanel)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function expectNoSeriousViolations(page: E2EPage, where: string, context?: unknown, inPanel = false): Promise<void> {
  const violations = await seriousViolations(page, context, inPanel);
  const report = violations.map((v) => `${v.impact} ${v.id} (${v.help}): ${JSON.stringify(v.targets)}`).join('\n');
  expect(violations, `axe on ${where}:\n${report}`).toEqual([]);
}

/** Presses Tab (bounded) until the focused element matches `selector`. */
async function tabTo(page: E2EPage, selector: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.press('Tab');
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
  }
  const focused = await page.evaluate('document.activeElement?.outerHTML.slice(0, 200) ?? null');
  throw new Error(`Tab never reached ${selector} in ${maxPresses} presses; focus is on ${String(focused)}`);
}

/** Runs in the page: the focused element's outline, as the person sees it. */
const FOCUS_OUTLINE = `(() => {
  const s = getComputedStyle(document.activeElement);
  return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 ? s.outlineStyle + ' ' + s.outlineWidth : 'none';
})()`;

/**
 * Applies the stylesheets' dark theme (the rules under `prefers-color-scheme: dark`) whatever
 * the browser prefers, in the document and in open shadow roots, so axe checks its contrast too.
 */
const FORCE_DARK_THEME = `(() => {
  const sheets = [...document.styleSheets];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) sheets.push(...el.shadowRoot.styleSheets);
  let applied = 0;
  for (const sheet of sheets) {
    let rules;
    try {
      rules = [...sheet.cssRules];
    } catch {
      // Firefox: a <style> a content script made is not the page's to read; its text is.
      if (!(sheet.ownerNode instanceof HTMLStyleElement)) continue;
      const copy = new CSSStyleSheet();
      copy.replaceSync(sheet.ownerNode.textContent);
      rules = [...copy.cssRules];
    }
    const dark = rules
      .filter((rule) => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-color-scheme: dark'))
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    if (dark.length === 0 || !sheet.ownerNode) continue;
    const style = document.createElement('style');
    style.textContent = dark.join('\\n');
    sheet.ownerNode.after(style);
    applied++;
  }
  return applied;
})()`;

async function expectNoSeriousViolationsInDark(page: E2EPage, where: string, context?: unknown, inPanel = false): Promise<void> {
  expect(await evaluateFor(page, inPanel, FORCE_DARK_THEME), `no dark theme found on ${where}`).toBeGreaterThan(0);
  await expectNoSeriousViolations(page, `${where} (dark theme)`, context, inPanel);
}

const NO_HORIZONTAL_OVERFLOW = 'document.documentElement.scrollWidth <= document.documentElement.clientWidth';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

  describe(`${name}: accessibility`, () => {
    let world: E2EWorld;
    beforeAll(async () => {
      world = await startWorld(name);
    });
    afterAll(async () => {
      await world?.close();
    });

    const openOptions = async () => {
      const page = await world.browser.openPage(`${world.browser.extensionOrigin}/options.html`);
      await page.waitForText(TS_FORM, 'API key');
      return page;
    };

    // First, before any key is saved: the key is typed and saved with the keyboard alone.
    it('saves an API key with the keyboard alone, focus always visible', async () => {
      const page = await openOptions();
      await page.waitForText(`${TS_FORM} [data-testid="key-state"]`, 'No key saved');
      const key = SANDBOX_SETUP.talentscreen.apiKey;
      await tabTo(page, `${TS_FORM} input[name="apiKey"]`);
      expect(await page.evaluate(FOCUS_OUTLINE)).not.toBe('none');
      await page.type(key);
      await tabTo(page, `${TS_FORM} button[type="submit"]`, 10);
      expect(await page.evaluate(FOCUS_OUTLINE)).not.toBe('none');
      await page.press('Enter');
      await page.waitForText(`${TS_FORM} [data-testid="key-state"]`, `Saved key: ••••••••${key.slice(-4)}`);
      // Every other kind of control on the page shows where the focus is too.
      for (const selector of ['input[type="checkbox"]', 'input[type="url"]', 'input[type="number"]', 'input[type="file"]', 'textarea']) {
        await tabTo(page, selector, 80);
        expect(await page.evaluate(FOCUS_OUTLINE), selector).not.toBe('none');
      }
      await page.close();
      await (await configureVendors(world.browser)).close();
    });

    it('the options page has no serious or critical axe violations and fits 320 px', async () => {
      const page = await openOptions();
      await page.waitForText(`${TS_FORM} [data-testid="key-state"]`, 'Saved key:');
      await expectNoSeriousViolations(page, 'the options page');
      await page.setViewport(320, 700);
      expect(await page.evaluate(NO_HORIZONTAL_OVERFLOW), 'options page overflows at 320 px').toBe(true);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
      await expectNoSeriousViolations(page, 'the options page at 320 px');
      await expectNoSeriousViolationsInDark(page, 'the options page');
      await page.close();
    });

    it('the popup after a lookup has no serious or critical axe violations and fits 320 px', async () => {
      const page = await world.browser.openPage(`${world.browser.extensionOrigin}/popup.html`);
      await page.fill('input[name="query"]', DEMO_EMAIL);
      await page.click('button[type="submit"]');
      await page.waitForText('.sl-results', '87.5%', 30_000);
      await page.waitForNoText('.sl-lookup [role="status"]', 'Looking up', 30_000);
      // Every scoreboard line opened: the details count too.
      await page.evaluate(`document.querySelectorAll('.sl-line-toggle').forEach((b) => b.click())`);
      await expectNoSeriousViolations(page, 'the popup');
      // Moderate, but a screen reader's outline of the popup: h1, then h2s, vendor cards as h3s.
      expect((await axeViolations(page)).filter((v) => v.id === 'heading-order')).toEqual([]);
      await page.setViewport(320, 700);
      expect(await page.evaluate(NO_HORIZONTAL_OVERFLOW), 'popup overflows at 320 px').toBe(true);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
      await expectNoSeriousViolations(page, 'the popup at 320 px');
      await expectNoSeriousViolationsInDark(page, 'the popup');
      await page.close();
    });

    it('the popup offering a page outline, the outline shown, has no serious or critical axe violations and fits 320 px', async () => {
      const list = await world.browser.openPage(GREENHOUSE_LIST_URL);
      await list.waitForText('.sl-panel', '5 candidates');
      const page = await world.browser.openPage(`${world.browser.extensionOrigin}/popup.html`);
      await page.waitForText('.sl-outline-offer', 'Scorelens found no candidate on this page.');
      await page.click('[data-action="copy-outline"]');
      await page.waitForText('[data-testid="outline-status"]', 'c');
      await page.evaluate(`document.querySelector('.sl-outline-offer details').open = true`);
      await expectNoSeriousViolations(page, 'the popup with a page outline');
      await page.setViewport(320, 700);
      expect(await page.evaluate(NO_HORIZONTAL_OVERFLOW), 'popup with a page outline overflows at 320 px').toBe(true);
      await expectNoSeriousViolationsInDark(page, 'the popup with a page outline');
      await page.close();
      await list.close();
    });

    it('the side panel has no serious or critical axe violations and fits 320 px', async () => {
      const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
      await page.waitForText('.sl-panel', 'Dweet Nova', 30_000);
      await page.waitForNoText('.sl-lookup [role="status"]', 'Looking up', 30_000);
      // Open the disclosures too (summary text, linking a HiringBranch id, the scoreboard's lines): their contents count.
      await page.clickDeep('[data-action="copy"]');
      await page.inPanel('.sl-panel', `el.querySelectorAll('details').forEach((d) => { d.open = true; })`);
      await page.inPanel('.sl-panel', `el.querySelectorAll('.sl-line-toggle').forEach((b) => b.click())`);
      const panel = { include: [['scorelens-panel']] };
      await expectNoSeriousViolations(page, 'the side panel', panel, true);
      await page.setViewport(320, 700);
      const fits = `({ width: el.getBoundingClientRect().width, viewport: document.documentElement.clientWidth,
          content: el.scrollWidth, box: el.clientWidth })`;
      const size = (await page.inPanel('.sl-panel', fits)) as { width: number; viewport: number; content: number; box: number };
      expect(size.width, JSON.stringify(size)).toBeLessThanOrEqual(size.viewport);
      expect(size.content, `the panel's content overflows it: ${JSON.stringify(size)}`).toBeLessThanOrEqual(size.box);
      await expectNoSeriousViolations(page, 'the side panel at 320 px', panel, true);
      await expectNoSeriousViolationsInDark(page, 'the side panel', panel, true);
      await page.close();
    });
  });
}
