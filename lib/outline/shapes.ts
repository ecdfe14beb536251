/**
 * A page outline's values, reduced to their shape. Every text, email, name and free value
 * becomes a placeholder; identifiers keep their kind (and which of them are equal), so a page
 * rebuilt from the outline (rebuild.ts) reads the same way with made-up values:
 *
 *   {num:N} {uuid:N} {hexL:N} {id:N}   the N-th distinct number, UUID, L-long hex string, other id
 *   {name:N}                           the N-th distinct person's name
 *   {email:LOCAL@DOMAIN}               LOCAL: eN; nK.eN when it spells the K-th name (jane.doe@ for
 *                                      Jane Doe, which detection looks up first); or a role mailbox
 *                                      such as no-reply; DOMAIN below
 *   {dN}                               the N-th distinct organisation's domain (x.{dN}: a subdomain)
 *   {text} {seg} {long}                words, a path segment, a value too long to keep ({name}: a
 *                                      name, in outlines from before names were numbered)
 *
 * Kept verbatim: tags, attribute names, code-like tokens (classes, data-* values, path words in
 * lower case), punctuation, our vendors' and the ATSs' names, the words of the field labels
 * detection reads ("HiringBranch ID:", "Email:"; lib/ats/traces.ts), public mail providers' and
 * ATS or vendor domains, and the page's own host. Pure string work, no DOM, no zod: the outline
 * script builds outlines in the page.
 */
import { emailMatchesName } from '../ats/identity';
import { LABEL_VOCABULARY } from '../ats/traces';

export const PLACEHOLDER =
  /\{(?:(num|uuid|id|name|hex\d{1,3}):(\d{1,7})|email:([^{}@\s]{1,64})@([^{}@\s]{1,253})|d(\d{1,7})|(text|name|seg|long))\}/g;

/**
 * Words detection reads in page text, no one's personal data: vendor and ATS names, and its field
 * labels' words, without which a rebuilt page's labelled ids and contact emails would read as loose text.
 */
const KEPT_WORDS: ReadonlySet<string> = new Set(
  [
    ...LABEL_VOCABULARY,
    'HiringBranch',
    'TalentScreen',
    'Praxicraft',
    'HrFlow',
    'Greenhouse',
    'Lever',
    'Ashby',
    'Workable',
    'SmartRecruiters',
    'Teamtailor',
    'Recruitee',
    'BambooHR',
    'JazzHR',
  ].map((w) => w.toLowerCase()),
);

/** Mail domains that name no one: public providers, the ATSs' own, our vendors'. */
const KEPT_DOMAINS =
  /(?:^|\.)(?:gmail\.com|googlemail\.com|outlook\.com|hotmail\.com|live\.com|yahoo\.com|icloud\.com|me\.com|aol\.com|proton\.me|protonmail\.com|gmx\.(?:com|de|net)|web\.de|greenhouse\.io|lever\.co|ashbyhq\.com|workable\.com|workablemail\.com|smartrecruiters\.com|teamtailor\.com|recruitee\.com|bamboohr\.com|jazz\.co|jazzhr\.com|hiringbranch\.com|talentscreens?\.\w+|praxicraft\.\w+|hrflow\.ai|dweet\.com)$/i;

/** Mailboxes of systems and desks, kept as written (detection tells them from people by these). */
const ROLE_LOCAL =
  /^(?:no-?reply|do-?not-?reply|reply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|jobs|careers|recruiting|recruitment|hiring|hr|info|hello|support|team|contact|admin)$/i;

