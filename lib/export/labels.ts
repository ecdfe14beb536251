/**
 * How results read as text, shared by the panel (React) and the plain-text / CSV exports.
 * No React here.
 */
import type { AssessmentResult, VendorOutcome } from '../model';
import { VENDOR_NAMES } from '../model';

export const OUTCOME_LABEL = { pass: 'Pass', low_pass: 'Low pass', fail: 'Fail', pending: 'Pending' } as const;
export const STATUS_LABEL = {
  invited: 'Invited',
  in_progress: 'In progress',
  completed: 'Completed',
  expired: 'Expired',
  failed: 'Failed',
} as const;

/** "87.5%", "85% (255 / 300)", "77.8% (8 on 1–10)"; undefined without a score. */
export function formatScore(result: AssessmentResult): string | undefined {
  const { score } = result;
  if (!score) return undefined;
  const pct = `${Math.round(score.percent * 10) / 10}%`;
  if (score.max === 100 && score.min === 0) return pct;
  return score.min === 0 ? `${pct} (${score.raw} / ${score.max})` : `${pct} (${score.raw} on ${score.min}–${score.max})`;
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** Integrity problems as short phrases: "Proctoring red flag", "2 copy-paste violations". */
export function integrityFlags(integrity: AssessmentResult['integrity']): string[] {
  const flags: string[] = [];
  if (integrity.redFlag) flags.push('Proctoring red flag');
  if (integrity.copyPasteViolations) flags.push(plural(integrity.copyPasteViolations, 'copy-paste violation'));
  if (integrity.fullscreenViolations) flags.push(plural(integrity.fullscreenViolations, 'fullscreen violation'));
  return flags;
}

/** "14:05" in the user's locale: when a rate-limited vendor may be asked again. */
export function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export type ErrorOutcome = Extract<VendorOutcome, { state: 'error' }>;

/** What went wrong and what the person can do about it. `options` says the fix is in Options. */
export function errorAdvice(outcome: ErrorOutcome): { text: string; options: boolean } {
  const name = VENDOR_NAMES[outcome.vendor];
  const { code, status, message, retryAt } = outcome.error;
  switch (code) {
    case 'unauthorized':
      return { text: `${name} rejected the key (${status ?? 401}): open Options`, options: true };
    case 'forbidden':
      return {
        text: `${name} refused access (${status ?? 403}): the key's scope or plan may not include results; check it in Options`,
        options: true,
      };
    case 'rate_limited':
      return {
        text: retryAt
          ? `${name} is limiting requests: try again at ${clockTime(retryAt)}`
          : `${name} is limiting requests: try again in a minute`,
        options: false,
      };
    case 'unavailable':
      return { text: `${name} is unavailable${status ? ` (${status})` : ''}: try again later`, options: false };
    case 'bad_response': {
      const detail = message.split('changed its response: ')[1] ?? message;
      return { text: `${name} changed its response; tell us: ${detail}`, options: false };
    }
    default:
      return { text: message, options: false };
  }
}

/** One line for a vendor that has no results: not configured, no match, or its error advice. */
export function outcomeLine(outcome: VendorOutcome): string | undefined {
  switch (outcome.state) {
    case 'not_configured':
      return 'Not configured: add a key in Options.';
    case 'no_match':
      return 'No assessments found for this candidate.';
    case 'error':
      return errorAdvice(outcome).text;
    default:
      return undefined;
  }
}
