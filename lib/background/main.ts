/** Wires the background: key storage locked to trusted contexts, and the message protocol. */
import { browser } from 'wxt/browser';
import { adapterForUrl } from '../ats/detect';
import { dispatch, type SenderPolicy } from '../messaging/server';
import { lockKeyStorage } from '../settings/keys';
import { acceptStream } from '../messaging/stream-server';
import { handlers, streamHandlers } from './handlers';

export function startBackground(): void {
  const ready = lockKeyStorage();
  const policy: SenderPolicy = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isAtsPage: (url) => adapterForUrl(url) !== undefined,
  };
  // sendResponse + `return true` works in every Chromium and Firefox version we support;
  // returning a Promise from the listener does not (older Chromium).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void ready.then(() => dispatch(message, sender, handlers, policy)).then(sendResponse);
    return true;
  });
  browser.runtime.onConnect.addListener((port) => acceptStream(port, streamHandlers, policy));
}
