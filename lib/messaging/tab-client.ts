/**
 * The background's side of its messages to a tab (see `tabMessages` in ./protocol.ts): the
 * request checked before it goes, the reply read against the declared schema.
 */
import { browser } from 'wxt/browser';
import { tabMessages, type TabMessageType, type TabReplyOf, type TabRequestOf } from './protocol';

/** `answered` is false when nothing in the tab answers (no content script there); `reply` is absent when the answer does not fit. */
export type TabAnswer<T extends TabMessageType> = { answered: false } | { answered: true; reply?: TabReplyOf<T> };

export async function sendToTab<T extends TabMessageType>(
  tabId: number,
  type: T,
  data: TabRequestOf<T>,
  frameId?: number,
): Promise<TabAnswer<T>> {
  const spec = tabMessages[type];
  const message = { type, ...spec.request.parse(data) };
  const sent = frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId });
  const raw: unknown = await sent.catch(() => undefined);
  if (raw === undefined) return { answered: false };
  const reply = spec.reply.safeParse(raw);
  return { answered: true, reply: reply.success ? (reply.data as TabReplyOf<T>) : undefined };
}
