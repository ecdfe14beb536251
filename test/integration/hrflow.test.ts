import { describe, expect, it } from 'vitest';
import type { Subject, VendorOutcome } from '@/lib/model';
import { hrflow } from '@/lib/vendors/hrflow';
import { lookupVendor } from '../helpers/lookupVendor';
import { sandboxConnection, vendorSandbox } from '../helpers/vendorSandbox';
import { DEMO_EMAIL, DEMO_JOB_ID, personByEmail } from '../sandbox/fixtures';
import { hrflowSandboxKeys as KEYS, hrflowSandboxSettings as SETTINGS } from '../sandbox/hrflow';

const sandbox = vendorSandbox('hrflow');

const DEFAULT_FIELDS = {
  userEmail: SETTINGS.userEmail,
  sourceKeys: SETTINGS.sourceKey,
  boardKey: SETTINGS.boardKey,
  algorithmKey: SETTINGS.algorithmKey,
};
const connection = (fields: Record<string, string> = {}, apiKey: string = KEYS.valid) =>
  sandboxConnection(sandbox, 'hrflow', apiKey, { ...DEFAULT_FIELDS, ...fields });
/** The candidate as an ATS page gives them: email, candidate id and the job they applied to. */
const fromAts = (email: string): Subject => {
  const person = personByEmail(email);
  if (!person) throw new Error(`no such person ${email}`);
  return { emails: [email], ids: {}, ats: { ats: 'greenhouse', candidateId: person.ats.candidateId, jobId: person.ats.jobId } };
};
const lookup = (subject: Subject, conn = connection()) => lookupVendor(hrflow, subject, conn);
const resultsOf = (outcome: VendorOutcome) => (outcome.state === 'results' ? outcome.results : []);
const errorOf = (outcome: VendorOutcome) => (outcome.state === 'error' ? outcome.error : undefined);
const scoringRequests = () => sandbox.requests.filter((r) => r.path === '/v1/profiles/scoring');
const param = (query: string, name: string) => new URLSearchParams(query).get(name);

describe('HrFlow.ai client: the cast table', () => {
  const cast: [string, string, number][] = [
    [DEMO_EMAIL, 'Jane Doe', 0.87],
    ['janet.doerr@example.com', 'Janet Doerr', 0.21],
    ['li.wei@example.com', 'Li Wei', 0.55],
    ['lucas.martin@example.com', 'Lucas Martin', 0.42],
    ['aiko.tanaka@example.com', 'Aiko Tanaka', 0.63],
    ['diego.rossi@example.com', 'Diego Rossi', 0.74],
  ];
  it.each(cast)('resolves %s to one job match of %s scored %s', async (email, name, score) => {
    const outcome = await lookup(fromAts(email));
    expect(outcome.state).toBe('results');
    const [result, ...rest] = resultsOf(outcome);
    expect(rest).toHaveLength(0);
    expect(result).toMatchObject({
      vendor: 'hrflow',
      assessment: `Job match (ATS job ${DEMO_JOB_ID})`,
      candidateName: name,
      candidateEmail: email,
      status: 'completed',
      score: { percent: Math.round(score * 1000) / 10, raw: score, min: 0, max: 1 },
    });
    expect(result?.id).toMatch(new RegExp(`^[0-9a-f]{40}:${DEMO_JOB_ID}$`));
    // A match score ranks; it does not pass or fail anyone.
    expect(result?.outcome).toBeUndefined();
  });

  it('keeps the https LinkedIn link and drops an http one', async () => {
    expect(resultsOf(await lookup(fromAts(DEMO_EMAIL)))[0]?.links).toEqual([
      { label: 'LinkedIn', url: 'https://www.linkedin.com/in/jane-doe-example' },
    ]);
    expect(resultsOf(await lookup(fromAts('diego.rossi@example.com')))[0]?.links).toEqual([]);
  });

  it.each([
    'omar.haddad@example.com',
    'maria.garcia@example.com',
    'sam.okafor@example.com',
    'priya.shah@example.com',
    'noah.fischer@example.com',
    'emma.wilson@example.com',
  ])('says no_match for %s, whom HrFlow does not score', async (email) => {
    expect((await lookup(fromAts(email))).state).toBe('no_match');
  });

  it('finds the profile by its reference (the ATS candidate id) when no email is known', async () => {
    const janet = fromAts('janet.doerr@example.com');
    const outcome = await lookup({ ...janet, emails: [] });
    expect(resultsOf(outcome)).toMatchObject([{ candidateEmail: 'janet.doerr@example.com', score: { raw: 0.21 } }]);
    expect(scoringRequests().every((r) => param(r.query, 'email') === null)).toBe(true);
  });

  it('uses the job key from Options instead of the ATS job', async () => {
    const jobKey = SETTINGS.jobKeys[DEMO_JOB_ID] ?? '';
    const outcome = await lookup({ emails: ['li.wei@example.com'], ids: {} }, connection({ jobKey }));
    expect(resultsOf(outcome)).toMatchObject([
      { assessment: `Job match (HrFlow job ${jobKey})`, id: expect.stringMatching(`:${jobKey}$`) },
    ]);
    const [first] = scoringRequests();
    expect(param(first?.query ?? '', 'job_key')).toBe(jobKey);
    expect(param(first?.query ?? '', 'job_reference')).toBeNull();
  });
});

