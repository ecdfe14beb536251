import { describe, expect, it } from 'vitest';
import type { Subject, VendorOutcome } from '@/lib/model';
import {
  INDEX_TTL_MS,
  MAX_PAGES_PER_ASSESSMENT,
  MIN_REFRESH_MS,
  praxicraft,
  refreshEmailIndex,
  tokensForEmail,
} from '@/lib/vendors/praxicraft';
import { lookupVendor } from '../helpers/lookupVendor';
import { memoryStore } from '../helpers/memoryStore';
import { sandboxConnection, vendorSandbox } from '../helpers/vendorSandbox';
import { DEMO_EMAIL } from '../sandbox/fixtures';
import { PRAXICRAFT_CAST, praxicraftSandbox, praxicraftSandboxKeys as KEYS } from '../sandbox/praxicraft';

const sandbox = vendorSandbox('praxicraft', { reset: () => praxicraftSandbox.reset() });

const tokenOf = (email: string, i = 0) => PRAXICRAFT_CAST[email]?.[i]?.token ?? '';
const JANE = tokenOf(DEMO_EMAIL);

const connection = (apiKey: string = KEYS.valid, fields: Record<string, string> = {}, store = memoryStore()) =>
  sandboxConnection(sandbox, 'praxicraft', apiKey, fields, store);
const byEmail = (email: string): Subject => ({ emails: [email], ids: {} });
const byToken = (token: string): Subject => ({ emails: [], ids: { praxicraft: [token] } });
const lookup = (subject: Subject, conn = connection()) => lookupVendor(praxicraft, subject, conn);
const resultsOf = (outcome: VendorOutcome) => {
  expect(outcome.state).toBe('results');
  return outcome.state === 'results' ? outcome.results : [];
};
const only = (outcome: VendorOutcome) => {
  const results = resultsOf(outcome);
  expect(results).toHaveLength(1);
  return results[0];
};
const errorOf = (outcome: VendorOutcome) => (outcome.state === 'error' ? outcome.error : undefined);
const omit = (body: unknown, key: string) => {
  const copy = { ...(body as Record<string, unknown>) };
  delete copy[key];
  return copy;
};
const listRequests = (slug?: string) =>
  sandbox.requests.filter((r) => r.path.includes(slug ? `/assessments/${slug}/results/` : '/results/'));

const JANE_RESULT = {
  vendor: 'praxicraft',
  id: JANE,
  assessment: 'Senior Backend Engineer Screen',
  candidateName: 'Jane Doe',
  candidateEmail: DEMO_EMAIL,
  status: 'completed',
  outcome: 'pass',
  score: { percent: 85, raw: 255, min: 0, max: 300 },
  durationSeconds: 4460,
  cases: [
    { order: 1, title: 'Query Optimization', score: 100, max: 100, status: 'correct', timeSeconds: 820 },
    { order: 2, title: 'ETL Pipeline', score: 100, max: 100, status: 'correct', timeSeconds: 1540 },
    { order: 3, title: 'Data Modeling', score: 55, max: 100, status: 'incorrect', timeSeconds: 2100 },
  ],
  integrity: { fullscreenViolations: 0, copyPasteViolations: 2 },
  startedAt: '2025-03-15T14:00:00.000Z',
  completedAt: '2025-03-15T15:20:00.000Z',
  links: [
    { label: 'Praxicraft report', url: `https://app.praxicraft.io/api/v1/assess/assessments/senior-backend-screen/results/${JANE}/` },
  ],
};

