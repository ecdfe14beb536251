/**
 * Dweet Nova Embed API as documented (its API reference and public docs): bearer keys
 * `sk_test_…`/`sk_live_…`, `X-Tenant-Id` on everything but `rate-limit-status`, RFC 7807
 * errors with `traceId` and an `X-Trace-Id` header on every response, and per-key buckets of
 * requests per 1-second window (`read_and_ops` 20/s, `rate_limit_status` 2/s) with
 * `X-RateLimit-*` headers and 429 + Retry-After when spent.
 * Generation 'new' answers in the API reference's shapes; 'old' in the older docs' (`scoringJobId` +
 * `result`, upper-case statuses). Aiko's score always comes in the older shape (mixed data).
 * Reads only: POSTs (which Nova bills) are refused.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_EMAIL, DEMO_JOB_ID, PEOPLE } from './fixtures';
import { json, type SandboxHandler, type SandboxRequest, type SandboxResponse, type VendorSite } from './http';

const BASE = '/v1';

/** Not secrets: they open nothing but this local server. */
export const novaSandboxKeys = {
  valid: 'sk_test_scorelens_sandbox_nova',
  live: 'sk_live_scorelens_sandbox_nova',
  /** A valid key without permission to read scores: 403 FORBIDDEN. */
  forbidden: 'sk_test_scorelens_sandbox_nova_noperm',
} as const;
/** The tenant holding the cast's scores; any other tenant is an empty, auto-provisioned one. */
export const novaSandboxTenant = 'acme-sandbox';

export const NOVA_READS_PER_SECOND = 20;
const LIMITS = { read_and_ops: NOVA_READS_PER_SECOND, rate_limit_status: 2 } as const;
type Bucket = keyof typeof LIMITS;

// ---------------------------------------------------------------- errors

const ERROR_CODES: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  // The documented 404 codes name a resource; an unknown path gets a generic one.
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

const traceId = () => randomBytes(16).toString('hex');

function problem(status: number, code: string, message: string, trace = traceId(), details: unknown[] = []) {
  return {
    type: `https://embed.nova.dweet.com/errors/${code.toLowerCase().replace(/_/g, '-')}`,
    code,
    status,
    message,
    retryable: status === 429 || status >= 500,
    traceId: trace,
    details,
  };
}

function error(status: number, code: string, message: string, headers: Record<string, string>, details: unknown[] = []): SandboxResponse {
  const trace = headers['x-trace-id'] ?? traceId();
  return json(status, problem(status, code, message, trace, details), { ...headers, 'x-trace-id': trace });
}

// ---------------------------------------------------------------- rate limits

/** Per key and bucket: the current 1-second window and how many requests it has seen. */
const windows = new Map<string, { second: number; count: number }>();

/** Forget every window, so a test starts with a full budget. */
export function resetNovaRateLimits(): void {
  windows.clear();
}

/** Spends reads of a key's current second as another server using the same key would. */
export function spendNovaReads(key: string, n: number): void {
  for (let i = 0; i < n; i++) take(key, 'read_and_ops');
}

function take(key: string, bucket: Bucket, now = Date.now()) {
  const second = Math.floor(now / 1000);
  const id = `${key}|${bucket}`;
  const current = windows.get(id);
  const win = current && current.second === second ? current : { second, count: 0 };
  win.count += 1;
  windows.set(id, win);
  const limit = LIMITS[bucket];
  const headers = {
    'x-ratelimit-bucket': bucket,
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.max(0, limit - win.count)),
    'x-ratelimit-reset': String(second + 1),
  };
  return { allowed: win.count <= limit, headers };
}

function bucketStatus(key: string, bucket: Bucket | 'criteria_ai' | 'scoring_intake_batch' | 'scoring_intake_single' | 'analytics') {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  const limits: Record<string, number> = { ...LIMITS, criteria_ai: 2, scoring_intake_batch: 1, scoring_intake_single: 10, analytics: 20 };
  const limit = limits[bucket] ?? 0;
  const win = windows.get(`${key}|${bucket}`);
  const used = win && win.second === second ? win.count : 0;
  return { limit, remaining: Math.max(0, limit - used), resetAt: second + 1, resetInSeconds: 1 };
}

// ---------------------------------------------------------------- fixtures

