/** Wires the background: key storage locked to trusted contexts, and the message protocol. */
import { browser } from 'wxt/browser';
import { adapterForUrl } from '../ats/detect';
import { dispatch, type SenderPolicy } from '../messaging/server';
import { acceptStream } from '../messaging/stream-server';
import { sendToTab } from '../messaging/tab-client';
import { isAtsEnabled } from './atsSwitch';
import { startAlerts, streamsWithAlerts, withAlerts } from './alerts';
import { handlers, streamHandlers } from './handlers';
import { isUserSitePage } from './sites';
import { startup } from './startup';

export function startBackground(): void {
  // Every message and stream waits for this; a failed step answers each with its reason.
  const ready = startup();
  const served = withAlerts(handlers);
  startAlerts(ready);
  const policy: SenderPolicy = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    // A built-in ATS the user switched off is not a page we serve...
    isAtsPage: (url) => {
      const adapter = adapterForUrl(url);
      return (adapter !== undefined && isAtsEnabled(adapter.id)) || isUserSitePage(url);
    },
    // ...but its content script may still ask whether it is off (the protocol says which messages).
    isSwitchedOffAtsPage: (url) => {
      const adapter = adapterForUrl(url);
      return adapter !== undefined && !isAtsEnabled(adapter.id);
    },
  };
  // sendResponse + `return true` works in every Chromium and Firefox version we support;
  // returning a Promise from the listener does not (older Chromium).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void ready
      .then((failure) => (failure ? { ok: false as const, error: failure } : dispatch(message, sender, served, policy)))
      .then(sendResponse);
    return true;
  });
  // Streams wait for startup too: right after the worker starts, the user's sites are not known yet.
  browser.runtime.onConnect.addListener((port) => acceptStream(port, streamsWithAlerts(streamHandlers, port.sender), policy, ready));
  // The keyboard shortcut (manifest `commands`) shows or hides the panel in the active tab.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      // A tab without a panel has no listener: nothing to toggle there.
      if (tabId !== undefined) await sendToTab(tabId, 'scorelens:togglePanel', {});
    })();
  });
}
