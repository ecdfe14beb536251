/**
 * What the tab answers the background: who is on this page, for the popup's "candidate on this
 * page" (a list row opened in the panel first, else the page's candidate).
 */
import { browser } from 'wxt/browser';
import { isTabMessage, type PanelBridge } from './bridge';

/** Starts answering; the returned function stops. */
export function answerTab(bridge: PanelBridge): () => void {
  const answerCurrentSubject = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (!isTabMessage(message, 'scorelens:currentSubject')) return undefined;
    const subject = bridge.opened ?? (bridge.view.kind === 'candidate' ? bridge.view.subject : undefined);
    sendResponse(subject ? { subject } : {});
    return true;
  };
  browser.runtime.onMessage.addListener(answerCurrentSubject);
  return () => browser.runtime.onMessage.removeListener(answerCurrentSubject);
}
