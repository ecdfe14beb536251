/**
 * Opening a declared stream to the background. If the port drops before `done` (Chrome
 * stopped the service worker mid-lookup), it reconnects and asks again, a bounded number of
 * times: the restarted worker answers from its cache and finishes what was lost.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { STREAM_PORT_PREFIX, type StreamEventOf, type StreamRequestOf, type StreamType, streams } from './protocol';

const MAX_RECONNECTS = 3;

export interface StreamOptions<T extends StreamType> {
  onEvent(event: StreamEventOf<T>): void;
  signal?: AbortSignal;
}

/** Resolves when the stream says `done`; rejects on its `error` or when reconnecting fails. */
export function openStream<T extends StreamType>(type: T, data: StreamRequestOf<T>, options: StreamOptions<T>): Promise<void> {
  const spec = streams[type];
  const request = spec.request.parse(data);
  return new Promise<void>((resolve, reject) => {
    let attempts = 0;
    let finished = false;
    const finish = (error?: Error) => {
      finished = true;
      if (error) reject(error);
      else resolve();
    };

    const connect = () => {
      const port = browser.runtime.connect({ name: `${STREAM_PORT_PREFIX}${type}` });
      const onAbort = () => {
        finished = true;
        port.disconnect();
        reject(new DOMException('The lookup was cancelled', 'AbortError'));
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      port.onMessage.addListener((raw: unknown) => {
        const event = spec.event.safeParse(raw);
        if (!event.success) return;
        if (event.data.type === 'done') {
          options.signal?.removeEventListener('abort', onAbort);
          port.disconnect();
          finish();
        } else if (event.data.type === 'error') {
          options.signal?.removeEventListener('abort', onAbort);
          port.disconnect();
          finish(new Error(event.data.error));
        } else {
          options.onEvent(event.data as StreamEventOf<T>);
        }
      });
      port.onDisconnect.addListener(() => {
        options.signal?.removeEventListener('abort', onAbort);
        if (finished) return;
        if (++attempts > MAX_RECONNECTS) return finish(new Error(t('backgroundStopped')));
        setTimeout(connect, 100 * attempts);
      });
      port.postMessage(request);
    };
    if (options.signal?.aborted) return reject(new DOMException('The lookup was cancelled', 'AbortError'));
    connect();
  });
}
