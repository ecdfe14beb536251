import { describe, expect, it } from 'vitest';
import { parseLookupQuery } from '@/lib/lookup/parseQuery';

describe('popup lookup input', () => {
  it('accepts an email, lower-cased', () => {
    expect(parseLookupQuery('  Jane.Doe@Example.com ')).toEqual({ ok: true, subject: { emails: ['jane.doe@example.com'], ids: {} } });
  });
  it('accepts vendor ids by their shape', () => {
    expect(parseLookupQuery('cand_jane001')).toMatchObject({ ok: true, subject: { ids: { talentscreen: ['cand_jane001'] } } });
    expect(parseLookupQuery('6806925756b1f3c37b52440b')).toMatchObject({
      ok: true,
      subject: { ids: { hiringbranch: ['6806925756b1f3c37b52440b'] } },
    });
  });
  it('says what is wrong with bad input', () => {
    expect(parseLookupQuery('')).toEqual({ ok: false, error: 'Enter a candidate email or a vendor id.' });
    expect(parseLookupQuery('jane@')).toEqual({ ok: false, error: '"jane@" is not a valid email address.' });
    expect(parseLookupQuery('hello')).toMatchObject({ ok: false });
  });
});
