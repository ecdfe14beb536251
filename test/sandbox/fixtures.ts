/**
 * The sandbox's people. One person can be known to several vendors under the same email;
 * each vendor's section holds what that vendor's API says about them.
 */

export interface TalentScreenResultFixture {
  id: string;
  examId: string;
  examTitle: string;
  score: number | null;
  percentile?: number;
  status: 'passed' | 'failed' | 'in_progress' | 'invited' | 'expired';
  completedAt: string | null;
  durationMinutes?: number;
  byCategory?: { category: string; score: number; correct: number; total: number }[];
  byDifficulty?: { difficulty: string; score: number; correct: number; total: number }[];
  strengths?: string[];
  weaknesses?: string[];
}

export interface PersonFixture {
  email: string;
  name: string;
  /** Where the person sits in the ATS: Nova and HrFlow key by the ATS's job and application ids. */
  ats: { candidateId: string; applicationId: string; jobId: string };
  /** The person's HiringBranch candidate id (24 hex), when HiringBranch knows them. */
  hiringbranchId?: string;
  talentscreen?: { candidateId: string; createdAt: string; results: TalentScreenResultFixture[] };
}

export const DEMO_EMAIL = 'jane.doe@example.com';
/** The demo ATS job (Greenhouse `/plans/{id}`): "Senior Backend Engineer". */
export const DEMO_JOB_ID = '5512007';

/**
 * The cast, and what each vendor's sandbox (in its own file, keyed by email) should say of them:
 *
 * | person  | HiringBranch        | TalentScreen   | Praxicraft                          | HrFlow match | Nova (AI)              |
 * |---------|---------------------|----------------|-------------------------------------|--------------|------------------------|
 * | jane    | COMPLETED PASS, cats| passed 87.5    | completed pass, cases, 2 copy-paste | 0.87         | completed 8/10 verdict |
 * | janet   | —                   | failed 41      | completed fail                      | 0.21         | —                      |
 * | omar    | IN_PROGRESS         | in progress    | started                             | —            | pending                |
 * | li      | COMPLETED LOW_PASS  | —              | completed, passed=false (low)       | 0.55         | completed 5/10         |
 * | maria   | COMPLETED FAIL, red | —              | completed, 5 fullscreen, 3 copy     | —            | completed 3/10         |
 * | sam     | INVITED             | invited        | pending (not started)               | —            | —                      |
 * | priya   | —                   | expired        | expired                             | —            | —                      |
 * | lucas   | —                   | —              | completed, pending_review cases     | 0.42         | —                      |
 * | aiko    | COMPLETED PENDING   | —              | —                                   | 0.63         | completed (older shape)|
 * | noah    | COMPLETED PASS      | —              | —                                   | —            | failed scoring job     |
 * | emma    | —                   | —              | —                                   | —            | —                      |
 * | diego   | —                   | pass + fail    | two assessments                     | 0.74         | —                      |
 */

