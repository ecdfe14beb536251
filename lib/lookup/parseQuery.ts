/** Turns what a person typed in the popup into a subject, or says what is wrong with it. */
import { t } from '../i18n';
import type { Subject } from '../model';
import { z } from '../zod';

const Email = z.email();

export type ParsedQuery = { ok: true; subject: Subject } | { ok: false; error: string };

export function parseLookupQuery(input: string): ParsedQuery {
  const value = input.trim();
  if (!value) return { ok: false, error: t('queryEmpty') };
  if (value.includes('@')) {
    return Email.safeParse(value).success
      ? { ok: true, subject: { emails: [value.toLowerCase()], ids: {} } }
      : { ok: false, error: t('queryBadEmail', value) };
  }
  if (/^(cand|result)_\w{3,64}$/.test(value)) return { ok: true, subject: { emails: [], ids: { talentscreen: [value] } } };
  if (/^[0-9a-f]{24}$/i.test(value)) return { ok: true, subject: { emails: [], ids: { hiringbranch: [value.toLowerCase()] } } };
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    return { ok: true, subject: { emails: [], ids: { praxicraft: [value.toLowerCase()] } } };
  }
  return { ok: false, error: t('queryUnknown') };
}
