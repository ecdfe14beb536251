/**
 * The Dweet Nova API reference's own examples (the batch endpoint), read from the file as it is,
 * parsed with the client's schemas and normalised.
 */
import { describe, expect, it } from 'vitest';
import {
  normaliseNovaBatch,
  normaliseNovaJob,
  NovaScoreResponseSchema,
  NovaScoringBatchResponseSchema,
  readNovaError,
  viewOfScoreResponse,
} from '@/lib/vendors/nova';
import { jsonAfter, vendorDocument } from '../helpers/vendorFixture';

describe('Dweet Nova API reference examples', () => {
  const seed = () => vendorDocument('nova-scoring-batch.txt');

  it('parses the schema example (placeholders and all)', () => {
    const body = NovaScoringBatchResponseSchema.parse(jsonAfter(seed(), "--header 'X-Tenant-Id: <x-tenant-id>'"));
    expect(body.batch.status).toBe('pending');
    expect(body.scoringJobs[0]).toMatchObject({ id: '<string>', status: 'pending', errorCode: 'UNAUTHORIZED' });
  });

  it('parses and normalises the example response', () => {
    const body = NovaScoringBatchResponseSchema.parse(jsonAfter(seed(), 'Example response'));
    const batch = normaliseNovaBatch(body);
    expect(batch).toMatchObject({
      id: 'cmlz26em4002cwp61t7ukh3lb',
      jobId: 'job-123',
      status: 'pending',
      totalJobs: 2,
      completedJobs: 1,
      failedJobs: 0,
      createdAt: '2025-12-14T10:30:45.000Z',
    });
    expect(batch.completedAt).toBeUndefined();
    expect(batch.results).toEqual([
      {
        vendor: 'nova',
        id: 'cmlz26dl3001bwp61r8sjf2ka',
        assessment: 'AI screening score',
        status: 'completed',
        score: { percent: 66.7, raw: 7, min: 1, max: 10 },
        aiVerdict: { summary: 'Strong candidate with solid backend experience.', strengths: [], concerns: [], interviewFocus: [] },
        startedAt: '2025-12-14T10:30:50.000Z',
        completedAt: '2025-12-14T10:31:20.000Z',
      },
    ]);
  });
});

describe('Dweet Nova normalisation beyond the API reference', () => {
  const job = (extra: Record<string, unknown>) => NovaScoreResponseSchema.parse({ scoringJob: { id: 'sj_1', ...extra } });

  it('derives the status from the dates when a current body omits it (one docs page does)', () => {
    expect(normaliseNovaJob(viewOfScoreResponse(job({ score: 9, completedAt: '2025-01-01T00:00:00Z' })))).toMatchObject({
      status: 'completed',
      score: { raw: 9, min: 1, max: 10 },
    });
    expect(normaliseNovaJob(viewOfScoreResponse(job({ failedAt: '2025-01-01T00:00:00Z' }))).status).toBe('failed');
    expect(normaliseNovaJob(viewOfScoreResponse(job({ queuedAt: '2025-01-01T00:00:00Z' })))).toMatchObject({
      status: 'in_progress',
      outcome: 'pending',
    });
  });

  it("reads the older docs' example (lower-case status there) on the 0..10 scale", () => {
    const older = NovaScoreResponseSchema.parse({
      scoringJobId: 'sj_abc123def456',
      status: 'completed',
      jobId: 'job-123',
      applicationId: 'app-456',
      result: { score: 7, assessment: { verdict: 'Strong candidate.', strengths: ['6 years'], concerns: [], interviewFocus: [] } },
      completedAt: '2025-01-15T10:30:45Z',
    });
    expect(normaliseNovaJob(viewOfScoreResponse(older))).toMatchObject({
      id: 'sj_abc123def456',
      status: 'completed',
      score: { percent: 70, raw: 7, min: 0, max: 10 },
      aiVerdict: { summary: 'Strong candidate.', strengths: ['6 years'] },
    });
  });

  it('tells a partial batch failure from a total one', () => {
    const batch = (status: string, completedJobs: number) =>
      normaliseNovaBatch(NovaScoringBatchResponseSchema.parse({ batch: { id: 'b', status, completedJobs }, scoringJobs: [] })).status;
    expect(batch('failed', 1)).toBe('partial_failure');
    expect(batch('failed', 0)).toBe('failed');
    expect(batch('PARTIAL_FAILURE', 1)).toBe('partial_failure');
    expect(batch('IN_PROGRESS', 0)).toBe('pending');
  });

  it("reads Nova's error body, and nothing from a body that is not Nova's", () => {
    expect(readNovaError(502, '<html>')).toEqual({});
    expect(readNovaError(403, { code: 'FORBIDDEN', message: 'Valid key but insufficient permissions', traceId: 'abc' })).toEqual({
      code: 'forbidden',
      message:
        'Valid key but insufficient permissions. The key is valid but lacks permission to read scores; ask your Nova admin for a key that can (FORBIDDEN, trace id abc)',
    });
  });
});
