/**
 * Praxicraft Assess API v1 as documented (its API reference and public docs): bearer
 * `ct_live_…`/`ct_test_…` keys with scopes, `{"error":{code,message,details}}`, DRF-style
 * `{next, previous, results}` pages whose `next` is an absolute URL with an opaque cursor,
 * X-RateLimit-* headers.
 * Generations: 'old' puts `next` on app.praxicraft.io, sends no `livemode` and no
 * `violation_events`, and its 429 body has no `code`; 'new' links `next` to the request's
 * own origin and path, marks objects with `livemode`, and lists `violation_events`.
 */
import { DEMO_EMAIL } from './fixtures';
import { json, paginate, type SandboxHandler, type SandboxRequest, type SandboxResponse, type VendorSite } from './http';

const BASE = '/api/v1/public';
const OLD_LINK_ORIGIN = 'https://app.praxicraft.io';
const REPORT_ORIGIN = 'https://app.praxicraft.io/api/v1/assess';

type Scope = 'assessments:read' | 'candidates:read';
interface KeyInfo {
  mode: 'live' | 'test';
  scopes: Scope[];
  problem?: 'expired' | 'ip' | 'plan' | 'exhausted';
}
const ALL: Scope[] = ['assessments:read', 'candidates:read'];

/** Test keys. They open nothing but this local server. */
export const praxicraftSandboxKeys = {
  valid: 'ct_live_sbx_9c4f1e7a2b6d4f08a3e5c7b9d1f3a5c7',
  /** Test mode: sees only test-mode data; live invite tokens answer 404. */
  test: 'ct_test_sbx_4d8a2c6e0f1b43d7a9c5e1f3b7d9a2c4',
  /** Lacks candidates:read: 403 INSUFFICIENT_SCOPE on results. */
  noScope: 'ct_live_sbx_noscope_7e1a3c5e9b2d4f60',
  /** 401 EXPIRED_API_KEY. */
  expired: 'ct_live_sbx_expired_2b4d6f8a0c1e3a5c',
  /** 403 IP_NOT_ALLOWED. */
  ipBlocked: 'ct_live_sbx_ipblock_5c7e9a1b3d5f7a9c',
  /** 403 PLAN_REQUIRED. */
  noPlan: 'ct_live_sbx_noplan_8f0a2c4e6b8d0f2a',
  /** The organisation's hourly budget is spent: every call is 429 with Retry-After: 3600. */
  exhausted: 'ct_live_sbx_exhausted_1a3c5e7f9b2d4f6a',
} as const;

const KEYS: Record<string, KeyInfo> = {
  [praxicraftSandboxKeys.valid]: { mode: 'live', scopes: ALL },
  [praxicraftSandboxKeys.test]: { mode: 'test', scopes: ALL },
  [praxicraftSandboxKeys.noScope]: { mode: 'live', scopes: ['assessments:read'] },
  [praxicraftSandboxKeys.expired]: { mode: 'live', scopes: ALL, problem: 'expired' },
  [praxicraftSandboxKeys.ipBlocked]: { mode: 'live', scopes: ALL, problem: 'ip' },
  [praxicraftSandboxKeys.noPlan]: { mode: 'live', scopes: ALL, problem: 'plan' },
  [praxicraftSandboxKeys.exhausted]: { mode: 'live', scopes: ALL, problem: 'exhausted' },
};

// ---------------------------------------------------------------- fixtures

interface Assessment {
  slug: string;
  title: string;
  role: string;
  status: 'active' | 'draft' | 'archived';
  livemode: boolean;
  maxScore: number;
  passingScore: number;
  cases: string[];
}

