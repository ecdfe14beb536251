/** The match pattern for every page of a site or API host: match patterns carry no port. */
export function defaultPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
