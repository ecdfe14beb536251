import { limitsFor } from '@/lib/lookup/gate';
import { describe, expect, it } from 'vitest';
import type { AssessmentResult, Subject, VendorOutcome } from '@/lib/model';
import {
  isNovaPending,
  nova,
  NOVA_MAX_LIST_ITEMS,
  novaFailureNote,
  NovaScoreResponseSchema,
  readNovaError,
  readNovaScoringBatch,
  viewOfScoreResponse,
} from '@/lib/vendors/nova';
import { lookupVendor } from '../helpers/lookupVendor';
import { sandboxConnection, vendorSandbox } from '../helpers/vendorSandbox';
import { DEMO_EMAIL, DEMO_JOB_ID, personByEmail } from '../sandbox/fixtures';
import { novaSandboxKeys, novaSandboxTenant, resetNovaRateLimits } from '../sandbox/nova';

const sandbox = vendorSandbox('nova', {
  // Reads only, ever: Nova bills every POST.
  check: ({ requests }) => expect(requests.every((r) => r.method === 'GET')).toBe(true),
  reset: resetNovaRateLimits,
});

const connection = (apiKey: string = novaSandboxKeys.valid, tenantId: string = novaSandboxTenant) =>
  sandboxConnection(sandbox, 'nova', apiKey, { tenantId });

function subjectOf(email: string): Subject {
  const person = personByEmail(email);
  if (!person) throw new Error(`no fixture for ${email}`);
  return { emails: [email], ids: {}, ats: { ats: 'greenhouse', ...person.ats } };
}

const lookup = (subject: Subject, conn = connection()) => lookupVendor(nova, subject, conn);

function only(outcome: VendorOutcome): AssessmentResult {
  expect(outcome.state).toBe('results');
  if (outcome.state !== 'results') throw new Error(JSON.stringify(outcome));
  expect(outcome.results).toHaveLength(1);
  return outcome.results[0] as AssessmentResult;
}

const novaRequests = () => sandbox.requests.filter((r) => r.vendor === 'nova');

