import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListEntry } from '@/lib/content/bridge';
import { t } from '@/lib/i18n';
import {
  filterCounts,
  filterRows,
  flagsText,
  JOB_FILTERS,
  type JobCell,
  type JobFilter,
  type JobRow,
  type JobSort,
  jobRow,
  jobTableCsv,
  jobTableFileName,
  nextSort,
  type SortColumn,
  sortRows,
  timeOfDay,
} from '@/lib/jobTable/table';
import { sendMessage } from '@/lib/messaging/client';
import { VENDOR_NAMES, type Subject, type VendorId } from '@/lib/model';
import { LookUpAll } from '@/components/panel/JobTableLookUpAll';
import { jobRowQuery } from '@/components/panel/JobTableQuery';
import { useSeen } from '@/components/panel/useSeen';

const FILTER_LABEL: Record<JobFilter, () => string> = {
  all: () => t('jobFilterAll'),
  complete: () => t('jobFilterComplete'),
  flags: () => t('jobFilterFlags'),
  pending: () => t('jobFilterPending'),
};

function Cell({ cell }: { cell: JobCell }) {
  return (
    <td data-vendor={cell.vendor} data-state={cell.state} title={cell.detail}>
      {cell.headline}
      {cell.stateLabel && <span className="sl-job-state"> ({cell.stateLabel})</span>}
    </td>
  );
}

function Row({
  row,
  lookingUp,
  columns,
  onSeen,
  onOpen,
}: {
  row: JobRow;
  lookingUp: boolean;
  columns: number;
  onSeen: (key: string) => void;
  onOpen: (subject: Subject) => void;
}) {
  // Looked up once scrolled into view, like the page's chips; the background stops it when the page goes.
  const [ref, seen] = useSeen<HTMLTableRowElement>();
  useEffect(() => {
    if (seen) onSeen(row.key);
  }, [seen, row.key, onSeen]);
  return (
    <tr ref={ref} data-row={row.key}>
      <th scope="row">
        <button type="button" className="sl-job-name" onClick={() => onOpen(row.subject)}>
          {row.name}
        </button>
      </th>
      {lookingUp ? (
        <td colSpan={columns} className="sl-muted">
          {t('listRowLookingUp')}
        </td>
      ) : (
        <>
          {row.cells.map((cell) => (
            <Cell key={cell.vendor} cell={cell} />
          ))}
          <td data-column="flags">{row.flags.length ? `⚠ ${flagsText(row)}` : row.lookedUp ? t('jobFlagsNone') : '—'}</td>
        </>
      )}
    </tr>
  );
}

function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortColumn;
  label: string;
  sort?: JobSort;
  onSort: (c: SortColumn) => void;
}) {
  const active = sort?.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" data-sort={column} onClick={() => onSort(column)} title={t('jobSortBy', label)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/** Saves text as a file: a Blob behind a temporary `<a download>`, like the candidate exports. */
function saveFile(text: string, fileName: string, parent: HTMLElement) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  parent.append(link);
  link.click();
  link.remove();
  // The browser has read the Blob once the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Vendors whose budget is spent, with the latest time a row waits for: a wait, not an error. */
function waits(rows: readonly JobRow[]): { vendor: VendorId; until?: number }[] {
  const byVendor = new Map<VendorId, number | undefined>();
  for (const cell of rows.flatMap((r) => r.cells)) {
    if (cell.state !== 'waiting') continue;
    const before = byVendor.get(cell.vendor);
    byVendor.set(cell.vendor, Math.max(before ?? 0, cell.until ?? 0) || undefined);
  }
  return [...byVendor].map(([vendor, until]) => ({ vendor, until }));
}

/**
 * A job's candidates side by side: a row per candidate, a column per configured vendor's
 * headline on its own scale, their flags; sortable, filterable, exported as CSV.
 */
export function JobTable({ rows, onOpen }: { rows: ListEntry[]; onOpen: (subject: Subject) => void }) {
  const status = useQuery({ queryKey: ['vendorStatus'], queryFn: () => sendMessage('vendorStatus', {}) });
  const vendors = (status.data?.vendors ?? []).filter((v) => v.configured).map((v) => v.id);
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  const onSeen = useCallback((key: string) => setSeen((before) => (before.has(key) ? before : new Set(before).add(key))), []);
  const queries = useQueries({ queries: rows.map((entry) => ({ ...jobRowQuery(entry), enabled: seen.has(entry.key) })) });
  const table = rows.map((entry, i) => jobRow(entry, vendors, queries[i]?.data?.outcomes));
  const fetching = new Set(rows.flatMap((entry, i) => (queries[i]?.isFetching && !queries[i]?.data ? [entry.key] : [])));
  // Rows "Look up all" would ask: never looked up, or a vendor there waits for its budget.
  const remaining = rows.filter((_, i) => !table[i]?.lookedUp || table[i]?.cells.some((c) => c.state === 'waiting'));

  const [sort, setSort] = useState<JobSort>();
  const [filter, setFilter] = useState<JobFilter>('all');
  const [exported, setExported] = useState<{ text: string; fileName: string }>();
  const root = useRef<HTMLDivElement>(null);
  const counts = filterCounts(table);
  const shown = sortRows(filterRows(table, filter), sort);
  const onSort = (column: SortColumn) => setSort((before) => nextSort(before, column));

  const onExport = () => {
    const text = jobTableCsv(sortRows(table, sort), vendors);
    const fileName = jobTableFileName(rows[0]?.subject.ats?.jobId, new Date());
    if (root.current) saveFile(text, fileName, root.current);
    setExported({ text, fileName });
  };

  if (status.isPending) return <p className="sl-muted">{t('loading')}</p>;
  return (
    <div className="sl-job" ref={root}>
      <LookUpAll total={rows.length} remaining={remaining} />
      {waits(table).map(({ vendor, until }) => (
        <p key={vendor} className="sl-muted" data-testid="job-wait">
          {until ? t('jobWaitUntil', VENDOR_NAMES[vendor], timeOfDay(until)) : t('jobWait', VENDOR_NAMES[vendor])}
        </p>
      ))}
      <div className="sl-job-filters" role="group" aria-label={t('jobFiltersLabel')}>
        {JOB_FILTERS.map((f) => (
          <button key={f} type="button" className="sl-button" data-filter={f} aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t('jobFilterCount', FILTER_LABEL[f](), String(counts[f]))}
          </button>
        ))}
      </div>
      <div className="sl-job-scroll">
        <table className="sl-job-table" data-testid="job-table">
          <caption className="sl-visually-hidden">{t('jobTableCaption')}</caption>
          <thead>
            <tr>
              <SortHeader column="name" label={t('jobColumnName')} sort={sort} onSort={onSort} />
              {vendors.map((v) => (
                <SortHeader key={v} column={v} label={VENDOR_NAMES[v]} sort={sort} onSort={onSort} />
              ))}
              <SortHeader column="flags" label={t('jobColumnFlags')} sort={sort} onSort={onSort} />
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Row key={row.key} row={row} lookingUp={fetching.has(row.key)} columns={vendors.length + 1} onSeen={onSeen} onOpen={onOpen} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="sl-muted">{t('jobFilterEmpty')}</p>}
      <div className="sl-job-actions">
        <button type="button" className="sl-button" data-action="export-table-csv" onClick={onExport}>
          {t('jobExportCsv')}
        </button>
        <span role="status">{exported && t('actionSaved', exported.fileName)}</span>
      </div>
      {/* What the last export wrote, for checking a download without opening the file. */}
      {exported && (
        <pre hidden data-testid="export-table-csv">
          {exported.text}
        </pre>
      )}
    </div>
  );
}
