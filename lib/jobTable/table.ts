/**
 * A job's candidates side by side: one row per candidate, one cell per configured vendor (that
 * vendor's scoreboard headline, on its own scale), their flags named. Sorting, filtering and the
 * CSV live here so the panel only renders. No React here.
 */
import { csvField, exportFileName } from '../export/format';
import { t } from '../i18n';
import type { Subject, VendorId, VendorOutcome } from '../model';
import { VENDOR_NAMES } from '../model';
import { type LineState, scoreboardLine } from '../scoreboard/headline';

/**
 * A cell's state: the scoreboard's, plus `waiting` (the vendor's budget is spent until a time:
 * a wait, not a failure), `not_looked_up` (the row has not been asked yet) and `not_asked` (the
 * vendor reads none of this row's identifiers).
 */
export type CellState = LineState | 'waiting' | 'not_looked_up' | 'not_asked';

export interface JobCell {
  vendor: VendorId;
  state: CellState;
  /** The vendor's headline ("8/10", "72.5% · Pass · 1 case in review") or what stands in for it. */
  headline: string;
  /** The state in words when the headline alone does not say it ("pending", "error"): never colour alone. */
  stateLabel?: string;
  /** The whole story where the cell is short (an error's advice). */
  detail?: string;
  flags: string[];
  /** The headline result's score as a percentage of the vendor's own scale: the column sorts by it. */
  percent?: number;
  /** For `waiting`: when the vendor may be asked again (epoch ms). */
  until?: number;
}

export interface JobRow {
  key: string;
  name: string;
  subject: Subject;
  lookedUp: boolean;
  cells: JobCell[];
  /** Every vendor's flags, named with their counts. */
  flags: string[];
}

export interface RowInput {
  key: string;
  label: string;
  subject: Subject;
}

/** "15:02": a time of day in the reader's own format. */
export const timeOfDay = (epochMs: number) => new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

const STATE_LABEL: Partial<Record<CellState, () => string>> = {
  pending: () => t('jobCellPending'),
  ended: () => t('jobCellEnded'),
  error: () => t('jobCellError'),
  waiting: () => t('jobCellWaiting'),
  not_looked_up: () => t('jobCellNotLookedUp'),
  not_asked: () => t('jobCellNotAsked'),
  not_configured: () => t('jobCellNotConfigured'),
};

function cellFor(vendor: VendorId, outcome: VendorOutcome | undefined, lookedUp: boolean): JobCell {
  const base = { vendor, flags: [] as string[] };
  if (!lookedUp) return { ...base, state: 'not_looked_up', headline: '—', stateLabel: STATE_LABEL.not_looked_up?.() };
  // The engine leaves out a vendor that reads none of the row's identifiers.
  if (!outcome) return { ...base, state: 'not_asked', headline: '—', stateLabel: STATE_LABEL.not_asked?.() };
  if (outcome.state === 'error' && outcome.error.code === 'rate_limited') {
    const until = outcome.error.retryAt;
    const headline = until ? t('jobCellWaitUntil', timeOfDay(until)) : t('jobCellWaitShort');
    return { ...base, state: 'waiting', headline, stateLabel: STATE_LABEL.waiting?.(), detail: outcome.error.message, until };
  }
  const line = scoreboardLine(outcome);
  if (line.state === 'error') return { ...base, state: 'error', headline: '—', stateLabel: STATE_LABEL.error?.(), detail: line.headline };
  // Not asked (it needs its own id): the state says it; why is on hover, as for an error.
  if (line.state === 'not_asked')
    return { ...base, state: 'not_asked', headline: '—', stateLabel: STATE_LABEL.not_asked?.(), detail: line.headline };
  return {
    ...base,
    state: line.state,
    headline: line.headline,
    stateLabel: STATE_LABEL[line.state]?.(),
    flags: line.flags,
    percent: line.percent,
  };
}

/** A row of the table; `outcomes` undefined while the row has not been looked up. */
export function jobRow(input: RowInput, vendors: readonly VendorId[], outcomes: readonly VendorOutcome[] | undefined): JobRow {
  const lookedUp = outcomes !== undefined;
  const cells = vendors.map((vendor) =>
    cellFor(
      vendor,
      outcomes?.find((o) => o.vendor === vendor),
      lookedUp,
    ),
  );
  return { key: input.key, name: input.label, subject: input.subject, lookedUp, cells, flags: cells.flatMap((c) => c.flags) };
}

