/**
 * Where the alerts keep their state: the private area (see ../settings/storage.ts), which no
 * content script reads; cleared by "Forget all". Every change goes through `update`, one at a
 * time, so a lookup's watch and a re-check never overwrite each other.
 */
import { areaOf, STORED_ITEMS } from '../settings/storage';
import type { z } from '../zod';
import { type NewResult, NewResultsSchema } from './newResults';
import { type Watched, WatchListSchema } from './watchList';

type Item = (typeof STORED_ITEMS)['alertsWatchList' | 'alertsNewResults'];

/** Stored with its item's version: a list in another shape is dropped, never misread. */
async function read<S extends z.ZodType>(item: Item, schema: S): Promise<z.output<S> | []> {
  const stored = await areaOf(item).get<{ version?: number; list?: unknown }>(item.key);
  if (stored?.version !== item.version) return [];
  const parsed = schema.safeParse(stored.list);
  return parsed.success ? parsed.data : [];
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs one read-change-write at a time. */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export const readWatchList = (): Promise<Watched[]> => read(STORED_ITEMS.alertsWatchList, WatchListSchema);
export const readNewResults = (): Promise<NewResult[]> => read(STORED_ITEMS.alertsNewResults, NewResultsSchema);

export function updateWatchList(change: (list: Watched[]) => Watched[] | Promise<Watched[]>): Promise<Watched[]> {
  const item = STORED_ITEMS.alertsWatchList;
  return serial(async () => {
    const next = WatchListSchema.parse(await change(await readWatchList()));
    await areaOf(item).set(item.key, { version: item.version, list: next });
    return next;
  });
}

export function updateNewResults(change: (list: NewResult[]) => NewResult[]): Promise<NewResult[]> {
  const item = STORED_ITEMS.alertsNewResults;
  return serial(async () => {
    const next = NewResultsSchema.parse(change(await readNewResults()));
    await areaOf(item).set(item.key, { version: item.version, list: next });
    return next;
  });
}
