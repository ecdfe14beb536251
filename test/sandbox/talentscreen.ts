/**
 * TalentScreen Results API as documented (its API reference and public docs):
 * bearer auth, `{"error":{code,message,status,details}}`, cursor pagination, and the plans'
 * hourly limits (Free 100, Pro 1,000) per key with `X-RateLimit-Remaining` on every answer and
 * 429 `rate_limit_exceeded` + Retry-After once spent.
 * Generations: 'new' pages as the docs' pagination section says (`next_cursor`); 'old' as the
 * API reference's example shows it (`has_more: true` and no `next_cursor`).
 */
import { PEOPLE, type PersonFixture, type TalentScreenResultFixture } from './fixtures';
import { json, paginate, type SandboxHandler, type SandboxRequest, type SandboxResponse, type VendorSite } from './http';

const BASE = '/api/v1';
/** A host outside the manifest's permissions that answers as TalentScreen: options must ask for it. */
export const TALENTSCREEN_GATEWAY = 'talentscreen-gateway.example-corp.test';

/** The keys the sandbox accepts. Not secrets: they open nothing but this local server. */
export const talentscreenSandboxKeys = {
  valid: 'sk_test_scorelens_sandbox_talentscreen',
  /** Lacks the read scopes: 403 insufficient_permissions. */
  noScope: 'sk_test_scorelens_sandbox_noscope',
  /** A Free plan key: 100 requests per hour. */
  free: 'sk_test_scorelens_sandbox_free',
} as const;

/** Requests per hour by plan, as documented. */
export const TALENTSCREEN_SANDBOX_PLANS = { free: 100, pro: 1_000 } as const;
const planOf = (token: string) => (token === talentscreenSandboxKeys.free ? 'free' : 'pro');

/** Per key: the hour window (fixed, from its first request) and what it spent. */
const usage = new Map<string, { windowStart: number; used: number }>();

function spend(token: string, n: number, now = Date.now()): { used: number; limit: number; resetAt: number } {
  let u = usage.get(token);
  if (!u || now - u.windowStart >= 3_600_000) usage.set(token, (u = { windowStart: now, used: 0 }));
  u.used += n;
  return { used: u.used, limit: TALENTSCREEN_SANDBOX_PLANS[planOf(token)], resetAt: u.windowStart + 3_600_000 };
}

/** Test hooks: spend a key's hour "from another browser", and start afresh. */
export const talentscreenSandbox = {
  spend: (token: string, n: number) => void spend(token, n),
  reset: () => usage.clear(),
};

const errorBody = (status: number, code: string, message: string) => ({ error: { code, message, status, details: [] } });

function error(status: number, code: string, message: string): SandboxResponse {
  return json(status, errorBody(status, code, message));
}

const CODES: Record<number, string> = {
  400: 'validation_error',
  401: 'invalid_token',
  403: 'insufficient_permissions',
  404: 'not_found',
  429: 'rate_limit_exceeded',
};

type Known = { person: PersonFixture; ts: NonNullable<PersonFixture['talentscreen']> };

/** A candidate (TalentScreen's only) with more results than any client bound: 3 pages of 100 and then some. */
export const TALENTSCREEN_PROLIFIC = { email: 'prolific.tester@example.org', candidateId: 'cand_prolific', results: 340 };
const DAY = 86_400_000;
const PROLIFIC: Known = {
  person: {
    email: TALENTSCREEN_PROLIFIC.email,
    name: 'Pat Prolific',
    ats: { candidateId: '4419999', applicationId: '8819999', jobId: '5512008' },
  },
  ts: {
    candidateId: TALENTSCREEN_PROLIFIC.candidateId,
    createdAt: '2024-01-01T09:00:00Z',
    // Listed oldest first, as an API ordered by id would: the client must find the most recent itself.
    results: Array.from({ length: TALENTSCREEN_PROLIFIC.results }, (_, i) => ({
      id: `result_prolific_${String(i).padStart(3, '0')}`,
      examId: `exam_drill_${i % 4}`,
      examTitle: `Practice Drill ${(i % 4) + 1}`,
      score: 40 + (i % 60),
      status: 40 + (i % 60) >= 60 ? ('passed' as const) : ('failed' as const),
      completedAt: new Date(Date.parse('2024-01-02T09:00:00Z') + i * DAY).toISOString().replace('.000Z', 'Z'),
      durationMinutes: 30,
    })),
  },
};

const known = (): Known[] => [...PEOPLE.flatMap((person) => (person.talentscreen ? [{ person, ts: person.talentscreen }] : [])), PROLIFIC];

function candidateRow({ person, ts }: Known) {
  const done = ts.results.filter((r) => r.score !== null);
  return {
    id: ts.candidateId,
    email: person.email,
    name: person.name,
    status: 'active',
    exams_taken: done.length,
    avg_score: done.length ? done.reduce((s, r) => s + (r.score ?? 0), 0) / done.length : null,
    created_at: ts.createdAt,
    last_activity: ts.results[0]?.completedAt ?? ts.createdAt,
  };
}

