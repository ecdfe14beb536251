import { describe, expect, it } from 'vitest';
import type { Subject } from '@/lib/model';
import { talentscreen } from '@/lib/vendors/talentscreen';
import { lookupVendor } from '../helpers/lookupVendor';
import { sandboxConnection, vendorSandbox } from '../helpers/vendorSandbox';
import { DEMO_EMAIL } from '../sandbox/fixtures';
import { TALENTSCREEN_PROLIFIC, talentscreenSandbox, talentscreenSandboxKeys } from '../sandbox/talentscreen';

const sandbox = vendorSandbox('talentscreen', { reset: () => talentscreenSandbox.reset() });

const connection = (apiKey: string = talentscreenSandboxKeys.valid) => sandboxConnection(sandbox, 'talentscreen', apiKey);
const byEmail = (email: string): Subject => ({ emails: [email], ids: {} });
const lookup = (subject: Subject, conn = connection()) => lookupVendor(talentscreen, subject, conn);

describe('TalentScreen client against the sandbox', () => {
  it('resolves an email to the normalised result with its breakdown', async () => {
    const outcome = await lookup(byEmail(DEMO_EMAIL));
    expect(outcome.state).toBe('results');
    if (outcome.state !== 'results') return;
    expect(outcome.results).toHaveLength(1);
    const [result] = outcome.results;
    expect(result).toMatchObject({
      vendor: 'talentscreen',
      id: 'result_jane_backend',
      assessment: 'Backend Engineering Assessment',
      candidateEmail: DEMO_EMAIL,
      status: 'completed',
      outcome: 'pass',
      score: { percent: 87.5, raw: 87.5, max: 100 },
      percentile: 82,
      durationSeconds: 58 * 60,
      strengths: ['Data Structures', 'Algorithms', 'Problem Solving'],
      weaknesses: ['System Design', 'Database Optimization'],
    });
    expect(result?.categories).toEqual([
      { name: 'Algorithms', percent: 90, correct: 9, total: 10 },
      { name: 'System Design', percent: 85, correct: 17, total: 20 },
    ]);
    expect(result?.difficulties.map((d) => d.name)).toEqual(['easy', 'medium', 'hard']);
  });

  it("matches the email exactly: the search's loose hits are other people", async () => {
    await lookup(byEmail(DEMO_EMAIL));
    // The sandbox's search also returns Janet Doerr; her results must never be fetched.
    expect(sandbox.requests.some((r) => r.query.includes('cand_janet02') || r.path.includes('cand_janet02'))).toBe(false);
  });

  it('follows a result id found on the page to its candidate', async () => {
    const outcome = await lookup({ emails: [], ids: { talentscreen: ['result_janet_sql'] } });
    expect(outcome).toMatchObject({ state: 'results', results: [{ id: 'result_janet_sql', outcome: 'fail', score: { percent: 41 } }] });
  });

  it('says no_match for an unknown email and shows in-progress results without a score', async () => {
    expect((await lookup(byEmail('nobody@example.com'))).state).toBe('no_match');
    const omar = await lookup(byEmail('omar.haddad@example.com'));
    expect(omar).toMatchObject({ state: 'results', results: [{ status: 'in_progress' }] });
    expect(omar.state === 'results' && omar.results[0]?.score).toBeUndefined();
  });

  it('maps a rejected key to unauthorized without ever echoing the key', async () => {
    const badKey = 'sk_live_this_key_is_wrong_0001';
    const outcome = await lookup(byEmail(DEMO_EMAIL), connection(badKey));
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'unauthorized', status: 401 } });
    expect(JSON.stringify(outcome)).not.toContain(badKey);
  });

  it('maps a key without scopes to forbidden, naming the scopes', async () => {
    const outcome = await lookup(byEmail(DEMO_EMAIL), connection(talentscreenSandboxKeys.noScope));
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'forbidden', status: 403 } });
    expect(outcome.state === 'error' && outcome.error.message).toMatch(/read:candidates/);
  });

  it('retries a 429 with a short Retry-After and then succeeds', async () => {
    sandbox.setFault('talentscreen', { status: 429, retryAfter: '1', times: 1 });
    const started = Date.now();
    const outcome = await lookup(byEmail(DEMO_EMAIL));
    expect(outcome.state).toBe('results');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('reports rate_limited with the retry time when the wait is too long to sleep through', async () => {
    sandbox.setFault('talentscreen', { status: 429, retryAfter: '3600' });
    const before = Date.now();
    const outcome = await lookup(byEmail(DEMO_EMAIL));
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'rate_limited', status: 429 } });
    const retryAt = outcome.state === 'error' ? (outcome.error.retryAt ?? 0) : 0;
    expect(retryAt).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('reports unavailable after bounded retries of a 503', async () => {
    sandbox.setFault('talentscreen', { status: 503 });
    const outcome = await lookup(byEmail(DEMO_EMAIL));
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'unavailable', status: 503 } });
    expect(sandbox.requests).toHaveLength(3);
  });

  it('reports bad_response for malformed JSON and for a missing field, naming the field', async () => {
    sandbox.setFault('talentscreen', { status: 200, body: '{"data": [' });
    expect(await lookup(byEmail(DEMO_EMAIL))).toMatchObject({ state: 'error', error: { code: 'bad_response' } });
    sandbox.setFault('talentscreen', { status: 200, body: JSON.stringify({ data: [{ email: DEMO_EMAIL }] }) });
    const outcome = await lookup(byEmail(DEMO_EMAIL));
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'bad_response' } });
    expect(outcome.state === 'error' && outcome.error.message).toMatch(/data\[0\]\.id/);
  });

  it('says how many results it shows when TalentScreen has more than it reads (next_cursor pages)', async () => {
    const outcome = await lookup(byEmail(TALENTSCREEN_PROLIFIC.email));
    expect(outcome).toMatchObject({ state: 'results', partial: { shown: 300, total: 340 } });
    const details = sandbox.requests.filter((r) => /^\/api\/v1\/results\/result_/.test(r.path));
    // Breakdowns for the five most recent of those read only; the rest as listed.
    expect(details.map((r) => r.path.split('/').pop()).sort()).toEqual([295, 296, 297, 298, 299].map((n) => `result_prolific_${n}`));
    expect(details).toHaveLength(5);
  });

  it("reads the API reference's pagination shape (has_more, no next_cursor) and says it stopped", async () => {
    sandbox.setGeneration('talentscreen', 'old');
    const outcome = await lookup(byEmail(TALENTSCREEN_PROLIFIC.email));
    expect(outcome).toMatchObject({ state: 'results', partial: { shown: 100, total: 340 } });
    expect(sandbox.requests.filter((r) => r.path === '/api/v1/results')).toHaveLength(1);
    // A short list is whole in either shape: no note.
    expect(await lookup(byEmail(DEMO_EMAIL))).not.toHaveProperty('partial');
  });

  it('tests the connection with GET /me', async () => {
    await expect(talentscreen.testConnection(connection())).resolves.toBe('Connected as Sandbox Recruiter (pro plan)');
    await expect(talentscreen.testConnection(connection('sk_live_wrong_key_12345'))).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
