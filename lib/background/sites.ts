/**
 * ATS sites the user added in options. Options asks for the site's host permission inside
 * the click; here the content script is registered for it at runtime, and removing the site
 * unregisters the script and gives the permission back.
 */
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { t } from '../i18n';
import { loadSettings, MAX_USER_SITES, updateSettings, type UserSite } from '../settings/settings';
import { defaultPattern, sitePatternProblem } from '../settings/sitePattern';

let known: UserSite[] = [];

/** One per origin (a port makes another site on the same host). */
const scriptId = (site: UserSite) => `site-${new URL(site.origin).host}`;

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
    throw new Error(t('sitesPatternNotValid', site.pattern));
  }
  // The limit is checked here, before anything is registered: a 51st site is refused, never stored.
  const others = known.filter((s) => s.origin !== site.origin);
  if (others.length >= MAX_USER_SITES) throw new Error(t('sitesLimitReached', String(MAX_USER_SITES)));
  if (!(await browser.permissions.contains({ origins: [site.pattern] }))) {
    throw new Error(t('sitesNoPermission', site.origin));
  }
  await register(site);
  known = await updateSettings(
    (settings) => {
      const sites = settings.sites.filter((s) => s.origin !== site.origin);
      if (sites.length >= MAX_USER_SITES) throw new Error(t('sitesLimitReached', String(MAX_USER_SITES)));
      return { ...settings, sites: [...sites, site] };
    },
    (next) => next.sites,
  );
  return listUserSites();
}

export async function removeUserSite(origin: string): Promise<UserSite[]> {
  const site = known.find((s) => s.origin === origin);
  const settings = await updateSettings(
    (current) => ({ ...current, sites: current.sites.filter((s) => s.origin !== origin) }),
    (next) => next,
  );
  known = settings.sites;
  if (site) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(site)] }).catch(() => undefined);
    // Give the permission back only when nothing else still needs it: another site, or a vendor's custom base URL.
    const stillNeeded = [
      ...known.map((s) => s.pattern),
      ...Object.values(settings.vendors).flatMap((v) => (v.baseUrl ? [defaultPattern(v.baseUrl)] : [])),
    ];
    if (!stillNeeded.includes(site.pattern)) await browser.permissions.remove({ origins: [site.pattern] });
  }
  return listUserSites();
}
