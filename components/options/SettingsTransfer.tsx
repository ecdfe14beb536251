import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';
import { maskKey } from '@/lib/settings/keys';
import {
  type ImportProblem,
  importPermissionOrigins,
  parseSettingsImport,
  type SettingsExport,
  serialiseExport,
} from '@/lib/settings/transfer';
import { failed, type Status, StatusLine } from '@/components/options/StatusLine';
import { SubmitRow } from '@/components/options/SubmitRow';

const FILE_NAME = 'scorelens-settings.json';
const textBox = { width: '100%', boxSizing: 'border-box', font: '12px/1.4 ui-monospace, monospace' } as const;

/** What the page shows of an export: keys only masked, as everywhere else in the UI. */
const previewOf = (exported: SettingsExport) =>
  serialiseExport(
    exported.keys ? { ...exported, keys: Object.fromEntries(Object.entries(exported.keys).map(([v, k]) => [v, maskKey(k)])) } : exported,
  );

function download(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the blob once the click's download started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportSettings() {
  const id = useId();
  const [includeKeys, setIncludeKeys] = useState(false);
  const exporter = useMutation({
    mutationFn: async () => {
      const exported = await sendMessage('exportSettings', { includeKeys });
      download(serialiseExport(exported));
      return exported;
    },
  });
  return (
    <div data-part="export">
      <h3 id={`${id}-title`}>{t('exportTitle')}</h3>
      <p className="sl-muted">{t('exportIntro', FILE_NAME)}</p>
      <label className="sl-check">
        <input type="checkbox" name="includeKeys" checked={includeKeys} onChange={(e) => setIncludeKeys(e.target.checked)} />{' '}
        {t('exportIncludeKeys')}
      </label>
      <div className="sl-actions">
        <button type="button" name="exportSettings" className="sl-button" disabled={exporter.isPending} onClick={() => exporter.mutate()}>
          {t('exportButton')}
        </button>
      </div>
      <p role="status" className={exporter.isError ? 'sl-error' : 'sl-muted'}>
        {exporter.isSuccess
          ? exporter.data.keys
            ? t('exportDoneWithKeys', FILE_NAME, String(Object.keys(exporter.data.keys).length))
            : t('exportDoneWithoutKeys', FILE_NAME)
          : exporter.error?.message}
      </p>
      {exporter.data && (
        <pre data-testid="export-preview" aria-label={t('exportPreviewLabel')} style={{ ...textBox, overflow: 'auto', maxHeight: '240px' }}>
          {previewOf(exporter.data)}
        </pre>
      )}
    </div>
  );
}

/** What is wrong with a file that was not imported: each problem at its path in the JSON. */
function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="sl-error" data-testid="import-problems">
      <p>{t('importProblems')}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Imports checked settings once the browser granted the sites they need; says how it went in `status`. */
function useImporter(setStatus: (status: Status) => void, onImported: () => void) {
  return useMutation({
    mutationFn: async ({ data, granted }: { data: SettingsExport; granted: Promise<boolean> }) => {
      if (!(await granted)) {
        throw new Error(t('importPermissionRefused'));
      }
      return sendMessage('importSettings', data);
    },
    onSuccess: ({ keys }) => {
      setStatus({ ok: true, message: keys ? t('importDoneWithKeys', String(keys)) : t('importDone') });
      onImported();
    },
    onError: (error) => setStatus(failed(error)),
  });
}

function ImportSettings({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [status, setStatus] = useState<Status>();
  const importer = useImporter(setStatus, () => {
    setText('');
    onImported();
  });

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setProblems([]);
    setStatus(undefined);
    try {
      setText(await file.text());
      setStatus({ ok: true, message: t('importRead', file.name) });
    } catch {
      setStatus({ ok: false, message: t('importReadFailed', file.name) });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(undefined);
    const result = parseSettingsImport(text);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    const origins = importPermissionOrigins(result.data);
    // Asked before anything is awaited: browsers grant permissions only inside the click.
    const granted = origins.length ? browser.permissions.request({ origins }).catch(() => false) : Promise.resolve(true);
    importer.mutate({ data: result.data, granted });
  }

  return (
    <form data-part="import" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('importTitle')}</h3>
      <p className="sl-muted">{t('importIntro')}</p>
      <label htmlFor={`${id}-file`}>{t('importFile')}</label>
      <input id={`${id}-file`} name="importFile" type="file" accept=".json,application/json" onChange={(e) => void readFile(e)} />
      <label htmlFor={`${id}-json`}>{t('importPaste')}</label>
      <textarea
        id={`${id}-json`}
        name="importJson"
        rows={8}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={textBox}
      />
      <SubmitRow label={t('importButton')} disabled={importer.isPending || !text.trim()} />
      <ImportProblems problems={problems} />
      <StatusLine status={status} />
    </form>
  );
}

/** Settings export and import as JSON. */
export function SettingsTransfer({ onImported }: { onImported: () => void }) {
  return (
    <section className="sl-vendor-form" aria-labelledby="sl-transfer-title" data-section="transfer">
      <h2 id="sl-transfer-title">{t('transferTitle')}</h2>
      <ExportSettings />
      <ImportSettings onImported={onImported} />
    </section>
  );
}
