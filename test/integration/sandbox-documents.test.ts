/**
 * The sandbox follows the vendors' documents, not our clients: every field of each documented
 * example (test/fixtures/vendors) is in what the sandbox answers, in the same place, and the
 * documented behaviours (pagination shapes, rate-limit headers) are there.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jsonAfter, vendorDocument } from '../helpers/vendorFixture';
import { DEMO_EMAIL, DEMO_JOB_ID } from '../sandbox/fixtures';
import { hiringbranchSandboxKeys, HIRINGBRANCH_SANDBOX_INSTANCE } from '../sandbox/hiringbranch';
import { hrflowSandboxKeys, hrflowSandboxSettings } from '../sandbox/hrflow';
import { NOVA_BATCHES, novaSandboxKeys, novaSandboxTenant } from '../sandbox/nova';
import { PRAXICRAFT_CAST, praxicraftSandbox, praxicraftSandboxKeys } from '../sandbox/praxicraft';
import { type Sandbox, type SandboxVendor, startSandbox } from '../sandbox/server';
import { talentscreenSandbox, talentscreenSandboxKeys } from '../sandbox/talentscreen';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
afterEach(() => {
  sandbox.setGeneration('talentscreen', 'new');
  talentscreenSandbox.reset();
  praxicraftSandbox.reset();
});

/** Every field path of a JSON value (`data[].breakdown.by_category[].score`). */
function paths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? paths(value[0], `${prefix}[]`) : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...paths(v, path)];
    });
  }
  return [];
}

/** The documented fields the sandbox's answer lacks (none, when it follows the document). */
const missing = (documented: unknown, served: unknown) => {
  const have = new Set(paths(served));
  return paths(documented).filter((p) => !have.has(p));
};

async function get(vendor: SandboxVendor, path: string, headers: Record<string, string>) {
  const response = await fetch(`${sandbox.baseUrl(vendor)}${path}`, { headers });
  return { response, body: (await response.json()) as unknown };
}

