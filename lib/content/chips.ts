/**
 * A small chip on each list row with a detected candidate: completed assessments and the
 * weakest outcome, filled by a summary the background computes (its lookups are batched and
 * rate limited there). Plain DOM in a closed shadow root per chip: no React in the content
 * script, and nothing on the host element the page could read (no text, title or label).
 */
import { t } from '../i18n';
import type { CandidateSummary } from '../lookup/summary';
import type { Verdict, Subject } from '../model';
import { CHIP_TAG } from './bridge';

const STYLE = `:host{all:initial;display:inline-block;margin-left:6px;vertical-align:middle}
button{font:12px/1.6 system-ui,sans-serif;border:1px solid #d0d7de;border-radius:10px;padding:0 8px;background:#f6f8fa;color:#1b1f24;cursor:pointer}
button.fail{border-color:#cf222e;color:#cf222e}button.low_pass{border-color:#9a6700;color:#9a6700}button.pass{border-color:#1a7f37;color:#1a7f37}
button:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}`;

const WEAKEST: Record<Verdict, () => string> = {
  pass: () => t('chipWeakestPass'),
  low_pass: () => t('chipWeakestLowPass'),
  fail: () => t('chipWeakestFail'),
  pending: () => t('chipWeakestPending'),
};

/** "11:00": kept here (not lib/export) so the content script stays small. */
const clock = (epochMs: number) => new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function chipText(summary: CandidateSummary): string {
  // A spent budget is not an error: say when the vendor may be asked again.
  if (summary.assessments === 0 && summary.limitedUntil) return t('chipLimitReached', clock(summary.limitedUntil));
  if (summary.assessments === 0) return summary.failedVendors ? t('chipError') : t('noAssessments');
  const weakest = summary.weakest ? ` · ${WEAKEST[summary.weakest]()}` : '';
  return `${t('chipDone', String(summary.completed), String(summary.assessments))}${weakest}${summary.flagged ? ' · ⚠' : ''}`;
}

export interface Chip {
  host: HTMLElement;
  fill(summary: CandidateSummary): void;
  fail(message: string): void;
}

export function createChip(label: string, onOpen: () => void): Chip {
  const host = document.createElement(CHIP_TAG);
  // Closed: the row's summary is for the recruiter, not for the page's scripts (see mountPanel).
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.scorelensChip = '';
  button.textContent = '…';
  button.setAttribute('aria-label', t('chipLabel', label));
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onOpen();
  });
  shadow.append(style, button);
  return {
    host,
    fill(summary) {
      button.textContent = chipText(summary);
      button.className = summary.weakest ?? '';
      button.title = t('chipTitle', chipText(summary));
    },
    fail(message) {
      button.textContent = t('chipError');
      button.title = message;
    },
  };
}

/** A stable key for a row's candidate: the ATS id, else the first email. */
export function rowKey(subject: Subject): string {
  return subject.ats?.candidateId ?? subject.ats?.applicationId ?? subject.emails[0] ?? JSON.stringify(subject.ids);
}