/** What the header sorts by: the name, a vendor's headline score, or the number of flags. */
export type SortColumn = 'name' | 'flags' | VendorId;
export interface JobSort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

/** The direction a column sorts in first: names A→Z, scores and flags highest first. */
export const firstDirection = (column: SortColumn): JobSort['direction'] => (column === 'name' ? 'ascending' : 'descending');

/** The next sort after a click on `column`'s header: its first direction, then the other way round. */
export function nextSort(current: JobSort | undefined, column: SortColumn): JobSort {
  if (current?.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The value a row sorts by in a column; undefined sorts last either way. */
function sortValue(row: JobRow, column: SortColumn): string | number | undefined {
  if (column === 'name') return row.name;
  if (column === 'flags') return row.lookedUp ? row.flags.length : undefined;
  return row.cells.find((c) => c.vendor === column)?.percent;
}

/**
 * Rows in `sort`'s order. A vendor's column sorts by the headline result's percentage on that
 * vendor's own scale (one column never mixes scales); rows without a value come last in both
 * directions; equal rows keep the page's order (stable).
 */
export function sortRows(rows: readonly JobRow[], sort: JobSort | undefined): JobRow[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: sortValue(row, sort.column) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === undefined ? 1 : -1;
    }
    const order = typeof a.value === 'string' ? a.value.localeCompare(String(b.value)) : a.value - Number(b.value);
    return order * sign || a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

export const JOB_FILTERS = ['all', 'complete', 'flags', 'pending'] as const;
export type JobFilter = (typeof JOB_FILTERS)[number];

const SETTLED: readonly CellState[] = ['complete', 'ended', 'no_match', 'not_asked', 'not_configured'];

/**
 * `complete`: looked up, at least one vendor complete and none still pending, failed or waiting.
 * `flags`: any vendor names an integrity flag. `pending`: any vendor's result may still change.
 */
export function matchesFilter(row: JobRow, filter: JobFilter): boolean {
  switch (filter) {
    case 'complete':
      return row.lookedUp && row.cells.some((c) => c.state === 'complete') && row.cells.every((c) => SETTLED.includes(c.state));
    case 'flags':
      return row.flags.length > 0;
    case 'pending':
      return row.cells.some((c) => c.state === 'pending');
    default:
      return true;
  }
}

export const filterRows = (rows: readonly JobRow[], filter: JobFilter) => rows.filter((row) => matchesFilter(row, filter));

/** How many rows each filter holds, for its label. */
export function filterCounts(rows: readonly JobRow[]): Record<JobFilter, number> {
  return Object.fromEntries(JOB_FILTERS.map((f) => [f, filterRows(rows, f).length])) as Record<JobFilter, number>;
}

/** A cell as text: its headline, and its state when the headline does not say it. */
export const cellText = (cell: JobCell) => (cell.stateLabel ? `${cell.headline} (${cell.stateLabel})` : cell.headline);

/** The flags column as text: "2: 3 copy-paste, proctoring red flag", empty when none. */
export const flagsText = (row: JobRow) => (row.flags.length ? `${row.flags.length}: ${row.flags.join(', ')}` : '');

/**
 * The table as CSV: one row per candidate (name, emails), a column per vendor's headline, the
 * flags. Column names are a data format and stay fixed; every field goes through csvField, so
 * text a candidate or vendor wrote can never run as a spreadsheet formula.
 */
export function jobTableCsv(rows: readonly JobRow[], vendors: readonly VendorId[]): string {
  const header = ['candidate', 'emails', ...vendors.map((v) => VENDOR_NAMES[v]), 'flag_count', 'flags'];
  const lines: (string | number | undefined)[][] = [header];
  for (const row of rows) {
    lines.push([
      row.name,
      row.subject.emails.join(' ') || undefined,
      ...row.cells.map(cellText),
      row.lookedUp ? row.flags.length : undefined,
      row.flags.join('; ') || undefined,
    ]);
  }
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** "scorelens-job-5512007-2026-12-01.csv": named like the candidate exports. */
export const jobTableFileName = (jobId: string | undefined, date: Date) =>
  exportFileName({ name: jobId ? `job ${jobId}` : 'job', emails: [], ids: {} }, 'csv', date);
