import { describe, expect, it } from 'vitest';
import { AssessmentResultSchema, type AssessmentResultInput, type VendorOutcome } from '@/lib/model';
import { hasPending, lineText, scoreboardLine, scoreboardLines, scoreboardSummary } from '@/lib/scoreboard/headline';

const result = (input: Partial<AssessmentResultInput> & Pick<AssessmentResultInput, 'vendor'>) =>
  AssessmentResultSchema.parse({ id: 'r', assessment: 'Test', status: 'completed', ...input });
const results = (
  vendor: VendorOutcome['vendor'],
  ...list: (Partial<AssessmentResultInput> & Pick<AssessmentResultInput, 'vendor'>)[]
): VendorOutcome => ({
  state: 'results',
  vendor,
  fetchedAt: 1,
  results: list.map((r) => result(r)),
});
const c = (status: string) => ({ order: 1, title: 'Case', score: null, max: 100, status, timeSeconds: null });

const DEMO: VendorOutcome[] = [
  results('nova', { vendor: 'nova', score: { percent: 77.8, raw: 8, min: 1, max: 10 } }),
  results('hrflow', { vendor: 'hrflow', score: { percent: 81, raw: 0.81, max: 1 } }),
  results('talentscreen', { vendor: 'talentscreen', score: { percent: 87.5, raw: 87.5, max: 100 }, percentile: 82 }),
  results('hiringbranch', { vendor: 'hiringbranch', score: { percent: 82, raw: 82, max: 100 }, outcome: 'pass' }),
  results('praxicraft', {
    vendor: 'praxicraft',
    score: { percent: 72.5, raw: 72.5, max: 100 },
    outcome: 'pass',
    cases: [c('correct'), c('pending_review')],
    integrity: { copyPasteViolations: 3, fullscreenViolations: 1 },
  }),
];

describe('scoreboard lines: each vendor on its own scale', () => {
  it('reads the demo candidate as the recruiter expects', () => {
    expect(scoreboardLines(DEMO).map(lineText)).toEqual([
      'Dweet Nova: 8/10',
      'HrFlow.ai: 81% job match',
      'TalentScreen: 87.5% · 82nd percentile',
      'HiringBranch: 82% · Pass',
      'Praxicraft: 72.5% · Pass · 1 case in review · ⚠ 3 copy-paste, 1 full-screen exit',
    ]);
  });

  it('counts in the summary and never averages different scales', () => {
    const summary = scoreboardSummary(scoreboardLines(DEMO));
    expect(summary).toBe('5 vendors · 4 complete · 1 pending · 2 integrity flags');
    expect(summary).not.toMatch(/avg|average|%/);
    expect(hasPending(scoreboardLines(DEMO))).toBe(true);
  });

  it('says what is still moving: a test in progress, Nova scoring, an exam not started', () => {
    expect(scoreboardLine(results('hiringbranch', { vendor: 'hiringbranch', status: 'in_progress' }))).toMatchObject({
      state: 'pending',
      headline: 'In progress',
    });
    expect(scoreboardLine(results('nova', { vendor: 'nova', status: 'in_progress', outcome: 'pending' }))).toMatchObject({
      state: 'pending',
      headline: 'Scoring',
    });
    expect(scoreboardLine(results('talentscreen', { vendor: 'talentscreen', status: 'invited' })).state).toBe('pending');
    expect(scoreboardLine(results('talentscreen', { vendor: 'talentscreen', status: 'expired' })).state).toBe('ended');
  });

  it('headlines the latest completed result and counts the others', () => {
    const line = scoreboardLine(
      results(
        'hiringbranch',
        { vendor: 'hiringbranch', score: { percent: 60, raw: 60, max: 100 }, outcome: 'fail', completedAt: '2026-01-01T00:00:00Z' },
        { vendor: 'hiringbranch', score: { percent: 91, raw: 91, max: 100 }, outcome: 'pass', completedAt: '2026-03-01T00:00:00Z' },
        { vendor: 'hiringbranch', status: 'invited' },
      ),
    );
    expect(line.headline).toBe('91% · Pass · +2 more');
    expect(line.percent).toBe(91);
    expect(line.state).toBe('pending');
  });

  it('says a vendor that could not be asked was not asked, never "no match"', () => {
    const line = scoreboardLine({ state: 'no_match', vendor: 'hiringbranch', fetchedAt: 1, unsearched: true });
    expect(line).toMatchObject({ state: 'not_asked', headline: 'Not asked (needs its own id)' });
    expect(scoreboardSummary([line, ...scoreboardLines(DEMO.slice(0, 1))])).toBe('2 vendors · 1 complete · 1 not asked');
  });

  it('names the proctoring red flag and keeps no-match, cut-short and errors apart', () => {
    const flagged = scoreboardLine(results('hiringbranch', { vendor: 'hiringbranch', integrity: { redFlag: true } }));
    expect(flagged.flags).toEqual(['proctoring red flag']);
    expect(scoreboardLine({ state: 'no_match', vendor: 'talentscreen', fetchedAt: 1 }).headline).toBe('No match');
    const cut = scoreboardLine({ state: 'no_match', vendor: 'praxicraft', fetchedAt: 1, partial: { searchedBack: '2025-06-01' } });
    expect(cut.headline).toBe('No match in what was searched');
    expect(cut.cutShort).toMatch(/Praxicraft/);
    const failed = scoreboardLine({ state: 'error', vendor: 'nova', error: { code: 'unavailable', message: 'x', status: 503 } });
    expect(failed.state).toBe('error');
    expect(failed.headline).toMatch(/503/);
    const lines = [failed, scoreboardLine({ state: 'not_configured', vendor: 'hrflow' }), flagged];
    expect(scoreboardSummary(lines)).toBe('2 vendors · 1 complete · 1 vendor failed · 1 integrity flag');
  });
});