describe('TalentScreen sandbox against the Results API reference', () => {
  const doc = () => vendorDocument('talentscreen-results.txt');
  const auth = { Authorization: `Bearer ${talentscreenSandboxKeys.valid}` };

  it('serves the documented list and detail shapes, with X-RateLimit-Remaining', async () => {
    const list = await get('talentscreen', '/results?candidate_id=cand_jane001', auth);
    expect(missing(jsonAfter(doc(), '/results|'), list.body)).toEqual([]);
    expect(Number(list.response.headers.get('x-ratelimit-remaining'))).toBeLessThan(1_000);
    const detail = await get('talentscreen', '/results/result_jane_backend', auth);
    expect(missing(jsonAfter(doc(), '/results/{result_id}'), detail.body)).toEqual([]);
  });

  it("pages in both shapes: the docs' next_cursor, and the API reference's has_more without one", async () => {
    const documented = await get('talentscreen', '/results?limit=2', auth);
    expect(documented.body).toMatchObject({ pagination: { has_more: true, next_cursor: expect.any(String) } });
    sandbox.setGeneration('talentscreen', 'old');
    const seed = await get('talentscreen', '/results?limit=2', auth);
    const example = jsonAfter(doc(), '/results|') as { pagination: object };
    expect(Object.keys((seed.body as { pagination: object }).pagination).sort()).toEqual(Object.keys(example.pagination).sort());
  });

  it('answers 429 rate_limit_exceeded with Retry-After once a Free hour is spent', async () => {
    talentscreenSandbox.spend(talentscreenSandboxKeys.free, 100);
    const refused = await get('talentscreen', '/me', { Authorization: `Bearer ${talentscreenSandboxKeys.free}` });
    expect(refused.response.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'rate_limit_exceeded', status: 429 } });
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('Praxicraft sandbox against the Assess API reference', () => {
  const doc = () => vendorDocument('praxicraft-results.txt');
  const examples = () => [...doc().matchAll(/^JSON\n(\{[\s\S]*?\n\})$/gm)].map((m) => JSON.parse(m[1] ?? '') as unknown);
  const auth = { Authorization: `Bearer ${praxicraftSandboxKeys.valid}` };

  it('serves the documented results list and detailed result, with X-RateLimit-Limit/Remaining/Reset', async () => {
    const [listExample, detailExample] = examples();
    const list = await get('praxicraft', '/assessments/senior-backend-screen/results/', auth);
    expect(missing(listExample, list.body)).toEqual([]);
    for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
      expect(list.response.headers.get(name)).toMatch(/^\d+$/);
    }
    const token = PRAXICRAFT_CAST[DEMO_EMAIL]?.[0]?.token ?? '';
    const detail = await get('praxicraft', `/invites/${token}/result/`, auth);
    expect(missing(detailExample, detail.body)).toEqual([]);
  });

  it('orders results by last activity: a row that changes moves to the top', async () => {
    const sam = PRAXICRAFT_CAST['sam.okafor@example.com']?.[0]?.token ?? '';
    praxicraftSandbox.update(sam, { at: '2025-08-01T09:00:00Z', status: 'started', startedAt: '2025-08-01T09:00:00Z' });
    const list = await get('praxicraft', '/assessments/senior-backend-screen/results/', auth);
    expect((list.body as { results: { invite_token: string }[] }).results[0]?.invite_token).toBe(sam);
  });
});

describe('HrFlow.ai sandbox against the GET /jobs/scoring reference', () => {
  const doc = () => vendorDocument('hrflow-jobs-scoring.txt');
  const examples = () =>
    [...doc().matchAll(/```\w*\n([\s\S]*?)```/g)].map(([, body]) => JSON.parse((body ?? '').replaceAll('{...}', '{}')) as unknown);
  const headers = { 'X-API-KEY': hrflowSandboxKeys.valid, 'X-USER-EMAIL': hrflowSandboxSettings.userEmail };

  it('serves the documented 200 and 401 shapes', async () => {
    const [ok, unauthorized] = examples();
    const profile = await get('hrflow', `/profile/indexing?source_key=${hrflowSandboxSettings.sourceKey}&reference=4410023`, headers);
    const key = (profile.body as { data: { key: string } }).data.key;
    const boards = encodeURIComponent(JSON.stringify([hrflowSandboxSettings.boardKey]));
    const scoring = await get('hrflow', `/jobs/scoring?board_keys=${boards}&profile_key=${key}`, headers);
    expect(missing(ok, scoring.body)).toEqual([]);
    const refused = await get('hrflow', '/jobs/scoring', { ...headers, 'X-API-KEY': 'askr_wrong' });
    expect(refused.response.status).toBe(401);
    expect(missing(unauthorized, refused.body)).toEqual([]);
  });

  it("a job's pool is larger than any bound a client might page to", async () => {
    const sources = encodeURIComponent(JSON.stringify([hrflowSandboxSettings.sourceKey]));
    const pool = await get(
      'hrflow',
      `/profiles/scoring?job_reference=${DEMO_JOB_ID}&source_keys=${sources}&algorithm_key=${hrflowSandboxSettings.algorithmKey}`,
      headers,
    );
    expect((pool.body as { meta: { total: number } }).meta.total).toBeGreaterThan(300);
  });
});

describe('Dweet Nova sandbox against the scoring batch reference', () => {
  it('serves the documented example response shape', async () => {
    const example = jsonAfter(vendorDocument('nova-scoring-batch.txt'), 'Example response');
    const batch = NOVA_BATCHES[0];
    const served = await get('nova', `/jobs/${batch?.jobId}/scoring-batches/${batch?.id}`, {
      Authorization: `Bearer ${novaSandboxKeys.valid}`,
      'X-Tenant-Id': novaSandboxTenant,
    });
    expect(missing(example, served.body)).toEqual([]);
    for (const name of ['x-ratelimit-bucket', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
      expect(served.response.headers.get(name)).not.toBeNull();
    }
  });
});

describe('HiringBranch sandbox against the Connect API reference', () => {
  it("answers rows with exactly ScoreResponseDto's required fields (additionalProperties: false)", async () => {
    const yaml = vendorDocument('hiringbranch-get-score.txt');
    const dto = yaml.slice(yaml.indexOf('    ScoreResponseDto:'), yaml.indexOf('    AssessmentStatus:'));
    const required = [...dto.slice(dto.indexOf('required:'), dto.indexOf('type: object')).matchAll(/- (\w+)/g)].map((m) => m[1]);
    const served = await get('hiringbranch', '/v1/score?candidateIds=6806925756b1f3c37b52440b', {
      'X-API-Key': hiringbranchSandboxKeys.valid,
      instance: HIRINGBRANCH_SANDBOX_INSTANCE,
    });
    const [row] = served.body as Record<string, unknown>[];
    expect(Object.keys(row ?? {}).sort()).toEqual([...required].sort());
  });
});
