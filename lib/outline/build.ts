/**
 * The outline of a page: its structure without anyone's data (see shapes.ts for what is kept),
 * for a support request when Scorelens reads a page wrong. Open shadow roots and frames are
 * marked and, where readable, outlined; the outline is bounded in nodes, depth and children,
 * whatever the page. Plain DOM reading, no layout, no zod (the content script builds it).
 */
import type { Outline, OutlineElement, OutlineFound, OutlineNode } from './schema';
import { Shaper } from './shapes';

export const OUTLINE_LIMITS = {
  /** Elements and texts in all. */
  nodes: 10_000,
  depth: 120,
  /** Children kept per element; the rest counted in `more` (a long list's rows are alike). */
  children: 150,
  attributes: 40,
} as const;

/** Code, styles and document metadata: no structure a reader of the page sees. */
const SKIPPED = new Set(['script', 'noscript', 'style', 'link', 'meta', 'template', 'base', 'head', 'title']);
/** Elements whose insides are drawing or math, not page structure. */
const OPAQUE = new Set(['svg', 'math', 'canvas', 'video', 'audio', 'object', 'embed']);

export interface OutlineOptions {
  url: URL;
  /** People's names shown on the page (the candidate, list rows): marked {name}. */
  names?: readonly string[];
  /** Elements that are ours (the panel, chips): left out. */
  skip?: string;
  ats?: string;
  reason?: Outline['reason'];
  found?: OutlineFound;
}

export function buildOutline(doc: Document, options: OutlineOptions): Outline {
  const shaper = new Shaper({ url: options.url, names: options.names });
  // The page's URL first: its ids are {…:1}, {…:2}, wherever else they show.
  const url = shaper.url(options.url.href);
  const title = shaper.text(doc.title);
  let nodes = 0;
  let truncated = false;

  const attributesOf = (el: Element): OutlineElement['attrs'] => {
    const attrs: [string, string | null][] = [];
    for (const attr of el.attributes) {
      if (attrs.length >= OUTLINE_LIMITS.attributes) {
        truncated = true;
        break;
      }
      if (!/^[^\s"'<>/=]{1,64}$/.test(attr.name)) continue;
      attrs.push([attr.name, shaper.attribute(attr.name, attr.value)]);
    }
    return attrs.length ? attrs : undefined;
  };

  const childrenOf = (parent: Node, depth: number): { children?: OutlineNode[]; more?: number } => {
    const children: OutlineNode[] = [];
    let more = 0;
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (nodes >= OUTLINE_LIMITS.nodes) {
        truncated = true;
        break;
      }
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.nodeValue ?? '';
        if (!text.trim() || children.length >= OUTLINE_LIMITS.children) continue;
        nodes++;
        children.push(shaper.text(text));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (children.length >= OUTLINE_LIMITS.children) {
          more++;
          continue;
        }
        const element = elementOf(child as Element, depth + 1);
        if (element) children.push(element);
      }
    }
    return { ...(children.length ? { children } : {}), ...(more ? { more } : {}) };
  };

  const frameOf = (el: Element, depth: number): OutlineElement['frame'] => {
    let body: HTMLElement | null;
    try {
      // Same-origin frames only: another origin's document is null (or throws) here.
      body = (el as HTMLIFrameElement).contentDocument?.body ?? null;
    } catch {
      body = null;
    }
    return body ? { readable: true, ...childrenOf(body, depth) } : { readable: false };
  };

  function elementOf(el: Element, depth: number): OutlineElement | undefined {
    const tag = el.localName;
    if (SKIPPED.has(tag) || (options.skip && el.matches(options.skip)) || !/^[a-z][a-z0-9._-]{0,63}$/i.test(tag)) return undefined;
    nodes++;
    const element: OutlineElement = { tag };
    const attrs = attributesOf(el);
    if (attrs) element.attrs = attrs;
    if (OPAQUE.has(tag)) return element;
    if (depth >= OUTLINE_LIMITS.depth) {
      truncated = true;
      return element;
    }
    if (tag === 'iframe' || tag === 'frame') element.frame = frameOf(el, depth);
    if (el.shadowRoot) element.shadow = childrenOf(el.shadowRoot, depth).children ?? [];
    Object.assign(element, childrenOf(el, depth));
    return element;
  }

  const body = (doc.body && elementOf(doc.body, 0)) || { tag: 'body' };
  return {
    format: 'scorelens-page-outline',
    version: 1,
    url,
    title,
    ...(options.ats ? { ats: options.ats } : {}),
    ...(options.reason ? { reason: options.reason } : {}),
    ...(options.found ? { found: shapeFound(options.found, shaper) } : {}),
    truncated,
    nodes,
    body,
  };
}

/** What Scorelens found, as counts and id shapes: the context's ids numbered like the outline's. */
function shapeFound(found: OutlineFound, shaper: Shaper): OutlineFound {
  const shape = (id: string | undefined) => id && (shaper.id(id) ?? '{seg}');
  const { context } = found;
  if (!context) return found;
  return {
    ...found,
    context: { candidateId: shape(context.candidateId), applicationId: shape(context.applicationId), jobId: shape(context.jobId) },
  };
}
