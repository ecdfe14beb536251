/**
 * "Copy page outline" in real Chromium and Firefox: the popup copies the tab's page outline (on a
 * list page, where no candidate is; and on a candidate's page, for the wrong one), and
 * `npm run fixture` turns what was copied into a page. The clipboard is read where the page may
 * (Firefox), else pasted with Ctrl+V into a box of the popup (Chromium, which refuses reading
 * without a permission); it must hold exactly what the popup shows it copied.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CANDIDATE_URL, GREENHOUSE_LIST_URL } from '../sandbox/ats-pages';
import type { E2EPage } from './driver';
import { type BrowserName, type E2EWorld, findBrowser, startWorld } from './launch';

const ROOT = join(import.meta.dirname, '../..');

/** The clipboard's text as the popup reads it, or null when the browser will not say (within 3 s). */
const CLIPBOARD = 'Promise.race([navigator.clipboard.readText().catch(() => null), new Promise((r) => setTimeout(() => r(null), 3000))])';

/** What a paste (Ctrl+V) into a fresh box of the page gives: the clipboard, where the page may not read it. */
async function pasted(page: E2EPage): Promise<string | null> {
  await page.evaluate(
    `(() => { const a = document.createElement('textarea'); a.id = 'sl-test-paste'; document.body.append(a); a.focus(); })()`,
  );
  await page.press('Control+V');
  const value = await page.evaluate(
    `(() => { const a = document.getElementById('sl-test-paste'); const v = a.value; a.remove(); return v; })()`,
  );
  return typeof value === 'string' && value ? value : null;
}

/** Clicks "Copy page outline" in the popup; what the clipboard then holds (or, refused, what the popup selected for Ctrl+C). */
async function copyOutline(popup: E2EPage): Promise<string> {
  await popup.click('[data-action="copy-outline"]');
  const status = await popup.waitForText('[data-testid="outline-status"]', 'c');
  const shown = String(await popup.evaluate(`document.querySelector('[data-testid="outline-text"]').value`));
  if (status.includes('Page outline copied')) {
    const clip = (await popup.evaluate(CLIPBOARD).catch(() => null)) ?? (await pasted(popup));
    expect(clip).toBe(shown);
    return clip as string;
  }
  // Refused: the outline is selected in its box for Ctrl+C.
  expect(status).toContain('press Ctrl+C');
  expect(
    await popup.evaluate(
      `(() => { const a = document.querySelector('[data-testid="outline-text"]'); return a.selectionEnd - a.selectionStart; })()`,
    ),
  ).toBe(shown.length);
  return shown;
}

/** Runs `npm run fixture` (its script, as npm does) on an outline. */
function fixture(outline: string) {
  const dir = mkdtempSync(join(tmpdir(), 'scorelens-outline-'));
  try {
    writeFileSync(join(dir, 'outline.json'), outline);
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'test/tools/fixture.ts'), join(dir, 'outline.json')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { ...run, html: run.status === 0 ? readFileSync(join(dir, 'outline.html'), 'utf8') : '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  if (!findBrowser(name)) continue; // extension.test.ts fails the run in CI when a browser is missing.

  describe(`${name}: Copy page outline`, () => {
    let world: E2EWorld;
    beforeAll(async () => {
      world = await startWorld(name);
    });
    afterAll(() => world?.close());

    it('copies the outline of a page without a candidate, which npm run fixture turns into a page', async () => {
      const page = await world.browser.openPage(GREENHOUSE_LIST_URL);
      await page.waitForText('.sl-panel', '5 candidates');
      const popup = await world.browser.openPage(`${world.browser.extensionOrigin}/popup.html`);
      await popup.waitForText('.sl-outline-offer', 'Scorelens found no candidate on this page.');
      const copied = await copyOutline(popup);

      const outline = JSON.parse(copied);
      expect(outline).toMatchObject({
        format: 'scorelens-page-outline',
        ats: 'greenhouse',
        reason: 'none',
        found: { view: 'list', rows: 5 },
      });
      expect(outline.url).toBe('https://app.greenhouse.io/people?sort=last_activity');
      // None of the page's people, and none of our own panel or chips.
      for (const data of [
        'Jane Doe',
        'jane.doe@example.com',
        'Janet',
        'Omar',
        'Priya',
        'Emma',
        'alex.recruiter',
        'scorelens-panel',
        'scorelens-chip',
      ]) {
        expect(copied).not.toContain(data);
      }

      const made = fixture(copied);
      expect(made.stderr).toBe('');
      expect(made.status).toBe(0);
      expect(made.stdout).toContain('Page URL: https://app.greenhouse.io/people?sort=last_activity');
      expect(made.html.match(/data-provides="candidate-row"/g)).toHaveLength(5);
      expect(made.html).not.toContain('jane.doe@example.com');
      await popup.close();
      await page.close();
    });

    it("offers it for the wrong candidate on a candidate's page", async () => {
      const page = await world.browser.openPage(DEMO_CANDIDATE_URL);
      await page.waitForText('.sl-panel', 'Jane Doe');
      const popup = await world.browser.openPage(`${world.browser.extensionOrigin}/popup.html`);
      await popup.waitForText('[data-testid="page-candidate"]', 'Jane Doe');
      await popup.waitForText('.sl-outline-offer', 'Not the right candidate?');
      const outline = JSON.parse(await copyOutline(popup));
      expect(outline).toMatchObject({
        reason: 'wrong',
        url: 'https://app.greenhouse.io/people/{num:1}?application_id={num:2}',
        found: { view: 'candidate', name: true, emails: 1, context: { candidateId: '{num:1}', applicationId: '{num:2}' } },
      });
      expect(JSON.stringify(outline)).not.toMatch(/Jane|Doe|4410023|8812001/);
      expect(fixture(JSON.stringify(outline)).status).toBe(0);
      await popup.close();
      await page.close();
    });

    it('is not offered on a tab Scorelens does not read', async () => {
      // A vendor's site: no ATS, no content script.
      const page = await world.browser.openPage('https://talentscreens.org/');
      const popup = await world.browser.openPage(`${world.browser.extensionOrigin}/popup.html`);
      await popup.waitForText('h1', 'Scorelens');
      expect(await popup.text('.sl-outline-offer')).toBeNull();
      await popup.close();
      await page.close();
    });
  });
}
