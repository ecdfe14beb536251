/** How the panel names an identifier, where it was found and why it was held back. */
import { t } from '@/lib/i18n';
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

function where(source: IdentifierSource): string {
  switch (source) {
    case 'url':
      return t('identitySourceUrl');
    case 'profile':
      return t('identitySourceProfile');
    case 'contact':
      return t('identitySourceContact');
    case 'vendor_link':
      return t('identitySourceVendorLink');
    case 'field':
      return t('identitySourceField');
    case 'note':
      return t('identitySourceNote');
    case 'free_text':
      return t('identitySourceFreeText');
    case 'list':
      return t('identitySourceList');
    default:
      return t('identitySourceTyped');
  }
}

/** "by email priya@example.com · profile". */
export function identityLine(identifier: Identifier): string {
  return t('identityLine', by(identifier), where(identifier.source));
}

export function heldReason(reason: HeldReason): string {
  switch (reason) {
    case 'colleague':
      return t('offerReasonColleague');
    case 'role_address':
      return t('offerReasonRoleAddress');
    case 'relay_address':
      return t('offerReasonRelayAddress');
    case 'candidate_text':
      return t('offerReasonCandidateText');
    case 'free_text':
      return t('offerReasonFreeText');
    default:
      return t('offerReasonLimit');
  }
}

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
