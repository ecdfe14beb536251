import { t } from '../i18n';

/** The match pattern for every page of a site or API host: match patterns carry no port. */
export function defaultPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

const PATTERN = /^([^:/]+):\/\/([^/]*)(\/.*)$/;

/**
 * Why a site the user adds would reach beyond the origin they typed, in words for the options
 * page; undefined when it stays on it. A wildcard host (`https://*\/*`, `*://*.com/*`) would run
 * the content script, and send what it reads, on every site.
 */
export function sitePatternProblem(origin: string, pattern?: string): string | undefined {
  let site: URL;
  try {
    site = new URL(origin);
  } catch {
    return t('sitesOriginInvalid');
  }
  if (site.hostname.includes('*')) return t('sitesPatternWildcardHost', origin);
  if (!pattern) return undefined;
  const parts = PATTERN.exec(pattern.trim());
  if (parts?.[2]?.includes('*')) return t('sitesPatternWildcardHost', pattern);
  const [, scheme, host] = parts ?? [];
  if (!parts || `${scheme}:` !== site.protocol || host?.toLowerCase() !== site.hostname) {
    return t('sitesPatternOtherOrigin', site.origin, `${defaultPattern(site.origin).slice(0, -1)}candidates/*`);
  }
  return undefined;
}
