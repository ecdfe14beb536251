/**
 * A signal that aborts when a tab's page goes (closed, or navigated to another URL): its
 * list rows' lookups stop then, instead of spending the vendors' budget for nobody.
 */
import { browser } from 'wxt/browser';

export function pageGoneSignal(tabId: number | undefined): { signal: AbortSignal | undefined; done: () => void } {
  if (tabId === undefined || !browser.tabs?.onRemoved) return { signal: undefined, done: () => undefined };
  const controller = new AbortController();
  const onRemoved = (removed: number) => removed === tabId && controller.abort();
  const onUpdated = (updated: number, change: { url?: string }) => updated === tabId && change.url !== undefined && controller.abort();
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.tabs.onUpdated.addListener(onUpdated);
  return {
    signal: controller.signal,
    done: () => {
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.tabs.onUpdated.removeListener(onUpdated);
    },
  };
}
