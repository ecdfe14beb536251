/** The API reference's own examples, read as they are, through our schemas. */
import { describe, expect, it } from 'vitest';
import {
  cursorFromNext,
  InviteResultSchema,
  normalisePraxicraftResult,
  readPraxicraftError,
  ResultPageSchema,
} from '@/lib/vendors/praxicraft';
import { vendorDocument } from '../helpers/vendorFixture';

/** Every example: the text after a line `JSON` down to the first line that is just `}`. */
function examples(): unknown[] {
  const text = vendorDocument('praxicraft-results.txt');
  return [...text.matchAll(/^JSON\n(\{[\s\S]*?\n\})$/gm)].map((m) => JSON.parse(m[1] ?? ''));
}

describe('Praxicraft API reference examples', () => {
  it('has the two documented examples', () => {
    expect(examples()).toHaveLength(2);
  });

  it('parses the results list; its next link yields the cursor, never the link itself', () => {
    const page = ResultPageSchema.parse(examples()[0]);
    expect(page.results).toHaveLength(1);
    expect(page.results[0]).toMatchObject({ candidate_email: 'jane@example.com', invite_token: 'c7b3e2a1-...', status: 'completed' });
    expect(page.previous).toBeNull();
    expect(cursorFromNext(page.next)).toBe('cD0yMDI1LTA0...');
  });

  it('parses and normalises the detailed result', () => {
    const body = InviteResultSchema.parse(examples()[1]);
    expect(body.kind).toBe('completed');
    const result = normalisePraxicraftResult(body, { token: 'c7b3e2a1-...', slug: 'senior-backend-screen' });
    expect(result).toMatchObject({
      vendor: 'praxicraft',
      assessment: 'Senior Backend Engineer Screen',
      candidateEmail: 'jane@example.com',
      status: 'completed',
      outcome: 'pass',
      score: { percent: 85, raw: 255, min: 0, max: 300 },
      durationSeconds: 4460,
      integrity: { fullscreenViolations: 0, copyPasteViolations: 2 },
      startedAt: '2025-03-15T14:00:00.000Z',
      completedAt: '2025-03-15T15:20:00.000Z',
      links: [{ label: 'Praxicraft report', url: 'https://app.praxicraft.io/api/v1/assess/assessments/senior-backend-screen/results/...' }],
    });
    expect(result.cases).toHaveLength(3);
    expect(result.cases?.[2]).toEqual({ order: 3, title: 'Data Modeling', score: 55, max: 100, status: 'incorrect', timeSeconds: 2100 });
  });
});

describe('Praxicraft shapes the API reference does not show', () => {
  it('reads a not-started result, {status, message} only', () => {
    const body = InviteResultSchema.parse({ status: 'started', message: 'In progress' });
    expect(normalisePraxicraftResult(body, { token: 't', slug: 'frontend-take-home' })).toMatchObject({
      status: 'in_progress',
      assessment: 'frontend-take-home',
    });
    expect(normalisePraxicraftResult(InviteResultSchema.parse({ status: 'pending', message: '' }), { token: 't' }).status).toBe('invited');
    expect(normalisePraxicraftResult(InviteResultSchema.parse({ status: 'expired' }), { token: 't' }).status).toBe('expired');
  });

  it('keeps a pass that is still under review a pass, and anything else under review pending', () => {
    const underReview = (passed: boolean | null) =>
      InviteResultSchema.parse({
        status: 'completed',
        score_percentage: 50,
        passed,
        cases: [{ case_order: 1, case_title: 'Essay', score: null, max_score: 100, status: 'pending_review' }],
      });
    expect(normalisePraxicraftResult(underReview(true), { token: 't' }).outcome).toBe('pass');
    expect(normalisePraxicraftResult(underReview(false), { token: 't' }).outcome).toBe('pending');
    expect(normalisePraxicraftResult(underReview(null), { token: 't' }).outcome).toBe('pending');
    // No score/max: the percentage is the score.
    expect(normalisePraxicraftResult(underReview(true), { token: 't' }).score).toEqual({ percent: 50, raw: 50, min: 0, max: 100 });
  });

  it('maps every documented error code, and the older 429 without one', () => {
    const read = (status: number, code?: string) => readPraxicraftError(status, { error: { code, message: 'x', details: {} } }, 'test');
    expect(read(401, 'INVALID_API_KEY').code).toBe('unauthorized');
    expect(read(401, 'EXPIRED_API_KEY').message).toMatch(/renew the key/);
    expect(read(403, 'INSUFFICIENT_SCOPE').message).toMatch(/candidates:read/);
    expect(read(403, 'IP_NOT_ALLOWED').message).toMatch(/not allow-listed/);
    expect(read(403, 'PLAN_REQUIRED').message).toMatch(/plan does not include the API/);
    expect(read(404, 'NOT_FOUND').message).toMatch(/a ct_test_ key only sees test-mode data/);
    expect(read(400, 'VALIDATION_ERROR').code).toBe('bad_request');
    expect(read(429, 'RATE_LIMITED').code).toBe('rate_limited');
    expect(read(429).code).toBe('rate_limited');
    expect(readPraxicraftError(429, { detail: 'Request was throttled.' }).code).toBe('rate_limited');
  });
});
