/**
 * Tells when what the page shows may have changed: the URL (history API, hash, Navigation
 * API where the browser has it, and a slow poll as the safety net), and DOM changes (a drawer
 * opening over a list), debounced and handed over as the nodes that changed.
 */
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
  observer.observe(document.body, { childList: true, subtree: true });

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
