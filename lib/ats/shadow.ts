/**
 * Reading through open shadow roots. Apps built of web components (SmartRecruiters' `spl-*`,
 * `sr-*`) render inside shadow roots that `querySelector` and `textContent` do not reach, and
 * link with custom elements (`<sr-link href>`) rather than `<a>`. Closed roots (our own panel
 * and chips among them) stay unread: `shadowRoot` is null for them.
 */

/** Every open shadow root under `scope` (its own included), nested ones too, hosts before what they hold. */
export function openShadowRoots(scope: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (within: ParentNode) => {
    const all = within.querySelectorAll('*');
    // Indexed: a 5,000-row list has tens of thousands of elements to ask.
    for (let i = 0; i < all.length; i++) {
      const shadow = (all[i] as Element).shadowRoot;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  const own = (scope as Partial<Element>).shadowRoot;
  if (own) {
    found.push(own);
    visit(own);
  }
  visit(scope);
  return found;
}

/** `querySelectorAll` over `scope` and its open shadow roots (pass them when already known). */
export function deepQueryAll(scope: ParentNode, selector: string, shadows = openShadowRoots(scope)): Element[] {
  const found = [...scope.querySelectorAll(selector)];
  for (const shadow of shadows) found.push(...shadow.querySelectorAll(selector));
  return found;
}

/** `closest` that climbs out of shadow roots to their hosts. */
export function deepClosest(el: Element, selector: string): Element | null {
  for (let at: Element | null = el; at;) {
    const found = at.closest(selector);
    if (found) return found;
    const root = at.getRootNode() as Partial<ShadowRoot>;
    at = root.host ?? null;
  }
  return null;
}

/** An element's text with the text of the open shadow roots inside it. */
export function deepText(el: Element, shadows = openShadowRoots(el)): string {
  let text = el.textContent ?? '';
  for (const shadow of shadows) text += ` ${shadow.textContent ?? ''}`;
  return text;
}

/** A link's address: `<a href>`, or a custom element's `href` (`<sr-link href>`); null for anything else. */
export function linkHref(el: Element): string | null {
  const name = el.localName;
  return name === 'a' || name.includes('-') ? el.getAttribute('href') : null;
}
