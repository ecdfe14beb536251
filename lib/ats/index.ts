import { greenhouse } from './greenhouse';
import type { AtsAdapter } from './types';

/** Every built-in ATS. */
export const ATS_ADAPTERS: readonly AtsAdapter[] = [greenhouse];

/** The content script's match patterns: every built-in ATS origin. */
export const ATS_MATCHES: string[] = ATS_ADAPTERS.flatMap((a) => a.matches);
