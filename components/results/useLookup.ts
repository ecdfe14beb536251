import { type QueryFunctionContext, useQuery, useQueryClient } from '@tanstack/react-query';
import { openStream } from '@/lib/messaging/stream-client';
import { type Subject, VENDOR_IDS, type VendorId, type VendorOutcome } from '@/lib/model';

export interface LookupData {
  outcomes: VendorOutcome[];
  done: boolean;
}

const byVendorOrder = (a: VendorOutcome, b: VendorOutcome) => VENDOR_IDS.indexOf(a.vendor) - VENDOR_IDS.indexOf(b.vendor);

/**
 * The merged outcomes for a subject, streamed: each vendor shows the moment it answers.
 * The query's signal cancels the background's work when the panel or popup goes away.
 */
export function useLookup(subject: Subject | undefined) {
  const queryClient = useQueryClient();
  const queryKey = ['lookup', subject] as const;

  const fetchStream =
    (refresh: boolean) =>
    async ({ signal }: QueryFunctionContext): Promise<LookupData> => {
      const outcomes = new Map<VendorId, VendorOutcome>();
      const snapshot = (done: boolean): LookupData => ({ outcomes: [...outcomes.values()].sort(byVendorOrder), done });
      await openStream(
        'lookup',
        { subject: subject as Subject, refresh },
        {
          signal,
          onEvent: (event) => {
            if (event.type !== 'outcome') return;
            outcomes.set(event.outcome.vendor, event.outcome);
            queryClient.setQueryData(queryKey, snapshot(false));
          },
        },
      );
      return snapshot(true);
    };

  const query = useQuery({ queryKey, queryFn: fetchStream(false), enabled: subject !== undefined });
  const refresh = () => queryClient.fetchQuery({ queryKey, queryFn: fetchStream(true), staleTime: 0 });
  return { ...query, refresh };
}