const EMAIL = /[A-Za-z0-9](?:[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}/;
const UUID_EXACT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VENDOR_PREFIXED = /^(cand|result)_\w+$/;
/** One token of text: a vendor named in two words, a URL, an email, a word (letters, digits, joined by - _ ' ’), spaces, or one other character. */
const TEXT_TOKEN = new RegExp(
  `(hiring\\s+branch(?![\\p{L}\\p{N}]))|(https?://[^\\s<>"']+)|(${EMAIL.source})|([\\p{L}\\p{M}\\p{N}_]+(?:[-'’][\\p{L}\\p{M}\\p{N}_]+)*)|(\\s+)|([^])`,
  'giu',
);
const URL_PARTS = /^([a-z][\w+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/i;
const SHORT_CODE = /^[a-z]{0,2}\d{1,2}$/i;
const LOWER_SLUG = /^[a-z]+(?:[-_][a-z]+)*$/;
const CAMEL = /^[a-z]+(?:[A-Z][a-z]+)+$/;
/** Query parameters whose values are what someone typed: never kept. */
const TYPED_PARAMS = /^(?:q|s|query|search|term|keywords?|name|email|text|filter|phrase)$/i;

/** Attributes holding text a person reads or typed. */
const TEXT_ATTRIBUTES = new Set([
  'title',
  'alt',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'value',
  'label',
  'content',
  'summary',
  'download',
  'data-tooltip',
  'data-title',
  'data-original-title',
  'data-content',
  'data-label',
  'data-name',
  'data-value',
  'data-text',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'xlink:href',
  'data-href',
  'data-url',
  'data-src',
  'to',
  'routerlink',
]);
/** Attributes holding space-separated code tokens. */
const TOKEN_LIST_ATTRIBUTES = new Set([
  'class',
  'part',
  'exportparts',
  'rel',
  'role',
  'for',
  'headers',
  'sandbox',
  'allow',
  'itemprop',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
]);
/** Attributes whose values say nothing about structure and may carry anything. */
const DROPPED_VALUES = /^(?:on.*|style|srcset|sizes|integrity|nonce|d|points|path)$/;

/** A shaped value or text, at most (the schema allows 600). */
const MAX_VALUE = 500;
const MAX_INPUT = 2_000;

export interface ShaperOptions {
  /** The page's URL: its host is kept in links. */
  url: URL;
  /** People's names shown on the page (the candidate, list rows): marked {name:N} wherever they appear. */
  names?: readonly string[];
}

/** Shapes the values of one page, numbering equal values alike across it. */
export class Shaper {
  private readonly indices = new Map<string, Map<string, number>>();
  private readonly exactNames = new Set<string>();
  /** The first names, searched inside longer texts (a title such as "Jane Doe – Lever Hire"). */
  private readonly searchedNames: string[];
  private readonly nameParts = new Set<string>();
  /** The first names given (the candidate's first): an email that spells one is marked with it. */
  private readonly spelledNames: string[];
  private readonly pageHost: string;

  constructor(options: ShaperOptions) {
    this.pageHost = options.url.hostname.toLowerCase();
    const names = (options.names ?? []).map((n) => n.replace(/\s+/g, ' ').trim().toLowerCase()).filter((n) => n.length >= 2);
    for (const name of names) {
      this.exactNames.add(name);
      for (const part of name.split(/[\s,.'’-]+/)) if (part.length >= 3) this.nameParts.add(part);
    }
    // Bounded: an email is checked against each, and a long list hands over thousands of names.
    this.spelledNames = [...new Set(names)].slice(0, 20);
    this.searchedNames = [...new Set(names)].slice(0, 20).sort((a, b) => b.length - a.length);
  }

  private index(kind: string, value: string): number {
    let values = this.indices.get(kind);
    if (!values) this.indices.set(kind, (values = new Map()));
    let n = values.get(value);
    if (n === undefined) values.set(value, (n = values.size + 1));
    return n;
  }

  /** An identifier's placeholder, or undefined for a plain word. */
  id(token: string): string | undefined {
    if (UUID_EXACT.test(token)) return `{uuid:${this.index('uuid', token.toLowerCase())}}`;
    const prefixed = VENDOR_PREFIXED.exec(token);
    if (prefixed) return `${prefixed[1]}_{id:${this.index('id', token)}}`;
    if (/^\d+$/.test(token)) return `{num:${this.index('num', token)}}`;
    if (token.length >= 6 && /^[0-9a-f]+$/i.test(token) && /\d/.test(token) && /[a-f]/i.test(token)) {
      return `{hex${Math.min(token.length, 999)}:${this.index('hex', token.toLowerCase())}}`;
    }
    return /\d/.test(token) && /^[\w-]+$/.test(token) ? `{id:${this.index('id', token)}}` : undefined;
  }

  domain(host: string): string {
    const domain = host.toLowerCase().replace(/\.$/, '');
    if (domain === this.pageHost || KEPT_DOMAINS.test(domain)) return domain;
    const labels = domain.split('.');
    // The organisation: its last two labels, three under a country's second level (acme.co.uk).
    const own = labels.length > 2 && /^[a-z]{2}$/.test(labels.at(-1) ?? '') && (labels.at(-2)?.length ?? 9) <= 3 ? 3 : 2;
    const sub = Math.max(0, labels.length - own);
    return `${'x.'.repeat(sub)}{d${this.index('domain', labels.slice(-own).join('.'))}}`;
  }

  email(address: string): string {
    const at = address.lastIndexOf('@');
    const local = address.slice(0, at);
    const role = local.split(/[+.]/)[0] ?? '';
    const domain = this.domain(address.slice(at + 1)).replace(/[{}]/g, '');
    const who = ROLE_LOCAL.test(role) ? role.toLowerCase() : this.person(address.toLowerCase());
    return `{email:${who}@${domain}}`;
  }

  /** A person's mailbox: eN, or nK.eN when it spells the K-th name (detection looks such an address up first). */
  private person(address: string): string {
    const e = `e${this.index('email', address)}`;
    const name = this.spelledNames.find((n) => emailMatchesName(address, n));
    return name ? `n${this.index('name', name)}.${e}` : e;
  }

  /** A name's placeholder: the same name, the same number, so the rebuilt page shows one made-up name for it. */
  private named(name: string): string {
    return `{name:${this.index('name', name.replace(/\s+/g, ' ').trim().toLowerCase())}}`;
  }

  private isName(word: string): boolean {
    return this.nameParts.has(word.toLowerCase());
  }

  /** Text a person reads: identifiers shaped, words gone (runs of them one {text}), names {name:N}. */
  text(value: string): string {
    const input = value.length > MAX_INPUT ? value.slice(0, MAX_INPUT) : value;
    const out: string[] = [];
    let space = false;
    const push = (part: string) => {
      if (space) out.push(' ');
      space = false;
      out.push(part);
    };
    for (const segment of this.splitNames(input)) {
      if (typeof segment !== 'string') {
        push(this.named(segment.name));
        continue;
      }
      for (const [, vendor, url, email, word, blank, other] of segment.matchAll(TEXT_TOKEN)) {
        if (vendor) push(vendor.replace(/\s+/, ' '));
        else if (url) push(this.url(url));
        else if (email) push(this.email(email));
        else if (word) {
          const id = this.id(word);
          if (id) push(id);
          else if (KEPT_WORDS.has(word.toLowerCase())) push(word);
          // A run of words, spaces between them included, is one {text}.
          else if (out.at(-1) === '{text}') space = false;
          else push('{text}');
        } else if (blank) space = true;
        else if (other) push(other);
      }
    }
    if (space) out.push(' ');
    return capped(out.join(''));
  }

  /** The text split around the names it contains (each name where it was). */
  private splitNames(text: string): (string | { name: string })[] {
    const whole = text.replace(/\s+/g, ' ').trim().toLowerCase();
    if (this.exactNames.has(whole)) {
      return [/^\s/.test(text) ? ' ' : '', { name: whole }, /\s$/.test(text) ? ' ' : ''];
    }
    if (!this.searchedNames.length) return [text];
    const lower = text.toLowerCase();
    const parts: (string | { name: string })[] = [];
    let from = 0;
    for (let i = 0; i < text.length;) {
      const name = this.searchedNames.find(
        (n) => lower.startsWith(n, i) && !/[\p{L}\p{N}]/u.test(lower[i + n.length] ?? ' ') && !/[\p{L}\p{N}]/u.test(lower[i - 1] ?? ' '),
      );
      if (name) {
        if (i > from) parts.push(text.slice(from, i));
        parts.push({ name });
        i += name.length;
        from = i;
      } else i++;
    }
    if (from < text.length) parts.push(text.slice(from));
    return parts;
  }

  /** A code-like token (an id, a data-* value): ids shaped, lower-case and camelCase words kept. */
  token(value: string, keepCapitalised = false): string {
    if (EMAIL.test(value)) return this.text(value);
    const whole = this.id(value);
    if (whole) return whole;
    return value
      .split(/([-_:.@/]+)/)
      .map((part, i) => {
        // Separators, and short code like `h1`, `v2`, `col-6`'s 6: no one's id.
        if (i % 2 === 1 || part === '' || SHORT_CODE.test(part)) return part;
        const id = this.id(part);
        if (id) return id;
        if (this.isName(part) || /[^\x20-\x7e]/.test(part)) return '{text}';
        if (!keepCapitalised && /^[A-Z][a-z]+$/.test(part)) return '{text}';
        return /^[\w$]+$/.test(part) ? part : '{text}';
      })
      .join('');
  }

  /** A path segment; `strict` on other sites (a personal site, a profile elsewhere): only ids keep a shape. */
  private segment(raw: string, strict = false): string {
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Kept as written.
    }
    if (!value) return value;
    if (SHORT_CODE.test(value) && !strict) return value;
    const id = this.id(value);
    if (id || strict) return id ?? '{seg}';
    if ((LOWER_SLUG.test(value) || CAMEL.test(value)) && !value.split(/[-_]/).some((p) => this.isName(p))) return value;
    if (value.includes('@') && !EMAIL.test(value))
      return value
        .split('@')
        .map((p) => this.segment(p))
        .join('@');
    if (EMAIL.test(value)) return this.email(value);
    const file = /^(.+)\.([a-z0-9]{2,5})$/i.exec(value);
    if (file?.[1] && file[2]) return `${this.segment(file[1])}.${file[2].toLowerCase()}`;
    return '{seg}';
  }

  private path(path: string, strict = false): string {
    return path
      .split('/')
      .map((s) => this.segment(s, strict))
      .join('/');
  }

  private query(query: string, strict = false): string {
    return query
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        const name = eq < 0 ? pair : pair.slice(0, eq);
        const shapedName = /^[\w.[\]-]{1,40}$/.test(name) ? name : '{seg}';
        if (eq < 0) return shapedName;
        let value = pair.slice(eq + 1);
        try {
          value = decodeURIComponent(value.replace(/\+/g, ' '));
        } catch {
          // Kept as written.
        }
        if (!value) return `${shapedName}=`;
        const shaped = EMAIL.test(value)
          ? this.text(value)
          : (this.id(value) ?? (!strict && !TYPED_PARAMS.test(name) && LOWER_SLUG.test(value) && !this.isName(value) ? value : '{text}'));
        return `${shapedName}=${shaped}`;
      })
      .join('&');
  }

  private hash(hash: string): string {
    const body = hash.slice(1);
    if (!body) return hash;
    // Hash routes (`#/candidates?candidate=12`) read like a path and a query.
    if (body.includes('/') || body.includes('?')) {
      const q = body.indexOf('?');
      return `#${this.path(q < 0 ? body : body.slice(0, q))}${q < 0 ? '' : `?${this.query(body.slice(q + 1))}`}`;
    }
    return `#${this.token(body)}`;
  }

  /** A link: the scheme, known hosts, path words and query names kept; ids, other hosts and free values shaped. */
  url(value: string): string {
    const trimmed = value.trim();
    if (/^mailto:/i.test(trimmed)) {
      const [to = '', query] = trimmed.slice(7).split('?', 2);
      let addresses = to;
      try {
        addresses = decodeURIComponent(to);
      } catch {
        // Kept as written.
      }
      return capped(`mailto:${this.text(addresses)}${query === undefined ? '' : `?${this.query(query)}`}`);
    }
    if (/^tel:/i.test(trimmed)) return `tel:{num:${this.index('num', trimmed.replace(/\D/g, ''))}}`;
    if (/^(?:javascript|data|blob|about):/i.test(trimmed)) return `${trimmed.slice(0, trimmed.indexOf(':') + 1).toLowerCase()}`;
    const m = URL_PARTS.exec(trimmed);
    if (!m) return '{long}';
    const [, scheme = '', authority, path = '', query, hash] = m;
    let host = '';
    let strict = false;
    if (authority !== undefined) {
      // user:password@ never leaves; the port is no one's data.
      const [, name = '', port = ''] = /^\/\/(?:[^@/]*@)?([^:/]*)(:\d+)?/.exec(authority) ?? [];
      const domain = this.domain(name);
      // Another site's paths say more about a person (a profile, a portfolio) than about the ATS.
      strict = domain.includes('{');
      host = `//${domain}${port}`;
    }
    const shaped = `${scheme.toLowerCase()}${host}${this.path(path, strict)}${query === undefined ? '' : `?${this.query(query.slice(1), strict)}`}${
      hash === undefined ? '' : strict ? '#{seg}' : this.hash(hash)
    }`;
    return capped(shaped);
  }

  /** An attribute's value as the outline keeps it; null when only its presence is kept. */
  attribute(name: string, value: string): string | null {
    const attr = name.toLowerCase();
    if (DROPPED_VALUES.test(attr) || value.length > MAX_INPUT) return null;
    if (TEXT_ATTRIBUTES.has(attr)) return this.text(value);
    if (URL_ATTRIBUTES.has(attr) || /^(?:https?:|mailto:|tel:|\/|#\/|\?)/i.test(value.trim())) return this.url(value);
    if (TOKEN_LIST_ATTRIBUTES.has(attr) || attr === 'id') {
      return capped(
        value
          .trim()
          .split(/\s+/)
          .map((t) => this.token(t, true))
          .join(' '),
      );
    }
    if (/\s/.test(value.trim())) return this.text(value);
    return capped(this.token(value.trim()));
  }
}

/** A shaped value within the outline's bound, never cut inside a placeholder. */
function capped(shaped: string): string {
  if (shaped.length <= MAX_VALUE) return shaped;
  const cut = shaped.slice(0, MAX_VALUE - 1);
  const open = cut.lastIndexOf('{');
  return `${open > cut.lastIndexOf('}') ? cut.slice(0, open) : cut}…`;
}
