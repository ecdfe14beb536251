import { describe, expect, it } from 'vitest';
import type { Subject, VendorOutcome } from '@/lib/model';
import {
  fetchHiringBranchScores,
  hiringbranch,
  IDS_PER_REQUEST,
  linkedHiringBranchIds,
  linkHiringBranchId,
  readHiringBranchError,
  unlinkHiringBranchId,
} from '@/lib/vendors/hiringbranch';
import { lookupVendor } from '../helpers/lookupVendor';
import { memoryStore } from '../helpers/memoryStore';
import { sandboxConnection, vendorSandbox } from '../helpers/vendorSandbox';
import { personByEmail } from '../sandbox/fixtures';
import { HIRINGBRANCH_SANDBOX_INSTANCE, hiringbranchSandboxKeys as KEYS } from '../sandbox/hiringbranch';

const sandbox = vendorSandbox('hiringbranch');

const connection = (apiKey: string = KEYS.valid, fields: Record<string, string> = {}) =>
  sandboxConnection(sandbox, 'hiringbranch', apiKey, fields);
const idOf = (email: string): string => {
  const id = personByEmail(email)?.hiringbranchId;
  if (!id) throw new Error(`${email} has no HiringBranch id in the cast`);
  return id;
};
const byId = (email: string): Subject => ({ emails: [], ids: { hiringbranch: [idOf(email)] } });
const lookup = (subject: Subject, conn = connection()) => lookupVendor(hiringbranch, subject, conn);
const resultsOf = (outcome: VendorOutcome) => {
  if (outcome.state !== 'results') throw new Error(`expected results, got ${JSON.stringify(outcome)}`);
  return outcome.results;
};
/** How many candidate ids each logged request carried. */
const idsPerRequest = () => sandbox.requests.map((r) => (new URLSearchParams(r.query).get('candidateIds') ?? '').split(',').length);

const JANE = 'jane.doe@example.com';

describe('HiringBranch: every state in the cast, by candidate id', () => {
  it('jane: two completed PASS assessments with categories, dates and duration', async () => {
    const results = resultsOf(await lookup(byId(JANE)));
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      vendor: 'hiringbranch',
      id: `${idOf(JANE)}:64f1a2b3c4d5e6f708192a3b`,
      assessment: 'Customer Service – English (Advanced)',
      status: 'completed',
      outcome: 'pass',
      score: { percent: 82, raw: 82, min: 0, max: 100 },
      completionPercent: 100,
      integrity: { redFlag: false },
      // -05:00 and 7 fractional digits, read as UTC.
      startedAt: '2025-02-10T14:02:11.483Z',
      completedAt: '2025-02-10T14:41:37.127Z',
      durationSeconds: 39 * 60 + 26,
    });
    expect(results[0]?.categories).toEqual([
      { name: 'Speaking', percent: 85 },
      { name: 'Listening', percent: 90 },
      { name: 'Writing', percent: 74 },
      { name: 'Reading', percent: 79 },
    ]);
    expect(results[1]).toMatchObject({ assessment: 'Chat Support – Written English', outcome: 'pass', score: { percent: 88 } });
  });

  it('omar: in progress, with completion but no score and no outcome', async () => {
    const [result, ...rest] = resultsOf(await lookup(byId('omar.haddad@example.com')));
    expect(rest).toHaveLength(0);
    expect(result).toMatchObject({ status: 'in_progress', completionPercent: 40, startedAt: '2025-04-02T16:20:05.001Z', categories: [] });
    expect(result?.outcome).toBeUndefined();
    expect(result?.score).toBeUndefined();
    // DateTimeOffset.MinValue means "not finished", never year 1.
    expect(result?.completedAt).toBeUndefined();
  });

  it("li: completed LOW_PASS, the API reference's example date read exactly", async () => {
    const [result] = resultsOf(await lookup(byId('li.wei@example.com')));
    expect(result).toMatchObject({
      status: 'completed',
      outcome: 'low_pass',
      score: { percent: 61 },
      completedAt: '2025-01-17T20:39:25.581Z',
    });
    expect(result?.categories.map((c) => c.percent)).toEqual([58, 66, 55, 65]);
  });

  it('maria: completed FAIL with a proctoring red flag', async () => {
    const [result] = resultsOf(await lookup(byId('maria.garcia@example.com')));
    expect(result).toMatchObject({
      assessment: 'Inside Sales – English',
      status: 'completed',
      outcome: 'fail',
      score: { percent: 38 },
      integrity: { redFlag: true },
      completedAt: '2025-03-05T10:36:12.340Z',
    });
  });

  it('sam: invited, no dates, no score, no outcome', async () => {
    const [result] = resultsOf(await lookup(byId('sam.okafor@example.com')));
    expect(result).toMatchObject({ status: 'invited', completionPercent: 0, categories: [] });
    expect(result?.outcome).toBeUndefined();
    expect(result?.score).toBeUndefined();
    expect(result?.startedAt).toBeUndefined();
    expect(result?.completedAt).toBeUndefined();
    expect(result?.durationSeconds).toBeUndefined();
  });

  it('aiko: completed but scoring PENDING: no placeholder score, the graded categories kept', async () => {
    const [result] = resultsOf(await lookup(byId('aiko.tanaka@example.com')));
    expect(result).toMatchObject({ status: 'completed', outcome: 'pending', completedAt: '2025-05-19T23:52:09.030Z' });
    expect(result?.score).toBeUndefined();
    expect(result?.categories).toEqual([
      { name: 'Listening', percent: 77 },
      { name: 'Reading', percent: 83 },
    ]);
  });

  it('noah: completed PASS', async () => {
    const [result] = resultsOf(await lookup(byId('noah.fischer@example.com')));
    expect(result).toMatchObject({ status: 'completed', outcome: 'pass', score: { percent: 91, raw: 91 }, durationSeconds: 33 * 60 + 20 });
  });

  it('a well-formed id HiringBranch does not know is no_match', async () => {
    expect((await lookup({ emails: [], ids: { hiringbranch: ['aaaaaaaaaaaaaaaaaaaaaaaa'] } })).state).toBe('no_match');
  });
});

