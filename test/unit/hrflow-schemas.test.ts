import { describe, expect, it } from 'vitest';
import { ErrorEnvelopeSchema, JobsScoringSchema, matchScore, parseSourceKeys, readHrFlowError } from '@/lib/vendors/hrflow';
import { vendorDocument } from '../helpers/vendorFixture';

/** The API reference's response examples, in order (fenced as ```python although they are JSON). */
function examples(): unknown[] {
  const text = vendorDocument('hrflow-jobs-scoring.txt');
  return [...text.matchAll(/```\w*\n([\s\S]*?)```/g)].map(([, body]) =>
    // The API reference elides each job object as `{...}`: only that placeholder becomes `{}`.
    JSON.parse((body ?? '').replaceAll('{...}', '{}')),
  );
}

describe('HrFlow.ai API reference examples (GET /jobs/scoring)', () => {
  it('parses the 200 example with the scoring schema', () => {
    const [ok] = examples();
    const parsed = JobsScoringSchema.parse(ok);
    expect(parsed.meta).toEqual({ page: 1, maxPage: 73, count: 1, total: 73 });
    expect(parsed.data.jobs).toHaveLength(1);
    expect(parsed.data.predictions).toHaveLength(parsed.data.jobs.length);
    expect(matchScore(parsed.data.predictions[0])).toBeCloseTo(0.9688, 4);
  });

  it('reads the 401 example as unauthorized without repeating what follows "secret key"', () => {
    const [, unauthorized] = examples();
    expect(ErrorEnvelopeSchema.parse(unauthorized)).toEqual({ code: 401, message: 'Unauthorized. Invalid secret key: xxxxx ' });
    const reading = readHrFlowError(401, unauthorized);
    expect(reading.code).toBe('unauthorized');
    expect(reading.message).toMatch(/^Unauthorized\. Invalid secret key \(check the API key and the HrFlow user email in Options/);
    expect(reading.message).not.toContain('xxxxx');
  });
});

describe('HrFlow.ai settings and predictions', () => {
  it('reads source keys typed as a list or pasted as a JSON array', () => {
    expect(parseSourceKeys('abc, def\nghi')).toEqual(['abc', 'def', 'ghi']);
    expect(parseSourceKeys('["abc","def"]')).toEqual(['abc', 'def']);
    expect(parseSourceKeys('  ')).toEqual([]);
  });
  it('takes the second value of [1 - score, score], or a bare score', () => {
    expect(matchScore([0.13, 0.87])).toBe(0.87);
    expect(matchScore(0.5)).toBe(0.5);
    expect(matchScore(undefined)).toBeUndefined();
  });
});
