import type { Subject, VendorId } from '../model';
import type { VendorClient } from '../vendors/types';

/** The parts of a subject that identify the candidate to one vendor, as a stable string. */
export function subjectKey(vendor: Pick<VendorClient, 'id' | 'subjectParts'>, subject: Subject): string {
  const parts = vendor.subjectParts ?? ['emails', 'ids', 'ats'];
  const key: Record<string, unknown> = {};
  if (parts.includes('emails')) key.e = [...subject.emails].map((e) => e.toLowerCase()).sort();
  if (parts.includes('ids')) {
    const ids = (subject.ids as Partial<Record<VendorId, string[]>>)[vendor.id] ?? [];
    key.i = [...ids].sort();
  }
  if (parts.includes('ats') && subject.ats) {
    const { ats, candidateId, applicationId, jobId } = subject.ats;
    key.a = [ats, candidateId ?? '', applicationId ?? '', jobId ?? ''];
  }
  return JSON.stringify(key);
}
