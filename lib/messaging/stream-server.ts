/**
 * The background's side of streams: check the port's sender and its one request, run the
 * handler with a signal that aborts when the requester goes away (tab closed, panel gone).
 */
import type { Browser } from 'wxt/browser';
import { t } from '../i18n';
import { errorText, invalidRequestText, notAcceptedText } from './errorText';
import { classifySender, type SenderPolicy } from './server';
import { STREAM_PORT_PREFIX, type StreamEventOf, type StreamType, streams } from './protocol';
import type { z } from '../zod';

type Port = Browser.runtime.Port;

export type StreamHandlers = {
  [T in StreamType]: (
    request: z.output<(typeof streams)[T]['request']>,
    emit: (event: StreamEventOf<T>) => void,
    signal: AbortSignal,
  ) => Promise<void>;
};

export function acceptStream(port: Port, handlers: StreamHandlers, policy: SenderPolicy, ready?: Promise<string | undefined>): void {
  if (!port.name.startsWith(STREAM_PORT_PREFIX)) return;
  const type = port.name.slice(STREAM_PORT_PREFIX.length);
  const send = (event: unknown) => {
    try {
      port.postMessage(event);
    } catch {
      // The requester is gone; the abort below stops the work.
    }
  };
  const refuse = (error: string) => {
    send({ type: 'error', error });
    port.disconnect();
  };
  const controller = new AbortController();
  port.onDisconnect.addListener(() => controller.abort(new DOMException('The requester went away', 'AbortError')));
  // Listen at once: the request arrives with the connection, perhaps before startup is done.
  let first: { raw: unknown } | undefined;
  let accepted: ((raw: unknown) => void) | undefined;
  port.onMessage.addListener((raw: unknown) => {
    if (first) return;
    first = { raw };
    accepted?.(raw);
  });

  void (ready ?? Promise.resolve(undefined)).then((failure) => {
    if (controller.signal.aborted) return;
    if (failure) return refuse(failure);
    if (!Object.hasOwn(streams, type)) return refuse(t('messageUnknownStream', type));
    const spec = streams[type as StreamType];
    const kind = port.sender && classifySender(port.sender, policy);
    if (!kind || !spec.senders.includes(kind)) return refuse(notAcceptedText(type));
    accepted = (raw) => {
      const request = spec.request.safeParse(raw);
      if (!request.success) {
        send({ type: 'error', error: invalidRequestText(type, request.error) });
        return;
      }
      handlers[type as StreamType](request.data, (event) => send(spec.event.parse(event)), controller.signal).then(
        () => send({ type: 'done' }),
        (error: unknown) => {
          if (!controller.signal.aborted) send({ type: 'error', error: errorText(error) });
        },
      );
    };
    if (first) accepted(first.raw);
  });
}
