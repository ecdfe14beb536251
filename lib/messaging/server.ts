/**
 * The background's side of the protocol: parse the envelope, check the sender, parse the
 * request, run the handler, parse the response. Unknown messages get a clear error.
 */
import type { Browser } from 'wxt/browser';
import { t } from '../i18n';
import { errorText, invalidRequestText, notAcceptedText } from './errorText';
import { EnvelopeSchema, type MessageType, type ParsedRequestOf, protocol, type Reply, type ResponseOf, type SenderKind } from './protocol';

type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [T in MessageType]: (request: ParsedRequestOf<T>, sender: Sender) => Promise<ResponseOf<T>>;
};

export interface SenderPolicy {
  extensionId: string;
  extensionOrigin: string;
  /** Whether a tab URL is an ATS page our content script serves. */
  isAtsPage(url: string): boolean;
  /** Whether a tab URL is a built-in ATS's page the user switched off (its content script only asks whether it is off). */
  isSwitchedOffAtsPage?(url: string): boolean;
}

export function classifySender(sender: Sender, policy: SenderPolicy): SenderKind | undefined {
  if (sender.id !== policy.extensionId || !sender.url) return undefined;
  const origin = policy.extensionOrigin.replace(/\/$/, '');
  if (sender.url.startsWith(`${origin}/`)) {
    const page = new URL(sender.url).pathname;
    if (page === '/popup.html') return 'popup';
    if (page === '/options.html') return 'options';
    return undefined;
  }
  if (sender.tab && policy.isAtsPage(sender.url)) return 'content';
  if (sender.tab && policy.isSwitchedOffAtsPage?.(sender.url)) return 'switchedOffAts';
  return undefined;
}

export async function dispatch(raw: unknown, sender: Sender, handlers: Handlers, policy: SenderPolicy): Promise<Reply> {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, error: t('messageMalformed') };
  const { type } = envelope.data;
  if (!Object.hasOwn(protocol, type)) return { ok: false, error: t('messageUnknown', type) };
  const spec = protocol[type as MessageType];
  const kind = classifySender(sender, policy);
  if (!kind || !spec.senders.includes(kind)) return { ok: false, error: notAcceptedText(type) };
  const request = spec.request.safeParse(envelope.data.data);
  if (!request.success) return { ok: false, error: invalidRequestText(type, request.error) };
  try {
    const handler = handlers[type as MessageType] as (req: unknown, s: Sender) => Promise<unknown>;
    return { ok: true, data: spec.response.parse(await handler(request.data, sender)) };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
