/**
 * A page rebuilt from its outline, with made-up values of the same shapes (emails, names, ids,
 * domains), so a support request's outline becomes a saved page for the ATS tests. Equal values
 * in the outline stay equal here; each repetition of a long list's row gets values of its own.
 * Resources never load from a rebuilt page: `src`-like attributes become `data-outline-*`.
 */
import type { Outline, OutlineElement, OutlineNode } from './schema';
import { PLACEHOLDER } from './shapes';

/** Rows recreated past an outline's kept children, per list, and elements in all: a pasted outline stays bounded work. */
const MAX_REPEAT = 5_000;
const MAX_ELEMENTS = 200_000;

const FILLER = ['lorem ipsum', 'dolor sit', 'amet', 'consectetur', 'adipiscing elit', 'sed do', 'eiusmod', 'tempor'];
const NAMES = ['Robin Example', 'Kit Sample', 'Ari Placeholder', 'Quinn Madeup', 'Rowan Fictive', 'Jules Pretend'];
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const LOADS = new Set(['src', 'srcset', 'poster', 'data']);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Deterministic hex digits: the same outline always rebuilds the same page. */
function hexDigits(seed: number, length: number): string {
  let x = (seed * 2654435761 + length * 40503) >>> 0;
  let out = '';
  while (out.length < length) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 3266489917) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** Made-up values, the same for the same placeholder and copy of a repeated row. */
class Values {
  private readonly seen = new Map<string, Map<string, number>>();
  private text = 0;
  private name = 0;
  private seg = 0;

  /** The number of a placeholder among its kind's, so the first domain is org1, the first email person1. */
  private n(kind: string, key: string): number {
    let keys = this.seen.get(kind);
    if (!keys) this.seen.set(kind, (keys = new Map()));
    let n = keys.get(key);
    if (n === undefined) keys.set(key, (n = keys.size + 1));
    return n;
  }

  private domain(shape: string, copy: string): string {
    return shape.replace(/(^|\.)d(\d+)$/, (_m, dot: string, d: string) => `${dot}org${this.n('d', d + copy)}.example`);
  }

  /** The made-up name of the outline's K-th name: the same wherever it shows, an email that spelled it spells it too. */
  private personName(k: string, copy: string): string {
    return NAMES[(this.n('name', k + copy) - 1) % NAMES.length] as string;
  }

  fill(shaped: string, copy: string, encode = false): string {
    return shaped.replace(PLACEHOLDER, (_m, kind?: string, index?: string, local?: string, domain?: string, d?: string, word?: string) => {
      if (kind && index) {
        if (kind === 'name') return encode ? encodeURIComponent(this.personName(index, copy)) : this.personName(index, copy);
        const n = this.n(kind, index + copy);
        if (kind === 'num') return String(4_200_000 + n);
        if (kind === 'uuid') {
          const h = hexDigits(n, 32);
          return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
        }
        if (kind === 'id') return `k${n}x`;
        // hexL: L digits, with a digit and a letter like the original had.
        const length = Number(kind.slice(3));
        const h = hexDigits(n, length).split('');
        if (!/[a-f]/.test(h.join(''))) h[0] = 'a';
        if (!/\d/.test(h.join(''))) h[length - 1] = '7';
        return h.join('');
      }
      if (local && domain) {
        const named = /^n(\d+)\.e(\d+)$/.exec(local);
        const who = named
          ? `${this.personName(named[1] as string, copy)
              .toLowerCase()
              .replace(' ', '.')}${this.n('e', (named[2] as string) + copy)}`
          : /^e\d+$/.test(local)
            ? `person${this.n('e', local.slice(1) + copy)}`
            : local;
        return `${who}@${this.domain(domain, copy)}`;
      }
      if (d) return `org${this.n('d', d + copy)}.example`;
      const value =
        word === 'name'
          ? (NAMES[this.name++ % NAMES.length] as string)
          : word === 'text'
            ? (FILLER[this.text++ % FILLER.length] as string)
            : word === 'seg'
              ? `seg${++this.seg}`
              : '';
      return encode ? encodeURIComponent(value) : value;
    });
  }
}

