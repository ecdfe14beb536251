/**
 * HrFlow.ai as documented (its API reference and public docs): `X-API-KEY` + `X-USER-EMAIL`,
 * `{code, message}` envelopes (the 401 echoes the key, as the API reference shows), page/limit paging
 * with `meta {page, maxPage, count, total}`, predictions `[1 - score, score]`.
 * Generations: 'old' honours the `email` filter, ignores `profile_keys` and needs no algorithm;
 * 'new' requires `algorithm_key`, ignores `email` (the whole scored pool comes back, paged) and
 * narrows to `profile_keys`. The demo job's pool (406 profiles) is larger than any client bound.
 * `GET /profiles/searching` finds profiles by `text_keywords` (email, name) and `profile_keys`.
 */
import { createHash } from 'node:crypto';
import { DEMO_EMAIL, DEMO_JOB_ID, PEOPLE, type PersonFixture } from './fixtures';
import { json, type SandboxHandler, type SandboxRequest, type SandboxResponse, type VendorSite } from './http';

const BASE = '/v1';

/** Test keys (askr_ read-only, ask_ read/write, askw_ write-only). They open nothing but this server. */
export const hrflowSandboxKeys = {
  valid: 'askr_9f2c61d4e8b04a7fb3c5d0e1a2b3c4d5',
  readWrite: 'ask_5e7a9c1b3d5f47a9b1c3d5e7f9a1b3c5',
  writeOnly: 'askw_1a3c5e7b9d1f43a5c7e9b1d3f5a7c9e1',
  /** A valid key whose sources lack the Profile Scoring API: the 403 variant. */
  noScoring: 'askr_0d4e8b2c6a0f48e2a6c0e4b8d2f6a0c4',
} as const;

/** The account, source, board and algorithm the sandbox knows. */
export const hrflowSandboxSettings = {
  userEmail: 'recruiter@acme.test',
  sourceKey: '15517d70b0a3c5f2e9d84a6b1c7e3f2a9d8c4b6e',
  boardKey: '7c1f0e3d2b4a69580716253443526170a9b8c7d6',
  algorithmKey: 'e4d3c2b1a09f8e7d6c5b4a3928171605f4e3d2c1',
  /** HrFlow's own job keys, by the ATS job id used as the job's reference. */
  jobKeys: {
    [DEMO_JOB_ID]: 'b8a1f3c2d4e5f60718293a4b5c6d7e8f9a0b1c2d',
    '5512008': 'c9b2a4d3e5f6071829304a5b6c7d8e9fa0b1c2d3',
  } as Record<string, string>,
};
const S = hrflowSandboxSettings;

/** The cast table's "HrFlow match" column: scores for the demo job. */
const DEMO_MATCHES: Record<string, number> = {
  [DEMO_EMAIL]: 0.87,
  'janet.doerr@example.com': 0.21,
  'li.wei@example.com': 0.55,
  'lucas.martin@example.com': 0.42,
  'aiko.tanaka@example.com': 0.63,
  'diego.rossi@example.com': 0.74,
};
/** Filler profiles: the demo job's pool spans 14 pages of 30, more than any client reads by rank. */
const DEMO_POOL_SIZE = 400;
const OTHER_POOL_SIZE = 12;

const JOBS = [
  { key: S.jobKeys[DEMO_JOB_ID] ?? '', reference: DEMO_JOB_ID, name: 'Senior Backend Engineer' },
  { key: S.jobKeys['5512008'] ?? '', reference: '5512008', name: 'Data Analyst' },
];
type Job = (typeof JOBS)[number];

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

const LINKEDIN: Record<string, string> = {
  [DEMO_EMAIL]: 'https://www.linkedin.com/in/jane-doe-example',
  'diego.rossi@example.com': 'http://diego-rossi.example.com',
};

function profile(reference: string, email: string, fullName: string, createdAt: string) {
  const [first = '', ...rest] = fullName.split(' ');
  return {
    key: sha1(`profile:${reference}`),
    reference,
    source: { key: S.sourceKey, name: 'ATS applicants' },
    text_language: 'en',
    created_at: createdAt,
    updated_at: createdAt,
    info: {
      full_name: fullName,
      first_name: first,
      last_name: rest.join(' '),
      email,
      phone: null,
      location: { text: 'Berlin, Germany', lat: 52.52, lng: 13.405 },
      urls: [
        { type: 'linkedin', url: LINKEDIN[email] ?? null },
        { type: 'github', url: null },
        { type: 'twitter', url: null },
        { type: 'facebook', url: null },
      ],
      summary: `${first} is a software professional.`,
    },
    skills: [
      { name: 'python', type: 'hard', value: null },
      { name: 'sql', type: 'hard', value: null },
    ],
    languages: [{ name: 'english', value: null }],
    tags: [],
    metadatas: [],
    experiences_duration: 6.5,
    educations_duration: 5,
  };
}
type Profile = ReturnType<typeof profile>;

