/**
 * Tells when what the page shows may have changed: the URL (history API, hash, Navigation
 * API where the browser has it, and a slow poll as the safety net), and DOM changes (a drawer
 * opening over a list), debounced and handed over as the nodes that changed. DOM changes inside
 * the open shadow roots detection reads (web-component apps such as SmartRecruiters) count too:
 * a MutationObserver stops at a shadow root, so each root under the page's body is observed on
 * its own, and roots that arrive with new elements are added as they appear (at most
 * MAX_SHADOW_ROOTS, so a long list of web components never costs an observer entry per row).
 */
import { openShadowRoots } from '../ats/shadow';

export interface PageChange {
  urlChanged: boolean;
  /** Element nodes added since the last change (never our own UI). */
  added: Node[];
}

export interface WatchOptions {
  onChange(change: PageChange): void;
  /** Nodes of ours (the panel, chips) whose changes are not page changes. */
  isOwn(node: Node): boolean;
  signal: AbortSignal;
  debounceMs?: number;
  pollMs?: number;
}

/** Shadow roots observed at most: the page's app and its panels, not every row's link component. */
export const MAX_SHADOW_ROOTS = 500;

export function watchPage({ onChange, isOwn, signal, debounceMs = 120, pollMs = 1_000 }: WatchOptions): void {
  let lastUrl = location.href;
  let added: Node[] = [];
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const urlChanged = location.href !== lastUrl;
    lastUrl = location.href;
    if (!urlChanged && !dirty) return;
    const change = { urlChanged, added };
    added = [];
    dirty = false;
    // A host's root is often attached when its element upgrades, after the insertion was reported.
    if (urlChanged) observeShadows(document.body);
    else for (const node of change.added) if (node.isConnected) observeShadows(node as Element);
    onChange(change);
  };
  const schedule = () => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOwn(record.target)) continue;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isOwn(node)) {
          added.push(node);
          dirty = true;
        }
      }
      if (record.removedNodes.length) dirty = true;
    }
    if (dirty) schedule();
  });
  const watching = { childList: true, subtree: true };
  observer.observe(document.body, watching);

  // Open shadow roots: those there now, then those under each added element (found when the change is handed over).
  const observed = new WeakSet<ShadowRoot>();
  let roots = 0;
  const observeShadows = (scope: ParentNode) => {
    if (roots >= MAX_SHADOW_ROOTS) return;
    for (const root of openShadowRoots(scope)) {
      if (observed.has(root) || isOwn(root.host)) continue;
      if (roots >= MAX_SHADOW_ROOTS) return;
      observed.add(root);
      roots++;
      observer.observe(root, watching);
    }
  };
  observeShadows(document.body);

  const onUrl = () => schedule();
  window.addEventListener('popstate', onUrl, { signal });
  window.addEventListener('hashchange', onUrl, { signal });
  // The Navigation API sees pushState/replaceState, which the isolated world cannot patch.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onUrl, { signal });
  const poll = setInterval(() => {
    if (location.href !== lastUrl) schedule();
  }, pollMs);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
    },
    { once: true },
  );
}