interface NovaJobFixture {
  id: string;
  status: 'pending' | 'completed' | 'failed';
  score?: number;
  assessment?: { verdict: string; strengths: string[]; concerns: string[]; interviewFocus: string[] };
  errorCode?: string;
  errorMessage?: string;
  queuedAt: string;
  startedAt?: string;
  completedAt?: string;
  failedAt?: string;
  isRescore?: boolean;
  /** Served in the older docs' shape whatever the generation. */
  olderShape?: boolean;
}

const CRITERIA = 'cmlz5crit0000wp61backend01';

/** Nova's view of the cast (fixtures.ts's table), by email; found by the person's ATS job and application ids. */
export const NOVA_JOBS: Record<string, NovaJobFixture> = {
  [DEMO_EMAIL]: {
    id: 'cmlz7jane0001wp61sj8k2m4q',
    status: 'completed',
    score: 8,
    assessment: {
      verdict:
        'Strong backend engineer with six years of Go and PostgreSQL in production. Essentials for the role are evidenced; recommend advancing to the technical interview.',
      strengths: [
        'Six years building Go services handling 20k requests per second (resume: Payments Platform, 2019–2025)',
        'Led the migration of a monolith to event-driven services on Kafka',
        'Owns on-call and incident reviews for a PostgreSQL cluster of 4 TB',
      ],
      concerns: [
        'Kubernetes operations (unverified: only mentions deploying to EKS)',
        'No experience mentoring junior engineers (not evidenced)',
      ],
      interviewFocus: [
        'Depth of distributed-systems design: ask for a failure she debugged end to end',
        'Hands-on Kubernetes troubleshooting',
      ],
    },
    queuedAt: '2025-02-10T08:59:58Z',
    startedAt: '2025-02-10T09:00:03Z',
    completedAt: '2025-02-10T09:00:41Z',
  },
  'omar.haddad@example.com': {
    id: 'cmlz7omar0001wp61sj3n5p7r',
    status: 'pending',
    queuedAt: '2025-04-02T14:20:11Z',
    startedAt: '2025-04-02T14:20:15Z',
  },
  'li.wei@example.com': {
    id: 'cmlz7liwe0001wp61sj6q8s0t',
    status: 'completed',
    score: 5,
    assessment: {
      verdict: 'Borderline fit: solid Python data work, but thin evidence for the backend service ownership the role needs.',
      strengths: ['Built ETL pipelines in Python and Airflow processing 2M rows a day'],
      concerns: ['Backend API design (not evidenced)', 'Go (not evidenced)'],
      interviewFocus: ['Whether she has owned a production service end to end'],
    },
    queuedAt: '2025-03-01T10:00:00Z',
    startedAt: '2025-03-01T10:00:04Z',
    completedAt: '2025-03-01T10:00:37Z',
  },
  'maria.garcia@example.com': {
    id: 'cmlz7mari0001wp61sj1u3w5y',
    status: 'completed',
    score: 3,
    assessment: {
      verdict: 'Weak alignment: frontend-focused experience with significant gaps against the backend requirements.',
      strengths: ['Four years of React and TypeScript'],
      concerns: ['Server-side development (contradicted by: all roles listed are frontend)', 'Databases (not evidenced)'],
      interviewFocus: ['Interest in moving to backend work and any side projects showing it'],
    },
    queuedAt: '2025-03-05T16:10:00Z',
    startedAt: '2025-03-05T16:10:06Z',
    completedAt: '2025-03-05T16:10:48Z',
  },
  'aiko.tanaka@example.com': {
    id: 'sj_aiko7f3a2c91',
    status: 'completed',
    score: 6,
    assessment: {
      verdict: 'Mixed fit: strong Java backend background, limited evidence for Go and cloud operations.',
      strengths: ['Seven years of Java/Spring backend development'],
      concerns: ['Go (not evidenced)', 'Cloud infrastructure (unverified: mentions AWS once)'],
      interviewFocus: ['Willingness and speed to pick up Go'],
    },
    queuedAt: '2025-01-20T11:00:00Z',
    startedAt: '2025-01-20T11:00:05Z',
    completedAt: '2025-01-20T11:00:52Z',
    olderShape: true,
  },
  'noah.fischer@example.com': {
    id: 'cmlz7noah0001wp61sj2v4x6z',
    status: 'failed',
    errorCode: 'RESUME_FETCH_FAILED',
    errorMessage: 'The resume URL returned 403 Forbidden; the signed link may have expired',
    queuedAt: '2025-05-12T09:30:00Z',
    startedAt: '2025-05-12T09:30:02Z',
    failedAt: '2025-05-12T09:30:09Z',
  },
};

