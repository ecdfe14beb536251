/**
 * A stream to the background's handlers as a page opens one (`runtime.connect`), over a port
 * with nothing faked beyond the port itself: the real stream server, handlers and engine.
 */
import type { Browser } from 'wxt/browser';
import { streamHandlers } from '@/lib/background/handlers';
import { STREAM_PORT_PREFIX, type StreamEventOf, type StreamType } from '@/lib/messaging/protocol';
import type { SenderPolicy } from '@/lib/messaging/server';
import { acceptStream } from '@/lib/messaging/stream-server';

/** Sends `request` on a `type` stream from `sender`; resolves with every event up to its `done` or `error`. */
export function openTestStream<T extends StreamType>(
  type: T,
  request: unknown,
  sender: Browser.runtime.MessageSender,
  policy: SenderPolicy,
): Promise<StreamEventOf<T>[]> {
  return new Promise((resolve) => {
    const events: StreamEventOf<T>[] = [];
    const requesters: ((raw: unknown) => void)[] = [];
    const port = {
      name: `${STREAM_PORT_PREFIX}${type}`,
      sender,
      postMessage(event: StreamEventOf<T>) {
        events.push(event);
        if (event.type === 'done' || event.type === 'error') resolve(events);
      },
      disconnect: () => resolve(events),
      onMessage: { addListener: (listener: (raw: unknown) => void) => requesters.push(listener) },
      onDisconnect: { addListener: () => undefined },
    };
    acceptStream(port as unknown as Browser.runtime.Port, streamHandlers, policy);
    for (const requester of requesters) requester(request);
  });
}
