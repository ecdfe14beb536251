import { useEffect, useRef, useState } from 'react';
import { exportFileName, resultsCsv, resultsJson, summaryText } from '@/lib/export/format';
import { t } from '@/lib/i18n';
import type { Subject, VendorOutcome } from '@/lib/model';
import { CopiedText, useCopiedText } from '@/components/shared/CopiedText';
import { LinkHiringBranchForm } from '@/components/results/LinkHiringBranchForm';

type LastExport = { kind: 'csv' | 'json'; text: string; fileName: string } | undefined;

/** Saves text as a file: a Blob behind a temporary `<a download>`. */
function download(text: string, fileName: string, type: string, parent: HTMLElement) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // The browser has read the Blob once the download starts; give it a moment first.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Copy a plain-text summary, export CSV / JSON, link a HiringBranch id. */
export function PanelActions({
  subject,
  outcomes,
  busy,
  onLinked,
}: {
  subject: Subject;
  outcomes: VendorOutcome[];
  busy: boolean;
  onLinked: () => void;
}) {
  const { area, copied, setCopied, copy } = useCopiedText();
  const [lastExport, setLastExport] = useState<LastExport>();
  const root = useRef<HTMLDivElement>(null);
  const empty = outcomes.length === 0;

  useEffect(() => {
    if (copied?.state !== 'copied') return;
    const timer = setTimeout(() => setCopied((c) => (c?.state === 'copied' ? { ...c, state: 'done' } : c)), 4_000);
    return () => clearTimeout(timer);
  }, [copied, setCopied]);

  const onCopy = () => copy(summaryText(subject, outcomes));

  function onExport(kind: 'csv' | 'json') {
    const now = new Date();
    const text = kind === 'csv' ? resultsCsv(outcomes) : resultsJson(subject, outcomes, now);
    const fileName = exportFileName(subject, kind, now);
    if (root.current) download(text, fileName, kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', root.current);
    setLastExport({ kind, text, fileName });
  }

  return (
    <div className="sl-panel-actions" ref={root}>
      <div className="sl-actions">
        <button type="button" className="sl-button" data-action="copy" disabled={empty || busy} onClick={() => void onCopy()}>
          {t('actionCopy')}
        </button>
        <button type="button" className="sl-button" data-action="export-csv" disabled={empty || busy} onClick={() => onExport('csv')}>
          {t('actionExportCsv')}
        </button>
        <button type="button" className="sl-button" data-action="export-json" disabled={empty || busy} onClick={() => onExport('json')}>
          {t('actionExportJson')}
        </button>
      </div>
      <p className="sl-muted sl-action-status" role="status" data-testid="action-status">
        {copied?.state === 'copied' && <span data-testid="copied">{t('actionCopied')}</span>}
        {copied?.state === 'refused' && t('actionCopyRefused')}
        {lastExport && copied?.state !== 'copied' && copied?.state !== 'refused' && t('actionSaved', lastExport.fileName)}
      </p>
      {copied && <CopiedText ref={area} label={t('actionSummaryText')} copied={copied} rows={8} testId="copy-text" />}
      {/* What the last export wrote, for checking a download without opening the file. */}
      {lastExport && (
        <pre hidden data-testid={`export-${lastExport.kind}`}>
          {lastExport.text}
        </pre>
      )}
      {subject.emails.length > 0 && <LinkHiringBranchForm emails={subject.emails} onLinked={onLinked} />}
    </div>
  );
}
