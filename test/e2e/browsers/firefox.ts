// Firefox (ESR) end-to-end harness: puppeteer-core over WebDriver BiDi + a temporarily
// installed unpacked extension, fully offline (every host name resolves to 127.0.0.1).
import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type ConsoleMessage, type Page } from 'puppeteer-core';

export interface ConsoleEntry {
  pageUrl: string; // may still read 'about:blank' for messages logged during the first load
  sourceUrl: string | undefined; // moz-extension://<uuid>/<file>.js for content-script messages
  type: string; // 'log' | 'error' | 'warn' | ...
  text: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** The gecko id from manifest.json (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** 'moz-extension://<uuid>' — the uuid is pinned (deterministic per gecko id). */
  extensionOrigin: string;
  /**
   * console.* of web pages opened via openPage, captured from before navigation: page scripts AND
   * content scripts (sourceUrl tells them apart). Firefox's BiDi reports nothing for
   * moz-extension pages or the background: read browserStdout for those.
   */
  consoleMessages: ConsoleEntry[];
  /**
   * Firefox stdout/stderr lines. Background, extension-page and content-script console.* calls appear
   * as `console.log: "text" "arg2"` (multi-line values continue on following lines).
   */
  browserStdout: string[];
  /**
   * New tab; console capture is attached before navigating. http(s) URLs wait for 'load'.
   * moz-extension:// URLs wait for document 'complete', but puppeteer does not track that
   * navigation: page.url() stays 'about:blank' and framenavigated/load never fire. evaluate,
   * $/$eval, waitForSelector/Function and screenshot work.
   */
  openPage(url: string, opts?: { timeoutMs?: number; background?: boolean }): Promise<Page>;
  /** Closes Firefox (SIGKILL fallback) and deletes the temporary profile. Idempotent. */
  close(): Promise<void>;
}

export interface LaunchFirefoxOptions {
  /** Unpacked built extension, e.g. WXT's .output/firefox-mv3. */
  extensionDir: string;
  /** Host names resolved to 127.0.0.1 (caller serves them over HTTPS on port 443). */
  hostnames: string[];
  /** Default true. Works without DISPLAY. */
  headless?: boolean;
  /** An X display for a headful browser (see desktop.ts). */
  display?: string;
  /** Default: findFirefox(). */
  executablePath?: string;
  /** Extra/overriding about:config prefs. */
  prefs?: Record<string, string | number | boolean>;
  /** Bound for launch, install and each protocol call. Default 30 s. */
  timeoutMs?: number;
  /** Pipe Firefox stdout/stderr to ours (background-script console shows up there). */
  dumpio?: boolean;
}

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/snap/bin/firefox',
];

