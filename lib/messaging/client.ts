/** Sending a declared message to the background, checked on both ends. */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { type MessageType, protocol, ReplySchema, type RequestOf, type ResponseOf } from './protocol';

export class MessageError extends Error {
  override name = 'MessageError';
}

export async function sendMessage<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  const request = protocol[type].request.parse(data);
  const raw: unknown = await browser.runtime.sendMessage({ type, data: request });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(t('backgroundNoAnswer', type));
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  return protocol[type].response.parse(reply.data.data) as ResponseOf<T>;
}
