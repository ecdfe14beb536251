import type { ListEntry } from '@/lib/content/bridge';
import { sendMessage } from '@/lib/messaging/client';

/** A job table row's query: the rows in view and "Look up all" share it, so a row is asked once. */
export const jobRowQuery = (entry: ListEntry) => ({
  queryKey: ['jobTableRow', entry.subject] as const,
  queryFn: () => sendMessage('jobTableRow', { subject: entry.subject }),
});
