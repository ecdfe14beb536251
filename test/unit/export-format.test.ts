import { describe, expect, it } from 'vitest';
import { clockTime, errorAdvice, outcomeLine, partialLine } from '@/lib/export/labels';
import { CSV_COLUMNS, csvField, exportFileName, resultsCsv, resultsJson, summaryText } from '@/lib/export/format';
import { AssessmentResultSchema, type AssessmentResultInput, type Subject, type VendorOutcome } from '@/lib/model';

const result = (input: Partial<AssessmentResultInput> & Pick<AssessmentResultInput, 'vendor' | 'id' | 'assessment'>) =>
  AssessmentResultSchema.parse({ status: 'completed', ...input });

const subject: Subject = { name: 'Jane Doe', emails: ['jane.doe@example.com'], ids: {} };
const outcomes: VendorOutcome[] = [
  {
    state: 'results',
    vendor: 'talentscreen',
    fetchedAt: 1,
    results: [
      result({
        vendor: 'talentscreen',
        id: 'r1',
        assessment: 'Backend, "Senior"\nround 2',
        outcome: 'pass',
        score: { percent: 87.5, raw: 87.5, max: 100 },
        completedAt: '2025-03-01T10:00:00Z',
        aiVerdict: { summary: 'Strong backend engineer', strengths: [], concerns: [], interviewFocus: [] },
      }),
    ],
  },
  {
    state: 'results',
    vendor: 'praxicraft',
    fetchedAt: 1,
    results: [
      result({
        vendor: 'praxicraft',
        id: 'r2',
        assessment: '=HYPERLINK("x")',
        outcome: 'low_pass',
        score: { percent: 85, raw: 255, max: 300 },
        integrity: { copyPasteViolations: 2, redFlag: true },
      }),
      result({ vendor: 'praxicraft', id: 'r3', assessment: 'Frontend', status: 'in_progress' }),
    ],
  },
  { state: 'no_match', vendor: 'hrflow', fetchedAt: 1 },
  { state: 'not_configured', vendor: 'nova' },
  { state: 'error', vendor: 'hiringbranch', error: { code: 'unauthorized', message: 'nope', status: 401 } },
];

describe('csv', () => {
  it('quotes fields with quotes, commas or line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('@cmd')).toBe(`"'@cmd"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(undefined)).toBe('');
  });

  it('writes a header and one row per assessment, nothing for vendors without results', () => {
    const lines = resultsCsv(outcomes).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('TalentScreen,"Backend, ""Senior""\nround 2",completed,pass,87.5,87.5,0-100,2025-03-01T10:00:00Z,');
    expect(lines[2]).toBe(
      `Praxicraft,"'=HYPERLINK(""x"")",completed,low_pass,85,255,0-300,,"Proctoring red flag; 2 copy-paste violations"`,
    );
    expect(lines[3]).toBe('Praxicraft,Frontend,in_progress,,,,,,');
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
  });
});

