import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { greenhouse } from './greenhouse';
import { jazzhr } from './jazzhr';
import { lever } from './lever';
import { recruitee } from './recruitee';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import type { AtsAdapter } from './types';
import { workable } from './workable';

export { genericAdapter, type GenericSite } from './generic';
export type { AtsAdapter, AtsList } from './types';

/** Every built-in ATS, Greenhouse first. */
export const ATS_ADAPTERS: readonly AtsAdapter[] = [
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  teamtailor,
  recruitee,
  bamboohr,
  jazzhr,
];

/** The content script's match patterns: every built-in ATS origin. */
export const ATS_MATCHES: string[] = ATS_ADAPTERS.flatMap((a) => a.matches);
