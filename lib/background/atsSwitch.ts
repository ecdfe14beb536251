/**
 * The built-in ATSs the user switched off in options. Held in memory as well as in settings:
 * the sender check (is this tab an ATS page we serve?) is synchronous.
 */
import { ATS_ADAPTERS } from '../ats';
import { t } from '../i18n';
import { loadSettings, updateSettings } from '../settings/settings';

let disabled = new Set<string>();

/** At startup, before any message is answered. */
export async function loadDisabledAts(): Promise<void> {
  disabled = new Set((await loadSettings()).disabledAts);
}

export function isAtsEnabled(ats: string): boolean {
  return !disabled.has(ats);
}

/** After settings were replaced as a whole (an import). */
export function rememberDisabledAts(ids: readonly string[]): void {
  disabled = new Set(ids);
}

export async function setAtsEnabled(ats: string, enabled: boolean): Promise<string[]> {
  if (!ATS_ADAPTERS.some((a) => a.id === ats)) throw new Error(t('backgroundUnknownAts', ats));
  return updateSettings(
    (settings) => ({
      ...settings,
      disabledAts: enabled ? settings.disabledAts.filter((id) => id !== ats) : [...new Set([...settings.disabledAts, ats])],
    }),
    ({ disabledAts }) => {
      rememberDisabledAts(disabledAts);
      return disabledAts;
    },
  );
}
