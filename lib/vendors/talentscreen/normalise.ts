/** TalentScreen results into the normalised model. */
import type { AssessmentResultInput } from '../../model';
import type { ResultDetail } from './schemas';

function statusOf(result: ResultDetail): Pick<AssessmentResultInput, 'status' | 'outcome'> {
  switch (result.status.toLowerCase()) {
    case 'passed':
      return { status: 'completed', outcome: 'pass' };
    case 'failed':
      return { status: 'completed', outcome: 'fail' };
    case 'completed':
      return { status: 'completed', outcome: 'pending' };
    case 'in_progress':
    case 'started':
      return { status: 'in_progress' };
    case 'expired':
      return { status: 'expired' };
    default:
      return { status: result.completed_at ? 'completed' : 'invited' };
  }
}

export function normaliseTalentScreenResult(
  result: ResultDetail,
  candidate: { name?: string | null; email: string },
  examTitle: string | undefined,
): AssessmentResultInput {
  const score = result.score ?? undefined;
  return {
    vendor: 'talentscreen',
    id: result.id,
    assessment: examTitle ?? result.exam_id,
    candidateName: candidate.name ?? undefined,
    candidateEmail: candidate.email,
    ...statusOf(result),
    score: score === undefined ? undefined : { percent: score, raw: score, min: 0, max: 100 },
    percentile: result.percentile ?? undefined,
    durationSeconds: result.duration_minutes == null ? undefined : result.duration_minutes * 60,
    completedAt: result.completed_at ?? undefined,
    categories: (result.breakdown?.by_category ?? []).map((row) => ({
      name: row.category,
      percent: row.score ?? null,
      correct: row.correct,
      total: row.total,
    })),
    difficulties: (result.breakdown?.by_difficulty ?? []).map((row) => ({
      name: row.difficulty,
      percent: row.score ?? null,
      correct: row.correct,
      total: row.total,
    })),
    strengths: result.strengths,
    weaknesses: result.weaknesses,
  };
}
