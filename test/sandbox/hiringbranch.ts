/**
 * HiringBranch Connect API as documented (its API reference and public docs):
 * `GET /connect/v1/score?candidateIds=a,b&assessmentIds=x,y` with `X-API-Key` and an optional
 * `instance` header; a bare array of ScoreResponseDto, numbers as strings, .NET dates with
 * 7 fractional digits. No pagination, no rate-limit headers, no doc generations (none differ).
 *
 * ASSUMPTION: error bodies are undocumented (only "400 Validation failed"). The API is ASP.NET
 * (its invite endpoint accepts `text/json` and `application/*+json`; DateTimeOffset dates), so
 * errors here are ASP.NET ProblemDetails. The client must not depend on this shape.
 */
import { personByEmail } from './fixtures';
import { json, type SandboxHandler, type SandboxResponse, type VendorSite } from './http';

const BASE = '/connect';

/** Test keys: HiringBranch issues keys itself and documents none. */
export const hiringbranchSandboxKeys = {
  valid: 'hb_sandbox_3f9a2c71e4b8d650a1c7e92b',
  /** A real key without score access: answers 403. */
  noScoreAccess: 'hb_sandbox_noscore_7d1e04b9a2c6f385',
} as const;
/** The instance the sandbox keys belong to; any other `instance` header answers 403. */
export const HIRINGBRANCH_SANDBOX_INSTANCE = 'acme-sandbox';