export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_BIN;
  for (const p of fromEnv ? [fromEnv, ...CANDIDATES] : CANDIDATES) {
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Stable fake v4 UUID from the gecko id, so extensionOrigin is identical across runs. */
function uuidFor(id: string): string {
  const h = createHash('sha256').update(`scorelens-e2e:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function readGeckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    applications?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  // Without a fixed id a temporary install gets a random one and the uuid pref cannot be pinned.
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

interface BidiContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

function offlinePrefs(hostnames: string[], geckoId: string, uuid: string): Record<string, string | number | boolean> {
  // puppeteer already writes its own test-profile defaults (normandy, safebrowsing lists,
  // remote settings -> data:, extension updates, first-run pages...); these are on top.
  return {
    // --- routing: our hosts -> loopback, nothing else leaves the machine ---
    // localDomains entries resolve like "localhost" (127.0.0.1), no DNS query at all.
    'network.dns.localDomains': hostnames.join(','),
    // Linux default (5) honours http(s)_proxy env vars, which would send our hosts to a proxy.
    'network.proxy.type': 0,
    'network.trr.mode': 5, // DNS-over-HTTPS off
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false, // detectportal.firefox.com
    'network.connectivity-service.enabled': false,
    // --- phoning home (app updates: puppeteer's app.update.disabledForTesting) ---
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.usage.uploadEnabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.discovery.api_url': 'data:, ',
    'security.OCSP.enabled': 0, // self-signed certs have no responder; avoid lookups
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'dom.push.connection.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.merino.endpointURL': '',
    // --- the extension ---
    // Pin moz-extension://<uuid>; read at install time, so it must be in the profile before install.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    // MV3 host_permissions are optional-at-runtime in Firefox; this (default true since ~127)
    // grants them at ADDON_INSTALL, temporary installs included. Set explicitly so a changed
    // default can't silently turn content scripts/background fetches off.
    'extensions.originControls.grantByDefault': true,
    // Only the temporary install; no sideloaded/distro add-ons.
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    'browser.backup.enabled': false, // BackupService: stderr noise, profile snapshots
    'browser.backup.scheduled.enabled': false,
    'nimbus.rollouts.enabled': false, // experiment loader: stops a remote-settings sync attempt
    // Background/extension-page console.* go to stdout -> browserStdout (BiDi can't see them).
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
  };
}

export async function launchFirefox(opts: LaunchFirefoxOptions): Promise<FirefoxSession> {
  const executablePath = opts.executablePath ?? findFirefox();
  if (!executablePath) throw new Error('Firefox not found (set FIREFOX_BIN)');
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const extensionDir = path.resolve(opts.extensionDir);
  const extensionId = readGeckoId(extensionDir);
  const uuid = uuidFor(extensionId);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: opts.display ? false : (opts.headless ?? true),
    // Global cert-override in Firefox: covers pages AND the extension's own fetch().
    acceptInsecureCerts: true,
    // Without it BiDi refuses browsingContext.navigate to moz-extension:// (only http(s)/file/blob/data/about:blank).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...offlinePrefs(opts.hostnames, extensionId, uuid), ...opts.prefs },
    timeout: timeoutMs,
    protocolTimeout: timeoutMs,
    dumpio: opts.dumpio ?? false,
    env: {
      ...process.env,
      ...(opts.display ? { DISPLAY: opts.display } : {}),
      // Release builds ignore services.settings.server (so remote settings would still call
      // firefox.settings.services.mozilla.com) unless this is set; it also makes Firefox refuse
      // (hard-crash with "FATAL ERROR: Non-local network connections are disabled") any
      // connection to a non-loopback address: a leak tripwire, like Mozilla's own test harnesses.
      MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
      MOZ_CRASHREPORTER_DISABLE: '1', // no crash-reporter client/minidump upload if it does crash
    },
  });

  const consoleMessages: ConsoleEntry[] = [];
  const browserStdout: string[] = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => browserStdout.push(line));
  }
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      await withTimeout(browser.close(), 10_000, 'browser.close()');
    } catch {
      // Graceful shutdown hung: kill hard. Content processes exit when their parent's IPC pipe closes.
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((resolve) => proc.once('exit', resolve));
        proc.kill('SIGKILL');
        await withTimeout(exited, 5_000, 'firefox exit').catch(() => undefined);
      }
    }
  };

  try {
    const installedId = await withTimeout(browser.installExtension(extensionDir), timeoutMs, 'installExtension');
    if (installedId !== extensionId) throw new Error(`installed ${installedId}, expected ${extensionId}`);
  } catch (err) {
    await close();
    throw err;
  }

  return {
    browser,
    extensionId,
    extensionOrigin: `moz-extension://${uuid}`,
    consoleMessages,
    browserStdout,
    async openPage(url, pageOpts) {
      const timeout = pageOpts?.timeoutMs ?? timeoutMs;
      const page = await browser.newPage(pageOpts?.background ? { background: true } : undefined);
      page.on('console', (m: ConsoleMessage) => {
        consoleMessages.push({ pageUrl: page.url(), sourceUrl: m.location().url, type: m.type(), text: m.text() });
      });
      if (!url.startsWith('moz-extension:')) {
        try {
          await page.goto(url, { waitUntil: 'load', timeout });
        } catch (err) {
          // Surface the tripwire's reason ("Target closed" alone is baffling).
          const leak = browserStdout.find((l) => l.includes('Non-local network connections are disabled'));
          if (leak) throw new Error(`${String(err)}\n${leak}`, { cause: err });
          throw err;
        }
        return page;
      }
      // Firefox's Remote Agent drops navigation events for extension-process documents
      // (bug 1755014), so page.goto() would time out. The raw BiDi browsingContext.navigate
      // command with wait:'complete' does resolve; reach it through puppeteer's BiDi frame.
      const context = (page.mainFrame() as unknown as { browsingContext?: BidiContext }).browsingContext;
      if (typeof context?.navigate !== 'function') throw new Error('puppeteer internals changed: no frame.browsingContext');
      await withTimeout(context.navigate(url, 'complete'), timeout, `navigate ${url}`);
      return page;
    },
    close,
  };
}