describe('HiringBranch: ids linked to an email', () => {
  it('resolves an email through its linked ids, labelling results with the email', async () => {
    const conn = connection();
    await linkHiringBranchId(conn.store, 'Jane.Doe@Example.com', idOf(JANE).toUpperCase());
    expect(await linkedHiringBranchIds(conn.store, [JANE])).toEqual([idOf(JANE)]);
    const results = resultsOf(await lookup({ emails: [JANE], ids: {} }, conn));
    expect(results.map((r) => [r.candidateEmail, r.outcome])).toEqual([
      [JANE, 'pass'],
      [JANE, 'pass'],
    ]);
  });

  it('asks once for an id both on the page and linked', async () => {
    const conn = connection();
    await linkHiringBranchId(conn.store, JANE, idOf(JANE));
    const results = resultsOf(await lookup({ emails: [JANE], ids: { hiringbranch: [idOf(JANE)] } }, conn));
    expect(results).toHaveLength(2);
    expect(idsPerRequest()).toEqual([1]);
  });

  it('an email without links is "not asked", never a no match, and makes no request', async () => {
    expect(hiringbranch.canAnswer({ emails: ['emma.wilson@example.com'], ids: {} })).toBe(true);
    expect(hiringbranch.canAnswer({ emails: [], ids: {} })).toBe(false);
    // Jane has HiringBranch results, but an email alone cannot find them: saying "no match" would be false.
    expect(await lookup({ emails: [JANE], ids: {} })).toMatchObject({ state: 'no_match', unsearched: true });
    expect(sandbox.requests).toHaveLength(0);
  });

  it('a searched id that HiringBranch does not know is a real no match', async () => {
    const outcome = await lookup({ emails: [], ids: { hiringbranch: ['aaaaaaaaaaaaaaaaaaaaaaaa'] } });
    expect(outcome).toMatchObject({ state: 'no_match' });
    expect(outcome).not.toHaveProperty('unsearched');
  });

  it('refuses a malformed id and unlinks', async () => {
    const store = memoryStore();
    await expect(linkHiringBranchId(store, JANE, 'not-an-id')).rejects.toThrow(/24 characters/);
    await linkHiringBranchId(store, JANE, idOf(JANE));
    await linkHiringBranchId(store, JANE, idOf('li.wei@example.com'));
    expect(await unlinkHiringBranchId(store, JANE, idOf(JANE))).toEqual([idOf('li.wei@example.com')]);
    expect(await unlinkHiringBranchId(store, JANE, idOf('li.wei@example.com'))).toEqual([]);
    expect(await store.get('links')).toEqual({});
  });
});

