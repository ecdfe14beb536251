/** The scoreboard both the panel and the popup open with: each vendor's line, its details a click away. */
import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import type { VendorId, VendorOutcome } from '@/lib/model';
import { VENDOR_NAMES } from '@/lib/model';
import { scoreboardLine, type LineState } from '@/lib/scoreboard/headline';
import { VendorCard, VendorMessages } from '@/components/results/ResultsView';

/** Each state has its own mark and word, so it reads without colour. */
const STATE: Record<LineState, { mark: string; label: () => string }> = {
  complete: { mark: '✓', label: () => t('lineStateComplete') },
  pending: { mark: '◔', label: () => t('lineStatePending') },
  ended: { mark: '–', label: () => t('lineStateEnded') },
  no_match: { mark: '∅', label: () => t('lineStateNoMatch') },
  not_asked: { mark: '?', label: () => t('lineStateNotAsked') },
  not_configured: { mark: '○', label: () => t('lineStateNotConfigured') },
  error: { mark: '!', label: () => t('lineStateError') },
};

function stateOf(line: { state: LineState }, outcome: VendorOutcome) {
  // A spent request budget is a wait, not a failure.
  if (outcome.state === 'error' && outcome.error.code === 'rate_limited') return { mark: '◔', label: t('lineStateLimited') };
  return { mark: STATE[line.state].mark, label: STATE[line.state].label() };
}

/**
 * One vendor's line: name, state, headline on the vendor's own scale, flags named. It opens (a
 * disclosure button) to the vendor's details; what needs the recruiter (an error and its fix, a
 * vendor not set up, another identifier's failure) shows on the line itself.
 */
function ScoreboardRow({ outcome }: { outcome: VendorOutcome }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const line = scoreboardLine(outcome);
  const state = stateOf(line, outcome);
  // An error's or a missing setup's headline is its message, shown below the line with its fix.
  const saysMessage = line.state === 'error' || line.state === 'not_configured';
  const headline = saysMessage || line.headline === state.label ? undefined : line.headline;
  const expandable = (outcome.state === 'results' && outcome.results.length > 0) || line.cutShort !== undefined;
  const head = (
    <>
      <span className="sl-line-vendor">{line.vendorName}</span>
      <span className={`sl-line-state sl-line-state-${line.state}`} data-testid="line-state">
        <span aria-hidden="true">{state.mark} </span>
        {state.label}
      </span>
      {headline && (
        <span className="sl-line-headline" data-testid="headline">
          {headline}
        </span>
      )}
      {line.flags.length > 0 && (
        <span className="sl-line-flags" data-testid="line-flags">
          <span aria-hidden="true">⚠ </span>
          {line.flags.join(', ')}
        </span>
      )}
    </>
  );
  return (
    <li className={`sl-line sl-line-${line.state}`} data-vendor={outcome.vendor} data-state={line.state}>
      {/* A heading per vendor (its details' assessments are h4s) holding the disclosure button. */}
      <h3 className="sl-line-title">
        {expandable ? (
          <button
            type="button"
            className="sl-line-head sl-line-toggle"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((o) => !o)}
          >
            <span className="sl-line-chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {head}
          </button>
        ) : (
          <span className="sl-line-head">{head}</span>
        )}
      </h3>
      <VendorMessages outcome={outcome} noMatch={false} />
      {expandable && (
        <div id={detailsId} className="sl-line-details" hidden={!open}>
          <VendorCard outcome={outcome} inLine />
        </div>
      )}
    </li>
  );
}

/** A vendor still answering: its name over a grey bar. */
function LoadingLine({ vendor }: { vendor: VendorId }) {
  const name = VENDOR_NAMES[vendor];
  return (
    <li className="sl-line sl-line-loading" data-vendor={vendor} aria-label={name} aria-busy="true">
      <div className="sl-line-head">
        <span className="sl-line-vendor">{name}</span>
        <span className="sl-visually-hidden">{t('loading')}</span>
      </div>
      <div className="sl-skeleton sl-skeleton-short" aria-hidden="true" />
    </li>
  );
}

/**
 * The scoreboard: one line per vendor that answered (its headline on its own scale, its state,
 * its flags; each opens to the vendor's details), then a loading line for each one still expected to.
 */
export function Scoreboard({ outcomes, pending = [] }: { outcomes: VendorOutcome[]; pending?: readonly VendorId[] }) {
  if (outcomes.length === 0 && pending.length === 0) return <p className="sl-muted">{t('resultsNoVendor')}</p>;
  return (
    <ul className="sl-results sl-scoreboard" aria-label={t('scoreboardLabel')}>
      {outcomes.map((o) => (
        <ScoreboardRow key={o.vendor} outcome={o} />
      ))}
      {pending.map((vendor) => (
        <LoadingLine key={vendor} vendor={vendor} />
      ))}
    </ul>
  );
}
