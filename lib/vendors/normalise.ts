/** Conversions every vendor's normalisation shares. */
import type { Score } from '../model';

/**
 * ISO dates as vendors send them, including .NET's 7 fractional digits
 * (`2025-01-17T20:39:25.5810000+00:00`), which not every Date parser accepts.
 * Returns an ISO string, or undefined when the value is absent or unreadable.
 */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1');
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A number that may arrive as a string (`"35"`); undefined when it is not a number. */
export function numberFrom(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** A score on any scale as a percentage, keeping the raw value and the scale. */
export function scoreOn(raw: number | undefined, max: number, min = 0): Score | undefined {
  if (raw === undefined || max <= min) return undefined;
  const percent = ((raw - min) / (max - min)) * 100;
  return { percent: Math.round(Math.min(100, Math.max(0, percent)) * 10) / 10, raw, min, max };
}

/** Only https links reach the UI; anything else from a vendor is dropped. */
export function httpsLinks(links: { label: string; url: string | null | undefined }[]): { label: string; url: string }[] {
  return links.flatMap(({ label, url }) => {
    if (!url) return [];
    try {
      return new URL(url).protocol === 'https:' ? [{ label, url }] : [];
    } catch {
      return [];
    }
  });
}
