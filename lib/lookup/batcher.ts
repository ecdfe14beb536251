/**
 * Collects keys asked for within a short window and loads them in one call (many ids per
 * request), so a list page of candidates costs a handful of requests, not one per row.
 */
export interface BatcherOptions<V> {
  windowMs: number;
  maxBatch: number;
  load(keys: string[]): Promise<Map<string, V>>;
  /** What a key the batch answered nothing for resolves to. */
  missing: V;
}

export function createBatcher<V>(options: BatcherOptions<V>) {
  let pending = new Map<string, { resolve: (v: V) => void; reject: (e: unknown) => void }[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function flush(): Promise<void> {
    timer = undefined;
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
          clearTimeout(timer);
          void flush();
        } else {
          timer ??= setTimeout(() => void flush(), options.windowMs);
        }
      });
    },
  };
}
