import { useQuery } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging/client';
import type { Subject } from '@/lib/model';

export function useLookup(subject: Subject | undefined) {
  return useQuery({
    queryKey: ['lookup', subject],
    queryFn: () => sendMessage('lookup', { subject: subject as Subject }),
    enabled: subject !== undefined,
  });
}