describe('HiringBranch: batching', () => {
  const CAST = ['jane.doe@example.com', 'omar.haddad@example.com', 'li.wei@example.com', 'noah.fischer@example.com'];

  it(`sends many ids in requests of at most ${IDS_PER_REQUEST}, every id answered`, async () => {
    const unknown = Array.from({ length: 116 }, (_, i) => i.toString(16).padStart(24, 'c'));
    const ids = [...CAST.map(idOf), ...unknown];
    const byCandidate = await fetchHiringBranchScores(connection(), ids);
    expect(idsPerRequest()).toEqual([50, 50, 20]);
    expect(byCandidate.size).toBe(120);
    expect(byCandidate.get(idOf(JANE))).toHaveLength(2);
    expect(byCandidate.get(idOf('noah.fischer@example.com'))?.[0]).toMatchObject({ outcome: 'pass' });
    expect(byCandidate.get(unknown[0] ?? '')).toEqual([]);
  });

  it('answers malformed ids with [] and never sends them (one would fail its whole batch)', async () => {
    const byCandidate = await fetchHiringBranchScores(connection(), ['bogus', idOf('li.wei@example.com')]);
    expect(byCandidate.get('bogus')).toEqual([]);
    expect(byCandidate.get(idOf('li.wei@example.com'))).toHaveLength(1);
    expect(sandbox.requests.map((r) => r.query)).toEqual([`?candidateIds=${idOf('li.wei@example.com')}`]);
  });

  it('makes no request for no usable id', async () => {
    expect(await fetchHiringBranchScores(connection(), [])).toEqual(new Map());
    expect(sandbox.requests).toHaveLength(0);
  });

  it('filters by assessment ids', async () => {
    const byCandidate = await fetchHiringBranchScores(connection(), [idOf(JANE)], { assessmentIds: ['64f1a2b3c4d5e6f708192a3c'] });
    expect(byCandidate.get(idOf(JANE))?.map((r) => r.assessment)).toEqual(['Chat Support – Written English']);
  });
});

describe('HiringBranch: the sandbox itself', () => {
  it('rejects a malformed id with 400, as the API validates', async () => {
    const response = await fetch(`${sandbox.baseUrl('hiringbranch')}/v1/score?candidateIds=xyz`, {
      headers: { 'X-API-Key': KEYS.valid },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ title: 'Validation failed', errors: { candidateIds: ["'xyz' is not a valid id."] } });
  });
});

