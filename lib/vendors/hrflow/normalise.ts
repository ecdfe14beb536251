/** One HrFlow match score (a profile ranked for a job) as one normalised result. */
import type { AssessmentResultInput } from '../../model';
import { httpsLinks, scoreOn } from '../normalise';
import type { HrFlowProfile, Prediction } from './schemas';
import type { JobRef } from './settings';

/** `[1 - score, score]`: the second value is the match score, 0..1. */
export function matchScore(prediction: Prediction | undefined): number | undefined {
  if (prediction === undefined) return undefined;
  const score = typeof prediction === 'number' ? prediction : prediction[1];
  return score !== undefined && Number.isFinite(score) ? score : undefined;
}

export function jobLabel(job: JobRef): string {
  return job.kind === 'key' ? `Job match (HrFlow job ${job.value})` : `Job match (ATS job ${job.value})`;
}

function nameOf(profile: HrFlowProfile): string | undefined {
  const info = profile.info;
  const full = info?.full_name?.trim() || [info?.first_name, info?.last_name].filter(Boolean).join(' ').trim();
  return full || undefined;
}

const LINK_LABELS: Record<string, string> = { linkedin: 'LinkedIn', github: 'GitHub', twitter: 'X (Twitter)', facebook: 'Facebook' };

/** The candidate's own profile links HrFlow holds; only https ones survive. */
function linksOf(profile: HrFlowProfile) {
  const urls = (profile.info?.urls ?? []).map((u) =>
    typeof u === 'string' ? { label: 'Profile link', url: u } : { label: LINK_LABELS[u.type ?? ''] ?? 'Profile link', url: u.url },
  );
  return httpsLinks(urls).slice(0, 5);
}

/**
 * A match score is a ranking, not a verdict: no outcome (pass/fail) is invented for it.
 * HrFlow computes it on request, so it carries no dates either.
 */
export function normaliseHrFlowMatch(profile: HrFlowProfile, prediction: Prediction | undefined, job: JobRef): AssessmentResultInput {
  return {
    vendor: 'hrflow',
    id: `${profile.key}:${job.value}`,
    assessment: jobLabel(job),
    candidateName: nameOf(profile),
    candidateEmail: profile.info?.email ?? undefined,
    status: 'completed',
    score: scoreOn(matchScore(prediction), 1),
    links: linksOf(profile),
  };
}