export interface RebuiltPage {
  /** The page's URL, with made-up ids: where a test shows it. */
  url: string;
  html: string;
}

export function rebuildPage(outline: Outline): RebuiltPage {
  const values = new Values();
  let elements = 0;

  const attributes = (el: OutlineElement, copy: string, frameHtml?: string) => {
    const parts: string[] = [];
    for (const [name, value] of el.attrs ?? []) {
      const attr = LOADS.has(name.toLowerCase()) || (el.tag === 'link' && name === 'href') ? `data-outline-${name}` : name;
      parts.push(value === null ? ` ${attr}` : ` ${attr}="${escapeHtml(values.fill(value, copy))}"`);
    }
    if (el.frame && !el.frame.readable) parts.push(' data-outline-frame="unreadable"');
    if (frameHtml !== undefined) parts.push(` srcdoc="${escapeHtml(frameHtml)}"`);
    return parts.join('');
  };

  const nodes = (list: readonly OutlineNode[] | undefined, more: number | undefined, indent: string, copy: string): string[] => {
    const lines: string[] = [];
    for (const node of list ?? []) lines.push(...render(node, indent, copy));
    // Past the kept children, the list goes on with copies of the last element, each with values of its own.
    const last = [...(list ?? [])].reverse().find((n): n is OutlineElement => typeof n !== 'string');
    for (let i = 1; last && i <= Math.min(more ?? 0, MAX_REPEAT) && elements < MAX_ELEMENTS; i++)
      lines.push(...render(last, indent, `${copy}.${i}`));
    return lines;
  };

  function render(node: OutlineNode, indent: string, copy: string): string[] {
    if (typeof node === 'string') return [indent + escapeHtml(values.fill(node, copy))];
    if (++elements > MAX_ELEMENTS) return [];
    const frame = node.frame?.readable ? nodes(node.frame.children, node.frame.more, '', copy).join('\n') : undefined;
    const open = `${indent}<${node.tag}${attributes(node, copy, frame)}>`;
    if (VOID.has(node.tag)) return [open];
    const inner = [
      ...(node.shadow
        ? [`${indent}  <template shadowrootmode="open">`, ...nodes(node.shadow, undefined, `${indent}    `, copy), `${indent}  </template>`]
        : []),
      ...nodes(node.children, node.more, `${indent}  `, copy),
    ];
    if (!inner.length) return [`${open}</${node.tag}>`];
    // A lone text stays on its element's line: the rebuilt text reads like the original's.
    if (inner.length === 1 && typeof node.children?.[0] === 'string' && !node.shadow) return [`${open}${inner[0]?.trim()}</${node.tag}>`];
    return [open, ...inner, `${indent}</${node.tag}>`];
  }

  const url = values.fill(outline.url, '', true);
  const body = render(outline.body, '  ', '');
  const found = outline.found ? JSON.stringify(outline.found) : 'not recorded';
  const html = [
    '<!doctype html>',
    '<!--',
    "  Rebuilt by `npm run fixture` from a Scorelens page outline: the page's structure with made-up values.",
    `  Page URL: ${url.replace(/--/g, '- -')}`,
    `  Outline URL: ${outline.url.replace(/--/g, '- -')}`,
    `  ATS: ${outline.ats ?? 'unknown'}; reason: ${outline.reason ?? 'not given'}; truncated: ${outline.truncated}`,
    `  Scorelens found: ${found.replace(/--/g, '- -')}`,
    '-->',
    '<html>',
    '  <head>',
    '    <meta charset="utf-8" />',
    `    <title>${escapeHtml(values.fill(outline.title, ''))}</title>`,
    '  </head>',
    ...body,
    '</html>',
    '',
  ].join('\n');
  return { url, html };
}
