/**
 * `querySelectorAll` for a list's row selector inside a shadow root, where Chromium matches
 * `:has()` slowly: rows described by the candidate link they hold (`tr:has(sr-link[href*=…])`)
 * took about 26 ms for 5,000 rows in a shadow root, against under 2 ms in the document (measured
 * with `npm run bench`'s pages). Here each `row:has(link)` part finds its links once and climbs to
 * the rows around them; a last, cheap query without `:has()` puts the rows in document order
 * (about 6 ms in all). What it returns is what `querySelectorAll(selector)` returns, element for element.
 */

interface RowSelector {
  /** Parts without `:has()`, queried as they are. */
  plain: string[];
  /** `row:has(inner)` parts, one per row selector (`tr:has(a), tr:has(b)` is `tr` holding `a, b`): one query of links each. */
  holding: { row: string; inner: string }[];
  /** Every part's row side, joined: matches each row (and maybe more), in document order. */
  ordering: string;
}

const parsed = new Map<string, RowSelector | null>();

/** Splits at top-level commas (not those inside parentheses, brackets or quotes). */
function selectorParts(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(selector.slice(start).trim());
  return parts;
}

/** `row:has(inner)` with a plain inner selector (no relative `> a`, no nested `:has`), else undefined. */
function holdingPart(part: string): { row: string; inner: string } | undefined {
  const at = part.indexOf(':has(');
  if (at <= 0 || !part.endsWith(')') || part.indexOf(':has(', at + 1) >= 0) return undefined;
  const row = part.slice(0, at);
  const inner = part.slice(at + 5, -1).trim();
  if (!inner || /^[>+~]/.test(inner) || selectorParts(inner).some((p) => !p) || /[\s>+~]$/.test(row)) return undefined;
  // The parentheses must close where the part ends: `tr:has(a):not(.x)` is not this shape.
  let depth = 0;
  for (const c of inner) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
  }
  return depth === 0 ? { row, inner } : undefined;
}

function parse(selector: string): RowSelector | null {
  const plain: string[] = [];
  const inners = new Map<string, string[]>();
  for (const part of selectorParts(selector)) {
    const has = holdingPart(part);
    if (has) inners.set(has.row, [...(inners.get(has.row) ?? []), has.inner]);
    else if (part.includes(':has(')) return null;
    else plain.push(part);
  }
  if (!inners.size) return null;
  const holding = [...inners].map(([row, inner]) => ({ row, inner: inner.join(', ') }));
  return { plain, holding, ordering: [...plain, ...inners.keys()].join(', ') };
}

/** The rows `selector` matches under `scope` (a document, shadow root or element), in document order. */
export function queryRows(scope: ParentNode, selector: string): ArrayLike<Element> {
  let shape = parsed.get(selector);
  if (shape === undefined) parsed.set(selector, (shape = parse(selector)));
  if (!shape) return scope.querySelectorAll(selector);

  const rows = new Set<Element>();
  if (shape.plain.length) for (const el of scope.querySelectorAll(shape.plain.join(', '))) rows.add(el);
  // An element scope: `closest` climbs past it, querySelectorAll never does.
  const within = scope.nodeType === Node.ELEMENT_NODE ? (scope as Element) : undefined;
  let nested = false;
  for (const { row, inner } of shape.holding) {
    const climbed = new Set<Element>();
    const held = scope.querySelectorAll(inner);
    for (let i = 0; i < held.length; i++) {
      // Every ancestor that is a row holds this link; one climbed from already had its own ancestors counted.
      let found = 0;
      for (let up = (held[i] as Element).parentElement?.closest(row); up && up !== scope; up = up.parentElement?.closest(row)) {
        if (climbed.has(up) || (within && !within.contains(up))) break;
        climbed.add(up);
        rows.add(up);
        found++;
      }
      if (found > 1) nested = true;
    }
  }
  if (!rows.size) return [];
  // One kind of row, none inside another: met in the order of the links they hold, which is document order already.
  if (!shape.plain.length && shape.holding.length === 1 && !nested) return [...rows];
  const ordered: Element[] = [];
  const all = scope.querySelectorAll(shape.ordering);
  for (let i = 0; i < all.length && ordered.length < rows.size; i++) if (rows.has(all[i] as Element)) ordered.push(all[i] as Element);
  return ordered;
}