interface BatchFixture {
  id: string;
  jobId: string;
  emails: string[];
  createdAt: string;
}

export const NOVA_BATCHES: BatchFixture[] = [
  {
    id: 'cmlz26em4002cwp61backend1',
    jobId: DEMO_JOB_ID,
    emails: [DEMO_EMAIL, 'omar.haddad@example.com', 'li.wei@example.com', 'maria.garcia@example.com'],
    createdAt: '2025-02-10T08:59:55Z',
  },
  { id: 'cmlz26em4002cwp61platform', jobId: '5512008', emails: ['noah.fischer@example.com'], createdAt: '2025-05-12T09:29:58Z' },
];

// ---------------------------------------------------------------- shapes

const OLDER_JOB_STATUS = (job: NovaJobFixture) =>
  job.status === 'completed' ? 'COMPLETED' : job.status === 'failed' ? 'FAILED' : job.startedAt ? 'PROCESSING' : 'PENDING';

function scoringJob(job: NovaJobFixture, jobId: string, applicationId: string, older: boolean) {
  return {
    id: job.id,
    criteriaVersionId: CRITERIA,
    jobId,
    applicationId,
    status: older ? OLDER_JOB_STATUS(job) : job.status,
    isRescore: job.isRescore ?? false,
    score: job.score ?? null,
    assessment: job.assessment ?? null,
    errorCode: job.errorCode ?? null,
    errorMessage: job.errorMessage ?? null,
    queuedAt: job.queuedAt,
    startedAt: job.startedAt ?? null,
    completedAt: job.completedAt ?? null,
    failedAt: job.failedAt ?? null,
  };
}

/** The older docs' score body. Their example shows no error fields; a failed job carries the current names. */
function olderScore(job: NovaJobFixture, jobId: string, applicationId: string) {
  return {
    scoringJobId: job.id,
    status: OLDER_JOB_STATUS(job),
    jobId,
    applicationId,
    result: job.status === 'completed' ? { score: job.score ?? null, assessment: job.assessment ?? null } : null,
    completedAt: job.completedAt ?? null,
    ...(job.status === 'failed' ? { errorCode: job.errorCode ?? null, errorMessage: job.errorMessage ?? null } : {}),
  };
}

function batchBody(batch: BatchFixture, older: boolean) {
  const people = batch.emails.flatMap((email) => {
    const person = PEOPLE.find((p) => p.email === email);
    const job = NOVA_JOBS[email];
    return person && job ? [{ person, job }] : [];
  });
  const completed = people.filter(({ job }) => job.status === 'completed').length;
  const failed = people.filter(({ job }) => job.status === 'failed').length;
  const done = completed + failed === people.length;
  let status: string = !done ? 'pending' : failed ? 'failed' : 'completed';
  if (older) status = !done ? 'IN_PROGRESS' : !failed ? 'COMPLETED' : completed ? 'PARTIAL_FAILURE' : 'FAILED';
  const finished = people.map(({ job }) => job.completedAt ?? job.failedAt ?? '').sort();
  return {
    batch: {
      id: batch.id,
      jobId: batch.jobId,
      status,
      totalJobs: people.length,
      completedJobs: completed,
      failedJobs: failed,
      createdAt: batch.createdAt,
      completedAt: done ? (finished.at(-1) ?? null) : null,
    },
    scoringJobs: people.map(({ person, job }) => scoringJob(job, person.ats.jobId, person.ats.applicationId, older)),
  };
}

// ---------------------------------------------------------------- routes

