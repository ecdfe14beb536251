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
  /** The page's whole DOM, including our closed shadow roots, as text. */
  allDomText(): Promise<string>;
  /**
   * Evaluates `expression` (with `el` bound) on the first match of `selector` inside our panel,
   * whose shadow root is closed to the page: read from our content script's world. Null when absent.
   */
  inPanel(selector: string, expression: string): Promise<unknown>;
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
 * Evaluates an expression in our content script's world on one page: there (and only there)
 * the closed shadow roots of our panel and chips open, through `chrome.dom.openOrClosedShadowRoot`
 * (Chromium) or the `Element.openOrClosedShadowRoot` property (Firefox). The page's own scripts cannot.
 */
export type ExtensionWorldEvaluate = (expression: string) => Promise<unknown>;

/**
 * Runs in our content script's world (or the page, for pages without our shadow roots): an
 * element's shadow root, open or closed. In-page code is kept as source text: tsx/esbuild decorate
 * compiled functions with helpers (`__name`) that do not exist in the page.
 */
const SHADOW_OF = `(el) => el.shadowRoot ?? globalThis.chrome?.dom?.openOrClosedShadowRoot?.(el) ?? el.openOrClosedShadowRoot ?? null`;

/** The first match of a selector in the document or any shadow root. */
const DEEP_FIND = `(selector) => {
  const shadowOf = ${SHADOW_OF};
  const find = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const shadow = shadowOf(el);
      const found = shadow && find(shadow);
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

/** Clicks the first match of a selector, shadow roots included. */
const DEEP_CLICK = `(selector) => {
  const el = (${DEEP_FIND})(selector);
  if (!el) throw new Error('Nothing matches ' + selector);
  el.click();
}`;

/** Where a person would click the first match: its centre, scrolled into view. */
const DEEP_POINT = `(selector) => {
  const el = (${DEEP_FIND})(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}`;

/** Selects an input's text, so typing replaces it. */
const DEEP_SELECT = `(selector) => {
  const el = (${DEEP_FIND})(selector);
  if (el && typeof el.select === 'function') el.select();
  return Boolean(el);
}`;

/** The whole DOM, shadow roots included, as one string. */
const ALL_DOM_TEXT = `() => {
  const shadowOf = ${SHADOW_OF};
  const parts = [document.documentElement.outerHTML];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const shadow = shadowOf(el);
      if (shadow) {
        parts.push(shadow.innerHTML);
        walk(shadow);
      }
    }
  };
  walk(document);
  return parts.join('\\n');
}`;

/** A property of the first match inside the panel's shadow root. */
const IN_PANEL = (selector: string, expression: string) => `(() => {
  const host = document.querySelector('scorelens-panel');
  const root = host && (${SHADOW_OF})(host);
  const el = root ? root.querySelector(${JSON.stringify(selector)}) : null;
  return el ? (${expression}) : null;
})()`;

type Evaluate = (expression: string) => Promise<unknown>;

interface PageInput {
  evaluate: Evaluate;
  /** Our content script's world; without one, shadow roots are read from the page (open ones only). */
  world?: ExtensionWorldEvaluate;
  mouseClick(x: number, y: number): Promise<void>;
  locatorClick(selector: string): Promise<void>;
  locatorFill(selector: string, value: string): Promise<void>;
  type(text: string): Promise<void>;
}

/** `pierce/` is puppeteer's way into open shadow roots; ours are closed, and found from our own world. */
const plain = (selector: string) => (selector.startsWith('pierce/') ? selector.slice('pierce/'.length) : selector);

function common(input: PageInput) {
  const { evaluate } = input;
  const world = input.world ?? evaluate;
  /** Whether the selector matches in the page itself, outside any shadow root. */
  const inLightDom = async (selector: string) =>
    !selector.startsWith('pierce/') && Boolean(await evaluate(`Boolean(document.querySelector(${JSON.stringify(selector)}))`));
  const text = async (selector: string) => {
    try {
      return (await world(`(${DEEP_TEXT})(${JSON.stringify(plain(selector))})`)) as string | null;
    } catch {
      // Our content script's world does not exist yet (the page is still loading).
      return null;
    }
  };
  /** A trusted click, as a person makes it: in the page through the locator, in our shadow roots at the element's centre. */
  const click = async (selector: string) => {
    if (!input.world || (await inLightDom(selector))) return input.locatorClick(selector);
    const point = (await world(`(${DEEP_POINT})(${JSON.stringify(plain(selector))})`).catch(() => null)) as { x: number; y: number } | null;
    // Not in our shadow roots (or no content script here): the browser tool's own search, open shadow roots included.
    if (!point) return input.locatorClick(selector);
    await input.mouseClick(point.x, point.y);
  };
  return {
    text,
    click,
    async fill(selector: string, value: string) {
      if (!input.world || (await inLightDom(selector))) return input.locatorFill(selector, value);
      await click(selector);
      await world(`(${DEEP_SELECT})(${JSON.stringify(plain(selector))})`);
      await input.type(value);
    },
    clickDeep: async (selector: string) => {
      await world(`(${DEEP_CLICK})(${JSON.stringify(plain(selector))})`);
    },
    allDomText: async () => (await world(`(${ALL_DOM_TEXT})()`)) as string,
    inPanel: (selector: string, expression: string) => world(IN_PANEL(selector, expression)),
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

export function fromPlaywright(page: PlaywrightPage, world?: ExtensionWorldEvaluate): E2EPage {
  const evaluate = (expression: string) => page.evaluate(expression);
  return {
    ...common({
      evaluate,
      world,
      mouseClick: (x, y) => page.mouse.click(x, y),
      locatorClick: (selector) => page.locator(selector).click(),
      locatorFill: (selector, value) => page.locator(selector).fill(value),
      type: (text) => page.keyboard.type(text),
    }),
    evaluate,
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

export function fromPuppeteer(page: PuppeteerPage, world?: ExtensionWorldEvaluate): E2EPage {
  const evaluate = (expression: string) => page.evaluate(expression);
  return {
    ...common({
      evaluate,
      world,
      mouseClick: (x, y) => page.mouse.click(x, y),
      locatorClick: (selector) => page.locator(selector).click(),
      locatorFill: (selector, value) => page.locator(selector).fill(value),
      type: (text) => page.keyboard.type(text),
    }),
    evaluate,
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