function resultRow(candidateId: string, r: TalentScreenResultFixture) {
  return {
    id: r.id,
    candidate_id: candidateId,
    exam_id: r.examId,
    score: r.score,
    percentile: r.percentile ?? null,
    status: r.status,
    completed_at: r.completedAt,
    duration_minutes: r.durationMinutes ?? null,
  };
}

function resultDetail(candidateId: string, r: TalentScreenResultFixture) {
  return {
    ...resultRow(candidateId, r),
    breakdown: { by_category: r.byCategory ?? [], by_difficulty: r.byDifficulty ?? [] },
    strengths: r.strengths ?? [],
    weaknesses: r.weaknesses ?? [],
  };
}

function page<T>(rows: T[], req: SandboxRequest) {
  const { page: data, limit, nextCursor, total } = paginate(rows, req.query, 20, 100);
  // The API reference's example: has_more, and no cursor to follow.
  const cursor = req.generation === 'old' ? {} : { next_cursor: nextCursor };
  return json(200, { data, pagination: { total, limit, has_more: nextCursor !== null, ...cursor } });
}

const KNOWN_KEYS: string[] = Object.values(talentscreenSandboxKeys);

const handler: SandboxHandler = (req) => {
  const auth = String(req.headers.authorization ?? '');
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  if (!KNOWN_KEYS.includes(token)) {
    return error(401, 'invalid_token', 'Invalid or missing API key');
  }
  const now = Date.now();
  const hour = spend(token, 1, now);
  const remaining = { 'x-ratelimit-remaining': String(Math.max(0, hour.limit - hour.used)) };
  if (hour.used > hour.limit) {
    const wait = String(Math.max(1, Math.ceil((hour.resetAt - now) / 1000)));
    return json(429, errorBody(429, 'rate_limit_exceeded', `Rate limit of ${hour.limit} requests per hour exceeded`), {
      ...remaining,
      'retry-after': wait,
    });
  }
  const answer = route(req, token);
  return { ...answer, headers: { ...remaining, ...answer.headers } };
};

function route(req: SandboxRequest, token: string): SandboxResponse {
  if (req.method !== 'GET') return error(404, 'not_found', 'Not found');
  if (!req.path.startsWith(`${BASE}/`)) return error(404, 'not_found', 'Not found');
  const path = req.path.slice(BASE.length);
  if (path === '/me') {
    return json(200, {
      id: 'usr_sandbox',
      name: 'Sandbox Recruiter',
      email: 'recruiter@acme.test',
      organization: 'Acme (sandbox)',
      plan: planOf(token),
    });
  }
  if (token === talentscreenSandboxKeys.noScope) {
    return error(403, 'insufficient_permissions', 'This key lacks the read:candidates scope');
  }

  const people = known();
  if (path === '/candidates') {
    const search = (req.query.get('search') ?? '').toLowerCase();
    // Like the real API: a loose match on name or email, not an exact email lookup.
    const terms = search.split(/[@.\s]+/).filter((t) => t.length > 2);
    const hits = people.filter(({ person }) => {
      const hay = `${person.name} ${person.email}`.toLowerCase();
      return !search || hay.includes(search) || terms.some((t) => hay.includes(t));
    });
    return page(hits.map(candidateRow), req);
  }
  const candidate = /^\/candidates\/([^/]+)$/.exec(path);
  if (candidate) {
    const hit = people.find(({ ts }) => ts.candidateId === candidate[1]);
    if (!hit) return error(404, 'not_found', `Candidate ${candidate[1]} not found`);
    return json(200, {
      ...candidateRow(hit),
      assessment_history: hit.ts.results.map((r) => ({
        exam_id: r.examId,
        exam_title: r.examTitle,
        completed_at: r.completedAt,
        score: r.score,
      })),
    });
  }
  if (path === '/results') {
    const candidateId = req.query.get('candidate_id');
    const rows = people
      .filter(({ ts }) => !candidateId || ts.candidateId === candidateId)
      .flatMap(({ ts }) => ts.results.map((r) => resultRow(ts.candidateId, r)));
    return page(rows, req);
  }
  const result = /^\/results\/([^/]+)$/.exec(path);
  if (result) {
    for (const { ts } of people) {
      const r = ts.results.find((x) => x.id === result[1]);
      if (r) return json(200, resultDetail(ts.candidateId, r));
    }
    return error(404, 'not_found', `Result ${result[1]} not found`);
  }
  return error(404, 'not_found', 'Not found');
}

export const talentscreenSite: VendorSite = {
  // The second: a company's own gateway in front of TalentScreen, for a custom base URL (not in the manifest).
  hosts: ['talentscreens.org', TALENTSCREEN_GATEWAY],
  basePath: BASE,
  handler,
  errorBody: (status, message) => errorBody(status, CODES[status] ?? 'internal_error', message),
};