describe('HrFlow.ai client: both doc generations', () => {
  it('parses both generations to the same normalised result', async () => {
    sandbox.setGeneration('hrflow', 'new');
    const newer = await lookup(fromAts('janet.doerr@example.com'));
    sandbox.setGeneration('hrflow', 'old');
    const older = await lookup(fromAts('janet.doerr@example.com'));
    expect(resultsOf(older)).toHaveLength(1);
    expect(resultsOf(older)).toEqual(resultsOf(newer));
  });

  it('finds the profile itself, then its score narrowed to it: rank 300-odd of 406 is found in two reads', async () => {
    const outcome = await lookup(fromAts('janet.doerr@example.com'));
    expect(resultsOf(outcome)).toMatchObject([{ candidateEmail: 'janet.doerr@example.com', score: { raw: 0.21 } }]);
    expect(sandbox.requests.map((r) => r.path)).toEqual(['/v1/profile/indexing', '/v1/profiles/scoring']);
    const [scoring] = scoringRequests();
    expect(JSON.parse(param(scoring?.query ?? '', 'profile_keys') ?? '')).toHaveLength(1);
    expect(JSON.parse(param(scoring?.query ?? '', 'source_keys') ?? '')).toEqual([SETTINGS.sourceKey]);
    expect(param(scoring?.query ?? '', 'algorithm_key')).toBe(SETTINGS.algorithmKey);
    expect(param(scoring?.query ?? '', 'job_reference')).toBe(DEMO_JOB_ID);
  });

  it('the sandbox pool is larger than any bound a client might page to', async () => {
    const raw = await fetch(
      `${sandbox.baseUrl('hrflow')}/profiles/scoring?job_reference=${DEMO_JOB_ID}&source_keys=${encodeURIComponent(JSON.stringify([SETTINGS.sourceKey]))}&algorithm_key=${SETTINGS.algorithmKey}&limit=30`,
      { headers: { 'X-API-KEY': KEYS.valid, 'X-USER-EMAIL': SETTINGS.userEmail } },
    );
    const body = (await raw.json()) as { meta: { total: number; maxPage: number } };
    expect(body.meta.total).toBeGreaterThan(150 * 2);
    expect(body.meta.maxPage).toBeGreaterThan(5);
  });

  it('finds a profile by email through the profile search when the reference is unknown', async () => {
    const outcome = await lookup({ emails: ['li.wei@example.com'], ids: {}, ats: { ats: 'greenhouse', jobId: DEMO_JOB_ID } });
    expect(resultsOf(outcome)).toMatchObject([{ candidateEmail: 'li.wei@example.com', score: { raw: 0.55 } }]);
    expect(sandbox.requests.map((r) => r.path)).toEqual(['/v1/profiles/searching', '/v1/profiles/scoring']);
  });

  it("where the server ignores profile_keys (older), reads the profile's scores for the board's jobs (the API reference's /jobs/scoring)", async () => {
    sandbox.setGeneration('hrflow', 'old');
    const outcome = await lookup(fromAts('janet.doerr@example.com'));
    expect(resultsOf(outcome)).toMatchObject([{ score: { raw: 0.21 } }]);
    const jobs = sandbox.requests.filter((r) => r.path === '/v1/jobs/scoring');
    expect(jobs).toHaveLength(1);
    expect(JSON.parse(param(jobs[0]?.query ?? '', 'board_keys') ?? '')).toEqual([SETTINGS.boardKey]);
  });

  it('a profile HrFlow has not scored for this job shows as found, not scored (never "no match")', async () => {
    const subject = { emails: [], ids: {}, ats: { ats: 'greenhouse', candidateId: 'pool-5512008-000', jobId: DEMO_JOB_ID } };
    expect(resultsOf(await lookup(subject))).toMatchObject([{ status: 'invited', note: expect.stringMatching(/no score for this job/) }]);
  });

  it('says no_match, without any scoring read, when HrFlow has no profile for the candidate', async () => {
    expect((await lookup(fromAts('emma.wilson@example.com'))).state).toBe('no_match');
    expect(scoringRequests()).toHaveLength(0);
  });

  it('says the current API needs the algorithm key', async () => {
    const outcome = await lookup(fromAts(DEMO_EMAIL), connection({ algorithmKey: '' }));
    expect(errorOf(outcome)).toMatchObject({ code: 'bad_request', status: 400 });
    expect(errorOf(outcome)?.message).toMatch(/Algorithm key in Options/);
  });
});

