/**
 * What the background does before it answers anything. Each step either works or names what
 * failed: the promise never rejects, so no message waits forever for a startup that broke.
 */
import { t } from '../i18n';
import { lockKeyStorage } from '../settings/keys';
import { moveCandidateDataOutOfLocal } from '../settings/storage';
import { loadDisabledAts } from './atsSwitch';
import { loadUserSites } from './sites';

export interface StartupStep {
  name: string;
  run(): Promise<void>;
}

export const STARTUP_STEPS: readonly StartupStep[] = [
  // Keys must never be readable by a content script: without the lock, nothing is served.
  { name: 'key storage', run: lockKeyStorage },
  { name: 'your ATS sites', run: loadUserSites },
  { name: 'ATS switches', run: loadDisabledAts },
  { name: 'candidate data out of storage.local (Firefox)', run: moveCandidateDataOutOfLocal },
];

/** Resolves undefined when every step worked, else the error every message is answered with. */
export async function startup(steps: readonly StartupStep[] = STARTUP_STEPS): Promise<string | undefined> {
  const results = await Promise.allSettled(steps.map((step) => step.run()));
  const failed = results.flatMap((result, i) =>
    result.status === 'rejected' ? [{ step: steps[i], reason: result.reason as unknown }] : [],
  );
  if (!failed.length) return undefined;
  for (const { step, reason } of failed) console.error(`Scorelens: startup step "${step?.name}" failed`, reason);
  const reason = failed[0]?.reason;
  return t('backgroundStartFailed', reason instanceof Error ? reason.message : String(reason));
}
