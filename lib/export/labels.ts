/**
 * How results read as text, shared by the panel (React) and the plain-text / CSV exports.
 * No React here.
 */
import { t, tPlural } from '../i18n';
import type { AssessmentResult, Verdict, VendorOutcome } from '../model';
import { VENDOR_NAMES } from '../model';

const VERDICT_LABEL: Record<Verdict, () => string> = {
  pass: () => t('outcomePass'),
  low_pass: () => t('outcomeLowPass'),
  fail: () => t('outcomeFail'),
  pending: () => t('outcomePending'),
};
const STATUS_LABEL: Record<AssessmentResult['status'], () => string> = {
  invited: () => t('statusInvited'),
  in_progress: () => t('statusInProgress'),
  completed: () => t('statusCompleted'),
  expired: () => t('statusExpired'),
  failed: () => t('statusFailed'),
};

/** "Pass", "Low pass"…: a result's verdict as its badge reads. */
export const verdictLabel = (verdict: Verdict) => VERDICT_LABEL[verdict]();
/** "Completed", "In progress"…: a result's status as a person reads it. */
export const statusLabel = (status: AssessmentResult['status']) => STATUS_LABEL[status]();

/** "87.5%", "85% (255 / 300)", "77.8% (8 on 1–10)"; undefined without a score. */
export function formatScore(result: AssessmentResult): string | undefined {
  const { score } = result;
  if (!score) return undefined;
  const pct = `${Math.round(score.percent * 10) / 10}%`;
  if (score.max === 100 && score.min === 0) return pct;
  return score.min === 0
    ? `${pct} (${score.raw} / ${score.max})`
    : t('scoreOnScale', pct, String(score.raw), String(score.min), String(score.max));
}

/** Integrity problems as short phrases: "Proctoring red flag", "2 copy-paste violations". */
export function integrityFlags(integrity: AssessmentResult['integrity']): string[] {
  const flags: string[] = [];
  if (integrity.redFlag) flags.push(t('integrityRedFlag'));
  if (integrity.copyPasteViolations) {
    flags.push(tPlural(integrity.copyPasteViolations, 'integrityCopyPasteOne', 'integrityCopyPasteOther'));
  }
  if (integrity.fullscreenViolations) {
    flags.push(tPlural(integrity.fullscreenViolations, 'integrityFullscreenOne', 'integrityFullscreenOther'));
  }
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
      return { text: t('adviceUnauthorized', name, String(status ?? 401)), options: true };
    case 'forbidden':
      return { text: t('adviceForbidden', name, String(status ?? 403)), options: true };
    case 'rate_limited':
      return {
        text: retryAt ? t('adviceRateLimitedUntil', name, clockTime(retryAt)) : t('adviceRateLimited', name),
        options: false,
      };
    case 'unavailable':
      return { text: status ? t('adviceUnavailableStatus', name, String(status)) : t('adviceUnavailable', name), options: false };
    case 'bad_response': {
      // Only the detail is shown; an outcome saved before errors carried it has it after the English words.
      const detail = outcome.error.detail ?? message.split('changed its response: ')[1] ?? message;
      return { text: t('adviceBadResponse', name, detail), options: false };
    }
    default:
      return { text: message, options: false };
  }
}

/** What a vendor had beyond what was read ("showing 100 of 240; more at TalentScreen"), or undefined. */
export function partialLine(outcome: VendorOutcome): string | undefined {
  if (!('partial' in outcome) || !outcome.partial) return undefined;
  const name = VENDOR_NAMES[outcome.vendor];
  const { shown, total, searchedBack } = outcome.partial;
  if (searchedBack) return t('partialSearchedBack', name, new Date(searchedBack).toLocaleDateString());
  if (shown === undefined) return undefined;
  return total !== undefined && total > shown
    ? t('partialShownOfTotal', String(shown), String(total), name)
    : t('partialShownMore', String(shown), name);
}

/** Beside a vendor's results: another identifier's lookup there failed, with its advice; or undefined. */
export function alsoFailedLine(outcome: VendorOutcome): string | undefined {
  if (outcome.state !== 'results' || !outcome.alsoFailed) return undefined;
  const advice = errorAdvice({ state: 'error', vendor: outcome.vendor, error: outcome.alsoFailed }).text;
  return t('resultsAlsoFailed', VENDOR_NAMES[outcome.vendor], advice);
}

/** One line for a vendor that has no results: not configured, no match, or its error advice. */
export function outcomeLine(outcome: VendorOutcome): string | undefined {
  switch (outcome.state) {
    case 'not_configured':
      return t('outcomeNotConfigured');
    case 'no_match':
      return outcome.unsearched ? t('outcomeNotAsked', VENDOR_NAMES[outcome.vendor]) : t('noMatch');
    case 'error':
      return errorAdvice(outcome).text;
    default:
      return undefined;
  }
}
