/** Detection rules beyond the fixture table: vendor-id tightening, email exclusions, lists, speed rules, sites users add. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATS_ADAPTERS, genericAdapter } from '@/lib/ats';
import { ashby } from '@/lib/ats/ashby';
import { detectSubject, findIdentifiers } from '@/lib/ats/candidateDetection';
import { adapterForUrl } from '@/lib/ats/detect';
import { detectInRoots, detectList } from '@/lib/ats/listDetection';
import { greenhouse } from '@/lib/ats/greenhouse';
import { ATS_CASES } from './ats-cases';
import { fixturePage, lookedUp } from './ats-fixture';

const PERSON_URL = new URL('https://app.greenhouse.io/people/4410023?application_id=8812001');

/**
 * Jane's Greenhouse page with `html` added to her profile: every email and id found there that
 * could be hers (sent, or offered for being loose text or over the limit; not a colleague's or
 * a system's), in the order found. What goes out without asking: identity.test.ts.
 */
function janeWith(html: string) {
  const doc = fixturePage('greenhouse', 'candidate.html');
  const note = doc.createElement('div');
  note.innerHTML = html;
  const root = doc.querySelector('[data-provides="person-profile"]')!;
  root.append(note);
  const found = findIdentifiers(doc, PERSON_URL, greenhouse, root).filter((f) => !f.held || f.held === 'free_text' || f.held === 'limit');
  const emails = [...new Set(found.filter((f) => f.kind === 'email').map((f) => f.value))].sort();
  const ids: Record<string, string[]> = {};
  for (const f of found) if (f.kind !== 'email' && !ids[f.kind]?.includes(f.value)) (ids[f.kind] ??= []).push(f.value);
  return { emails, ids };
}

describe('vendor ids', () => {
  it('takes a 24-hex id only beside HiringBranch or in its links', () => {
    const subject = janeWith(`
      <p>Build 5f2b9c0d1e2f3a4b5c6d7e8f deployed</p>
      <p>Legacy id 0123456789abcdef01234567 (HiringBranch)</p>
      <p><a href="https://app.hiringbranch.com/candidates/89abcdef0123456789abcdef/assessments/68069257aaaaaaaaaaaaaaaa">HiringBranch profile</a></p>
      <p><a href="https://github.com/acme/app/commit/fedcba9876543210fedcba98">commit</a></p>
      <p>HiringBranch was not used for this role. Next week: aaaaaaaaaaaaaaaaaaaaaaaa</p>`);
    expect(subject?.ids.hiringbranch).toEqual(['6806925756b1f3c37b52440b', '0123456789abcdef01234567', '89abcdef0123456789abcdef']);
  });

  it('takes TalentScreen ids from its links and from text, not from other links', () => {
    const subject = janeWith(`
      <a href="/people?sort=result_date">sort</a>
      <a href="https://talentscreens.org/app/candidates/cand_jane001">TalentScreen candidate</a>`);
    expect(subject?.ids.talentscreen).toEqual(['result_jane_backend', 'cand_jane001']);
  });

  it('takes Praxicraft invite tokens from its links only, lower-cased', () => {
    const subject = janeWith(`
      <a href="https://calendar.example/event/11111111-2222-4333-8444-555555555555">Interview</a>
      <p>Ticket 66666666-7777-4888-9999-000000000000</p>
      <a href="https://praxicraft.com/invite?token=ABCDEF12-3456-4789-8ABC-DEF012345678">Praxicraft</a>`);
    expect(subject?.ids.praxicraft).toEqual(['c7b3e2a1-5d4f-4a8e-9b21-0d6f3a8e5c11', 'abcdef12-3456-4789-8abc-def012345678']);
  });
});