describe('Praxicraft: the cast, from email and from invite token', () => {
  it('jane: completed pass with cases and copy-paste violations, found on page 2 of her assessment', async () => {
    const result = only(await lookup(byEmail(DEMO_EMAIL)));
    expect(result).toMatchObject(JANE_RESULT);
    // 130 newer rows: reaching her takes a second page, read through our base URL with the cursor.
    const backend = listRequests('senior-backend-screen');
    expect(backend).toHaveLength(2);
    expect(backend[1]?.query).toMatch(/cursor=/);
    expect(backend.every((r) => r.query.includes('page_size=100'))).toBe(true);
    expect(sandbox.requests.filter((r) => r.path.endsWith('/assessments/'))).toHaveLength(1);
    // Archived and draft assessments are scanned too: an invite may sit in one.
    expect(listRequests('legacy-java-screen')).toHaveLength(1);
    expect(listRequests('platform-sre-screen')).toHaveLength(1);
    expect(sandbox.requests.find((r) => r.path.endsWith('/assessments/'))?.query).toMatch(/status=all/);
  });

  it('finds a candidate whose only invite is in an archived assessment', async () => {
    expect(only(await lookup(byEmail('filler-184@example.org')))).toMatchObject({ assessment: 'Java Screen (2024)' });
  });

  it('jane: an invite token found on the page reads the result directly, without the index', async () => {
    expect(only(await lookup(byToken(JANE.toUpperCase())))).toMatchObject({ ...JANE_RESULT, candidateEmail: DEMO_EMAIL });
    expect(sandbox.requests.map((r) => r.path)).toEqual([`/api/v1/public/invites/${JANE}/result/`]);
  });

  it('janet: completed fail', async () => {
    expect(only(await lookup(byEmail('janet.doerr@example.com')))).toMatchObject({
      status: 'completed',
      outcome: 'fail',
      score: { percent: 39, raw: 117, max: 300 },
      integrity: { fullscreenViolations: 1, copyPasteViolations: 0 },
    });
  });

  it('omar: started, so in progress without a score, titled from the assessments list', async () => {
    const result = only(await lookup(byEmail('omar.haddad@example.com')));
    expect(result).toMatchObject({
      id: tokenOf('omar.haddad@example.com'),
      status: 'in_progress',
      assessment: 'Frontend Take-Home',
      candidateName: 'Omar Haddad',
    });
    expect(result?.score).toBeUndefined();
    expect(result?.outcome).toBeUndefined();
  });

  it('li: completed with passed=false and a low score is a fail', async () => {
    expect(only(await lookup(byEmail('li.wei@example.com')))).toMatchObject({
      status: 'completed',
      outcome: 'fail',
      score: { percent: 64, raw: 128, max: 200 },
      assessment: 'Data Engineering Assessment',
    });
  });

  it('maria: 5 fullscreen and 3 copy-paste violations', async () => {
    expect(only(await lookup(byEmail('maria.garcia@example.com')))).toMatchObject({
      outcome: 'pass',
      integrity: { fullscreenViolations: 5, copyPasteViolations: 3 },
    });
  });

  it('sam: pending (not started) is invited; priya: expired', async () => {
    expect(only(await lookup(byEmail('sam.okafor@example.com')))).toMatchObject({
      status: 'invited',
      assessment: 'Senior Backend Engineer Screen',
    });
    expect(only(await lookup(byEmail('priya.shah@example.com')))).toMatchObject({
      status: 'expired',
      assessment: 'Data Engineering Assessment',
    });
  });

  it('lucas: a case pending review keeps a not-yet-passed result pending', async () => {
    const result = only(await lookup(byEmail('lucas.martin@example.com')));
    expect(result).toMatchObject({ status: 'completed', outcome: 'pending', score: { raw: 145, max: 300, percent: 48.3 } });
    expect(result?.cases.map((c) => c.status)).toEqual(['correct', 'pending_review', 'partial']);
    expect(result?.cases[1]).toMatchObject({ score: null, max: 100 });
  });

  it('diego: two assessments, one pass and one fail', async () => {
    const results = resultsOf(await lookup(byEmail('diego.rossi@example.com')));
    expect(results.map((r) => [r.assessment, r.outcome]).sort()).toEqual([
      ['Data Engineering Assessment', 'fail'],
      ['Senior Backend Engineer Screen', 'pass'],
    ]);
  });

  it('emma and unknown emails: no_match; ids that are not invite tokens are not asked', async () => {
    expect((await lookup(byEmail('emma.wilson@example.com'))).state).toBe('no_match');
    expect((await lookup(byEmail('NOBODY@example.com'))).state).toBe('no_match');
    expect(praxicraft.canAnswer({ emails: [], ids: { praxicraft: ['senior-backend-screen'] } })).toBe(false);
    expect(praxicraft.canAnswer(byToken(JANE))).toBe(true);
  });

  it('only the configured assessment slugs are scanned, without listing assessments', async () => {
    const conn = connection(KEYS.valid, { assessmentSlugs: 'frontend-take-home, data-engineering' });
    expect(only(await lookup(byEmail('omar.haddad@example.com'), conn))).toMatchObject({
      status: 'in_progress',
      assessment: 'frontend-take-home',
    });
    expect(sandbox.requests.some((r) => r.path.endsWith('/assessments/'))).toBe(false);
    expect(listRequests('senior-backend-screen')).toHaveLength(0);
    // Jane's assessment is not configured: nothing.
    expect((await lookup(byEmail(DEMO_EMAIL), conn)).state).toBe('no_match');
  });

  it('a configured slug that does not exist is named in the error', async () => {
    const outcome = await lookup(byEmail(DEMO_EMAIL), connection(KEYS.valid, { assessmentSlugs: 'no-such-screen' }));
    expect(errorOf(outcome)).toMatchObject({ code: 'not_found', status: 404 });
    expect(errorOf(outcome)?.message).toMatch(/no-such-screen.*check the assessment slugs/);
  });
});

