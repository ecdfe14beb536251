/**
 * Alerts in real Chromium and Firefox: the recruiter opens a candidate whose Praxicraft
 * assessment is still under way, goes elsewhere; the sandbox finishes it; the background's own
 * alarm fires (created with `when` from an extension page, so the worker's onAlarm runs the
 * re-check as it would after 30 minutes); then the notification, the badge and the popup's
 * "New results" entry say so, and the entry opens the candidate's ATS page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVER_CANDIDATE_URLS } from '../sandbox/ats-pages';
import { PRAXICRAFT_CAST, praxicraftSandbox } from '../sandbox/praxicraft';
import { SANDBOX_SETUP } from '../sandbox/setup';
import { until } from './driver';
import { configureVendors } from './flows';
import { type BrowserName, type E2EWorld, findBrowser, screenshotPath, startWorld } from './launch';

const OMAR_URL = LEVER_CANDIDATE_URLS[1];
const OMAR_INVITE = PRAXICRAFT_CAST['omar.haddad@example.com']![0]!;
const ALERT = 'Omar Haddad: Praxicraft 72.5% · Pass';
const API = '(globalThis.browser ?? globalThis.chrome)';
/** A declared message, sent from an extension page as the popup or options would. */
const send = (type: string) => `${API}.runtime.sendMessage({ type: '${type}', data: {} })`;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

  describe(`${name}: alerts`, () => {
    let world: E2EWorld;
    beforeAll(async () => {
      praxicraftSandbox.reset();
      world = await startWorld(name);
    });
    afterAll(async () => {
      praxicraftSandbox.reset();
      await world?.close();
    });

    it('a pending result that lands while the recruiter is elsewhere: notification, badge, popup entry that opens the ATS page', async () => {
      const options = await configureVendors(world.browser, { praxicraft: SANDBOX_SETUP.praxicraft });
      const watched = async () => ((await options.evaluate(send('getAlerts'))) as { data?: { watched: number } }).data?.watched;
      expect(await watched()).toBe(0);

      // The recruiter opens Omar: his Praxicraft take-home is started, not finished.
      const ats = await world.browser.openPage(OMAR_URL);
      await ats.waitForText('.sl-panel', 'Praxicraft', 30_000);
      await ats.waitForNoText('.sl-lookup [role="status"]', 'Looking up', 30_000);
      await until(async () => (await watched()) === 1, 'Omar on the watch list');
      // Nothing of the watch list where a content script reads.
      const readable = await world.browser.contentScriptReadableStorage(ats);
      expect(readable).not.toContain('alerts:');
      await ats.close();

      // Elsewhere, Omar finishes; Praxicraft scores him 217.5 of 300 and he passes.
      const done = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const c = (score: number, status: 'correct' | 'partial') => ({ score, max: 100, status, seconds: 1200 });
      praxicraftSandbox.update(OMAR_INVITE.token, {
        status: 'completed',
        at: done,
        completedAt: done,
        passed: true,
        cases: [c(100, 'correct'), c(67.5, 'partial'), c(50, 'partial')],
        violations: { fullscreen: 0, copyPaste: 0 },
      });
      const before = world.sandbox.requests.length;

      // Every notification shown, read with notifications.getAll() as it appears: headless Firefox
      // closes one within a second (it has no system alert service), Chromium keeps it. A loop
      // of calls, not a timer (a background tab's timers are slowed to one a second); bounded.
      await options.evaluate(`(() => {
        const api = ${API};
        globalThis.seen = {};
        void (async () => {
          for (const end = Date.now() + 60000; Date.now() < end && !Object.keys(globalThis.seen).length; ) {
            Object.assign(globalThis.seen, await api.notifications.getAll());
          }
        })();
      })()`);
      // The alerts' own alarm, due now: the background's onAlarm handler runs the re-check.
      await options.evaluate(`${API}.alarms.create('scorelens-alerts', { when: Date.now() + 100 })`);
      const badge = async () => String(await options.evaluate(`${API}.action.getBadgeText({})`));
      await until(async () => (await badge()) === '1', 'the badge to count one new result', 30_000);
      expect(world.sandbox.requests.slice(before).every((r) => r.vendor === 'praxicraft')).toBe(true);
      expect(await watched()).toBe(0);

      const popup = await world.browser.openPage(`${world.browser.extensionOrigin}/popup.html`);
      const entry = await popup.waitForText('[data-testid="new-results"]', ALERT);
      expect(entry).not.toContain('@');
      const id = String(await popup.evaluate(`document.querySelector('[data-new-result]').dataset.newResult`));
      const notifications = JSON.parse(String(await options.evaluate('JSON.stringify(globalThis.seen)'))) as Record<string, unknown>;
      expect(Object.keys(notifications)).toEqual([id]);
      if (name === 'firefox') expect(notifications[id]).toMatchObject({ message: ALERT });
      await popup.screenshot(screenshotPath(`${name}-popup-new-results.png`));

      // The entry opens the page where Omar was seen, and leaves the list and the badge.
      await popup.click(`[data-new-result="${id}"]`);
      const tabUrls = async () => (await options.evaluate(`${API}.tabs.query({}).then((tabs) => tabs.map((t) => t.url))`)) as string[];
      await until(async () => (await tabUrls()).includes(OMAR_URL), `a tab on ${OMAR_URL}`, 15_000);
      await until(async () => (await badge()) === '', 'the badge to clear');
      await popup.waitForNoText('main', ALERT);
      await popup.close();
      await options.close();
    });
  });
}
