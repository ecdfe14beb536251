/** Conventions every vendor client keeps, checked over the registry. */
import { limitsFor } from '@/lib/lookup/gate';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { VENDOR_IDS } from '@/lib/model';
import { VENDORS } from '@/lib/vendors';
import { VENDOR_HOSTS } from '../../wxt.config';

describe.each(VENDORS.map((v) => [v.id, v] as const))('vendor %s', (_id, vendor) => {
  it("has its documented default base URL covered by the manifest's host permissions", () => {
    expect(vendor.defaultBaseUrl).toMatch(/^https:\/\//);
    expect(VENDOR_HOSTS.some((pattern) => new MatchPattern(pattern).includes(vendor.defaultBaseUrl))).toBe(true);
  });

  it('declares its settings fields with unique names and labels', () => {
    const names = vendor.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of vendor.fields) expect(field.label.length).toBeGreaterThan(0);
  });

  it('keeps its lookups within limits the engine can enforce', () => {
    expect(limitsFor(vendor).concurrency).toBeGreaterThan(0);
    if (vendor.poll) expect(vendor.poll.maxPolls).toBeLessThanOrEqual(60);
  });
});

describe('vendor registry', () => {
  it('has one client per vendor id, in the model order', () => {
    const ids = VENDORS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => VENDOR_IDS.indexOf(a) - VENDOR_IDS.indexOf(b))).toEqual(ids);
  });
});
