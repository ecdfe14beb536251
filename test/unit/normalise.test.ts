import { describe, expect, it } from 'vitest';
import { httpsLinks, isoDate, numberFrom, scoreOn } from '@/lib/vendors/normalise';

describe('shared normalisation', () => {
  it("reads HiringBranch's 7-digit fractional seconds", () => {
    expect(isoDate('2025-01-17T20:39:25.5810000+00:00')).toBe('2025-01-17T20:39:25.581Z');
    expect(isoDate('2025-03-15T14:00:00Z')).toBe('2025-03-15T14:00:00.000Z');
    expect(isoDate('not a date')).toBeUndefined();
    expect(isoDate(null)).toBeUndefined();
  });
  it('reads numbers sent as strings', () => {
    expect(numberFrom('35')).toBe(35);
    expect(numberFrom(' 87.5 ')).toBe(87.5);
    expect(numberFrom('n/a')).toBeUndefined();
    expect(numberFrom('')).toBeUndefined();
  });
  it('turns any scale into a percentage and keeps the raw value', () => {
    expect(scoreOn(255, 300)).toEqual({ percent: 85, raw: 255, min: 0, max: 300 });
    expect(scoreOn(7, 10, 1)).toEqual({ percent: 66.7, raw: 7, min: 1, max: 10 });
    expect(scoreOn(0.9688, 1)).toEqual({ percent: 96.9, raw: 0.9688, min: 0, max: 1 });
    expect(scoreOn(undefined, 10)).toBeUndefined();
  });
  it('keeps https links only', () => {
    expect(
      httpsLinks([
        { label: 'a', url: 'https://x.test/r' },
        { label: 'b', url: 'javascript:alert(1)' },
        { label: 'c', url: 'http://x.test' },
        { label: 'd', url: null },
      ]),
    ).toEqual([{ label: 'a', url: 'https://x.test/r' }]);
  });
});