const FIRST = ['Alex', 'Sofia', 'Ravi', 'Chloe', 'Mateo', 'Hana', 'Jonas', 'Amara', 'Felix', 'Leila'];
const LAST = ['Novak', 'Berg', 'Iyer', 'Moreau', 'Silva', 'Kim', 'Lind', 'Okoye', 'Wagner', 'Haddad'];

/** Who the n-th applicant of a job's pool is (the demo job's by default): for benches and tests. */
export function hrflowPoolMember(n: number, jobReference: string = DEMO_JOB_ID) {
  const name = `${FIRST[n % 10]} ${LAST[Math.floor(n / 10) % 10]}`;
  const reference = `pool-${jobReference}-${String(n).padStart(3, '0')}`;
  const email = `${name.toLowerCase().replace(' ', '.')}.${n}@talentpool.example`;
  return { name, reference, email };
}

function filler(job: Job, n: number, score: number) {
  const { name, reference, email } = hrflowPoolMember(n, job.reference);
  return { profile: profile(reference, email, name, '2025-01-10T08:00:00+0000'), score };
}

const castProfile = (person: PersonFixture) => profile(person.ats.candidateId, person.email, person.name, '2025-02-01T10:00:00+0000');

/** Each job's scored pool, best first, as the scoring engine would rank it. */
function poolFor(job: Job): { profile: Profile; score: number }[] {
  const rows =
    job.reference === DEMO_JOB_ID
      ? [
          ...PEOPLE.filter((p) => DEMO_MATCHES[p.email] !== undefined).map((p) => ({
            profile: castProfile(p),
            score: DEMO_MATCHES[p.email] ?? 0,
          })),
          ...Array.from({ length: DEMO_POOL_SIZE }, (_, n) => filler(job, n, Math.round((0.95 - n * 0.0022) * 1e4) / 1e4)),
        ]
      : Array.from({ length: OTHER_POOL_SIZE }, (_, n) => filler(job, n, Math.round((0.81 - n * 0.05) * 1e4) / 1e4));
  return rows.sort((a, b) => b.score - a.score);
}

const prediction = (score: number) => [1 - score, score];

const errorBody = (status: number, message: string) => ({ code: status, message });
const error = (status: number, message: string): SandboxResponse => json(status, errorBody(status, message));

function pageOf<T>(rows: T[], query: URLSearchParams) {
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  const maxPage = Math.max(Math.ceil(rows.length / limit), 1);
  const slice = rows.slice((page - 1) * limit, page * limit);
  return { slice, meta: { page, maxPage, count: slice.length, total: rows.length } };
}

/** `source_keys` / `board_keys` arrive as JSON arrays in the query string. */
function jsonArray(value: string | null): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function profilesScoring(req: SandboxRequest): SandboxResponse {
  const q = req.query;
  const jobKey = q.get('job_key');
  const jobReference = q.get('job_reference');
  if (!jobKey && !jobReference) return error(400, 'job_key and job_reference can not be null at the same time');
  const sources = jsonArray(q.get('source_keys'));
  if (!sources?.length) return error(400, 'source_keys must be a JSON array of source keys');
  const unknownSource = sources.find((s) => s !== S.sourceKey);
  if (unknownSource) return error(400, `Invalid source key: ${unknownSource}`);
  const board = q.get('board_key');
  if (board && board !== S.boardKey) return error(400, `Invalid board key: ${board}`);
  if (req.generation === 'new') {
    const algorithm = q.get('algorithm_key');
    if (!algorithm) return error(400, 'algorithm_key is required');
    if (algorithm !== S.algorithmKey) return error(400, `Invalid algorithm key: ${algorithm}`);
  }
  const job = JOBS.find((j) => (jobKey ? j.key === jobKey : j.reference === jobReference));
  if (!job) return error(404, 'Job not found');
  let pool = poolFor(job);
  // Older docs: "filter by profile's email". The newer API ignores it, and narrows to profile_keys instead.
  const email = q.get('email')?.toLowerCase();
  if (req.generation === 'old' && email) pool = pool.filter((row) => row.profile.info.email === email);
  const keys = jsonArray(q.get('profile_keys'));
  if (req.generation === 'new' && keys) pool = pool.filter((row) => keys.includes(row.profile.key));
  const { slice, meta } = pageOf(pool, q);
  return json(200, {
    code: 200,
    message: 'Profile scoring results',
    meta,
    data: { profiles: slice.map((r) => r.profile), predictions: slice.map((r) => prediction(r.score)) },
  });
}

function allProfiles(): { profile: Profile; scores: Map<Job, number> }[] {
  const byKey = new Map<string, { profile: Profile; scores: Map<Job, number> }>();
  for (const job of JOBS) {
    for (const row of poolFor(job)) {
      const entry = byKey.get(row.profile.key) ?? { profile: row.profile, scores: new Map() };
      entry.scores.set(job, row.score);
      byKey.set(row.profile.key, entry);
    }
  }
  return [...byKey.values()];
}