const ASSESSMENTS: Assessment[] = [
  {
    slug: 'senior-backend-screen',
    title: 'Senior Backend Engineer Screen',
    role: 'Senior Backend Engineer',
    status: 'active',
    livemode: true,
    maxScore: 300,
    passingScore: 70,
    cases: ['Query Optimization', 'ETL Pipeline', 'Data Modeling'],
  },
  {
    slug: 'data-engineering',
    title: 'Data Engineering Assessment',
    role: 'Data Engineer',
    status: 'active',
    livemode: true,
    maxScore: 200,
    passingScore: 70,
    cases: ['Batch Ingestion', 'Streaming Joins'],
  },
  {
    slug: 'frontend-take-home',
    title: 'Frontend Take-Home',
    role: 'Frontend Engineer',
    status: 'active',
    livemode: true,
    maxScore: 300,
    passingScore: 70,
    cases: ['Component Architecture', 'Accessibility Audit', 'State Management'],
  },
  {
    slug: 'legacy-java-screen',
    title: 'Java Screen (2024)',
    role: 'Java Engineer',
    status: 'archived',
    livemode: true,
    maxScore: 100,
    passingScore: 60,
    cases: ['Concurrency'],
  },
  {
    slug: 'platform-sre-screen',
    title: 'Platform SRE Screen',
    role: 'Site Reliability Engineer',
    status: 'draft',
    livemode: true,
    maxScore: 200,
    passingScore: 70,
    cases: ['Incident Triage', 'Capacity Planning'],
  },
  {
    slug: 'sandbox-practice',
    title: 'Practice Screen (test mode)',
    role: 'Backend Engineer',
    status: 'active',
    livemode: false,
    maxScore: 100,
    passingScore: 50,
    cases: ['Warm-up'],
  },
];

type CaseStatus = 'correct' | 'partial' | 'incorrect' | 'skipped' | 'pending_review';
interface CaseFixture {
  score: number | null;
  max: number;
  status: CaseStatus;
  seconds: number;
}

export interface PraxicraftSession {
  token: string;
  slug: string;
  email: string;
  name: string | null;
  status: 'pending' | 'started' | 'completed' | 'expired';
  /** When the row was last active; lists are newest first by this. */
  at: string;
  startedAt?: string;
  completedAt?: string;
  passed?: boolean;
  cases?: CaseFixture[];
  violations?: { fullscreen: number; copyPaste: number };
}

const c = (score: number | null, max: number, status: CaseStatus, seconds: number): CaseFixture => ({ score, max, status, seconds });