describe('Dweet Nova client against the sandbox: the cast', () => {
  it("resolves Jane's ATS job + application to a completed 8/10 with the full AI verdict, and no pass/fail", async () => {
    const result = only(await lookup(subjectOf(DEMO_EMAIL)));
    expect(result).toMatchObject({
      vendor: 'nova',
      id: 'cmlz7jane0001wp61sj8k2m4q',
      assessment: 'AI screening score',
      status: 'completed',
      score: { percent: 77.8, raw: 8, min: 1, max: 10 },
      startedAt: '2025-02-10T09:00:03.000Z',
      completedAt: '2025-02-10T09:00:41.000Z',
    });
    expect(result.outcome).toBeUndefined();
    expect(result.aiVerdict?.summary).toMatch(/^Strong backend engineer/);
    expect(result.aiVerdict?.strengths).toHaveLength(3);
    expect(result.aiVerdict?.concerns).toEqual([
      'Kubernetes operations (unverified: only mentions deploying to EKS)',
      'No experience mentoring junior engineers (not evidenced)',
    ]);
    expect(result.aiVerdict?.interviewFocus).toHaveLength(2);
    expect(novaRequests().map((r) => r.path)).toEqual([`/v1/jobs/${DEMO_JOB_ID}/applications/8812001/score`]);
  });

  it('shows a pending scoring job as in progress, outcome pending, for the engine to poll', async () => {
    const result = only(await lookup(subjectOf('omar.haddad@example.com')));
    expect(result).toMatchObject({ status: 'in_progress', outcome: 'pending' });
    expect(result.score).toBeUndefined();
    expect(result.aiVerdict).toBeUndefined();
    expect(isNovaPending(result)).toBe(true);
    expect(isNovaPending(only(await lookup(subjectOf(DEMO_EMAIL))))).toBe(false);
  });

  it('maps 5/10 and 3/10 on the 1..10 scale', async () => {
    expect(only(await lookup(subjectOf('li.wei@example.com')))).toMatchObject({
      status: 'completed',
      score: { percent: 44.4, raw: 5, min: 1, max: 10 },
      aiVerdict: { concerns: ['Backend API design (not evidenced)', 'Go (not evidenced)'] },
    });
    expect(only(await lookup(subjectOf('maria.garcia@example.com')))).toMatchObject({
      status: 'completed',
      score: { percent: 22.2, raw: 3, min: 1, max: 10 },
    });
  });

  it("reads Aiko's older-shape answer (0..10) while the rest of the sandbox answers in the current shape", async () => {
    const result = only(await lookup(subjectOf('aiko.tanaka@example.com')));
    expect(result).toMatchObject({
      id: 'sj_aiko7f3a2c91',
      status: 'completed',
      score: { percent: 60, raw: 6, min: 0, max: 10 },
      completedAt: '2025-01-20T11:00:52.000Z',
      aiVerdict: { strengths: ['Seven years of Java/Spring backend development'] },
    });
  });

  it("shows Noah's failed scoring job as failed, without a score or verdict; the error stays readable", async () => {
    const result = only(await lookup(subjectOf('noah.fischer@example.com')));
    expect(result).toMatchObject({ status: 'failed', id: 'cmlz7noah0001wp61sj2v4x6z' });
    expect(result.outcome).toBeUndefined();
    expect(result.score).toBeUndefined();
    expect(result.aiVerdict).toBeUndefined();
    // The model has no field for it yet; the note is ready for one.
    const person = personByEmail('noah.fischer@example.com');
    const raw = await fetch(`${sandbox.baseUrl('nova')}/jobs/${person?.ats.jobId}/applications/${person?.ats.applicationId}/score`, {
      headers: { Authorization: `Bearer ${novaSandboxKeys.valid}`, 'X-Tenant-Id': novaSandboxTenant },
    });
    const view = viewOfScoreResponse(NovaScoreResponseSchema.parse(await raw.json()));
    expect(novaFailureNote(view)).toBe('The resume URL returned 403 Forbidden; the signed link may have expired (RESUME_FETCH_FAILED)');
  });

  it('says no_match (not an error) for applications Nova never scored, and for another tenant', async () => {
    for (const email of ['emma.wilson@example.com', 'janet.doerr@example.com', 'sam.okafor@example.com', 'diego.rossi@example.com']) {
      expect((await lookup(subjectOf(email))).state).toBe('no_match');
    }
    expect((await lookup(subjectOf(DEMO_EMAIL), connection(novaSandboxKeys.valid, 'another-customer'))).state).toBe('no_match');
  });

  it('answers only subjects with both the ATS job id and application id', async () => {
    expect(nova.canAnswer(subjectOf(DEMO_EMAIL))).toBe(true);
    expect(nova.canAnswer({ emails: [DEMO_EMAIL], ids: {} })).toBe(false);
    expect(nova.canAnswer({ emails: [], ids: {}, ats: { ats: 'greenhouse', applicationId: '8812001' } })).toBe(false);
    expect(nova.canAnswer({ emails: [], ids: {}, ats: { ats: 'greenhouse', jobId: DEMO_JOB_ID } })).toBe(false);
  });

  it('tells the engine how to poll pending scores and which budget to keep, and uses its gate', async () => {
    expect(nova.poll).toMatchObject({ intervalMs: 3_000, maxPolls: 10 });
    expect(limitsFor(nova).perSecond).toBeLessThanOrEqual(20);
    expect(nova.subjectParts).toEqual(['ats']);
    const seen: number[] = [];
    const gate = { acquire: async () => () => undefined, observe: (r: Response) => void seen.push(r.status) };
    sandbox.setFault('nova', { status: 429, retryAfter: '0', times: 1 });
    expect((await lookup(subjectOf(DEMO_EMAIL), { ...connection(), gate })).state).toBe('results');
    expect(seen).toEqual([429, 200]);
  });

  it('refuses to call Nova without a tenant id, with a bad_request that says where to add it', async () => {
    for (const tenant of ['', '   ', 'acme\nx']) {
      const outcome = await lookup(subjectOf(DEMO_EMAIL), connection(novaSandboxKeys.valid, tenant));
      expect(outcome).toMatchObject({ state: 'error', error: { code: 'bad_request' } });
      expect(outcome.state === 'error' && outcome.error.message).toMatch(/tenant id.*Scorelens options/);
    }
    await expect(nova.testConnection(connection(novaSandboxKeys.valid, ''))).rejects.toMatchObject({ code: 'bad_request' });
    expect(novaRequests()).toHaveLength(0);
  });
});