const TITLES: Record<number, string> = {
  400: 'Validation failed',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function errorBody(status: number, detail: string, errors?: Record<string, string[]>) {
  return {
    type: `https://httpstatuses.io/${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
    traceId: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  };
}

const error = (status: number, detail: string, errors?: Record<string, string[]>): SandboxResponse =>
  json(status, errorBody(status, detail, errors), { 'content-type': 'application/problem+json' });

/** What the API says of one assessment: a ScoreResponseDto minus the candidate id. */
interface AssessmentFixture {
  assessmentId: string;
  assessmentName: string;
  assessmentStatus: 'INVITED' | 'IN_PROGRESS' | 'COMPLETED';
  scoreStatus: 'PENDING' | 'LOW_PASS' | 'PASS' | 'FAIL';
  completion: string;
  totalScore: string;
  typingSpeed: string;
  categoryScores: { name: string; score: string }[];
  redFlag: boolean;
  started: string;
  finished: string;
}

/** .NET's DateTimeOffset.MinValue: how a non-nullable date that is not set yet serialises. */
const NOT_YET = '0001-01-01T00:00:00.0000000+00:00';
const CS_EN = { assessmentId: '64f1a2b3c4d5e6f708192a3b', assessmentName: 'Customer Service – English (Advanced)' };
const CHAT = { assessmentId: '64f1a2b3c4d5e6f708192a3c', assessmentName: 'Chat Support – Written English' };
const SALES = { assessmentId: '64f1a2b3c4d5e6f708192a3d', assessmentName: 'Inside Sales – English' };

const cats = (speaking: number, listening: number, writing: number, reading: number) => [
  { name: 'Speaking', score: String(speaking) },
  { name: 'Listening', score: String(listening) },
  { name: 'Writing', score: String(writing) },
  { name: 'Reading', score: String(reading) },
];

/** Per person (by email), following the cast table in fixtures.ts. */
export const HIRINGBRANCH_FIXTURES: Record<string, AssessmentFixture[]> = {
  'jane.doe@example.com': [
    {
      ...CS_EN,
      assessmentStatus: 'COMPLETED',
      scoreStatus: 'PASS',
      completion: '100',
      totalScore: '82',
      typingSpeed: '64',
      categoryScores: cats(85, 90, 74, 79),
      redFlag: false,
      started: '2025-02-10T09:02:11.4830000-05:00',
      finished: '2025-02-10T09:41:37.1270000-05:00',
    },
    {
      ...CHAT,
      assessmentStatus: 'COMPLETED',
      scoreStatus: 'PASS',
      completion: '100',
      totalScore: '88',
      typingSpeed: '71',
      categoryScores: [
        { name: 'Writing', score: '86' },
        { name: 'Reading', score: '91' },
      ],
      redFlag: false,
      started: '2025-02-11T14:00:03.2500000+00:00',
      finished: '2025-02-11T14:22:48.9040000+00:00',
    },
  ],
  'omar.haddad@example.com': [
    {
      ...CS_EN,
      assessmentStatus: 'IN_PROGRESS',
      scoreStatus: 'PENDING',
      completion: '40',
      totalScore: '0',
      typingSpeed: '0',
      categoryScores: [],
      redFlag: false,
      started: '2025-04-02T16:20:05.0010000+00:00',
      finished: NOT_YET,
    },
  ],
  'li.wei@example.com': [
    {
      ...CS_EN,
      assessmentStatus: 'COMPLETED',
      scoreStatus: 'LOW_PASS',
      completion: '100',
      totalScore: '61',
      typingSpeed: '48',
      categoryScores: cats(58, 66, 55, 65),
      redFlag: false,
      started: '2025-01-17T20:01:02.7770000+00:00',
      finished: '2025-01-17T20:39:25.5810000+00:00',
    },
  ],
  'maria.garcia@example.com': [
    {
      ...SALES,
      assessmentStatus: 'COMPLETED',
      scoreStatus: 'FAIL',
      completion: '100',
      totalScore: '38',
      typingSpeed: '35',
      categoryScores: cats(30, 45, 36, 41),
      redFlag: true,
      started: '2025-03-05T11:10:00.0000000+01:00',
      finished: '2025-03-05T11:36:12.3400000+01:00',
    },
  ],
  'sam.okafor@example.com': [
    {
      ...CS_EN,
      assessmentStatus: 'INVITED',
      scoreStatus: 'PENDING',
      completion: '0',
      totalScore: '0',
      typingSpeed: '0',
      categoryScores: [],
      redFlag: false,
      started: NOT_YET,
      finished: NOT_YET,
    },
  ],
  'aiko.tanaka@example.com': [
    {
      // Completed, but the speaking and writing parts still wait for a rater.
      ...CS_EN,
      assessmentStatus: 'COMPLETED',
      scoreStatus: 'PENDING',
      completion: '100',
      totalScore: '0',
      typingSpeed: '58',
      categoryScores: [
        { name: 'Listening', score: '77' },
        { name: 'Reading', score: '83' },
      ],
      redFlag: false,
      started: '2025-05-20T08:15:44.6120000+09:00',
      finished: '2025-05-20T08:52:09.0300000+09:00',
    },
  ],
  'noah.fischer@example.com': [
    {
      ...SALES,
      assessmentStatus: 'COMPLETED',
      scoreStatus: 'PASS',
      completion: '100',
      totalScore: '91',
      typingSpeed: '72',
      categoryScores: cats(93, 95, 84, 90),
      redFlag: false,
      started: '2025-06-02T13:00:00.1230000+02:00',
      finished: '2025-06-02T13:33:20.4560000+02:00',
    },
  ],
};

/** Every score row the sandbox knows, as the API sends it. */
function allRows() {
  return Object.entries(HIRINGBRANCH_FIXTURES).flatMap(([email, assessments]) => {
    const candidateId = personByEmail(email)?.hiringbranchId;
    return candidateId ? assessments.map((a) => ({ candidateId, ...a })) : [];
  });
}

const OBJECT_ID = /^[0-9a-f]{24}$/;

/** A comma list of object ids, or the validation errors ASP.NET would report for it. */
function idList(req: URLSearchParams, name: string): { ids?: string[]; errors?: string[] } {
  const raw = req.get(name);
  if (raw === null) return {};
  const ids = raw.split(',').map((s) => s.trim());
  const bad = ids.filter((id) => !OBJECT_ID.test(id));
  return bad.length ? { errors: bad.map((id) => `'${id}' is not a valid id.`) } : { ids };
}

const handler: SandboxHandler = (req) => {
  const key = String(req.headers['x-api-key'] ?? '');
  if (key !== hiringbranchSandboxKeys.valid && key !== hiringbranchSandboxKeys.noScoreAccess) {
    return error(401, 'Invalid or missing API key.');
  }
  const instance = req.headers.instance;
  if (instance !== undefined && instance !== HIRINGBRANCH_SANDBOX_INSTANCE) {
    return error(403, `This API key does not belong to the instance '${String(instance)}'.`);
  }
  if (req.path === `${BASE}/v1/invite`) return error(405, 'The sandbox never invites anyone.');
  if (req.path !== `${BASE}/v1/score`) return error(404, 'Not found.');
  if (req.method !== 'GET') return error(405, `${req.method} is not allowed here.`);
  if (key === hiringbranchSandboxKeys.noScoreAccess) return error(403, 'This API key may not read scores.');

  const candidates = idList(req.query, 'candidateIds');
  const assessments = idList(req.query, 'assessmentIds');
  const errors: Record<string, string[]> = {};
  if (!candidates.ids && !candidates.errors) errors.candidateIds = ['The candidateIds field is required.'];
  if (candidates.errors) errors.candidateIds = candidates.errors;
  if (assessments.errors) errors.assessmentIds = assessments.errors;
  if (Object.keys(errors).length) return error(400, 'One or more validation errors occurred.', errors);

  const wanted = new Set(candidates.ids);
  const rows = allRows().filter((row) => wanted.has(row.candidateId) && (!assessments.ids || assessments.ids.includes(row.assessmentId)));
  return json(200, rows);
};

export const hiringbranchSite: VendorSite = {
  hosts: ['api.hiringbranch.com'],
  basePath: BASE,
  handler,
  errorBody: (status, message) => errorBody(status, message),
};