/** The cast table's "Praxicraft" column, keyed by email. Tokens are fixed so tests can name them. */
export const PRAXICRAFT_CAST: Record<string, PraxicraftSession[]> = {
  [DEMO_EMAIL]: [
    {
      token: 'c7b3e2a1-5d4f-4a8e-9b21-0d6f3a8e5c11',
      slug: 'senior-backend-screen',
      email: DEMO_EMAIL,
      name: 'Jane Doe',
      status: 'completed',
      at: '2025-03-15T15:20:00Z',
      startedAt: '2025-03-15T14:00:00Z',
      completedAt: '2025-03-15T15:20:00Z',
      passed: true,
      cases: [c(100, 100, 'correct', 820), c(100, 100, 'correct', 1540), c(55, 100, 'incorrect', 2100)],
      violations: { fullscreen: 0, copyPaste: 2 },
    },
  ],
  'janet.doerr@example.com': [
    {
      token: '1f0e9d8c-7b6a-4954-8321-0fedcba98765',
      slug: 'senior-backend-screen',
      email: 'janet.doerr@example.com',
      name: 'Janet Doerr',
      status: 'completed',
      at: '2025-03-10T11:05:00Z',
      startedAt: '2025-03-10T09:40:00Z',
      completedAt: '2025-03-10T11:05:00Z',
      passed: false,
      cases: [c(62, 100, 'partial', 1300), c(35, 100, 'incorrect', 1900), c(20, 100, 'incorrect', 1900)],
      violations: { fullscreen: 1, copyPaste: 0 },
    },
  ],
  'omar.haddad@example.com': [
    {
      token: '3a5c7e9b-1d2f-4a6b-8c0d-2e4f6a8b0c13',
      slug: 'frontend-take-home',
      email: 'omar.haddad@example.com',
      name: 'Omar Haddad',
      status: 'started',
      at: '2025-04-02T09:00:00Z',
      startedAt: '2025-04-02T09:00:00Z',
    },
  ],
  'li.wei@example.com': [
    {
      token: '5b7d9f1a-3c4e-4b6d-9e8f-0a1b2c3d4e14',
      slug: 'data-engineering',
      email: 'li.wei@example.com',
      name: 'Li Wei',
      status: 'completed',
      at: '2025-04-10T16:45:00Z',
      startedAt: '2025-04-10T15:30:00Z',
      completedAt: '2025-04-10T16:45:00Z',
      passed: false,
      cases: [c(80, 100, 'partial', 2400), c(48, 100, 'incorrect', 2100)],
      violations: { fullscreen: 0, copyPaste: 0 },
    },
  ],
  'maria.garcia@example.com': [
    {
      token: '7d9f1b3c-5e6a-4c8e-a0b2-c4d6e8f0a215',
      slug: 'data-engineering',
      email: 'maria.garcia@example.com',
      name: 'María García',
      status: 'completed',
      at: '2025-04-20T12:10:00Z',
      startedAt: '2025-04-20T10:55:00Z',
      completedAt: '2025-04-20T12:10:00Z',
      passed: true,
      cases: [c(90, 100, 'correct', 2000), c(60, 100, 'partial', 2500)],
      violations: { fullscreen: 5, copyPaste: 3 },
    },
  ],
  'sam.okafor@example.com': [
    {
      token: '9f1b3d5e-7a8c-4e0a-b2c4-d6e8f0a1b316',
      slug: 'senior-backend-screen',
      email: 'sam.okafor@example.com',
      name: 'Sam Okafor',
      status: 'pending',
      at: '2025-05-02T08:00:00Z',
    },
  ],
  'priya.shah@example.com': [
    {
      token: 'b1d3f5a7-9c0e-4a2c-84e6-f8a0b2c4d517',
      slug: 'data-engineering',
      email: 'priya.shah@example.com',
      name: 'Priya Shah',
      status: 'expired',
      at: '2025-01-06T10:00:00Z',
    },
  ],
  'lucas.martin@example.com': [
    {
      token: 'd3f5b7c9-1e2a-4c4e-96a8-b0c2d4e6f718',
      slug: 'frontend-take-home',
      email: 'lucas.martin@example.com',
      name: 'Lucas Martin',
      status: 'completed',
      at: '2025-05-20T17:30:00Z',
      startedAt: '2025-05-20T15:00:00Z',
      completedAt: '2025-05-20T17:30:00Z',
      passed: false,
      cases: [c(100, 100, 'correct', 3100), c(null, 100, 'pending_review', 2900), c(45, 100, 'partial', 3000)],
      violations: { fullscreen: 0, copyPaste: 1 },
    },
  ],
  'diego.rossi@example.com': [
    {
      token: 'f5b7d9e1-3a4c-4e6a-a8c0-d2e4f6a8b019',
      slug: 'senior-backend-screen',
      email: 'diego.rossi@example.com',
      name: 'Diego Rossi',
      status: 'completed',
      at: '2025-06-03T13:15:00Z',
      startedAt: '2025-06-03T12:00:00Z',
      completedAt: '2025-06-03T13:15:00Z',
      passed: true,
      cases: [c(95, 100, 'correct', 1500), c(76, 100, 'partial', 1400), c(60, 100, 'partial', 1600)],
      violations: { fullscreen: 0, copyPaste: 0 },
    },
    {
      token: 'a7c9e1f3-5b6d-4f8b-b0d2-e4f6a8c0d120',
      slug: 'data-engineering',
      email: 'diego.rossi@example.com',
      name: 'Diego Rossi',
      status: 'completed',
      at: '2025-06-04T15:40:00Z',
      startedAt: '2025-06-04T14:30:00Z',
      completedAt: '2025-06-04T15:40:00Z',
      passed: false,
      cases: [c(64, 100, 'partial', 2300), c(40, 100, 'incorrect', 1900)],
      violations: { fullscreen: 0, copyPaste: 0 },
    },
  ],
};

/** One test-mode session: a ct_test_ key sees this and nothing else. */
const TEST_MODE_SESSIONS: PraxicraftSession[] = [
  {
    token: '0e1d2c3b-4a59-4867-9a5b-3c2d1e0f9a21',
    slug: 'sandbox-practice',
    email: 'test.candidate@example.org',
    name: 'Test Candidate',
    status: 'completed',
    at: '2025-05-01T10:30:00Z',
    startedAt: '2025-05-01T10:00:00Z',
    completedAt: '2025-05-01T10:30:00Z',
    passed: true,
    cases: [c(80, 100, 'correct', 1800)],
    violations: { fullscreen: 0, copyPaste: 0 },
  },
];

const DAY = 86_400_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Synthetic candidates (filler-001@example.org, …), one a day backwards from `newest`, so
 * the lists span several pages: with 130 in the backend screen, Jane sits on page 2 even at 100 a page.
 */
