/** Things a person does in the extension, written once for the e2e tests and the demo. */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { VendorId } from '@/lib/model';
import { DEMO_CANDIDATE_URL } from '../sandbox/ats-pages';
import { SANDBOX_SETUP, type SandboxVendorSetup } from '../sandbox/setup';
import { type E2EBrowser, type E2EPage, until } from './driver';

export const vendorForm = (vendor: VendorId) => `form[data-vendor="${vendor}"]`;

/** Types each vendor's key and fields into the options page and saves; returns the page. */
export async function configureVendors(
  browser: E2EBrowser,
  setups: Partial<Record<VendorId, SandboxVendorSetup>> = SANDBOX_SETUP,
): Promise<E2EPage> {
  const page = await browser.openPage(`${browser.extensionOrigin}/options.html`);
  for (const [vendor, setup] of Object.entries(setups) as [VendorId, SandboxVendorSetup][]) {
    const form = vendorForm(vendor);
    await page.waitForText(form, 'API key');
    await page.fill(`${form} input[name="apiKey"]`, setup.apiKey);
    for (const [name, value] of Object.entries(setup.fields)) await page.fill(`${form} input[name="${name}"]`, value);
    await page.click(`${form} button[type="submit"]`);
    await page.waitForText(`${form} [data-testid="key-state"]`, `Saved key: ••••••••${setup.apiKey.slice(-4)}`);
  }
  return page;
}

/** Opens the demo candidate (Jane Doe) and waits until every vendor has answered; returns the page. */
export async function openDemoCandidate(browser: E2EBrowser): Promise<E2EPage> {
  const page = await browser.openPage(DEMO_CANDIDATE_URL);
  await page.waitForText('.sl-panel', 'Dweet Nova', 30_000);
  await page.waitForNoText('.sl-lookup [role="status"]', 'Looking up', 30_000);
  return page;
}

/** Opens a vendor's line on the scoreboard (panel or popup) to its details, with a real click. */
export async function openLine(page: E2EPage, browser: 'chromium' | 'firefox', vendor: VendorId): Promise<void> {
  const line = `.sl-scoreboard > [data-vendor="${vendor}"]`;
  // Firefox's driver reaches into the panel's closed shadow root only when told to pierce.
  await page.click(`${browser === 'firefox' ? 'pierce/' : ''}${line} .sl-line-toggle`);
  await until(async () => (await page.text(`${line} [aria-expanded="true"]`)) !== null, `${vendor}'s line to open`);
}

/** Firefox saves exports in the user's Downloads folder: removes a test's own files (named `name`, saved since `since`). */
export function removeDownloads(name: RegExp, since: number): void {
  const dir = join(homedir(), 'Downloads');
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) {
    const path = join(dir, file);
    if (name.test(file) && statSync(path).mtimeMs >= since) rmSync(path);
  }
}
