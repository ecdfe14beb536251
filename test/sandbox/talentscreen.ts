/**
 * TalentScreen Results API as documented (seed 001: its API reference and public docs):
 * bearer auth, `{"error":{code,message,status,details}}`, cursor pagination with next_cursor.
 */
import { PEOPLE, type PersonFixture, type TalentScreenResultFixture } from './fixtures';
import { json, paginate, type SandboxHandler, type SandboxResponse, type VendorSite } from './http';

const BASE = '/api/v1';
/** A host outside the manifest's permissions that answers as TalentScreen: options must ask for it. */
export const TALENTSCREEN_GATEWAY = 'talentscreen-gateway.example-corp.test';

/** The keys the sandbox accepts. Not secrets: they open nothing but this local server. */
export const talentscreenSandboxKeys = {
  valid: 'sk_test_scorelens_sandbox_talentscreen',
  /** Lacks the read scopes: 403 insufficient_permissions. */
  noScope: 'sk_test_scorelens_sandbox_noscope',
} as const;

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
const known = (): Known[] => PEOPLE.flatMap((person) => (person.talentscreen ? [{ person, ts: person.talentscreen }] : []));

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

function page<T>(rows: T[], query: URLSearchParams) {
  const { page: data, limit, nextCursor, total } = paginate(rows, query, 20, 100);
  return json(200, { data, pagination: { total, limit, has_more: nextCursor !== null, next_cursor: nextCursor } });
}

const handler: SandboxHandler = (req) => {
  const auth = String(req.headers.authorization ?? '');
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  if (token !== talentscreenSandboxKeys.valid && token !== talentscreenSandboxKeys.noScope) {
    return error(401, 'invalid_token', 'Invalid or missing API key');
  }
  if (req.method !== 'GET') return error(404, 'not_found', 'Not found');
  if (!req.path.startsWith(`${BASE}/`)) return error(404, 'not_found', 'Not found');
  const path = req.path.slice(BASE.length);
  if (path === '/me') {
    return json(200, {
      id: 'usr_sandbox',
      name: 'Sandbox Recruiter',
      email: 'recruiter@acme.test',
      organization: 'Acme (sandbox)',
      plan: 'pro',
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
    return page(hits.map(candidateRow), req.query);
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
    return page(rows, req.query);
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
};

export const talentscreenSite: VendorSite = {
  // The second: a company's own gateway in front of TalentScreen, for a custom base URL (not in the manifest).
  hosts: ['talentscreens.org', TALENTSCREEN_GATEWAY],
  basePath: BASE,
  handler,
  errorBody: (status, message) => errorBody(status, CODES[status] ?? 'internal_error', message),
};
