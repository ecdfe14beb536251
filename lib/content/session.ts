/**
 * The content script's life on one ATS page: detect who is shown (a candidate, or a list of
 * them), follow navigation without reload, ask the background for the panel once there is
 * something to show, and undo all of it when the extension's context goes away (an update).
 * Plain DOM: nothing here loads React. A list's rows are read and chipped by the panel bundle's
 * list reader (lib/content/listReader.ts): here only a cheap test that the page shows rows.
 */
import { showsListRows } from '../ats/listPresence';
import type { AtsAdapter } from '../ats/types';
import { ask } from './ask';
import { CHIP_TAG, type ListReader, PANEL_TAG, panelBridge } from './bridge';
import { readPageView } from './pageView';
import { answerTab } from './tabAnswers';
import { watchPage } from './watch';

interface ContextLike {
  onInvalidated(callback: () => void): void;
}

const isOwn = (node: Node) => {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(el?.closest(`${PANEL_TAG},${CHIP_TAG}`));
};

export function startPageSession(ctx: ContextLike, adapter: AtsAdapter): void {
  const bridge = panelBridge();
  const controller = new AbortController();
  let panelAsked = false;
  let published = '';

  const showPanel = () => {
    if (panelAsked) return;
    panelAsked = true;
    ask('showPanel', {}).catch(() => {
      panelAsked = false;
    });
  };

  // The reader the last read went through: a new one (the panel just came) reads the whole list.
  let listRead: ListReader | undefined;
  // Rows seen on this URL before any reader came: the panel is asked for (again, if asking failed).
  let rowsSeen = false;

  function detect(urlChanged: boolean, added: Node[]) {
    const list = bridge.listReader;
    const view = readPageView(adapter, list, urlChanged || list !== listRead, added);
    listRead = list;
    const key = JSON.stringify(view);
    if (key !== published) {
      published = key;
      bridge.publish(view);
    }
    if (!list && adapter.list && !panelAsked) rowsSeen = (rowsSeen && !urlChanged) || showsListRows(adapter.list, urlChanged, added);
    if (view.kind !== 'none' || (!list && rowsSeen)) showPanel();
  }

  const stopAnswering = answerTab(bridge);
  bridge.redetect = () => detect(false, []);

  detect(true, []);
  watchPage({ onChange: ({ urlChanged, added }) => detect(urlChanged, added), isOwn, signal: controller.signal });

  ctx.onInvalidated(() => {
    controller.abort();
    stopAnswering();
    bridge.redetect = undefined;
    bridge.listReader?.dispose();
    bridge.listReader = undefined;
    document.querySelector(PANEL_TAG)?.remove();
    bridge.publish({ kind: 'none' });
    bridge.panelMounted = false;
  });
}