describe('emails', () => {
  it('reads every address of a mailto link, decoded and lower-cased, without its query', () => {
    const subject = janeWith('<a href="mailto:Jane.Doe%2Bwork@Example.com,jd@janedoe.dev?cc=alex.recruiter@acme-corp.com">Mail</a>');
    expect(subject?.emails).toEqual(['jane.doe+work@example.com', 'jane.doe@example.com', 'jd@janedoe.dev']);
  });

  it('leaves out system mailboxes, colleagues at the hiring company, and text in scripts and pickers', () => {
    const subject = janeWith(`
      <p>Bounce from mailer-daemon@mx.example.org; reply+3kd9@greenhouse.io; careers@janedoe.dev</p>
      <p>Cc: p.nair@eng.acme-corp.com</p>
      <select><option>owner@acme-partners.example</option></select>
      <script>window.owner = "script.only@example.net"</script>`);
    expect(subject?.emails).toEqual(['jane.doe@example.com']);
  });

  it("keeps a freelancer's info@ address", () => {
    expect(janeWith('<p>Studio: info@janedoe.dev</p>')?.emails).toEqual(['info@janedoe.dev', 'jane.doe@example.com']);
  });

  it('keeps a candidate at a public mail provider even when the recruiter uses one', () => {
    const doc = fixturePage('greenhouse', 'candidate.html');
    doc.querySelector('[data-provides="current-user"]')!.innerHTML = 'Signed in as <a href="mailto:alex.hires@gmail.com">alex</a>';
    doc.querySelector('.contact-info')!.insertAdjacentHTML('beforeend', '<p>Personal: jane.doe.1990@gmail.com</p>');
    expect(detectSubject(doc, PERSON_URL, greenhouse)?.emails).toEqual(['jane.doe@example.com', 'jane.doe.1990@gmail.com']);
  });

  it('never takes a list row as the candidate, even before the drawer renders', () => {
    const drawerUrl = new URL(ATS_CASES.find((c) => c.adapter === ashby)!.pages[1]!.url);
    const doc = fixturePage('ashby', 'list.html');
    doc.querySelector('[data-testid="candidate-drawer"]')?.remove();
    const subject = detectSubject(doc, drawerUrl, ashby);
    expect(subject?.emails).toEqual([]);
    expect(subject?.ats?.candidateId).toBe('a4f1c2d3-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
  });
});

describe('lists', () => {
  const LIST_URL = new URL('https://app.greenhouse.io/people?sort=last_activity');
  const newRow = (doc: Document, personId: string, name: string) => {
    const row = doc.querySelector('[data-provides="candidate-row"]')!.cloneNode(true) as Element;
    row.setAttribute('data-person-id', personId);
    const link = row.querySelector('a[href^="/people/"]')!;
    link.setAttribute('href', `/people/${personId}?application_id=1${personId}`);
    link.textContent = name;
    row.querySelector('.muted')!.textContent = `${name.toLowerCase().replace(' ', '.')}@example.com`;
    return row;
  };

  it('re-reads only the rows a change touched', () => {
    const doc = fixturePage('greenhouse', 'list.html');
    const list = doc.querySelector('.search-results')!;
    const added = newRow(doc, '4410030', 'Lucas Martin');
    list.append(added);

    const [row] = detectInRoots([added], LIST_URL, greenhouse).rows;
    expect(row?.element).toBe(added);
    expect(row?.subject).toMatchObject({ name: 'Lucas Martin', emails: ['lucas.martin@example.com'], ats: { candidateId: '4410030' } });

    // A text change inside a row, and a container of several rows.
    expect(detectInRoots([added.querySelector('.muted')!.firstChild!], LIST_URL, greenhouse).rows.map((r) => r.element)).toEqual([added]);
    expect(detectInRoots([list], LIST_URL, greenhouse).rows).toHaveLength(6);
    // Detached nodes and adapters without lists give nothing.
    expect(detectInRoots([newRow(doc, '1', 'Gone Away')], LIST_URL, greenhouse).rows).toEqual([]);
    expect(detectInRoots([list], LIST_URL, genericAdapter({ origin: 'https://app.greenhouse.io' })).rows).toEqual([]);
  });

  it('finds rows with a single query of the document', () => {
    const doc = fixturePage('greenhouse', 'list.html');
    const spy = vi.spyOn(doc, 'querySelectorAll');
    expect(detectList(doc, LIST_URL, greenhouse).rows).toHaveLength(5);
    expect(spy.mock.calls.filter(([selector]) => selector === greenhouse.list?.rows)).toHaveLength(1);
  });
});

describe('no layout', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads no innerText, computed style or geometry on any saved page', () => {
    const layout = [
      vi.spyOn(HTMLElement.prototype, 'innerText', 'get'),
      vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get'),
      vi.spyOn(Element.prototype, 'getBoundingClientRect'),
      vi.spyOn(Element.prototype, 'getClientRects'),
      vi.spyOn(window, 'getComputedStyle'),
    ];
    for (const { adapter, pages } of ATS_CASES) {
      for (const page of pages) {
        detectSubject(fixturePage(adapter.id, page.file), new URL(page.url), adapter);
        detectList(fixturePage(adapter.id, page.file), new URL(page.url), adapter);
      }
    }
    for (const spy of layout) expect(spy).not.toHaveBeenCalled();
  });
});