describe('Dweet Nova: both doc generations', () => {
  /** What must not depend on the generation (the scale does: 1..10 now, 0..10 before). */
  const stable = (r: AssessmentResult) => ({ ...r, score: r.score && { raw: r.score.raw, max: r.score.max }, startedAt: undefined });

  it('reads the older shape and statuses to the same normalised results', async () => {
    const emails = [DEMO_EMAIL, 'omar.haddad@example.com', 'li.wei@example.com', 'noah.fischer@example.com', 'aiko.tanaka@example.com'];
    const current = await Promise.all(emails.map(async (e) => only(await lookup(subjectOf(e)))));
    sandbox.setGeneration('nova', 'old');
    const older = await Promise.all(emails.map(async (e) => only(await lookup(subjectOf(e)))));
    expect(older.map(stable)).toEqual(current.map(stable));
    // The older docs scored 0..10: the same raw 8 is a higher percentage there.
    expect(older[0]?.score).toEqual({ percent: 80, raw: 8, min: 0, max: 10 });
    expect(older[1]).toMatchObject({ status: 'in_progress', outcome: 'pending' });
    expect(older[3]).toMatchObject({ status: 'failed' });
  });

  it('reads a scoring batch in both generations', async () => {
    const pending = await readNovaScoringBatch(connection(), DEMO_JOB_ID, 'cmlz26em4002cwp61backend1');
    expect(pending).toMatchObject({
      id: 'cmlz26em4002cwp61backend1',
      jobId: DEMO_JOB_ID,
      status: 'pending',
      totalJobs: 4,
      completedJobs: 3,
    });
    expect(pending.results.map((r) => [r.status, r.score?.percent])).toEqual([
      ['completed', 77.8],
      ['in_progress', undefined],
      ['completed', 44.4],
      ['completed', 22.2],
    ]);
    const failed = await readNovaScoringBatch(connection(), '5512008', 'cmlz26em4002cwp61platform');
    expect(failed).toMatchObject({ status: 'failed', failedJobs: 1, completedAt: '2025-05-12T09:30:09.000Z' });

    sandbox.setGeneration('nova', 'old');
    const older = await readNovaScoringBatch(connection(), DEMO_JOB_ID, 'cmlz26em4002cwp61backend1');
    expect(older.status).toBe('pending');
    expect(older.results.map((r) => [r.status, r.score?.percent])).toEqual([
      ['completed', 80],
      ['in_progress', undefined],
      ['completed', 50],
      ['completed', 30],
    ]);
    expect((await readNovaScoringBatch(connection(), '5512008', 'cmlz26em4002cwp61platform')).status).toBe('failed');
    expect(novaRequests()).toHaveLength(4);
  });

  it('maps an unknown batch to not_found naming the code and trace id', async () => {
    const failure = readNovaScoringBatch(connection(), DEMO_JOB_ID, 'batch_nope');
    await expect(failure).rejects.toMatchObject({ code: 'not_found', status: 404 });
    await expect(failure).rejects.toThrow(/BATCH_NOT_FOUND, trace id [0-9a-f]{32}/);
  });
});

