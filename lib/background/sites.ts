/**
 * ATS sites the user added in options. Options asks for the site's host permission inside
 * the click; here the content script is registered for it at runtime, and removing the site
 * unregisters the script and gives the permission back.
 */
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { loadSettings, settingsItem, type UserSite } from '../settings/settings';
import { defaultPattern, sitePatternProblem } from '../settings/sitePattern';

let known: UserSite[] = [];

const scriptId = (site: UserSite) => `site-${new URL(site.origin).hostname}`;

/** The content script file the manifest declares for the built-in ATSs, as a path (Firefox gives full URLs). */
function contentScriptFiles(): string[] {
  const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  return files.map((file) => new URL(file, browser.runtime.getURL('/')).pathname);
}

/** Whether a URL belongs to a site the user added (sync: the sender check needs it). */
export function isUserSitePage(url: string): boolean {
  return known.some((site) => new MatchPattern(site.pattern).includes(url));
}

export function userSiteFor(url: string): UserSite | undefined {
  return known.find((site) => new MatchPattern(site.pattern).includes(url));
}

async function register(site: UserSite): Promise<void> {
  const id = scriptId(site);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.scripting.registerContentScripts([
    { id, matches: [site.pattern], js: contentScriptFiles(), runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** At startup: the sites from settings, each with its content script registered (re-registered if the browser lost it). */
export async function loadUserSites(): Promise<void> {
  // A site saved before patterns were checked (or imported) that reaches beyond its origin is left out.
  known = (await loadSettings()).sites.filter((site) => !sitePatternProblem(site.origin, site.pattern));
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (const site of known) {
    const granted = await browser.permissions.contains({ origins: [site.pattern] });
    if (granted && !registered.has(scriptId(site))) await register(site);
  }
}

export function listUserSites(): UserSite[] {
  return [...known];
}

export async function addUserSite(origin: string, pattern?: string): Promise<UserSite[]> {
  const problem = sitePatternProblem(origin, pattern);
  if (problem) throw new Error(problem);
  const site: UserSite = { origin: new URL(origin).origin, pattern: pattern || defaultPattern(origin) };
  try {
    new MatchPattern(site.pattern);
  } catch {
    throw new Error(`"${site.pattern}" is not a valid URL pattern (for example https://ats.example.com/candidates/*)`);
  }
  if (!(await browser.permissions.contains({ origins: [site.pattern] }))) {
    throw new Error(`Scorelens was not given permission to run on ${site.origin}`);
  }
  await register(site);
  const settings = await loadSettings();
  known = [...settings.sites.filter((s) => s.origin !== site.origin), site];
  await settingsItem.setValue({ ...settings, sites: known });
  return listUserSites();
}

export async function removeUserSite(origin: string): Promise<UserSite[]> {
  const site = known.find((s) => s.origin === origin);
  if (site) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(site)] }).catch(() => undefined);
    await browser.permissions.remove({ origins: [site.pattern] });
  }
  const settings = await loadSettings();
  known = settings.sites.filter((s) => s.origin !== origin);
  await settingsItem.setValue({ ...settings, sites: known });
  return listUserSites();
}
