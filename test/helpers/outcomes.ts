import type { VendorOutcome } from '@/lib/model';

/** One TalentScreen result for an assessment named `assessment`, as the engine stores it. */
export function talentscreenOutcome(id: string, assessment: string): VendorOutcome {
  return {
    state: 'results',
    vendor: 'talentscreen',
    fetchedAt: 1,
    results: [
      {
        vendor: 'talentscreen',
        id,
        assessment,
        status: 'completed',
        completedAt: '2026-11-20T10:00:00Z',
        categories: [],
        difficulties: [],
        cases: [],
        strengths: [],
        weaknesses: [],
        links: [],
        integrity: {},
      } as never,
    ],
  };
}
