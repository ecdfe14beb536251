/**
 * Debian's Chromium with the built extension, driven by Playwright (no browser download).
 * Host names are mapped to the local sandbox, so the production build runs unchanged.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => Boolean(p && existsSync(p)));
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  extensionOrigin: string;
  serviceWorker(): Promise<Worker>;
  /** Console output of every page opened through openPage, attached before navigation. */
  consoleOutput: string[];
  openPage(url: string): Promise<Page>;
  /** Stops the extension's service worker, as Chrome does when it is idle (DevTools protocol). */
  stopServiceWorker(): Promise<void>;
  /** Evaluates an expression inside our content script's isolated world on `page`. */
  evaluateInContentScript(page: Page, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export async function launchChromium(opts: {
  extensionDir: string;
  hostnames: string[];
  port: number;
  headless?: boolean;
  /** An X display for a headful browser (see desktop.ts); the default is headless. */
  display?: string;
  executablePath?: string;
}): Promise<ChromiumSession> {
  const executablePath = opts.executablePath ?? findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium');
  const userDataDir = await mkdtemp(join(tmpdir(), 'scorelens-chromium-'));
  const rules = opts.hostnames.map((h) => `MAP ${h}:443 127.0.0.1:${opts.port}`).join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.display ? false : (opts.headless ?? true),
    ...(opts.display ? { env: { ...process.env, DISPLAY: opts.display } } : {}),
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium keeps dialling Google's hosts, which this network refuses.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  const consoleOutput: string[] = [];
  return {
    context,
    extensionId,
    extensionOrigin: `chrome-extension://${extensionId}`,
    serviceWorker,
    consoleOutput,
    async openPage(url) {
      const page = await context.newPage();
      page.on('console', (m) => consoleOutput.push(m.text()));
      await page.goto(url);
      return page;
    },
    async stopServiceWorker() {
      // A session on one of our own pages reaches the workers of the extension's origin.
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/popup.html`);
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await page.close();
      }
    },
    async evaluateInContentScript(page, expression) {
      const cdp = await context.newCDPSession(page);
      const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
      await cdp.send('Runtime.enable');
      const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${extensionId}`);
      if (!world) throw new Error("No isolated world of the extension's content script on this page");
      const answer = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
      await cdp.detach();
      return answer.result.value;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
