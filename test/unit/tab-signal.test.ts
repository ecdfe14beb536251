import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageGoneSignal } from '@/lib/background/tabSignal';

beforeEach(() => fakeBrowser.reset());

describe("a list row's lookup stops when its page goes", () => {
  it('aborts when the tab navigates or closes, not for another tab or a title change', async () => {
    const page = pageGoneSignal(7);
    const tab = (await fakeBrowser.tabs.create({ url: 'https://app.greenhouse.io/people' })) as Parameters<
      typeof fakeBrowser.tabs.onUpdated.trigger
    >[2];
    await fakeBrowser.tabs.onUpdated.trigger(8, { url: 'https://elsewhere.test/' }, { ...tab, id: 8 });
    await fakeBrowser.tabs.onUpdated.trigger(7, { title: 'Candidates' }, tab);
    expect(page.signal?.aborted).toBe(false);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://app.greenhouse.io/people/1' }, tab);
    expect(page.signal?.aborted).toBe(true);
    page.done();

    const closed = pageGoneSignal(9);
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    expect(closed.signal?.aborted).toBe(true);
    closed.done();
  });

  it('has nothing to watch without a tab (the popup)', () => {
    expect(pageGoneSignal(undefined).signal).toBeUndefined();
  });
});
