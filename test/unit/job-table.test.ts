import { describe, expect, it } from 'vitest';
import { filterCounts, filterRows, jobRow, jobTableCsv, jobTableFileName, nextSort, type RowInput, sortRows } from '@/lib/jobTable/table';
import { AssessmentResultSchema, type AssessmentResultInput, type VendorId, type VendorOutcome } from '@/lib/model';

const VENDORS: VendorId[] = ['talentscreen', 'nova'];
const result = (input: Partial<AssessmentResultInput> & Pick<AssessmentResultInput, 'vendor'>) =>
  AssessmentResultSchema.parse({ id: 'r', assessment: 'Test', status: 'completed', ...input });
const results = (vendor: VendorId, ...list: (Partial<AssessmentResultInput> & Pick<AssessmentResultInput, 'vendor'>)[]): VendorOutcome => ({
  state: 'results',
  vendor,
  fetchedAt: 1,
  results: list.map(result),
});
const ts = (percent: number, extra: Partial<AssessmentResultInput> = {}) =>
  results('talentscreen', { vendor: 'talentscreen', score: { percent, raw: percent, max: 100 }, ...extra });
const nova = (raw: number) => results('nova', { vendor: 'nova', score: { percent: ((raw - 1) / 9) * 100, raw, min: 1, max: 10 } });
const input = (name: string): RowInput => ({
  key: name,
  label: name,
  subject: { name, emails: [`${name.toLowerCase()}@example.com`], ids: {} },
});

const ada = jobRow(input('Ada'), VENDORS, [ts(87.5, { percentile: 82 }), nova(8)]);
const ben = jobRow(input('Ben'), VENDORS, [ts(41, { integrity: { copyPasteViolations: 3 } }), nova(3)]);
const cy = jobRow(input('Cy'), VENDORS, [results('talentscreen', { vendor: 'talentscreen', status: 'in_progress' }), nova(9)]);
const dee = jobRow(input('Dee'), VENDORS, [{ state: 'no_match', vendor: 'talentscreen', fetchedAt: 1 }]);
const eve = jobRow(input('Eve'), VENDORS, undefined);
const fay = jobRow(input('Fay'), VENDORS, [ts(87.5), nova(5)]);
const ROWS = [ada, ben, cy, dee, eve, fay];
const namesOf = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('job table rows', () => {
  it("puts each vendor's headline on its own scale in its column, with the state in words where the headline does not say it", () => {
    expect(ada.cells.map((c) => [c.state, c.headline, c.stateLabel])).toEqual([
      ['complete', '87.5% · 82nd percentile', undefined],
      ['complete', '8/10', undefined],
    ]);
    expect(cy.cells[0]).toMatchObject({ state: 'pending', headline: 'In progress', stateLabel: 'pending' });
    expect(dee.cells.map((c) => c.state)).toEqual(['no_match', 'not_asked']);
    expect(eve.cells.map((c) => c.state)).toEqual(['not_looked_up', 'not_looked_up']);
    expect(ben.flags).toEqual(['3 copy-paste']);
  });

  it('says a vendor that could not be asked (it needs its own id) was not asked, with why on hover, never "no match"', () => {
    const row = jobRow(input('Gil'), ['hiringbranch'], [{ state: 'no_match', vendor: 'hiringbranch', fetchedAt: 1, unsearched: true }]);
    expect(row.cells[0]).toMatchObject({
      state: 'not_asked',
      headline: '—',
      stateLabel: 'not asked',
      detail: 'Not asked (needs its own id)',
    });
  });

  it("shows a vendor's spent budget as a wait until its time, not as an error", () => {
    const retryAt = new Date(2026, 11, 1, 15, 2).getTime();
    const row = jobRow(input('Gus'), VENDORS, [
      { state: 'error', vendor: 'talentscreen', error: { code: 'rate_limited', message: 'TalentScreen: 100 requests per hour', retryAt } },
      { state: 'error', vendor: 'nova', error: { code: 'unavailable', message: 'Dweet Nova is unavailable (503)' } },
    ]);
    expect(row.cells[0]).toMatchObject({ state: 'waiting', stateLabel: 'waiting', until: retryAt });
    expect(row.cells[0]?.headline).toMatch(/^until 0?3:02|^until 15:02/);
    expect(row.cells[1]).toMatchObject({ state: 'error', stateLabel: 'error', detail: 'Dweet Nova is unavailable: try again later' });
  });
});

describe('sorting', () => {
  it("sorts a vendor's column by its headline percentage, highest first, rows without one last; stable for ties", () => {
    const down = sortRows(ROWS, nextSort(undefined, 'talentscreen'));
    expect(namesOf(down)).toEqual(['Ada', 'Fay', 'Ben', 'Cy', 'Dee', 'Eve']);
    const up = sortRows(ROWS, nextSort(nextSort(undefined, 'talentscreen'), 'talentscreen'));
    expect(namesOf(up)).toEqual(['Ben', 'Ada', 'Fay', 'Cy', 'Dee', 'Eve']);
  });

  it('sorts Nova by its own 1–10 scale, names A to Z first, flags by their count', () => {
    expect(namesOf(sortRows(ROWS, { column: 'nova', direction: 'descending' }))).toEqual(['Cy', 'Ada', 'Fay', 'Ben', 'Dee', 'Eve']);
    expect(nextSort(undefined, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(namesOf(sortRows([fay, ada, ben], nextSort(undefined, 'name')))).toEqual(['Ada', 'Ben', 'Fay']);
    expect(namesOf(sortRows(ROWS, nextSort(undefined, 'flags')))).toEqual(['Ben', 'Ada', 'Cy', 'Dee', 'Fay', 'Eve']);
  });
});

describe('filters', () => {
  it('counts and keeps the rows of each filter', () => {
    expect(filterCounts(ROWS)).toEqual({ all: 6, complete: 3, flags: 1, pending: 1 });
    expect(namesOf(filterRows(ROWS, 'complete'))).toEqual(['Ada', 'Ben', 'Fay']);
    expect(namesOf(filterRows(ROWS, 'flags'))).toEqual(['Ben']);
    expect(namesOf(filterRows(ROWS, 'pending'))).toEqual(['Cy']);
  });
});

describe('CSV', () => {
  it('writes a row per candidate, a column per vendor headline and the flags, formulas neutralised', () => {
    const evil = jobRow({ key: 'x', label: '=HYPERLINK("http://evil")', subject: { emails: [], ids: {} } }, VENDORS, []);
    const csv = jobTableCsv([ada, ben, cy, eve, evil], VENDORS);
    expect(csv.split('\r\n')).toEqual([
      'candidate,emails,TalentScreen,Dweet Nova,flag_count,flags',
      'Ada,ada@example.com,87.5% · 82nd percentile,8/10,0,',
      'Ben,ben@example.com,41%,3/10,1,3 copy-paste',
      'Cy,cy@example.com,In progress (pending),9/10,0,',
      'Eve,eve@example.com,— (not looked up),— (not looked up),,',
      `"'=HYPERLINK(""http://evil"")",,— (not asked),— (not asked),0,`,
      '',
    ]);
  });

  it('is named like the candidate exports', () => {
    expect(jobTableFileName('5512007', new Date('2026-12-01T12:00:00Z'))).toBe('scorelens-job-5512007-2026-12-01.csv');
  });
});
