/**
 * Who sends the background a message in unit tests: the extension's own pages and its content
 * script on a Greenhouse page, under a sender policy where Greenhouse is an ATS page we serve.
 */
import type { SenderPolicy } from '@/lib/messaging/server';

const EXT = 'scorelens-test-id';

export const TEST_SENDER_POLICY: SenderPolicy = {
  extensionId: EXT,
  extensionOrigin: `chrome-extension://${EXT}/`,
  isAtsPage: (url) => url.startsWith('https://app.greenhouse.io/'),
};

export const OPTIONS_PAGE = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
export const POPUP_PAGE = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };
export const CONTENT_SCRIPT = { id: EXT, url: 'https://app.greenhouse.io/people/1', tab: { id: 3 } as never };