function fillers(slug: string, count: number, newest: string, first: number): PraxicraftSession[] {
  const assessment = ASSESSMENTS.find((a) => a.slug === slug);
  const n = assessment?.cases.length ?? 1;
  return Array.from({ length: count }, (_, i): PraxicraftSession => {
    const k = first + i;
    const at = new Date(Date.parse(newest) - i * DAY).toISOString().replace('.000Z', 'Z');
    const base = { token: `f1a00000-0000-4000-8000-${pad(k, 12)}`, slug, email: `filler-${pad(k, 3)}@example.org`, at };
    const name = k % 7 === 0 ? null : `Filler Candidate ${pad(k, 3)}`;
    if (k % 11 === 0) return { ...base, name, status: 'pending' };
    if (k % 13 === 0) return { ...base, name, status: 'expired' };
    const points = 40 + ((k * 37) % 61);
    const start = new Date(Date.parse(at) - 70 * 60_000).toISOString().replace('.000Z', 'Z');
    return {
      ...base,
      name,
      status: 'completed',
      startedAt: start,
      completedAt: at,
      passed: points >= (assessment?.passingScore ?? 70),
      cases: Array.from({ length: n }, (_, j) =>
        c(Math.min(100, points + j * 3), 100, points + j * 3 >= 70 ? 'correct' : 'partial', 900 + j * 60),
      ),
      violations: { fullscreen: k % 5 === 0 ? 1 : 0, copyPaste: k % 9 === 0 ? 2 : 0 },
    };
  });
}

const BASE_SESSIONS: PraxicraftSession[] = [
  ...Object.values(PRAXICRAFT_CAST).flat(),
  ...fillers('senior-backend-screen', 130, '2025-06-30T16:00:00Z', 1),
  ...fillers('data-engineering', 40, '2025-06-28T16:00:00Z', 131),
  ...fillers('frontend-take-home', 12, '2025-06-25T16:00:00Z', 171),
  ...fillers('legacy-java-screen', 5, '2024-11-30T16:00:00Z', 183),
  ...TEST_MODE_SESSIONS,
];

/** Sessions a test added (a new invite appearing at the top of a list). */
const added: PraxicraftSession[] = [];
/** Sessions a test changed, by token: lists order by last activity, so a changed row moves to the top. */
const updated = new Map<string, Partial<PraxicraftSession>>();

/** Test hooks: add an invite as if a recruiter just sent it, and undo that. */
export const praxicraftSandbox = {
  addSession(session: PraxicraftSession): void {
    added.push(session);
  },
  /** Something happened to an invite (started, completed, re-sent): its row moves to the top. */
  update(token: string, changes: Partial<PraxicraftSession> & { at: string }): void {
    updated.set(token, { ...updated.get(token), ...changes });
  },
  reset(): void {
    added.length = 0;
    updated.clear();
    usage.clear();
  },
  /** Spends reads of a key's hour as another browser sharing the key would. */
  spend(key: string, n: number): void {
    const now = Date.now();
    const u = usage.get(key);
    if (!u || now - u.windowStart >= 3_600_000) usage.set(key, { windowStart: now, used: n });
    else u.used += n;
  },
};

const sessions = (): PraxicraftSession[] => [...added, ...BASE_SESSIONS].map((s) => ({ ...s, ...updated.get(s.token) }));
const assessmentOf = (slug: string) => ASSESSMENTS.find((a) => a.slug === slug);

// ---------------------------------------------------------------- shapes

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

function scoreOf(s: PraxicraftSession) {
  const cases = s.cases ?? [];
  const score = sum(cases.map((x) => x.score ?? 0));
  const max = sum(cases.map((x) => x.max));
  return { score, max, percentage: max ? Math.round((score / max) * 1000) / 10 : 0, seconds: sum(cases.map((x) => x.seconds)) };
}

function violationCounts(s: PraxicraftSession) {
  return s.violations ? { fullscreen_violations: s.violations.fullscreen, copy_paste_violations: s.violations.copyPaste } : null;
}

function resultRow(s: PraxicraftSession, req: SandboxRequest) {
  const done = s.status === 'completed';
  const score = scoreOf(s);
  return {
    candidate_email: s.email,
    candidate_name: s.name,
    role: assessmentOf(s.slug)?.role ?? null,
    status: s.status,
    score_percentage: done ? score.percentage : null,
    passed: done ? (s.passed ?? null) : null,
    time_spent_seconds: done ? score.seconds : null,
    violation_counts: done ? violationCounts(s) : null,
    started_at: s.startedAt ?? null,
    completed_at: s.completedAt ?? null,
    invite_token: s.token,
    ...(req.generation === 'new' ? { livemode: assessmentOf(s.slug)?.livemode ?? true } : {}),
  };
}

const WAITING_MESSAGES: Record<string, string> = {
  pending: 'The candidate has not started the assessment yet.',
  started: 'The candidate has started but not completed the assessment.',
  expired: 'The invitation expired before the candidate completed the assessment.',
};

