import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSubject } from '@/lib/ats/candidateDetection';
import { adapterForUrl } from '@/lib/ats/detect';
import { greenhouse } from '@/lib/ats/greenhouse';

const html = readFileSync(join(import.meta.dirname, '../fixtures/ats/greenhouse/candidate.html'), 'utf8');
const page = () => new DOMParser().parseFromString(html, 'text/html');

describe('Greenhouse candidate page', () => {
  it('is recognised by URL, including numbered and regional hosts', () => {
    expect(adapterForUrl('https://app.greenhouse.io/people/1')).toBe(greenhouse);
    expect(adapterForUrl('https://app4.greenhouse.io/people/1')).toBe(greenhouse);
    expect(adapterForUrl('https://acme.us.greenhouse.io/people/1')).toBe(greenhouse);
    expect(adapterForUrl('https://example.com/people/1')).toBeUndefined();
  });

  it('reads person and application ids from both URL forms', () => {
    expect(greenhouse.readContext(new URL('https://app.greenhouse.io/people/4410023?application_id=8812001'))).toEqual({
      ats: 'greenhouse',
      candidateId: '4410023',
      applicationId: '8812001',
      jobId: undefined,
    });
    expect(greenhouse.readContext(new URL('https://app.greenhouse.io/people/7/applications/9/redesign'))).toMatchObject({
      candidateId: '7',
      applicationId: '9',
    });
    expect(greenhouse.readContext(new URL('https://app.greenhouse.io/dashboard'))).toBeUndefined();
  });

  it("finds the candidate's email, not the recruiter's, the hiring team's or no-reply ones", () => {
    const subject = detectSubject(page(), new URL('https://app.greenhouse.io/people/4410023?application_id=8812001'), greenhouse);
    expect(subject?.emails).toEqual(['jane.doe@example.com']);
    expect(subject?.name).toBe('Jane Doe');
    expect(subject?.ats).toEqual({ ats: 'greenhouse', candidateId: '4410023', applicationId: '8812001', jobId: '5512007' });
  });

  it('finds vendor ids left on the page: its own traces, then a note added to it', () => {
    const doc = page();
    const note = doc.createElement('p');
    note.innerHTML =
      'TalentScreen: <a href="https://talentscreens.org/app/results/result_jane_backend">report</a> ' +
      'HiringBranch id 6806925756b1f3c37b52440b ' +
      '<a href="https://assess.praxicraft.com/report/C7B3E2A1-1111-4222-8333-944455556666">Praxicraft</a>';
    doc.querySelector('[data-provides="person-profile"]')?.append(note);
    const subject = detectSubject(doc, new URL('https://app.greenhouse.io/people/1'), greenhouse);
    // Three go out (the email, the labelled HiringBranch field, the first report link); the rest wait for a click.
    expect(subject?.ids).toEqual({ talentscreen: ['result_jane_backend'], hiringbranch: ['6806925756b1f3c37b52440b'] });
    expect(subject?.offers?.filter((o) => o.reason === 'limit').map((o) => o.value)).toEqual([
      'c7b3e2a1-5d4f-4a8e-9b21-0d6f3a8e5c11',
      'c7b3e2a1-1111-4222-8333-944455556666',
    ]);
  });
});