export const PEOPLE: PersonFixture[] = [
  {
    email: DEMO_EMAIL,
    name: 'Jane Doe',
    ats: { candidateId: '4410023', applicationId: '8812001', jobId: DEMO_JOB_ID },
    hiringbranchId: '6806925756b1f3c37b52440b',
    talentscreen: {
      candidateId: 'cand_jane001',
      createdAt: '2025-02-01T10:00:00Z',
      results: [
        {
          id: 'result_jane_backend',
          examId: 'exam_backend',
          examTitle: 'Backend Engineering Assessment',
          score: 87.5,
          percentile: 82,
          status: 'passed',
          completedAt: '2025-02-12T09:15:00Z',
          durationMinutes: 58,
          byCategory: [
            { category: 'Algorithms', score: 90, correct: 9, total: 10 },
            { category: 'System Design', score: 85, correct: 17, total: 20 },
          ],
          byDifficulty: [
            { difficulty: 'easy', score: 95, correct: 19, total: 20 },
            { difficulty: 'medium', score: 88, correct: 22, total: 25 },
            { difficulty: 'hard', score: 60, correct: 3, total: 5 },
          ],
          strengths: ['Data Structures', 'Algorithms', 'Problem Solving'],
          weaknesses: ['System Design', 'Database Optimization'],
        },
      ],
    },
  },
  {
    // Shares "jane" with the demo candidate: TalentScreen's loose search returns both.
    email: 'janet.doerr@example.com',
    name: 'Janet Doerr',
    ats: { candidateId: '4410024', applicationId: '8812002', jobId: DEMO_JOB_ID },
    talentscreen: {
      candidateId: 'cand_janet02',
      createdAt: '2025-03-01T10:00:00Z',
      results: [
        {
          id: 'result_janet_sql',
          examId: 'exam_sql',
          examTitle: 'SQL Fundamentals',
          score: 41,
          percentile: 12,
          status: 'failed',
          completedAt: '2025-03-04T16:00:00Z',
          durationMinutes: 35,
          byCategory: [{ category: 'Joins', score: 40, correct: 4, total: 10 }],
        },
      ],
    },
  },
  {
    email: 'omar.haddad@example.com',
    name: 'Omar Haddad',
    ats: { candidateId: '4410025', applicationId: '8812003', jobId: DEMO_JOB_ID },
    hiringbranchId: '6806925e2d542314849ca102',
    talentscreen: {
      candidateId: 'cand_omar003',
      createdAt: '2025-04-01T10:00:00Z',
      results: [
        {
          id: 'result_omar_fe',
          examId: 'exam_frontend',
          examTitle: 'Frontend Assessment',
          score: null,
          status: 'in_progress',
          completedAt: null,
        },
      ],
    },
  },
  {
    email: 'li.wei@example.com',
    name: 'Li Wei',
    ats: { candidateId: '4410026', applicationId: '8812004', jobId: DEMO_JOB_ID },
    hiringbranchId: '59bc377497c7ac0cbc1b69c7',
  },
  {
    email: 'maria.garcia@example.com',
    name: 'María García',
    ats: { candidateId: '4410027', applicationId: '8812005', jobId: DEMO_JOB_ID },
    hiringbranchId: '6a1f0c2b9d3e4f5061728394',
  },
  {
    email: 'sam.okafor@example.com',
    name: 'Sam Okafor',
    ats: { candidateId: '4410028', applicationId: '8812006', jobId: DEMO_JOB_ID },
    hiringbranchId: '6b2e1d3c4a5f60718293a4b5',
    talentscreen: {
      candidateId: 'cand_sam004',
      createdAt: '2025-05-01T10:00:00Z',
      results: [
        {
          id: 'result_sam_backend',
          examId: 'exam_backend',
          examTitle: 'Backend Engineering Assessment',
          score: null,
          status: 'invited',
          completedAt: null,
        },
      ],
    },
  },
  {
    email: 'priya.shah@example.com',
    name: 'Priya Shah',
    ats: { candidateId: '4410029', applicationId: '8812007', jobId: '5512008' },
    talentscreen: {
      candidateId: 'cand_priya05',
      createdAt: '2025-01-05T10:00:00Z',
      results: [
        { id: 'result_priya_data', examId: 'exam_data', examTitle: 'Data Analysis', score: null, status: 'expired', completedAt: null },
      ],
    },
  },
  {
    email: 'lucas.martin@example.com',
    name: 'Lucas Martin',
    ats: { candidateId: '4410030', applicationId: '8812008', jobId: DEMO_JOB_ID },
  },
  {
    email: 'aiko.tanaka@example.com',
    name: 'Aiko Tanaka',
    ats: { candidateId: '4410031', applicationId: '8812009', jobId: DEMO_JOB_ID },
    hiringbranchId: '6c3f2e4d5b6a708192a3b4c5',
  },
  {
    email: 'noah.fischer@example.com',
    name: 'Noah Fischer',
    ats: { candidateId: '4410032', applicationId: '8812010', jobId: '5512008' },
    hiringbranchId: '6d403f5e6c7b8091a2b3c4d5',
  },
  {
    email: 'emma.wilson@example.com',
    name: 'Emma Wilson',
    ats: { candidateId: '4410033', applicationId: '8812011', jobId: DEMO_JOB_ID },
  },
  {
    email: 'diego.rossi@example.com',
    name: 'Diego Rossi',
    ats: { candidateId: '4410034', applicationId: '8812012', jobId: DEMO_JOB_ID },
    talentscreen: {
      candidateId: 'cand_diego06',
      createdAt: '2025-06-01T10:00:00Z',
      results: [
        {
          id: 'result_diego_backend',
          examId: 'exam_backend',
          examTitle: 'Backend Engineering Assessment',
          score: 78,
          percentile: 64,
          status: 'passed',
          completedAt: '2025-06-03T11:00:00Z',
          durationMinutes: 61,
          byCategory: [{ category: 'Algorithms', score: 80, correct: 8, total: 10 }],
        },
        {
          id: 'result_diego_sql',
          examId: 'exam_sql',
          examTitle: 'SQL Fundamentals',
          score: 52,
          percentile: 30,
          status: 'failed',
          completedAt: '2025-06-04T11:00:00Z',
          durationMinutes: 40,
        },
      ],
    },
  },
];

export function personByEmail(email: string): PersonFixture | undefined {
  return PEOPLE.find((p) => p.email === email.toLowerCase());
}
