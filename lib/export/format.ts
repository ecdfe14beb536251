/**
 * The merged results as text to take elsewhere: a plain-text summary for an ATS note or
 * scorecard, CSV (one row per assessment) and JSON. No React, no DOM; the words come from lib/i18n,
 * the CSV's column names and the JSON's field names stay fixed (they are a data format).
 */
import { t } from '../i18n';
import { summarise } from '../lookup/summary';
import type { CandidateSummary } from '../lookup/summary';
import type { AssessmentResult, Subject, VendorOutcome } from '../model';
import { VENDOR_NAMES } from '../model';
import { detailScore, lineText, scoreboardLines, scoreboardSummary, type LineState } from '../scoreboard/headline';
import { integrityFlags, verdictLabel, statusLabel } from './labels';

const candidateLine = (subject: Subject) =>
  [subject.name, ...subject.emails.map((e) => `<${e}>`)].filter(Boolean).join(' ') || t('exportUnnamedCandidate');

function resultLines(result: AssessmentResult): string[] {
  const head = [statusLabel(result.status), detailScore(result), result.outcome && verdictLabel(result.outcome)].filter(Boolean);
  const lines = [`- ${result.assessment}: ${head.join(', ')}`];
  const flags = integrityFlags(result.integrity);
  if (flags.length) lines.push(`  ⚠ ${flags.join('; ')}`);
  if (result.aiVerdict) lines.push(`  ${t('aiVerdictLabel')} ${result.aiVerdict.summary}`);
  return lines;
}

/**
 * Plain text to paste into an ATS note, read as the panel's scoreboard: the candidate, the
 * scoreboard's summary (counts, never an average), then each vendor's line and its assessments.
 */
export function summaryText(subject: Subject, outcomes: readonly VendorOutcome[]): string {
  const board = scoreboardLines(outcomes);
  const lines = [candidateLine(subject), t('exportHeading', scoreboardSummary(board))];
  outcomes.forEach((outcome, i) => {
    lines.push('', lineText(board[i]!));
    if (outcome.state === 'results') lines.push(...outcome.results.flatMap(resultLines));
  });
  return `${lines.join('\n')}\n`;
}

export const CSV_COLUMNS = ['vendor', 'assessment', 'status', 'outcome', 'score_percent', 'raw', 'scale', 'completed_at', 'flags'] as const;

/** A cell a spreadsheet reads as a formula: it starts with one of these (after spaces or quotes)… */
const FORMULA_AT_START = /^[\s"']*[=+\-@\t\r]/;
/** …or one follows a character some locale or import dialog splits cells at (`SQL;=cmd|…` in `;` locales). */
const FORMULA_AFTER_SEPARATOR = /([,;|\t\r\n][\s"']*)([=+\-@])/g;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, separator, tab or line break, quotes
 * doubled. Text (vendors write it, candidates influence it) that a spreadsheet could read as a
 * formula is neutralised and always quoted: an apostrophe before the formula character at the
 * start and after every separator, so the spreadsheet shows it instead of running it, and the
 * quotes keep a `;`-separated locale from splitting the cell. Numbers we computed stay as they are.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = value;
  const formula = FORMULA_AT_START.test(text) || new RegExp(FORMULA_AFTER_SEPARATOR.source).test(text);
  if (formula) {
    text = text.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
    if (FORMULA_AT_START.test(text)) text = `'${text}`;
  }
  return formula || /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per assessment, CRLF line ends, a header row first. */
export function resultsCsv(outcomes: readonly VendorOutcome[]): string {
  const rows: (string | number | undefined)[][] = [[...CSV_COLUMNS]];
  for (const outcome of outcomes) {
    if (outcome.state !== 'results') continue;
    for (const r of outcome.results) {
      rows.push([
        VENDOR_NAMES[r.vendor],
        r.assessment,
        r.status,
        r.outcome,
        r.score ? Math.round(r.score.percent * 100) / 100 : undefined,
        r.score?.raw,
        r.score ? `${r.score.min}-${r.score.max}` : undefined,
        r.completedAt,
        integrityFlags(r.integrity).join('; ') || undefined,
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface ResultsExport {
  exportedAt: string;
  candidate: { name?: string; emails: string[] };
  summary: CandidateSummary;
  /** The scoreboard as the panel reads it: each vendor's headline on its own scale, its state and flags. */
  scoreboard: { summary: string; lines: { vendor: string; state: LineState; headline: string; flags: string[] }[] };
  vendors: VendorOutcome[];
}

/** Everything the panel shows, as JSON: the candidate, the summary, each vendor's outcome. */
export function resultsJson(subject: Subject, outcomes: readonly VendorOutcome[], exportedAt: Date): string {
  const board = scoreboardLines(outcomes);
  const data: ResultsExport = {
    exportedAt: exportedAt.toISOString(),
    candidate: { name: subject.name, emails: [...subject.emails] },
    summary: summarise(outcomes),
    scoreboard: {
      summary: scoreboardSummary(board),
      lines: board.map(({ vendor, state, headline, flags }) => ({ vendor, state, headline, flags })),
    },
    vendors: [...outcomes],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** "scorelens-jane-doe-2026-11-22.csv" */
export function exportFileName(subject: Subject, extension: 'csv' | 'json', date: Date): string {
  const who = (subject.name ?? subject.emails[0] ?? 'candidate')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `scorelens-${who || 'candidate'}-${date.toISOString().slice(0, 10)}.${extension}`;
}
