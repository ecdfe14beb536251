/**
 * Match patterns as WXT's `MatchPattern` reads them (a scheme or `*`, a host, `*` or `*.`host,
 * and a path glob), small enough for the content script: it loads on every ATS page, and
 * MatchPattern's class with its messages was 2 KB of it. The background keeps MatchPattern;
 * test/unit/ats-match-pattern.test.ts checks that both agree.
 */

/** Whether a URL is inside the pattern. */
export type UrlTest = (url: URL) => boolean;

const SCHEMES = ['http', 'https', 'file', 'ftp', 'urn', 'ws', 'wss'];

const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '.*')}$`);

/** The pattern's test; throws on a pattern MatchPattern refuses. */
export function compilePattern(pattern: string): UrlTest {
  if (pattern === '<all_urls>') return (url) => SCHEMES.includes(url.protocol.slice(0, -1));
  const [, scheme = '', host = '', path = ''] = /(.*):\/\/(.*?)(\/.*)/.exec(pattern) ?? [];
  if (
    !path ||
    (scheme !== '*' && !SCHEMES.includes(scheme)) ||
    host.includes(':') ||
    (host.includes('*') && host !== '*' && !host.startsWith('*.'))
  )
    throw new Error(`Invalid match pattern "${pattern}"`);
  const schemes = scheme === '*' ? ['http:', 'https:'] : [`${scheme}:`];
  const hosts = [glob(host), glob(host.replace(/^\*\./, ''))];
  const paths = glob(path);
  return (url) =>
    schemes.includes(url.protocol) &&
    (url.protocol === 'file:' || ((url.protocol === 'http:' || url.protocol === 'https:') && hosts.some((h) => h.test(url.hostname)))) &&
    paths.test(url.pathname);
}