describe('Praxicraft: the email → invite-token index', () => {
  it('is built once, then refreshed from the newest row down to the first known one', async () => {
    const store = memoryStore();
    const conn = connection(KEYS.valid, {}, store);
    const t0 = Date.now();
    const first = await refreshEmailIndex(conn, { now: t0 });
    expect(first).toMatchObject({ rebuilt: true, refreshed: true });
    expect(tokensForEmail(first.index, DEMO_EMAIL)).toEqual([{ token: JANE, slug: 'senior-backend-screen', name: 'Jane Doe' }]);
    expect(tokensForEmail(first.index, 'Diego.Rossi@example.com').map((e) => e.slug)).toEqual([
      'data-engineering',
      'senior-backend-screen',
    ]);
    expect(listRequests().some((r) => r.query.includes('cursor='))).toBe(true);

    // The next refresh reads only each assessment's first page: its top row is already known.
    sandbox.requests.length = 0;
    const second = await refreshEmailIndex(conn, { now: t0 + MIN_REFRESH_MS });
    expect(second).toMatchObject({ rebuilt: false, refreshed: true });
    expect(sandbox.requests.map((r) => r.path).sort()).toEqual([
      '/api/v1/public/assessments/data-engineering/results/',
      '/api/v1/public/assessments/frontend-take-home/results/',
      '/api/v1/public/assessments/legacy-java-screen/results/',
      '/api/v1/public/assessments/platform-sre-screen/results/',
      '/api/v1/public/assessments/senior-backend-screen/results/',
    ]);
    expect(sandbox.requests.some((r) => r.query.includes('cursor='))).toBe(false);

    // A burst of lookups shares one refresh.
    sandbox.requests.length = 0;
    expect(await refreshEmailIndex(conn, { now: t0 + MIN_REFRESH_MS + 1_000 })).toMatchObject({ refreshed: false });
    expect(sandbox.requests).toHaveLength(0);

    // A new invite appears at the top of a list: the next refresh picks it up.
    const token = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
    praxicraftSandbox.addSession({
      token,
      slug: 'frontend-take-home',
      email: 'new.hire@example.org',
      name: 'New Hire',
      status: 'pending',
      at: '2025-07-02T09:00:00Z',
    });
    const third = await refreshEmailIndex(conn, { now: t0 + 2 * MIN_REFRESH_MS });
    expect(tokensForEmail(third.index, 'new.hire@example.org')).toEqual([{ token, slug: 'frontend-take-home', name: 'New Hire' }]);
    // And the client finds the candidate from the stored index.
    expect(only(await lookup(byEmail('new.hire@example.org'), conn))).toMatchObject({
      id: token,
      status: 'invited',
      candidateName: 'New Hire',
    });
  });

  it('picks up a new invite even when older rows moved above it (lists order by last activity)', async () => {
    const conn = connection(KEYS.valid, {}, memoryStore());
    const t0 = Date.now();
    await refreshEmailIndex(conn, { now: t0 });
    const token = '0b1c2d3e-4f5a-4b6c-8d7e-000000000001';
    praxicraftSandbox.addSession({
      token,
      slug: 'senior-backend-screen',
      email: 'late.invite@example.org',
      name: 'Late Invite',
      status: 'pending',
      at: '2025-07-02T09:00:00Z',
    });
    // Then Sam starts his (older) invite and Jane's is re-sent unchanged: both rows move above the new one.
    praxicraftSandbox.update(tokenOf('sam.okafor@example.com'), {
      at: '2025-07-03T09:00:00Z',
      status: 'started',
      startedAt: '2025-07-03T09:00:00Z',
    });
    praxicraftSandbox.update(JANE, { at: '2025-07-04T09:00:00Z' });
    sandbox.requests.length = 0;
    const next = await refreshEmailIndex(conn, { now: t0 + MIN_REFRESH_MS });
    expect(tokensForEmail(next.index, 'late.invite@example.org')).toEqual([{ token, slug: 'senior-backend-screen', name: 'Late Invite' }]);
    // Still one page per assessment.
    expect(listRequests('senior-backend-screen')).toHaveLength(1);
    // And Sam's card shows his invite as started.
    expect(only(await lookup(byEmail('sam.okafor@example.com'), conn))).toMatchObject({ status: 'in_progress' });
  });

  it('is rebuilt after its TTL, and for another key', async () => {
    let clock = Date.now();
    const store = memoryStore(() => clock);
    const t0 = clock;
    await refreshEmailIndex(connection(KEYS.valid, {}, store), { now: t0 });
    clock = t0 + INDEX_TTL_MS + 1;
    expect(await refreshEmailIndex(connection(KEYS.valid, {}, store), { now: clock })).toMatchObject({ rebuilt: true });
    // A test-mode key never reuses the live index: it sees only test-mode data.
    const other = await refreshEmailIndex(connection(KEYS.test, {}, store), { now: clock + MIN_REFRESH_MS });
    expect(other.rebuilt).toBe(true);
    expect(tokensForEmail(other.index, DEMO_EMAIL)).toEqual([]);
    expect(tokensForEmail(other.index, 'test.candidate@example.org')).toHaveLength(1);
    expect(JSON.stringify([...store.data.values()])).not.toContain(KEYS.test);
  });

  it('two lookups at once share one rebuild', async () => {
    const conn = connection(KEYS.valid, {}, memoryStore());
    const [jane, li] = await Promise.all([lookup(byEmail(DEMO_EMAIL), conn), lookup(byEmail('li.wei@example.com'), conn)]);
    expect(only(jane)).toMatchObject({ id: JANE });
    expect(only(li)).toMatchObject({ id: tokenOf('li.wei@example.com') });
    expect(sandbox.requests.filter((r) => r.path.endsWith('/assessments/'))).toHaveLength(1);
    expect(listRequests('senior-backend-screen')).toHaveLength(2);
  });

  it('stops at the page cap when `next` never ends', async () => {
    let served = 0;
    sandbox.setFault('praxicraft', {
      transform: (body) => {
        const page = body as { next?: string | null; results?: { invite_token?: string }[] };
        if (!page.results?.[0]?.invite_token) return body;
        served += 1;
        const results = page.results
          .slice(0, 5)
          .map((row, i) => ({ ...row, invite_token: `00000000-0000-4000-8000-${String(served * 10 + i).padStart(12, '0')}` }));
        return { ...page, results, next: `https://app.praxicraft.io/api/v1/public/x/?cursor=c${served}` };
      },
    });
    await refreshEmailIndex(connection(), { now: Date.now() });
    for (const slug of ['senior-backend-screen', 'data-engineering', 'frontend-take-home']) {
      expect(listRequests(slug)).toHaveLength(MAX_PAGES_PER_ASSESSMENT);
    }
  });
});

