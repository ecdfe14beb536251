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
  talentscreen?: { candidateId: string; createdAt: string; results: TalentScreenResultFixture[] };
}

export const DEMO_EMAIL = 'jane.doe@example.com';

export const PEOPLE: PersonFixture[] = [
  {
    email: DEMO_EMAIL,
    name: 'Jane Doe',
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
];
