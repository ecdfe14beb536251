/**
 * The content script's way to message the background, without the protocol's schemas: the
 * content script must stay tiny (it loads on every ATS page), and the background parses and
 * checks every request against the protocol anyway. Types still come from the protocol.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { MessageType, RequestOf, ResponseOf } from '../messaging/protocol';

export async function ask<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage({ type, data })) as
    { ok: true; data: ResponseOf<T> } | { ok: false; error: string } | undefined;
  if (!reply) throw new Error(t('backgroundNoAnswer', type));
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