function rateLimitStatus(key: string) {
  return {
    partnerId: 'prt_scorelens_sandbox',
    environment: key.startsWith('sk_live_') ? 'PRODUCTION' : 'SANDBOX',
    generatedAt: new Date().toISOString(),
    degraded: false,
    buckets: {
      criteria_ai: bucketStatus(key, 'criteria_ai'),
      scoring_intake_batch: bucketStatus(key, 'scoring_intake_batch'),
      scoring_intake_single: bucketStatus(key, 'scoring_intake_single'),
      read_and_ops: bucketStatus(key, 'read_and_ops'),
      rate_limit_status: bucketStatus(key, 'rate_limit_status'),
      analytics: bucketStatus(key, 'analytics'),
    },
    criteria_ai_inflight: { limit: 4, active: 0, retryAfterSeconds: 0 },
  };
}

function route(req: SandboxRequest, path: string, tenant: string, headers: Record<string, string>): SandboxResponse {
  const older = req.generation === 'old';
  const ours = tenant === novaSandboxTenant;
  const score = /^\/jobs\/([^/]+)\/applications\/([^/]+)\/score$/.exec(path);
  if (score) {
    const [jobId, applicationId] = [decodeURIComponent(score[1] ?? ''), decodeURIComponent(score[2] ?? '')];
    const person = ours ? PEOPLE.find((p) => p.ats.jobId === jobId && p.ats.applicationId === applicationId) : undefined;
    const job = person ? NOVA_JOBS[person.email] : undefined;
    if (!job) return error(404, 'APPLICATION_NOT_FOUND', `No scoring job found for application ${applicationId}`, headers);
    const body =
      older || job.olderShape ? olderScore(job, jobId, applicationId) : { scoringJob: scoringJob(job, jobId, applicationId, false) };
    return json(200, body, headers);
  }
  const batch = /^\/jobs\/([^/]+)\/scoring-batches\/([^/]+)$/.exec(path);
  if (batch) {
    const [jobId, batchId] = [decodeURIComponent(batch[1] ?? ''), decodeURIComponent(batch[2] ?? '')];
    const hit = ours ? NOVA_BATCHES.find((b) => b.id === batchId && b.jobId === jobId) : undefined;
    if (!hit) return error(404, 'BATCH_NOT_FOUND', `Scoring batch ${batchId} not found`, headers);
    return json(200, batchBody(hit, older), headers);
  }
  return error(404, 'NOT_FOUND', `No route for GET ${BASE}${path}`, headers);
}

const KEYS: readonly string[] = Object.values(novaSandboxKeys);

const handler: SandboxHandler = (req) => {
  const trace = { 'x-trace-id': traceId() };
  const auth = String(req.headers.authorization ?? '');
  const key = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
  if (!KEYS.includes(key)) return error(401, 'UNAUTHORIZED', 'Missing or invalid API key', trace);
  if (!req.path.startsWith(`${BASE}/`)) return error(404, 'NOT_FOUND', 'Not found', trace);
  const path = req.path.slice(BASE.length);
  // Creating scoring jobs or batches is billed: the sandbox refuses any write so a test would notice.
  if (req.method !== 'GET') return error(404, 'NOT_FOUND', `The sandbox serves reads only, not ${req.method} ${req.path}`, trace);

  const bucket: Bucket = path === '/rate-limit-status' ? 'rate_limit_status' : 'read_and_ops';
  const limit = take(key, bucket);
  const headers = { ...trace, ...limit.headers };
  if (!limit.allowed) {
    const wait = String(Math.max(1, Math.ceil(Number(limit.headers['x-ratelimit-reset']) - Date.now() / 1000)));
    return error(429, 'RATE_LIMITED', `Rate limit exceeded. Retry after ${wait} seconds.`, { ...headers, 'retry-after': wait });
  }
  if (bucket === 'rate_limit_status') return json(200, rateLimitStatus(key), headers);
  if (key === novaSandboxKeys.forbidden) return error(403, 'FORBIDDEN', 'Valid key but insufficient permissions', headers);

  const tenant = String(req.headers['x-tenant-id'] ?? '').trim();
  if (!tenant) {
    return error(400, 'VALIDATION_ERROR', 'Request validation failed', headers, [
      { field: 'X-Tenant-Id', code: 'required', message: 'X-Tenant-Id header is required' },
    ]);
  }
  return route(req, path, tenant, headers);
};

export const novaSite: VendorSite = {
  hosts: ['embed.nova.dweet.com'],
  basePath: BASE,
  handler,
  errorBody: (status, message) => problem(status, ERROR_CODES[status] ?? 'INTERNAL_ERROR', message),
};