describe('Praxicraft: doc generations', () => {
  it('the older generation (next on app.praxicraft.io, no livemode) gives the same results', async () => {
    const fresh = resultsOf(await lookup(byEmail(DEMO_EMAIL)));
    const diegoNew = resultsOf(await lookup(byEmail('diego.rossi@example.com')));
    sandbox.setGeneration('praxicraft', 'old');
    sandbox.requests.length = 0;
    expect(resultsOf(await lookup(byEmail(DEMO_EMAIL)))).toEqual(fresh);
    expect(resultsOf(await lookup(byEmail('diego.rossi@example.com')))).toEqual(diegoNew);
    // The cursor from the app.praxicraft.io link went to our own base URL (the sandbox logged it).
    expect(listRequests('senior-backend-screen').filter((r) => r.query.includes('cursor='))).not.toHaveLength(0);
  });

  it('the generations differ where the docs say', async () => {
    const url = `${sandbox.baseUrl('praxicraft')}/assessments/senior-backend-screen/results/`;
    const read = async () =>
      (await fetch(url, { headers: { Authorization: `Bearer ${KEYS.valid}` } }).then((r) => r.json())) as Record<string, unknown>;
    expect(String((await read()).next)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/praxicraft\/api\/v1\/public\/.*cursor=/);
    sandbox.setGeneration('praxicraft', 'old');
    expect(String((await read()).next)).toMatch(/^https:\/\/app\.praxicraft\.io\/api\/v1\/public\/.*cursor=/);
  });

  it('counts violations from the newer violation_events when violation_counts is missing', async () => {
    sandbox.setFault('praxicraft', {
      transform: (body) => omit(body, 'violation_counts'),
    });
    expect(only(await lookup(byToken(JANE)))).toMatchObject({ integrity: { fullscreenViolations: 0, copyPasteViolations: 2 } });
  });

  it('sends the documented rate-limit headers', async () => {
    const response = await fetch(`${sandbox.baseUrl('praxicraft')}/assessments/?page_size=1`, {
      headers: { Authorization: `Bearer ${KEYS.valid}` },
    });
    expect(response.headers.get('x-ratelimit-limit')).toBe('2000');
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(2000);
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('Praxicraft: errors a recruiter can act on', () => {
  it('a wrong key is unauthorized, and the key it echoes never shows', async () => {
    const badKey = 'ct_live_this_key_is_wrong_000000001';
    for (const subject of [byEmail(DEMO_EMAIL), byToken(JANE)]) {
      const outcome = await lookup(subject, connection(badKey));
      expect(errorOf(outcome)).toMatchObject({ code: 'unauthorized', status: 401 });
      expect(JSON.stringify(outcome)).not.toContain(badKey);
    }
  });

  it('an expired key says to renew it', async () => {
    const outcome = await lookup(byToken(JANE), connection(KEYS.expired));
    expect(errorOf(outcome)).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(errorOf(outcome)?.message).toMatch(/renew the key/);
  });

  it('403 says which: scope, IP allow-list or plan', async () => {
    const scope = await lookup(byEmail(DEMO_EMAIL), connection(KEYS.noScope));
    expect(errorOf(scope)).toMatchObject({ code: 'forbidden', status: 403 });
    expect(errorOf(scope)?.message).toMatch(/the key needs the candidates:read scope/);
    const ip = await lookup(byToken(JANE), connection(KEYS.ipBlocked));
    expect(errorOf(ip)).toMatchObject({ code: 'forbidden' });
    expect(errorOf(ip)?.message).toMatch(/this IP is not allow-listed/);
    const plan = await lookup(byToken(JANE), connection(KEYS.noPlan));
    expect(errorOf(plan)).toMatchObject({ code: 'forbidden' });
    expect(errorOf(plan)?.message).toMatch(/your plan does not include the API/);
  });

  it('a test-mode key gets 404 for a live invite, and says why', async () => {
    const outcome = await lookup(byToken(JANE), connection(KEYS.test));
    expect(errorOf(outcome)).toMatchObject({ code: 'not_found', status: 404 });
    expect(errorOf(outcome)?.message).toMatch(/a ct_test_ key only sees test-mode data/);
    expect((await lookup(byEmail(DEMO_EMAIL), connection(KEYS.test))).state).toBe('no_match');
    expect(only(await lookup(byEmail('test.candidate@example.org'), connection(KEYS.test)))).toMatchObject({ outcome: 'pass' });
  });

  it('a page token gone missing does not hide what the email found', async () => {
    const gone = '11111111-2222-4333-8444-555555555555';
    const outcome = await lookup({ emails: [DEMO_EMAIL], ids: { praxicraft: [gone] } });
    expect(only(outcome)).toMatchObject({ id: JANE });
  });

  it('retries a 429 with a short Retry-After and then succeeds', async () => {
    sandbox.setFault('praxicraft', { status: 429, retryAfter: '1', times: 1 });
    const started = Date.now();
    expect(only(await lookup(byToken(JANE)))).toMatchObject({ id: JANE });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sandbox.requests).toHaveLength(2);
  });

  it('reports rate_limited with the retry time when the wait is long, after one request', async () => {
    sandbox.setFault('praxicraft', { status: 429, retryAfter: '3600' });
    const before = Date.now();
    const outcome = await lookup(byEmail(DEMO_EMAIL));
    expect(errorOf(outcome)).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(errorOf(outcome)?.retryAt ?? 0).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('reads the older 429 body, which has no code, as rate_limited', async () => {
    sandbox.setGeneration('praxicraft', 'old');
    const outcome = await lookup(byToken(JANE), connection(KEYS.exhausted));
    expect(errorOf(outcome)).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(errorOf(outcome)?.retryAt).toBeGreaterThan(Date.now() + 3_000_000);
    expect(errorOf(outcome)?.message).toMatch(/hourly read limit/);
  });

  it('reports unavailable after bounded retries of a 503, and at once for a 500', async () => {
    sandbox.setFault('praxicraft', { status: 503 });
    expect(errorOf(await lookup(byToken(JANE)))).toMatchObject({ code: 'unavailable', status: 503 });
    expect(sandbox.requests).toHaveLength(3);
    sandbox.requests.length = 0;
    sandbox.setFault('praxicraft', { status: 500 });
    expect(errorOf(await lookup(byToken(JANE)))).toMatchObject({ code: 'unavailable', status: 500 });
    expect(sandbox.requests).toHaveLength(1);
  });

  it('a 400 is bad_request', async () => {
    sandbox.setFault('praxicraft', { status: 400 });
    expect(errorOf(await lookup(byToken(JANE)))).toMatchObject({ code: 'bad_request', status: 400 });
  });

  it('reports bad_response for malformed JSON', async () => {
    sandbox.setFault('praxicraft', { status: 200, body: '{"next": null, "results": [' });
    expect(errorOf(await lookup(byEmail(DEMO_EMAIL)))).toMatchObject({ code: 'bad_response' });
  });

  it('reports bad_response naming a missing required field', async () => {
    sandbox.setFault('praxicraft', {
      transform: (body) => {
        const page = body as { results?: Record<string, unknown>[] };
        for (const row of page.results ?? []) delete row.invite_token;
        return body;
      },
    });
    const list = await lookup(byEmail(DEMO_EMAIL));
    expect(errorOf(list)).toMatchObject({ code: 'bad_response' });
    expect(errorOf(list)?.message).toMatch(/results\[0\]\.invite_token/);

    sandbox.setFault('praxicraft', {
      transform: (body) => omit(body, 'score_percentage'),
    });
    const detail = await lookup(byToken(JANE));
    expect(errorOf(detail)).toMatchObject({ code: 'bad_response' });
    expect(errorOf(detail)?.message).toMatch(/score_percentage/);
  });

  it('a very large page is read within bounds and does not crash', async () => {
    sandbox.setFault('praxicraft', {
      transform: (body) => {
        const page = body as { results?: Record<string, unknown>[] };
        const first = page.results?.[0];
        if (!first || !('invite_token' in first)) return body;
        const results = Array.from({ length: 5000 }, (_, i) => ({
          ...first,
          candidate_email: `bulk-${i}@example.org`,
          invite_token: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
        }));
        return { ...page, results, next: 'https://app.praxicraft.io/api/v1/public/bulk/?cursor=more' };
      },
    });
    const store = memoryStore();
    const outcome = await lookup(byEmail(DEMO_EMAIL), connection(KEYS.valid, {}, store));
    // Not found within the bound, and the card says how far back the search went.
    expect(outcome).toMatchObject({ state: 'no_match', partial: { searchedBack: expect.any(String) } });
    // One page each: 5000 rows pass the per-assessment row cap, so no further page is asked for.
    expect(listRequests()).toHaveLength(5);
    const index = [...store.data.values()][0] as { byEmail: Record<string, unknown> };
    expect(Object.keys(index.byEmail)).toHaveLength(2000);
  });

  it('still answers with 300 ms of latency', async () => {
    sandbox.setFault('praxicraft', { latencyMs: 300 });
    expect(only(await lookup(byEmail(DEMO_EMAIL)))).toMatchObject({ id: JANE, outcome: 'pass' });
  });
});

describe('Praxicraft: testConnection', () => {
  it('describes the mode and the active assessments', async () => {
    await expect(praxicraft.testConnection(connection())).resolves.toBe('Connected (live mode, 3 active assessments)');
    await expect(praxicraft.testConnection(connection(KEYS.test))).resolves.toBe('Connected (test mode, 1 active assessment)');
  });

  it('fails with the code a person can act on', async () => {
    const badKey = 'ct_live_wrong_key_for_test_connection';
    const error = await praxicraft.testConnection(connection(badKey)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unauthorized' });
    expect(String((error as Error).message)).not.toContain(badKey);
    await expect(praxicraft.testConnection(connection(KEYS.noScope))).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/candidates:read/),
    });
    await expect(praxicraft.testConnection(connection(KEYS.valid, { assessmentSlugs: 'no-such-screen' }))).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/no-such-screen/),
    });
  });
});