describe('json', () => {
  it('carries the candidate, the summary and every vendor outcome', () => {
    const data = JSON.parse(resultsJson(subject, outcomes, new Date('2026-01-02T03:04:05Z')));
    expect(data.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(data.candidate).toEqual({ name: 'Jane Doe', emails: ['jane.doe@example.com'] });
    expect(data.summary).toMatchObject({ assessments: 3, completed: 2, flagged: true, failedVendors: 1 });
    // Counts, never an average across the vendors' different scales.
    expect(data.summary).not.toHaveProperty('averagePercent');
    expect(data.summary.integrity).toEqual({ redFlag: true, copyPasteViolations: 2 });
    expect(data.scoreboard.summary).toBe('4 vendors · 1 complete · 1 pending · 1 no match · 1 vendor failed · 2 integrity flags');
    expect(data.scoreboard.lines[1]).toEqual({
      vendor: 'praxicraft',
      state: 'pending',
      headline: '85% · Low pass · +1 more',
      flags: ['2 copy-paste', 'proctoring red flag'],
    });
    expect(data.vendors.map((v: VendorOutcome) => `${v.vendor}:${v.state}`)).toEqual([
      'talentscreen:results',
      'praxicraft:results',
      'hrflow:no_match',
      'nova:not_configured',
      'hiringbranch:error',
    ]);
    expect(data.vendors[0].results[0].score).toEqual({ percent: 87.5, raw: 87.5, min: 0, max: 100 });
  });

  it('names files after the candidate and the day', () => {
    expect(exportFileName(subject, 'csv', new Date('2026-01-02T03:04:05Z'))).toBe('scorelens-jane-doe-2026-01-02.csv');
    expect(exportFileName({ emails: [], ids: {} }, 'json', new Date('2026-01-02T00:00:00Z'))).toBe('scorelens-candidate-2026-01-02.json');
  });
});

describe('plain-text summary', () => {
  it('lists the candidate, the scoreboard summary, then each vendor line and its assessments with flags and the AI verdict', () => {
    expect(summaryText(subject, outcomes)).toBe(
      [
        'Jane Doe <jane.doe@example.com>',
        'Assessments (Scorelens): 4 vendors · 1 complete · 1 pending · 1 no match · 1 vendor failed · 2 integrity flags',
        '',
        'TalentScreen: 87.5% · Pass',
        '- Backend, "Senior"\nround 2: Completed, 87.5%, Pass',
        '  AI verdict: Strong backend engineer',
        '',
        'Praxicraft: 85% · Low pass · +1 more · ⚠ 2 copy-paste, proctoring red flag',
        '- =HYPERLINK("x"): Completed, 85% (255 / 300), Low pass',
        '  ⚠ Proctoring red flag; 2 copy-paste violations',
        '- Frontend: In progress',
        '',
        'HrFlow.ai: No match',
        '',
        'Dweet Nova: Not configured: add a key in Options.',
        '',
        'HiringBranch: HiringBranch rejected the key (401): open Options',
        '',
      ].join('\n'),
    );
  });

  it('gives an AI score as the count on its own scale, never as a percentage', () => {
    const nova: VendorOutcome = {
      state: 'results',
      vendor: 'nova',
      fetchedAt: 1,
      results: [result({ vendor: 'nova', id: 'n1', assessment: 'AI screening', score: { percent: 77.8, raw: 8, min: 1, max: 10 } })],
    };
    const text = summaryText(subject, [nova]);
    expect(text).toContain('\nDweet Nova: 8/10\n- AI screening: Completed, 8/10\n');
    expect(text).not.toMatch(/77\.8|%/);
  });
});

describe('error advice', () => {
  const err = (code: 'unauthorized' | 'forbidden' | 'rate_limited' | 'unavailable' | 'bad_response', extra = {}) =>
    ({ state: 'error', vendor: 'talentscreen', error: { code, message: 'm', ...extra } }) as const;

  it('says the fix for each code', () => {
    expect(errorAdvice(err('unauthorized', { status: 401 }))).toEqual({
      text: 'TalentScreen rejected the key (401): open Options',
      options: true,
    });
    expect(errorAdvice(err('forbidden', { status: 403 })).text).toMatch(/^TalentScreen refused access \(403\): .*scope or plan.*Options/);
    expect(errorAdvice(err('forbidden')).options).toBe(true);
    const at = new Date(2026, 0, 2, 14, 5).getTime();
    expect(clockTime(at)).toMatch(/(14|02|2):05/);
    expect(errorAdvice(err('rate_limited', { retryAt: at })).text).toBe(`TalentScreen: limit reached, next at ${clockTime(at)}`);
    expect(errorAdvice(err('rate_limited')).text).toBe('TalentScreen: limit reached, next in a minute');
    expect(errorAdvice(err('unavailable', { status: 503 })).text).toBe('TalentScreen is unavailable (503): try again later');
    expect(
      errorAdvice({
        state: 'error',
        vendor: 'talentscreen',
        error: { code: 'bad_response', message: 'TalentScreen changed its response: data.0.score: expected number' },
      }).text,
    ).toBe('TalentScreen changed its response; tell us: data.0.score: expected number');
    // The detail travels on its own, so the message may be in any language.
    expect(
      errorAdvice({
        state: 'error',
        vendor: 'talentscreen',
        error: {
          code: 'bad_response',
          message: 'TalentScreen a changé sa réponse : data.0.score',
          detail: 'data.0.score: expected number',
        },
      }).text,
    ).toBe('TalentScreen changed its response; tell us: data.0.score: expected number');
    expect(outcomeLine({ state: 'error', vendor: 'nova', error: { code: 'not_found', message: 'Nova: check the base URL' } })).toBe(
      'Nova: check the base URL',
    );
  });
});

describe('partial answers', () => {
  it('says what a card shows when the vendor has more, and how far back a search went', () => {
    const base: VendorOutcome = { state: 'results', vendor: 'talentscreen', results: [], fetchedAt: 0 };
    expect(partialLine({ ...base, partial: { shown: 300, total: 340 } })).toBe('Showing 300 of 340; more at TalentScreen');
    expect(partialLine({ ...base, partial: { shown: 100 } })).toBe('Showing the first 100; more at TalentScreen');
    expect(partialLine(base)).toBeUndefined();
    const searched = partialLine({
      state: 'no_match',
      vendor: 'praxicraft',
      fetchedAt: 0,
      partial: { searchedBack: '2025-03-01T00:00:00Z' },
    });
    expect(searched).toMatch(/^Praxicraft was searched back to .+ only; older invites are not shown$/);
  });
});