describe('Dweet Nova: faults', () => {
  const jane = () => subjectOf(DEMO_EMAIL);

  it('maps a rejected key to unauthorized, with the trace id, never echoing the key', async () => {
    const badKey = 'sk_live_this_key_is_wrong_0001';
    const outcome = await lookup(jane(), connection(badKey));
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'unauthorized', status: 401 } });
    expect(outcome.state === 'error' && outcome.error.message).toMatch(
      /API key in Scorelens options \(UNAUTHORIZED, trace id [0-9a-f]{32}\)/,
    );
    expect(JSON.stringify(outcome)).not.toContain(badKey);
  });

  it('maps a key without permission to forbidden, saying it is a permission', async () => {
    const outcome = await lookup(jane(), connection(novaSandboxKeys.forbidden));
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'forbidden', status: 403 } });
    expect(outcome.state === 'error' && outcome.error.message).toMatch(/lacks permission to read scores/);
  });

  it("maps a 404 that is not Nova's APPLICATION_NOT_FOUND to not_found, not to no_match", async () => {
    sandbox.setFault('nova', { status: 404 });
    expect(await lookup(jane())).toMatchObject({ state: 'error', error: { code: 'not_found', status: 404 } });
  });

  it('retries a 429 with a short Retry-After and then succeeds', async () => {
    sandbox.setFault('nova', { status: 429, retryAfter: '1', times: 1 });
    const started = Date.now();
    expect(only(await lookup(jane())).score?.raw).toBe(8);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(novaRequests()).toHaveLength(2);
  });

  it('reports rate_limited with the retry time when the wait is too long to sleep through', async () => {
    sandbox.setFault('nova', { status: 429, retryAfter: '3600' });
    const before = Date.now();
    const outcome = await lookup(jane());
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'rate_limited', status: 429 } });
    expect(outcome.state === 'error' && outcome.error.message).toMatch(/20 reads per second/);
    expect(outcome.state === 'error' ? (outcome.error.retryAt ?? 0) : 0).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(novaRequests()).toHaveLength(1);
  });

  it('reports unavailable after bounded retries of a 503, and at once for a 500', async () => {
    sandbox.setFault('nova', { status: 503 });
    expect(await lookup(jane())).toMatchObject({ state: 'error', error: { code: 'unavailable', status: 503 } });
    expect(novaRequests()).toHaveLength(3);
    sandbox.requests.length = 0;
    sandbox.setFault('nova', { status: 500 });
    expect(await lookup(jane())).toMatchObject({ state: 'error', error: { code: 'unavailable', status: 500 } });
    expect(novaRequests()).toHaveLength(1);
  });

  it('reports bad_response for malformed JSON and for a missing field, naming the field', async () => {
    sandbox.setFault('nova', { status: 200, body: '{"scoringJob": {' });
    expect(await lookup(jane())).toMatchObject({ state: 'error', error: { code: 'bad_response' } });

    sandbox.setFault('nova', {
      transform: (body) => {
        delete (body as { scoringJob: { id?: string } }).scoringJob.id;
        return body;
      },
    });
    let outcome = await lookup(jane());
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'bad_response' } });
    expect(outcome.state === 'error' && outcome.error.message).toMatch(/scoringJob\.id/);

    sandbox.setFault('nova', { transform: () => ({ traceId: 'x' }) });
    outcome = await lookup(jane());
    expect(outcome.state === 'error' && outcome.error.message).toMatch(/changed its response: scoringJob: required/);
    // The detail alone, for the card's advice whatever language the message is in.
    expect(outcome.state === 'error' && outcome.error.detail).toMatch(/^scoringJob: required/);

    sandbox.setGeneration('nova', 'old');
    sandbox.setFault('nova', {
      transform: (body) => {
        delete (body as { scoringJobId?: string }).scoringJobId;
        return body;
      },
    });
    outcome = await lookup(jane());
    expect(outcome.state === 'error' && outcome.error.message).toMatch(/scoringJobId: required/);
  });

  it('stays bounded on a huge answer: one request, lists capped', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `Strength ${i}`);
    sandbox.setFault('nova', {
      transform: (body) => {
        const b = body as { scoringJob: { assessment: { strengths: string[] } } };
        b.scoringJob.assessment.strengths = many;
        return b;
      },
    });
    const result = only(await lookup(jane()));
    expect(result.aiVerdict?.strengths).toHaveLength(NOVA_MAX_LIST_ITEMS);
    expect(novaRequests()).toHaveLength(1);
  });

  it('still answers under 300 ms of latency', async () => {
    sandbox.setFault('nova', { latencyMs: 300 });
    expect(only(await lookup(jane())).status).toBe('completed');
  });
});