describe('HrFlow.ai client: settings and keys', () => {
  it.each([
    ['userEmail', /Set the HrFlow user email in Options/],
    ['sourceKeys', /Set the HrFlow source keys in Options/],
  ])('refuses to call without %s', async (field, message) => {
    const outcome = await lookup(fromAts(DEMO_EMAIL), connection({ [field]: '  ' }));
    expect(errorOf(outcome)).toMatchObject({ code: 'bad_request' });
    expect(errorOf(outcome)?.message).toMatch(message);
    expect(sandbox.requests).toHaveLength(0);
  });

  it('asks for a job when the candidate was not opened from one and no job key is set', async () => {
    const outcome = await lookup({ emails: [DEMO_EMAIL], ids: {} });
    expect(errorOf(outcome)).toMatchObject({ code: 'bad_request' });
    expect(errorOf(outcome)?.message).toMatch(/open the candidate from a job.*or set a job key in Options/);
    expect(sandbox.requests).toHaveLength(0);
  });

  it('says a write-only key cannot read, without calling HrFlow', async () => {
    const outcome = await lookup(fromAts(DEMO_EMAIL), connection({}, KEYS.writeOnly));
    expect(errorOf(outcome)).toMatchObject({ code: 'forbidden' });
    expect(errorOf(outcome)?.message).toMatch(/write-only.*askr_/);
    await expect(hrflow.testConnection(connection({}, KEYS.writeOnly))).rejects.toMatchObject({ code: 'forbidden' });
    expect(sandbox.requests).toHaveLength(0);
  });

  it('reads with a read/write key too', async () => {
    expect((await lookup(fromAts(DEMO_EMAIL), connection({}, KEYS.readWrite))).state).toBe('results');
  });

  it('maps a key whose source lacks the Profile Scoring API to forbidden', async () => {
    const outcome = await lookup(fromAts(DEMO_EMAIL), connection({}, KEYS.noScoring));
    expect(errorOf(outcome)).toMatchObject({ code: 'forbidden', status: 403 });
    expect(errorOf(outcome)?.message).toMatch(/Profile Scoring API/);
  });

  it('never shows the key HrFlow echoes back', async () => {
    const badKey = 'askr_this_key_is_wrong_and_echoed_0001';
    // The sandbox, like HrFlow, puts the refused key in its message.
    const raw = await fetch(`${sandbox.baseUrl('hrflow')}/profiles/scoring`, { headers: { 'X-API-KEY': badKey } });
    expect(await raw.text()).toContain(badKey);
    const outcome = await lookup(fromAts(DEMO_EMAIL), connection({}, badKey));
    expect(errorOf(outcome)).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(errorOf(outcome)?.message).toMatch(/Invalid secret key/);
    expect(JSON.stringify(outcome)).not.toContain(badKey);
    const failure = await hrflow.testConnection(connection({}, badKey)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'unauthorized' });
    expect(String((failure as Error).message)).not.toContain(badKey);
  });

  it('maps a wrong user email to unauthorized, naming the setting', async () => {
    const outcome = await lookup(fromAts(DEMO_EMAIL), connection({ userEmail: 'someone.else@acme.test' }));
    expect(errorOf(outcome)).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(errorOf(outcome)?.message).toMatch(/user email in Options/);
  });

  it('treats HTTP 200 with an error code in the body as that error, still hiding the key', async () => {
    sandbox.setFault('hrflow', {
      status: 200,
      body: JSON.stringify({ code: 401, message: `Unauthorized. Invalid secret key: ${KEYS.valid} ` }),
    });
    const outcome = await lookup(fromAts(DEMO_EMAIL));
    expect(errorOf(outcome)).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(JSON.stringify(outcome)).not.toContain(KEYS.valid);
  });

  it('says which ATS job HrFlow does not know, and how to link it; a mapping in Options links it', async () => {
    const other = { emails: [DEMO_EMAIL], ids: {}, ats: { ats: 'greenhouse', jobId: '9999999' } };
    const outcome = await lookup(other);
    expect(errorOf(outcome)).toMatchObject({ code: 'not_found', status: 404 });
    expect(errorOf(outcome)?.message).toMatch(/no job whose reference is the ATS job id 9999999: map this ATS job/);
    const jobKey = SETTINGS.jobKeys[DEMO_JOB_ID] ?? '';
    const mapped = await lookup(other, connection({ jobMap: `9999999 = ${jobKey}\n1234:abcd` }));
    expect(resultsOf(mapped)).toMatchObject([{ assessment: `Job match (HrFlow job ${jobKey})`, score: { raw: 0.87 } }]);
  });
});

