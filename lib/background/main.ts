/** Wires the background: key storage locked to trusted contexts, and the message protocol. */
import { browser } from 'wxt/browser';
import { adapterForUrl } from '../ats/detect';
import { dispatch, type SenderPolicy } from '../messaging/server';
import { lockKeyStorage } from '../settings/keys';
import { acceptStream } from '../messaging/stream-server';
import { handlers, streamHandlers } from './handlers';
import { isUserSitePage, loadUserSites } from './sites';

export function startBackground(): void {
  const ready = Promise.all([lockKeyStorage(), loadUserSites().catch((e: unknown) => console.error('Scorelens: user sites', e))]);
  const policy: SenderPolicy = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isAtsPage: (url) => adapterForUrl(url) !== undefined || isUserSitePage(url),
  };
  // sendResponse + `return true` works in every Chromium and Firefox version we support;
  // returning a Promise from the listener does not (older Chromium).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void ready.then(() => dispatch(message, sender, handlers, policy)).then(sendResponse);
    return true;
  });
  browser.runtime.onConnect.addListener((port) => acceptStream(port, streamHandlers, policy));
}
