/** How the panel names an identifier, where it was found and why it was held back. */
import { type MessageKey, messageKey, t, tMarked } from '@/lib/i18n';
import type { AssessmentResult, HeldReason, Identifier, IdentifierSource } from '@/lib/model';

function by(identifier: Identifier): string {
  switch (identifier.kind) {
    case 'email':
      return t('identityByEmail', identifier.value);
    case 'hiringbranch':
      return t('identityByHiringBranch', identifier.value);
    case 'talentscreen':
      return t('identityByTalentScreen', identifier.value);
    case 'praxicraft':
      return t('identityByPraxicraft', identifier.value);
    default:
      return t('identityByAts', identifier.value);
  }
}

/** Where on the page an identifier was found. */
const WHERE = {
  url: messageKey('identitySourceUrl'),
  profile: messageKey('identitySourceProfile'),
  contact: messageKey('identitySourceContact'),
  vendor_link: messageKey('identitySourceVendorLink'),
  field: messageKey('identitySourceField'),
  note: messageKey('identitySourceNote'),
  free_text: messageKey('identitySourceFreeText'),
  list: messageKey('identitySourceList'),
  typed: messageKey('identitySourceTyped'),
} satisfies Record<IdentifierSource, MessageKey>;

/** Why an identifier was held back rather than looked up without asking. */
const HELD_REASON = {
  colleague: messageKey('offerReasonColleague'),
  role_address: messageKey('offerReasonRoleAddress'),
  relay_address: messageKey('offerReasonRelayAddress'),
  candidate_text: messageKey('offerReasonCandidateText'),
  free_text: messageKey('offerReasonFreeText'),
  limit: messageKey('offerReasonLimit'),
} satisfies Record<HeldReason, MessageKey>;

/** "by email priya@example.com · profile". */
export function identityLine(identifier: Identifier): string {
  return t('identityLine', by(identifier), tMarked(WHERE[identifier.source]));
}

export const heldReason = (reason: HeldReason): string => tMarked(HELD_REASON[reason]);

/** The identifier that found a result, in words; undefined when the engine did not say. */
export const matchedByLine = (result: AssessmentResult) => result.matchedBy && identityLine(result.matchedBy);

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The different people the results name, each with the identifier that found them: more than
 * one means the identifiers do not all belong to this candidate.
 */
export function peopleFound(results: readonly AssessmentResult[]): { name: string; by: Identifier }[] {
  const people = new Map<string, { name: string; by: Identifier }>();
  for (const r of results) {
    if (!r.candidateName || !r.matchedBy) continue;
    const key = fold(r.candidateName);
    if (key && !people.has(key)) people.set(key, { name: r.candidateName, by: r.matchedBy });
  }
  return [...people.values()];
}