function violationEvents(s: PraxicraftSession) {
  const at = Date.parse(s.startedAt ?? s.at);
  const events = [
    ...Array.from({ length: s.violations?.fullscreen ?? 0 }, () => 'fullscreen_exit'),
    ...Array.from({ length: s.violations?.copyPaste ?? 0 }, () => 'copy_paste'),
  ];
  return events.map((type, i) => ({
    type,
    case_order: (i % (s.cases?.length ?? 1)) + 1,
    occurred_at: new Date(at + (i + 1) * 240_000).toISOString(),
  }));
}

function detailedResult(s: PraxicraftSession, req: SandboxRequest) {
  const livemode = req.generation === 'new' ? { livemode: assessmentOf(s.slug)?.livemode ?? true } : {};
  if (s.status !== 'completed') return { status: s.status, message: WAITING_MESSAGES[s.status], ...livemode };
  const assessment = assessmentOf(s.slug);
  const score = scoreOf(s);
  return {
    candidate_email: s.email,
    candidate_name: s.name,
    assessment: assessment?.title ?? s.slug,
    status: s.status,
    score: score.score,
    max_score: score.max,
    score_percentage: score.percentage,
    passed: s.passed ?? null,
    passing_score: assessment?.passingScore ?? null,
    started_at: s.startedAt ?? null,
    completed_at: s.completedAt ?? null,
    violation_counts: violationCounts(s),
    ...(req.generation === 'new' ? { violation_events: violationEvents(s) } : {}),
    detailed_report_url: `${REPORT_ORIGIN}/assessments/${s.slug}/results/${s.token}/`,
    cases: (s.cases ?? []).map((x, i) => ({
      case_order: i + 1,
      case_title: assessment?.cases[i] ?? `Case ${i + 1}`,
      score: x.score,
      max_score: x.max,
      status: x.status,
      time_spent_seconds: x.seconds,
    })),
    ...livemode,
  };
}

function assessmentRow(a: Assessment, req: SandboxRequest) {
  return {
    slug: a.slug,
    title: a.title,
    role: a.role,
    status: a.status,
    created_at: '2024-10-01T09:00:00Z',
    ...(req.generation === 'new' ? { livemode: a.livemode } : {}),
  };
}

// ---------------------------------------------------------------- paging, errors, limits

const cursorFor = (offset: number) => Buffer.from(`o=${offset}`).toString('base64url');

/** DRF style: `next`/`previous` are the request's URL with `cursor` replaced. */
function link(req: SandboxRequest, cursor: string | null): string | null {
  if (cursor === null) return null;
  const query = new URLSearchParams(req.query);
  query.set('cursor', cursor);
  if (req.generation === 'old') return `${OLD_LINK_ORIGIN}${req.path}?${query}`;
  // Reached by path prefix (plain-HTTP tests) the link keeps the prefix, as a proxy would.
  const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
  const prefix = praxicraftSite.hosts.includes(host) ? '' : '/praxicraft';
  return `${req.origin}${prefix}${req.path}?${query}`;
}

function page<T>(rows: T[], req: SandboxRequest): SandboxResponse {
  const { page: results, limit, nextCursor } = paginate(rows, req.query, 20, 100);
  const cursor = req.query.get('cursor');
  const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString('utf8').replace(/^o=/, '')) || 0 : 0;
  const previous = offset > 0 ? cursorFor(Math.max(0, offset - limit)) : null;
  return json(200, { next: link(req, nextCursor), previous: link(req, previous), results });
}

const CODES: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'INVALID_API_KEY',
  403: 'INSUFFICIENT_SCOPE',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

const errorBody = (code: string | undefined, message: string, details: Record<string, unknown> = {}) => ({
  error: { ...(code ? { code } : {}), message, details },
});

function error(status: number, code: string, message: string, details?: Record<string, unknown>, headers?: Record<string, string>) {
  return json(status, errorBody(code, message, details), headers);
}

/** Growth plan: 2,000 reads per organisation per hour (a fixed window here, rolling at Praxicraft). */
const LIMIT = 2000;
const usage = new Map<string, { windowStart: number; used: number }>();

