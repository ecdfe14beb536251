/**
 * Collects keys asked for close together and loads them in one call (many ids per request),
 * so a list page of candidates costs a handful of requests, not one per row. A batch goes
 * once no new key arrived for `quietMs` (a lone lookup waits only that long), or at the
 * latest `windowMs` after its first key, or as soon as it is full.
 */
export interface BatcherOptions<V> {
  windowMs: number;
  quietMs?: number;
  maxBatch: number;
  load(keys: string[]): Promise<Map<string, V>>;
  /** What a key the batch answered nothing for resolves to. */
  missing: V;
}

export function createBatcher<V>(options: BatcherOptions<V>) {
  let pending = new Map<string, { resolve: (v: V) => void; reject: (e: unknown) => void }[]>();
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  const quietMs = options.quietMs ?? 2;

  async function flush(): Promise<void> {
    clearTimeout(quietTimer);
    clearTimeout(windowTimer);
    quietTimer = undefined;
    windowTimer = undefined;
    const batch = pending;
    pending = new Map();
    const keys = [...batch.keys()];
    for (let i = 0; i < keys.length; i += options.maxBatch) {
      const chunk = keys.slice(i, i + options.maxBatch);
      try {
        const found = await options.load(chunk);
        for (const key of chunk) for (const w of batch.get(key) ?? []) w.resolve(found.get(key) ?? options.missing);
      } catch (error) {
        for (const key of chunk) for (const w of batch.get(key) ?? []) w.reject(error);
      }
    }
  }

  return {
    load(key: string): Promise<V> {
      return new Promise<V>((resolve, reject) => {
        const waiters = pending.get(key) ?? [];
        waiters.push({ resolve, reject });
        pending.set(key, waiters);
        if (pending.size >= options.maxBatch) {
          void flush();
        } else {
          clearTimeout(quietTimer);
          quietTimer = setTimeout(() => void flush(), quietMs);
          windowTimer ??= setTimeout(() => void flush(), options.windowMs);
        }
      });
    },
  };
}