describe('Dweet Nova: rate limits and the key check', () => {
  const sleepToNextSecond = () => new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20));
  const direct = (path: string, headers: Record<string, string>) => fetch(`${sandbox.baseUrl('nova')}/${path}`, { headers });

  it('sends X-Trace-Id and X-RateLimit-* on every answer, and 400 VALIDATION_ERROR without a tenant', async () => {
    const auth = { Authorization: `Bearer ${novaSandboxKeys.valid}` };
    const ok = await direct(`jobs/${DEMO_JOB_ID}/applications/8812001/score`, { ...auth, 'X-Tenant-Id': novaSandboxTenant });
    expect(ok.headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(ok.headers.get('x-ratelimit-bucket')).toBe('read_and_ops');
    expect(ok.headers.get('x-ratelimit-limit')).toBe('20');
    expect(Number(ok.headers.get('x-ratelimit-remaining'))).toBeLessThan(20);
    const noTenant = await direct(`jobs/${DEMO_JOB_ID}/applications/8812001/score`, auth);
    expect(noTenant.status).toBe(400);
    const body = await noTenant.json();
    expect(body).toMatchObject({ code: 'VALIDATION_ERROR', status: 400, retryable: false, traceId: noTenant.headers.get('x-trace-id') });
    expect(readNovaError(400, body)).toEqual({
      code: 'bad_request',
      message: expect.stringMatching(/Check the tenant id in Scorelens options/),
    });
  });

  it('enforces 20 reads per second per key with 429 RATE_LIMITED and Retry-After', async () => {
    await sleepToNextSecond();
    const headers = { Authorization: `Bearer ${novaSandboxKeys.live}`, 'X-Tenant-Id': novaSandboxTenant };
    const answers = await Promise.all(Array.from({ length: 45 }, () => direct(`jobs/${DEMO_JOB_ID}/applications/8812001/score`, headers)));
    const limited = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200).length).toBeLessThanOrEqual(40);
    expect(limited.length).toBeGreaterThanOrEqual(5);
    expect(limited[0]?.headers.get('retry-after')).toBe('1');
    expect(limited[0]?.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(await limited[0]?.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryable: true });
    // Another key has its own budget.
    expect(
      (await direct(`jobs/${DEMO_JOB_ID}/applications/8812001/score`, { ...headers, Authorization: `Bearer ${novaSandboxKeys.valid}` }))
        .status,
    ).toBe(200);
  });

  it('lets a burst of lookups through the limit by honouring Retry-After', async () => {
    await sleepToNextSecond();
    const conn = connection(novaSandboxKeys.live);
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => lookup(subjectOf(DEMO_EMAIL), conn)));
    expect(outcomes.every((o) => o.state === 'results')).toBe(true);
    expect(novaRequests().length).toBeGreaterThan(30);
  });

  it('tests the connection with rate-limit-status: success text and failure code', async () => {
    await sleepToNextSecond();
    await expect(nova.testConnection(connection())).resolves.toBe('Key accepted (sandbox environment; reads: 20/20 per second left)');
    await expect(nova.testConnection(connection(novaSandboxKeys.live))).resolves.toMatch(
      /^Key accepted \(production environment; reads: \d+\/20/,
    );
    await expect(nova.testConnection(connection('sk_live_wrong_key_12345'))).rejects.toMatchObject({ code: 'unauthorized', status: 401 });
    expect(novaRequests().map((r) => r.path)).toEqual(['/v1/rate-limit-status', '/v1/rate-limit-status', '/v1/rate-limit-status']);
  });
});
