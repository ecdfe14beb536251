/**
 * The content script's life on one ATS page: detect who is shown (a candidate, or a list of
 * them), follow navigation without reload, ask the background for the panel once there is
 * something to show, chip the visible list rows, and undo all of it when the extension's
 * context goes away (an update). Plain DOM: nothing here loads React.
 */
import type { AtsAdapter } from '../ats/types';
import { ask } from './ask';
import { PANEL_TAG, panelBridge } from './bridge';
import { CHIP_TAG } from './chips';
import { listChips } from './listChips';
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

  const chips = listChips((subject) => {
    showPanel();
    bridge.open(subject);
  });

  function detect(urlChanged: boolean, added: Node[]) {
    const view = readPageView(adapter, chips, urlChanged, added);
    const key = JSON.stringify(view);
    if (key !== published) {
      published = key;
      bridge.publish(view);
    }
    if (view.kind !== 'none') showPanel();
  }

  const stopAnswering = answerTab(bridge);

  detect(true, []);
  watchPage({ onChange: ({ urlChanged, added }) => detect(urlChanged, added), isOwn, signal: controller.signal });

  ctx.onInvalidated(() => {
    controller.abort();
    stopAnswering();
    chips.dispose();
    document.querySelector(PANEL_TAG)?.remove();
    bridge.publish({ kind: 'none' });
    bridge.panelMounted = false;
  });
}
