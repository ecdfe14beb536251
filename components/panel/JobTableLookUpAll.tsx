import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ListEntry } from '@/lib/content/bridge';
import { t } from '@/lib/i18n';
import { costLine, mustWait, type VendorCost } from '@/lib/jobTable/cost';
import { sendMessage } from '@/lib/messaging/client';
import { jobRowQuery } from '@/components/panel/JobTableQuery';

/** Rows asked at once: enough to keep every vendor busy, few enough that its gate never queues a pile. */
const AT_ONCE = 3;

type Phase =
  | { kind: 'idle' }
  | { kind: 'estimating' }
  | { kind: 'confirm'; costs: VendorCost[]; at: number; entries: ListEntry[] }
  | { kind: 'running' | 'finished' | 'cancelled'; done: number; total: number }
  | { kind: 'failed'; message: string };

/**
 * "Look up all N": first what it would cost per vendor against its budget (asked of the
 * background, which asks no vendor), then, only once confirmed, the rows not looked up yet, a
 * few at a time, with how far it got and a way to stop.
 */
export function LookUpAll({ total, remaining }: { total: number; remaining: ListEntry[] }) {
  const client = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const stopped = useRef(false);
  // The panel goes (another page, another view): nothing more starts.
  useEffect(
    () => () => {
      stopped.current = true;
    },
    [],
  );

  const estimate = async () => {
    setPhase({ kind: 'estimating' });
    try {
      const { vendors } = await sendMessage('lookupAllCost', { subjects: remaining.map((e) => e.subject) });
      setPhase({ kind: 'confirm', costs: vendors, at: Date.now(), entries: remaining });
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const run = async (entries: ListEntry[]) => {
    stopped.current = false;
    const queue = [...entries];
    let done = 0;
    setPhase({ kind: 'running', done, total: entries.length });
    const worker = async () => {
      // Bounded by the queue: each pass takes one row off it.
      for (let entry = queue.shift(); entry && !stopped.current; entry = queue.shift()) {
        // A vendor's spent budget comes back as its outcome (a wait), not as a failure of the row.
        await client.fetchQuery({ ...jobRowQuery(entry), staleTime: 0 }).catch(() => undefined);
        done++;
        if (!stopped.current) setPhase({ kind: 'running', done, total: entries.length });
      }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, entries.length) }, worker));
    setPhase({ kind: stopped.current ? 'cancelled' : 'finished', done, total: entries.length });
  };

  const cancel = () => {
    stopped.current = true;
    setPhase((p) => (p.kind === 'running' ? { ...p, kind: 'cancelled' } : { kind: 'idle' }));
  };

  if (phase.kind === 'confirm') {
    const waits = phase.costs.some((c) => mustWait(c, phase.at));
    return (
      <section className="sl-job-cost" aria-label={t('jobCostHeading')} data-testid="look-up-all-cost">
        <p>{t('jobCostIntro', String(phase.entries.length))}</p>
        <ul>
          {phase.costs.map((cost) => (
            <li key={cost.vendor} data-vendor={cost.vendor}>
              {costLine(cost, phase.at)}
            </li>
          ))}
        </ul>
        {waits && <p className="sl-muted">{t('jobCostWaitNote')}</p>}
        <div className="sl-job-actions">
          <button type="button" className="sl-button" data-action="look-up-all-start" onClick={() => void run(phase.entries)}>
            {t('jobLookUpAllStart', String(phase.entries.length))}
          </button>
          <button type="button" className="sl-button" data-action="look-up-all-cancel" onClick={cancel}>
            {t('cancel')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="sl-job-actions">
      {phase.kind === 'running' ? (
        <>
          <span role="status" data-testid="look-up-all-progress">
            {t('jobLookUpAllProgress', String(phase.done), String(phase.total))}
          </span>
          <button type="button" className="sl-button" data-action="look-up-all-cancel" onClick={cancel}>
            {t('cancel')}
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            className="sl-button"
            data-action="look-up-all"
            disabled={remaining.length === 0 || phase.kind === 'estimating'}
            onClick={() => void estimate()}
          >
            {t('jobLookUpAll', String(total))}
          </button>
          <span role="status" data-testid="look-up-all-progress">
            {phase.kind === 'finished' && t('jobLookUpAllDone', String(phase.done))}
            {phase.kind === 'cancelled' && t('jobLookUpAllCancelled', String(phase.done), String(phase.total))}
            {phase.kind === 'failed' && phase.message}
            {phase.kind === 'estimating' && t('jobCostEstimating')}
          </span>
        </>
      )}
    </div>
  );
}
