/**
 * The few page actions our end-to-end scenarios need, over Playwright (Chromium) and
 * puppeteer-core (Firefox), so each scenario is written once and runs in both browsers.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';

/** Polls `check` until it answers truthy; bounded, and says what it waited for when it gives up. */
export async function until(check: () => Promise<unknown>, what: string, timeoutMs = 10_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return;
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export interface E2EPage {
  /** Evaluates a JavaScript expression in the page (an extension page has the extension APIs). */
  evaluate(expression: string): Promise<unknown>;
  fill(selector: string, value: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Presses one key on the focused element, as a person at the keyboard would ('Tab', 'Enter', ' '). */
  press(key: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Clicks the first match, searching open shadow roots too (our chips live in one). */
  clickDeep(selector: string): Promise<void>;
  /** innerText of the first match, searching open shadow roots too; null when absent. */
  text(selector: string): Promise<string | null>;
  /** Waits (bounded) until `selector`'s text contains `expected`; returns the text. */
  waitForText(selector: string, expected: string, timeoutMs?: number): Promise<string>;
  /** Waits (bounded) until `selector` exists and its text no longer contains `gone`. */
  waitForNoText(selector: string, gone: string, timeoutMs?: number): Promise<string>;
  /** The page's whole DOM, including open shadow roots, as text. */
  allDomText(): Promise<string>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Makes this the window's active tab (a headful window shows, and takes the title of, its active tab). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  extensionOrigin: string;
  openPage(url: string): Promise<E2EPage>;
  /**
   * Everything stored where a content script on `page` could read it, as text. In Chromium
   * this is read from inside our content script's own world; in Firefox, from an extension
   * page, every storage area (a content script can read a subset of them).
   */
  contentScriptReadableStorage(page: E2EPage): Promise<string>;
  /** Stops the extension's background as the browser does when idle (where the browser allows it). */
  stopBackground?(): Promise<void>;
  /** Everything the browser's consoles printed so far (pages, content scripts, and where the browser exposes it, extension pages). */
  consoleOutput(): string;
  close(): Promise<void>;
}

/**
 * Runs in the page: the first match of a selector in the document or any open shadow root.
 * In-page code is kept as source text: tsx/esbuild decorate compiled functions with helpers
 * (`__name`) that do not exist in the page, so a serialised function would fail there.
 */
const DEEP_FIND = `(selector) => {
  const find = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot && find(el.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  return find(document);
}`;

/** innerText, not textContent: tests assert on what a person sees. */
const DEEP_TEXT = `(selector) => {
  const el = (${DEEP_FIND})(selector);
  return el ? el.innerText : null;
}`;

/** Runs in the page: clicks the first match of a selector, open shadow roots included. */
const DEEP_CLICK = `(selector) => {
  const el = (${DEEP_FIND})(selector);
  if (!el) throw new Error('Nothing matches ' + selector);
  el.click();
}`;

/** Runs in the page: the whole DOM, shadow roots included, as one string. */
const ALL_DOM_TEXT = `() => {
  const parts = [document.documentElement.outerHTML];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.innerHTML);
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  return parts.join('\\n');
}`;

type Evaluate = (expression: string) => Promise<unknown>;

function common(evaluate: Evaluate) {
  const text = async (selector: string) => (await evaluate(`(${DEEP_TEXT})(${JSON.stringify(selector)})`)) as string | null;
  return {
    text,
    clickDeep: async (selector: string) => {
      await evaluate(`(${DEEP_CLICK})(${JSON.stringify(selector)})`);
    },
    allDomText: async () => (await evaluate(`(${ALL_DOM_TEXT})()`)) as string,
    async waitForText(selector: string, expected: string, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let last: string | null = null;
      while (Date.now() < deadline) {
        last = await text(selector);
        if (last?.includes(expected)) return last;
        await new Promise((r) => setTimeout(r, 150));
      }
      throw new Error(`"${expected}" did not appear in ${selector} within ${timeoutMs} ms; it shows: ${last ?? '(nothing)'}`);
    },
    async waitForNoText(selector: string, gone: string, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const last = await text(selector);
        if (last !== null && !last.includes(gone)) return last;
        await new Promise((r) => setTimeout(r, 150));
      }
      throw new Error(`"${gone}" was still in ${selector} after ${timeoutMs} ms`);
    },
  };
}

export function fromPlaywright(page: PlaywrightPage): E2EPage {
  return {
    ...common((expression) => page.evaluate(expression)),
    evaluate: (expression) => page.evaluate(expression),
    fill: (selector, value) => page.locator(selector).fill(value),
    click: (selector) => page.locator(selector).click(),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export function fromPuppeteer(page: PuppeteerPage): E2EPage {
  return {
    ...common((expression) => page.evaluate(expression)),
    evaluate: (expression) => page.evaluate(expression),
    fill: (selector, value) => page.locator(selector).fill(value),
    click: (selector) => page.locator(selector).click(),
    press: (key) => page.keyboard.press(key as KeyInput),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