describe('HrFlow.ai client: faults', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [500, 'unavailable'],
  ] as const)('maps an injected %d to %s', async (status, code) => {
    sandbox.setFault('hrflow', { status });
    expect(errorOf(await lookup(fromAts(DEMO_EMAIL)))).toMatchObject({ code, status });
  });

  it('retries a 429 with a short Retry-After and then succeeds', async () => {
    sandbox.setFault('hrflow', { status: 429, retryAfter: '1', times: 1 });
    const started = Date.now();
    expect((await lookup(fromAts(DEMO_EMAIL))).state).toBe('results');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sandbox.requests.map((r) => r.status)).toEqual([429, 200, 200]);
  });

  it('reports rate_limited with the retry time when the wait is too long, after one request', async () => {
    sandbox.setFault('hrflow', { status: 429, retryAfter: '3600' });
    const before = Date.now();
    const outcome = await lookup(fromAts(DEMO_EMAIL));
    expect(errorOf(outcome)).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(errorOf(outcome)?.retryAt ?? 0).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('reports unavailable after bounded retries of a 503', async () => {
    sandbox.setFault('hrflow', { status: 503 });
    expect(errorOf(await lookup(fromAts(DEMO_EMAIL)))).toMatchObject({ code: 'unavailable', status: 503 });
    expect(sandbox.requests).toHaveLength(3);
  });

  it('reports bad_response for malformed JSON', async () => {
    sandbox.setFault('hrflow', { status: 200, body: '{"code": 200, "data": {' });
    expect(errorOf(await lookup(fromAts(DEMO_EMAIL)))).toMatchObject({ code: 'bad_response' });
  });

  it('reports bad_response naming a missing required field', async () => {
    sandbox.setFault('hrflow', {
      transform: (body) => {
        const b = body as { data: { profiles?: Record<string, unknown>[] } };
        delete b.data.profiles?.[0]?.key;
        return b;
      },
    });
    const error = errorOf(await lookup(fromAts(DEMO_EMAIL)));
    expect(error).toMatchObject({ code: 'bad_response' });
    expect(error?.message).toMatch(/data\.profiles\[0\]\.key/);
  });

  it("sends every request through the engine's gate", async () => {
    const seen: number[] = [];
    const gate = { acquire: async () => () => undefined, observe: (response: Response) => void seen.push(response.status) };
    await lookup(fromAts('janet.doerr@example.com'), { ...connection(), gate });
    expect(seen).toEqual([200, 200]);
  });

  it('still answers under 300 ms of latency', async () => {
    sandbox.setFault('hrflow', { latencyMs: 300 });
    expect(resultsOf(await lookup(fromAts(DEMO_EMAIL)))).toMatchObject([{ score: { raw: 0.87 } }]);
  });
});

describe('HrFlow.ai testConnection', () => {
  it('scores one profile for the job key when one is set', async () => {
    const jobKey = SETTINGS.jobKeys[DEMO_JOB_ID] ?? '';
    await expect(hrflow.testConnection(connection({ jobKey }))).resolves.toBe(
      `Connected as ${SETTINGS.userEmail}: 406 profiles scored for job ${jobKey}`,
    );
    expect(param(scoringRequests()[0]?.query ?? '', 'limit')).toBe('1');
  });

  it('says "1 profile" when the job scores one', async () => {
    const jobKey = SETTINGS.jobKeys[DEMO_JOB_ID] ?? '';
    sandbox.setFault('hrflow', {
      transform: (body) => ({ ...(body as object), meta: { ...(body as { meta?: object }).meta, total: 1 } }),
      times: 1,
    });
    await expect(hrflow.testConnection(connection({ jobKey }))).resolves.toBe(
      `Connected as ${SETTINGS.userEmail}: 1 profile scored for job ${jobKey}`,
    );
  });

  it('otherwise reads a profile that does not exist from each source', async () => {
    await expect(hrflow.testConnection(connection())).resolves.toBe(`Connected as ${SETTINGS.userEmail}: source readable`);
    expect(sandbox.requests.map((r) => r.path)).toEqual(['/v1/profile/indexing']);
  });

  it('fails on a wrong key, a wrong source and a wrong algorithm key', async () => {
    await expect(hrflow.testConnection(connection({}, 'askr_wrong_key_1234567890'))).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(hrflow.testConnection(connection({ sourceKeys: 'not-a-source' }))).rejects.toMatchObject({ code: 'bad_request' });
    const jobKey = SETTINGS.jobKeys[DEMO_JOB_ID] ?? '';
    await expect(hrflow.testConnection(connection({ jobKey, algorithmKey: 'nope' }))).rejects.toMatchObject({ code: 'bad_request' });
  });
});