function rateLimit(key: string, info: KeyInfo, req: SandboxRequest): { headers: Record<string, string>; refused?: SandboxResponse } {
  const now = Date.now();
  let u = usage.get(key);
  if (!u || now - u.windowStart >= 3_600_000) usage.set(key, (u = { windowStart: now, used: 0 }));
  u.used += 1;
  const exhausted = info.problem === 'exhausted' || u.used > LIMIT;
  const reset = Math.ceil((u.windowStart + 3_600_000) / 1000);
  const headers = {
    'x-ratelimit-limit': String(LIMIT),
    'x-ratelimit-remaining': String(exhausted ? 0 : LIMIT - u.used),
    'x-ratelimit-reset': String(reset),
  };
  if (!exhausted) return { headers };
  const retryAfter = String(info.problem === 'exhausted' ? 3600 : Math.max(1, reset - Math.ceil(now / 1000)));
  const message = `Request was throttled. Expected available in ${retryAfter} seconds.`;
  // The older docs' 429 carried no code.
  const body = errorBody(req.generation === 'old' ? undefined : 'RATE_LIMITED', message);
  return { headers, refused: json(429, body, { ...headers, 'retry-after': retryAfter }) };
}

const withHeaders = (answer: SandboxResponse, headers: Record<string, string>): SandboxResponse => ({
  ...answer,
  headers: { ...headers, ...answer.headers },
});

// ---------------------------------------------------------------- routes

function route(req: SandboxRequest, info: KeyInfo): SandboxResponse {
  if (req.method !== 'GET') return error(405, 'METHOD_NOT_ALLOWED', 'The sandbox serves reads only');
  if (!req.path.startsWith(`${BASE}/`)) return error(404, 'NOT_FOUND', 'Not found');
  const path = req.path.slice(BASE.length);
  const live = info.mode === 'live';
  const needs = (scope: Scope) =>
    info.scopes.includes(scope)
      ? undefined
      : error(403, 'INSUFFICIENT_SCOPE', `This API key lacks the ${scope} scope`, { required_scope: scope });

  if (path === '/assessments/') {
    const denied = needs('assessments:read');
    if (denied) return denied;
    const status = req.query.get('status') ?? 'all';
    if (!['active', 'draft', 'archived', 'all'].includes(status)) {
      return error(400, 'VALIDATION_ERROR', 'Invalid status', { status: ['Must be one of active, draft, archived, all.'] });
    }
    const rows = ASSESSMENTS.filter((a) => a.livemode === live && (status === 'all' || a.status === status));
    return page(
      rows.map((a) => assessmentRow(a, req)),
      req,
    );
  }
  const results = /^\/assessments\/([^/]+)\/results\/$/.exec(path);
  if (results) {
    const denied = needs('candidates:read');
    if (denied) return denied;
    const assessment = assessmentOf(decodeURIComponent(results[1] ?? ''));
    if (!assessment || assessment.livemode !== live) return error(404, 'NOT_FOUND', 'Assessment not found');
    const rows = sessions()
      .filter((s) => s.slug === assessment.slug)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
      .map((s) => resultRow(s, req));
    return page(rows, req);
  }
  const invite = /^\/invites\/([^/]+)\/result\/$/.exec(path);
  if (invite) {
    const denied = needs('candidates:read');
    if (denied) return denied;
    const token = decodeURIComponent(invite[1] ?? '').toLowerCase();
    const session = sessions().find((s) => s.token === token);
    // The other mode's data does not exist for this key.
    if (!session || assessmentOf(session.slug)?.livemode !== live) return error(404, 'NOT_FOUND', 'Invite not found');
    return json(200, detailedResult(session, req));
  }
  return error(404, 'NOT_FOUND', 'Not found');
}

const handler: SandboxHandler = (req) => {
  const auth = String(req.headers.authorization ?? '');
  const key = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
  const info = KEYS[key];
  // Echoes the key it was given, so tests can prove the client never shows it.
  if (!info) return error(401, 'INVALID_API_KEY', key ? `Invalid API key: ${key}` : 'Authentication credentials were not provided.');
  if (info.problem === 'expired') return error(401, 'EXPIRED_API_KEY', 'This API key has expired.');
  if (info.problem === 'plan') return error(403, 'PLAN_REQUIRED', 'API access requires the Growth plan or higher.');
  if (info.problem === 'ip')
    return error(403, 'IP_NOT_ALLOWED', 'Requests from this IP address are not allowed for this key.', { ip: '203.0.113.7' });
  const limit = rateLimit(key, info, req);
  if (limit.refused) return limit.refused;
  return withHeaders(route(req, info), limit.headers);
};

export const praxicraftSite: VendorSite = {
  hosts: ['assess.praxicraft.com', 'praxicraft.com'],
  basePath: BASE,
  handler,
  errorBody: (status, message) => errorBody(CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'ERROR'), message),
};