function profileIndexing(req: SandboxRequest): SandboxResponse {
  const source = req.query.get('source_key');
  if (!source) return error(400, 'source_key is required');
  if (source !== S.sourceKey) return error(400, `Invalid source key: ${source}`);
  const key = req.query.get('key');
  const reference = req.query.get('reference');
  if (!key && !reference) return error(400, 'key and reference can not be null at the same time');
  const hit = allProfiles().find(({ profile: p }) => (key ? p.key === key : p.reference === reference));
  if (!hit) return error(404, 'Profile not found');
  return json(200, { code: 200, message: 'Profile retrieved', data: hit.profile });
}

/** Profiles of the sources whose email, name or summary contains every keyword; `profile_keys` narrows. */
function profilesSearching(req: SandboxRequest): SandboxResponse {
  const sources = jsonArray(req.query.get('source_keys'));
  if (!sources?.length) return error(400, 'source_keys must be a JSON array of source keys');
  const unknownSource = sources.find((s) => s !== S.sourceKey);
  if (unknownSource) return error(400, `Invalid source key: ${unknownSource}`);
  const keywords = (jsonArray(req.query.get('text_keywords')) ?? []).map((k) => k.toLowerCase());
  const keys = jsonArray(req.query.get('profile_keys'));
  const hits = allProfiles()
    .map(({ profile: p }) => p)
    .filter((p) => !keys || keys.includes(p.key))
    .filter((p) => {
      const text = `${p.info.email} ${p.info.full_name} ${p.info.summary}`.toLowerCase();
      return keywords.every((k) => text.includes(k));
    });
  const { slice, meta } = pageOf(hits, req.query);
  return json(200, { code: 200, message: 'Profiles searched', meta, data: { profiles: slice } });
}

/** The API reference's endpoint: the jobs of the boards, ranked for one profile. */
function jobsScoring(req: SandboxRequest): SandboxResponse {
  const boards = jsonArray(req.query.get('board_keys'));
  if (!boards?.length) return error(400, 'board_keys must be a JSON array of board keys');
  if (boards.some((b) => b !== S.boardKey)) return error(400, 'Invalid board key');
  const key = req.query.get('profile_key');
  const reference = req.query.get('profile_reference');
  if (!key && !reference) return error(400, 'profile_key and profile_reference can not be null at the same time');
  const hit = allProfiles().find(({ profile: p }) => (key ? p.key === key : p.reference === reference));
  if (!hit) return error(404, 'Profile not found');
  const rows = [...hit.scores.entries()].sort((a, b) => b[1] - a[1]);
  const { slice, meta } = pageOf(rows, req.query);
  const jobs = slice.map(([job]) => ({
    key: job.key,
    reference: job.reference,
    board_key: S.boardKey,
    name: job.name,
    location: { text: 'Berlin, Germany', lat: 52.52, lng: 13.405 },
    created_at: '2025-01-02T09:00:00+0000',
  }));
  return json(200, { code: 200, message: 'Job scoring results', meta, data: { jobs, predictions: slice.map(([, s]) => prediction(s)) } });
}

const READ_KEYS: string[] = [hrflowSandboxKeys.valid, hrflowSandboxKeys.readWrite, hrflowSandboxKeys.noScoring];
const ALL_KEYS: string[] = [...READ_KEYS, hrflowSandboxKeys.writeOnly];

const handler: SandboxHandler = (req) => {
  const key = String(req.headers['x-api-key'] ?? '');
  // As the API reference's 401 example shows, HrFlow echoes the key it refused.
  if (!ALL_KEYS.includes(key)) return error(401, `Unauthorized. Invalid secret key: ${key} `);
  const user = String(req.headers['x-user-email'] ?? '');
  if (user.toLowerCase() !== S.userEmail) return error(401, 'Unauthorized. Invalid user email');
  if (!READ_KEYS.includes(key)) return error(403, 'Forbidden. This key is write-only');
  if (req.method !== 'GET') return error(405, 'Method not allowed');
  const path = req.path.startsWith(`${BASE}/`) ? req.path.slice(BASE.length) : '';
  if (path === '/profile/indexing') return profileIndexing(req);
  if (path === '/profiles/searching') return profilesSearching(req);
  if (path === '/profiles/scoring' || path === '/jobs/scoring') {
    if (key === hrflowSandboxKeys.noScoring) {
      const api = path === '/profiles/scoring' ? 'Profile Scoring API' : 'Job Scoring API';
      return error(403, `${api} is not activated for this source`);
    }
    return path === '/profiles/scoring' ? profilesScoring(req) : jobsScoring(req);
  }
  return error(404, 'Not found');
};

export const hrflowSite: VendorSite = {
  hosts: ['api.hrflow.ai'],
  basePath: BASE,
  handler,
  errorBody,
};