describe('sites users add', () => {
  it('match their origin, any port, or the pattern given', () => {
    const site = genericAdapter({ origin: 'https://careers.acme.example:8443/admin' });
    expect(site.matches).toEqual(['https://careers.acme.example/*']);
    expect(site.id).toBe('custom:careers.acme.example');
    expect(adapterForUrl('https://careers.acme.example/ats/candidates/1', [...ATS_ADAPTERS, site])).toBe(site);
    expect(adapterForUrl('https://app.greenhouse.io/people/1', [...ATS_ADAPTERS, site])).toBe(greenhouse);

    const narrow = genericAdapter({ origin: 'https://acme.example', pattern: 'https://acme.example/ats/*' });
    expect(adapterForUrl('https://acme.example/ats/candidates/1', [narrow])).toBe(narrow);
    expect(adapterForUrl('https://acme.example/blog/1', [narrow])).toBeUndefined();
    expect(() => genericAdapter({ origin: 'https://acme.example', pattern: 'https://acme.*/x' })).toThrow();
    expect(() => genericAdapter({ origin: 'not a url' })).toThrow();
  });

  it.each([
    ['https://x.example/candidates/123', { candidateId: '123' }],
    ['https://x.example/ats/applicants/abc-9/applications/77', { candidateId: 'abc-9', applicationId: '77' }],
    ['https://x.example/jobs/5/people/p_42', { candidateId: 'p_42', jobId: '5' }],
    ['https://x.example/review?candidate_id=55&jobId=8', { candidateId: '55', jobId: '8' }],
    ['https://x.example/#/candidates/77', { candidateId: '77' }],
    ['https://x.example/#/pipeline?candidate=12&application_id=3', { candidateId: '12', applicationId: '3' }],
    ['https://x.example/candidates/new', {}],
    ['https://x.example/', {}],
  ])('read ids from %s, and any page is a context', (url, ids) => {
    expect(genericAdapter({ origin: 'https://x.example' }).readContext(new URL(url))).toEqual({ ats: 'custom', ...ids });
  });

  it("find the candidate in the page's main area, not in the site's header", () => {
    const site = genericAdapter({ origin: 'https://ats.acme-careers.example' });
    const url = new URL('https://ats.acme-careers.example/ats/candidates/c-981?job_id=5512007');
    const detected = detectSubject(fixturePage('generic', 'candidate.html'), url, site);
    expect(detected?.offers?.map((o) => `${o.value} ${o.reason}`)).toEqual(['no-reply@acme-careers.example role_address']);
    expect(lookedUp(detected)).toEqual({
      name: 'Janet Doerr',
      emails: ['janet.doerr@example.com'],
      ids: { talentscreen: ['result_janet_sql'], praxicraft: ['1f0e9d8c-7b6a-4954-8321-0fedcba98765'] },
      ats: { ats: 'custom', candidateId: 'c-981', jobId: '5512007' },
    });
  });
});
