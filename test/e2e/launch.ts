/**
 * Starts the built extension in a real browser, against the sandbox, under the real host
 * names (so match patterns, host permissions and default base URLs are the production ones).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SANDBOX_HOSTNAMES, type Sandbox, startSandbox } from '../sandbox/server';
import { findChromium, launchChromium } from './browsers/chromium';
import { findFirefox, launchFirefox } from './browsers/firefox';
import type { Page as PlaywrightPage } from 'playwright-core';
import { type E2EBrowser, type E2EPage, fromPlaywright, fromPuppeteer } from './driver';

const ROOT = join(import.meta.dirname, '../..');
export const BUILD_DIRS = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
} as const;

export type BrowserName = keyof typeof BUILD_DIRS;

/** Where the e2e tests leave screenshots of each surface, as test artifacts. */
export function screenshotPath(file: string): string {
  const dir = join(ROOT, 'test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, file);
}

export function findBrowser(name: BrowserName): string | undefined {
  return name === 'chromium' ? findChromium() : findFirefox();
}

export interface E2EWorld {
  browser: E2EBrowser;
  sandbox: Sandbox;
  close(): Promise<void>;
}

export interface WorldOptions {
  headless?: boolean;
  /** Runs the browser headful on this X display (test/e2e/browsers/desktop.ts). */
  display?: string;
}

export async function startWorld(name: BrowserName, opts: WorldOptions = {}): Promise<E2EWorld> {
  const extensionDir = BUILD_DIRS[name];
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build in ${extensionDir}: run \`npm run build:all\` first`);
  }
  // Firefox maps names to 127.0.0.1 without a port, so its sandbox must listen on 443.
  const sandbox = await startSandbox({ tls: true, port: name === 'firefox' ? 443 : 0 });
  try {
    const browser = name === 'chromium' ? await chromiumBrowser(extensionDir, sandbox, opts) : await firefoxBrowser(extensionDir, opts);
    return {
      browser,
      sandbox,
      async close() {
        await browser.close();
        await sandbox.close();
      },
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

/** Reads every storage area a content script may be granted, as one JSON text (run in an extension context). */
const DUMP_STORAGE = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const out = {};
  for (const area of ['local', 'sync', 'session']) {
    try { out[area] = await api.storage[area].get(null); } catch (e) { out[area] = 'DENIED: ' + e.message; }
  }
  return JSON.stringify(out);
})()`;

async function chromiumBrowser(extensionDir: string, sandbox: Sandbox, opts: WorldOptions): Promise<E2EBrowser> {
  const session = await launchChromium({ extensionDir, hostnames: SANDBOX_HOSTNAMES, port: sandbox.port, ...opts });
  const pages = new WeakMap<E2EPage, PlaywrightPage>();
  return {
    name: 'chromium',
    extensionOrigin: session.extensionOrigin,
    async openPage(url) {
      const page = await session.openPage(url);
      // Web pages hold our content script's world (and our closed shadow roots); other pages are read directly.
      const web = /^https?:/.test(url);
      const wrapped = fromPlaywright(page, web ? (expression) => session.evaluateInContentScript(page, expression) : undefined);
      pages.set(wrapped, page);
      return wrapped;
    },
    async contentScriptReadableStorage(page) {
      const raw = pages.get(page);
      if (!raw) throw new Error('Not a page of this browser');
      return String(await session.evaluateInContentScript(raw, DUMP_STORAGE));
    },
    stopBackground: () => session.stopServiceWorker(),
    consoleOutput: () => session.consoleOutput.join('\n'),
    close: () => session.close(),
  };
}

/**
 * Firefox's WebDriver BiDi reaches no content script's world: an extension page of ours (opened
 * once, in the background) runs the expression there with scripting.executeScript, in the tab
 * whose document carries `mark`. The function's source is built in the extension page (the
 * content script's policy allows no eval), so the expression is part of it.
 */
function firefoxContentWorld(session: Awaited<ReturnType<typeof launchFirefox>>) {
  let helper: Promise<import('puppeteer-core').Page> | undefined;
  return async (mark: string, expression: string): Promise<unknown> => {
    helper ??= session.openPage(`${session.extensionOrigin}/popup.html`, { background: true });
    const page = await helper;
    const run = `(async () => {
      const found = [];
      const errors = [];
      for (const tab of await browser.tabs.query({})) {
        try {
          const [answer] = await browser.scripting.executeScript({
            target: { tabId: tab.id },
            func: function () {
              if (document.documentElement.getAttribute('data-scorelens-e2e') !== ${JSON.stringify(mark)}) return { skip: true };
              return Promise.resolve(${expression}).then((value) => ({ value }), (error) => ({ error: String(error && error.message || error) }));
            },
          });
          if (answer && answer.error) errors.push(String(answer.error));
          if (answer && answer.result && !answer.result.skip) found.push(answer.result);
        } catch (error) {
          // A tab we may not script (another site, an extension page).
          errors.push(String(error));
        }
      }
      if (!found.length) throw new Error('No tab with our content script shows ${mark}: ' + errors.join('; '));
      if (found[0].error) throw new Error(found[0].error);
      return found[0].value;
    })()`;
    return page.evaluate(run);
  };
}

async function firefoxBrowser(extensionDir: string, opts: WorldOptions): Promise<E2EBrowser> {
  const session = await launchFirefox({
    extensionDir,
    hostnames: SANDBOX_HOSTNAMES,
    ...opts,
    // Answers optional-permission requests (adding a site in options) as a person clicking Allow would.
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
  const world = firefoxContentWorld(session);
  let pages = 0;
  return {
    name: 'firefox',
    extensionOrigin: session.extensionOrigin,
    async openPage(url) {
      const page = await session.openPage(url);
      if (!/^https?:/.test(url)) return fromPuppeteer(page);
      const mark = `page-${++pages}`;
      return fromPuppeteer(page, async (expression) => {
        // Marked on each call: a navigation gives the tab a new document.
        await page.evaluate(`document.documentElement.setAttribute('data-scorelens-e2e', ${JSON.stringify(mark)})`);
        return world(mark, expression);
      });
    },
    async contentScriptReadableStorage() {
      const page = fromPuppeteer(await session.openPage(`${session.extensionOrigin}/popup.html`));
      try {
        return String(await page.evaluate(DUMP_STORAGE));
      } finally {
        await page.close();
      }
    },
    // Background and extension-page consoles reach Firefox's stdout only.
    consoleOutput: () => [...session.consoleMessages.map((m) => m.text), ...session.browserStdout].join('\n'),
    close: () => session.close(),
  };
}
