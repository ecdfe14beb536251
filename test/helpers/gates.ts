/** A gate for client tests: admits everything and counts what passed through it. */
import type { RequestGate } from '@/lib/vendors/types';

export interface CountingGate extends RequestGate {
  /** Requests admitted (each attempt, retries included). */
  admitted: number;
  /** Answers reported back to the gate. */
  observed: Response[];
}

export function countingGate(): CountingGate {
  const gate: CountingGate = {
    admitted: 0,
    observed: [],
    acquire: () => {
      gate.admitted++;
      return Promise.resolve(() => undefined);
    },
    observe: (response) => void gate.observed.push(response),
  };
  return gate;
}