describe('HiringBranch: faults', () => {
  const subject = byId(JANE);
  const errorOf = async (conn = connection()) => {
    const outcome = await lookup(subject, conn);
    if (outcome.state !== 'error') throw new Error(`expected an error, got ${outcome.state}`);
    return outcome.error;
  };

  it('maps a rejected key to unauthorized without ever echoing the key', async () => {
    const badKey = 'hb_live_this_key_is_wrong_0001';
    // A vendor that echoes the key back in its message: the key must still never show.
    sandbox.setFault('hiringbranch', { status: 401, body: JSON.stringify({ statusCode: 401, message: `Invalid API key ${badKey}` }) });
    const outcome = await lookup(subject, connection(badKey));
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'unauthorized', status: 401 } });
    expect(JSON.stringify(outcome)).not.toContain(badKey);
    expect(JSON.stringify(outcome)).toContain('paste the key');
    sandbox.setFault('hiringbranch', undefined);
    const real = await lookup(subject, connection(badKey));
    expect(real).toMatchObject({ state: 'error', error: { code: 'unauthorized' } });
    expect(JSON.stringify(real)).not.toContain(badKey);
  });

  it('maps a key without score access, or the wrong instance, to forbidden with advice', async () => {
    const noAccess = await errorOf(connection(KEYS.noScoreAccess));
    expect(noAccess).toMatchObject({ code: 'forbidden', status: 403 });
    expect(noAccess.message).toMatch(/may not read scores.*instance name/);
    expect(await errorOf(connection(KEYS.valid, { instance: 'someone-else' }))).toMatchObject({ code: 'forbidden' });
    expect(resultsOf(await lookup(subject, connection(KEYS.valid, { instance: HIRINGBRANCH_SANDBOX_INSTANCE })))).toHaveLength(2);
  });

  it('maps 400, 404 and 500 by status whatever the body', async () => {
    sandbox.setFault('hiringbranch', { status: 400 });
    expect(await errorOf()).toMatchObject({ code: 'bad_request', status: 400 });
    sandbox.setFault('hiringbranch', { status: 404, body: '' });
    const notFound = await errorOf();
    expect(notFound).toMatchObject({ code: 'not_found', status: 404 });
    expect(notFound.message).toMatch(/base URL/);
    sandbox.setFault('hiringbranch', { status: 500 });
    expect(await errorOf()).toMatchObject({ code: 'unavailable', status: 500 });
  });

  it('retries a 429 with a short Retry-After and then succeeds', async () => {
    sandbox.setFault('hiringbranch', { status: 429, retryAfter: '1', times: 1 });
    const started = Date.now();
    expect(resultsOf(await lookup(subject))).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sandbox.requests).toHaveLength(2);
  });

  it('reports rate_limited with the retry time when the wait is too long to sleep through', async () => {
    sandbox.setFault('hiringbranch', { status: 429, retryAfter: '3600' });
    const before = Date.now();
    const error = await errorOf();
    expect(error).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(error.retryAt ?? 0).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('reports unavailable after bounded retries of a 503', async () => {
    sandbox.setFault('hiringbranch', { status: 503 });
    expect(await errorOf()).toMatchObject({ code: 'unavailable', status: 503 });
    expect(sandbox.requests).toHaveLength(3);
  });

  it('reports bad_response for malformed JSON and for a missing field, naming the field', async () => {
    sandbox.setFault('hiringbranch', { status: 200, body: '[{"candidateId": ' });
    expect(await errorOf()).toMatchObject({ code: 'bad_response' });
    sandbox.setFault('hiringbranch', {
      transform: (body) => (body as Record<string, unknown>[]).map(({ assessmentStatus: _dropped, ...row }) => row),
    });
    const error = await errorOf();
    expect(error.code).toBe('bad_response');
    expect(error.message).toMatch(/\[0\]\.assessmentStatus/);
  });

  it('tolerates unknown fields, numbers as numbers and a status the API reference does not list', async () => {
    sandbox.setFault('hiringbranch', {
      transform: (body) =>
        (body as Record<string, unknown>[]).map((row, i) => ({
          ...row,
          proctoringUrl: 'https://portal.hiringbranch.com/report/1',
          totalScore: 82,
          assessmentStatus: i === 0 ? 'COMPLETED' : 'ARCHIVED',
        })),
    });
    const results = resultsOf(await lookup(subject));
    expect(results[0]).toMatchObject({ status: 'completed', score: { percent: 82 } });
    expect(results[1]).toMatchObject({ status: 'completed' });
  });

  it('stays bounded on a huge answer: one request, only the rows asked for', async () => {
    sandbox.setFault('hiringbranch', {
      transform: (body) => {
        const rows = body as Record<string, unknown>[];
        const filler = Array.from({ length: 20_000 }, (_, i) => ({ ...rows[0], candidateId: i.toString(16).padStart(24, 'e') }));
        return [...rows, ...filler, ...Array.from({ length: 500 }, () => rows[0])];
      },
    });
    const results = resultsOf(await lookup(subject));
    expect(sandbox.requests).toHaveLength(1);
    // Jane's own row repeated 500 times is capped at 100 per candidate.
    expect(results).toHaveLength(100);
    expect(results.every((r) => r.id.startsWith(idOf(JANE)))).toBe(true);
  });

  it('is still fine with 300 ms of latency', async () => {
    sandbox.setFault('hiringbranch', { latencyMs: 300 });
    expect(resultsOf(await lookup(subject))).toHaveLength(2);
  });

  it('answers the same for either doc generation (HiringBranch has one)', async () => {
    const fresh = resultsOf(await lookup(subject));
    sandbox.setGeneration('hiringbranch', 'old');
    expect(resultsOf(await lookup(subject))).toEqual(fresh);
  });
});

describe('HiringBranch: testConnection', () => {
  it('reads scores for an id that matches nothing', async () => {
    await expect(hiringbranch.testConnection(connection())).resolves.toBe('Key accepted');
    await expect(hiringbranch.testConnection(connection(KEYS.valid, { instance: HIRINGBRANCH_SANDBOX_INSTANCE }))).resolves.toBe(
      'Key accepted for instance acme-sandbox',
    );
    expect(sandbox.requests[0]?.query).toBe('?candidateIds=000000000000000000000000');
  });

  it('throws the VendorError otherwise', async () => {
    await expect(hiringbranch.testConnection(connection('hb_wrong_key_12345'))).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(hiringbranch.testConnection(connection(KEYS.noScoreAccess))).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('readHiringBranchError', () => {
  it('reads ProblemDetails, {statusCode, message} and nothing at all, always with advice', () => {
    expect(readHiringBranchError(400, { title: 'Validation failed', errors: { candidateIds: ["'x' is not a valid id."] } })).toEqual({
      message: "'x' is not a valid id. — check that the candidate id is the 24-character id from HiringBranch",
    });
    expect(readHiringBranchError(403, { statusCode: 403, message: ['Forbidden resource'] }).message).toMatch(/^Forbidden resource — /);
    expect(readHiringBranchError(401, undefined).message).toMatch(/^the API key was not accepted/);
    expect(readHiringBranchError(502, '<html>Bad gateway</html>').message).toMatch(/trouble/);
    expect(readHiringBranchError(400, undefined).code).toBeUndefined();
  });
});
