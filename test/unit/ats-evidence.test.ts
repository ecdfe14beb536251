/**
 * The pages built on what public code shows of the real apps: web components with shadow roots
 * (SmartRecruiters), a flyover over a list (Lever), the candidate beside the list (Workable), a
 * list found by links alone (Greenhouse); with the identity traps each carries.
 */
import { describe, expect, it } from 'vitest';
import { detectSubject } from '@/lib/ats/candidateDetection';
import { detectInRoots, detectList } from '@/lib/ats/listDetection';
import { greenhouse } from '@/lib/ats/greenhouse';
import { lever } from '@/lib/ats/lever';
import { smartrecruiters } from '@/lib/ats/smartrecruiters';
import { workable } from '@/lib/ats/workable';
import { ATS_CASES } from './ats-cases';
import { fixturePage } from './ats-fixture';

const urlOf = (ats: string, file: string) => new URL(ATS_CASES.find((c) => c.adapter.id === ats)!.pages.find((p) => p.file === file)!.url);
const everything = (subject: ReturnType<typeof detectSubject>) =>
  [...(subject?.sources ?? []), ...(subject?.offers ?? [])].map((i) => i.value);

describe('SmartRecruiters, web components with open shadow roots', () => {
  const url = urlOf('smartrecruiters', 'candidate.html');

  it("reads the email inside sr-candidate-personal-info's shadow root as a contact field, and sr-link hrefs as links", () => {
    const subject = detectSubject(fixturePage('smartrecruiters', 'candidate.html'), url, smartrecruiters);
    expect(subject?.sources).toEqual(
      expect.arrayContaining([
        { kind: 'email', value: 'sam.okafor@example.com', source: 'contact' },
        { kind: 'talentscreen', value: 'cand_sam004', source: 'field' },
      ]),
    );
    const linked = [...(subject?.sources ?? []), ...(subject?.offers ?? [])].filter((i) => i.source === 'vendor_link').map((i) => i.value);
    expect(linked).toEqual(expect.arrayContaining(['result_sam_backend', '9f1b3d5e-7a8c-4e0a-b2c4-d6e8f0a1b316']));
  });

  it("holds the job sidebar's people (inside its shadow root) as colleagues, never sent", () => {
    const subject = detectSubject(fixturePage('smartrecruiters', 'candidate.html'), url, smartrecruiters);
    const colleagues = (subject?.offers ?? []).filter((o) => o.reason === 'colleague').map((o) => o.value);
    expect(colleagues).toEqual(expect.arrayContaining(['jill.valentine@umbrella.example', 'chris.redfield@umbrella.example']));
    expect(subject?.emails).toEqual(['sam.okafor@example.com']);
  });

  it('reads a shadow root a script attached, an sr-link mailto in it', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="st-candidateView"><sr-candidate-personal-info></sr-candidate-personal-info></div>',
      'text/html',
    );
    doc.querySelector('sr-candidate-personal-info')!.attachShadow({ mode: 'open' }).innerHTML =
      '<dl><dt>Email</dt><dd><sr-link href="mailto:robin.example@example.net">write</sr-link></dd></dl>';
    expect(detectSubject(doc, url, smartrecruiters)?.emails).toEqual(['robin.example@example.net']);
  });

  it('never reads a closed shadow root (our own panel and chips live in closed ones)', () => {
    const doc = fixturePage('smartrecruiters', 'candidate.html');
    const host = doc.createElement('scorelens-panel');
    doc.querySelector('#st-candidateView')!.append(host);
    host.attachShadow({ mode: 'closed' }).innerHTML = '<p>Email: <a href="mailto:from.our.panel@example.com">x</a></p>';
    expect(everything(detectSubject(doc, url, smartrecruiters))).not.toContain('from.our.panel@example.com');
  });

  it("lists the rows inside spl-table's shadow root, and re-reads a row a change touched", () => {
    const listUrl = urlOf('smartrecruiters', 'list.html');
    const doc = fixturePage('smartrecruiters', 'list.html');
    const { rows } = detectList(doc, listUrl, smartrecruiters);
    expect(rows.map((r) => r.subject.name)).toEqual(['Sam Okafor', 'Jane Doe', 'Emma Wilson']);
    // Jane's email sits in an spl-email's own shadow root inside her row.
    expect(rows[1]?.subject.emails).toEqual(['jane.doe@example.com']);
    const changed = rows[1]!.element.querySelector('sr-link')!;
    expect(detectInRoots([changed], listUrl, smartrecruiters).rows.map((r) => r.subject.name)).toEqual(['Jane Doe']);
  });
});

describe('SmartRecruiters, a list of web components read in one walk', () => {
  const listUrl = urlOf('smartrecruiters', 'list.html');
  const link = (id: number) =>
    `<sr-link href="/app/people/applications/${id}/overview"><span data-test="applicant-name">Person ${id}</span></sr-link>`;

  /** spl-table's shadow root: a header row with the signed-in user's menu in a component, two rows, a pager after them. */
  function listPage(): Document {
    const doc = new DOMParser().parseFromString('<main id="st-jobDetailsPage"><spl-table></spl-table></main>', 'text/html');
    const table = doc.querySelector('spl-table')!.attachShadow({ mode: 'open' });
    table.innerHTML = `<table>
      <tr><th><spl-user></spl-user></th></tr>
      <tr id="r1"><td>${link(101)}</td><td><spl-contact></spl-contact></td><td>Updated by alex.recruiter@acme-corp.com</td></tr>
      <tr id="r2"><td>${link(102)}</td><td>sam.two@example.com</td></tr>
    </table>
    <spl-pager></spl-pager>`;
    table.querySelector('spl-user')!.attachShadow({ mode: 'open' }).innerHTML =
      '<div data-test="user-menu">Alex Recruiter alex.recruiter@acme-corp.com</div>';
    // An email two shadow roots deep, and a vendor report link inside a component that is not a link.
    const contact = table.querySelector('spl-contact')!.attachShadow({ mode: 'open' });
    contact.innerHTML = '<spl-email></spl-email><a href="https://app.talentscreen.example/results/result_one_101">Report</a>';
    contact.querySelector('spl-email')!.attachShadow({ mode: 'open' }).innerHTML = '<span>one.person@example.com</span>';
    // A link component's own root: its text is its chrome, never the row's.
    table.querySelector('#r2 sr-link')!.attachShadow({ mode: 'open' }).innerHTML = '<a><slot></slot></a><span>chrome@example.org</span>';
    // After the last row: a pager whose text must not join row 2.
    table.querySelector('spl-pager')!.attachShadow({ mode: 'open' }).innerHTML = '<span>Page 1 · help@pager.example</span>';
    return doc;
  }

  it('gives each row what its own shadow roots hold, nested ones too, and nothing from roots beside the rows', () => {
    const { rows } = detectList(listPage(), listUrl, smartrecruiters);
    expect(rows.map((r) => r.element.id)).toEqual(['r1', 'r2']);
    expect(rows[0]?.subject).toMatchObject({
      name: 'Person 101',
      emails: ['one.person@example.com'],
      ids: { talentscreen: ['result_one_101'] },
      ats: { applicationId: '101' },
    });
    expect(rows[1]?.subject.emails).toEqual(['sam.two@example.com']);
  });

  it("holds the signed-in user's address, shown in a component beside the rows, out of every row", () => {
    const { rows } = detectList(listPage(), listUrl, smartrecruiters);
    expect(rows.flatMap((r) => r.subject.emails)).not.toContain('alex.recruiter@acme-corp.com');
  });

  it("reads a row a change touched the same way as the whole list, the user's address still held out", () => {
    const doc = listPage();
    const whole = detectList(doc, listUrl, smartrecruiters);
    expect(whole.colleagues).toContain('alex.recruiter@acme-corp.com');
    const touched = detectInRoots([whole.rows[0]!.element], listUrl, smartrecruiters, whole.colleagues).rows;
    expect(touched.map((r) => r.subject)).toEqual([whole.rows[0]!.subject]);
  });
});

describe('Rows rendered with no whitespace between cells, as React and the like render them', () => {
  const listUrl = new URL('https://app.greenhouse.io/people?sort=last_activity');
  const page = (row: string) =>
    new DOMParser().parseFromString(
      `<header><div data-provides="current-user">Signed in as<b>alex.recruiter@acme-corp.com</b></div></header>` +
        `<ul><li data-provides="candidate-row"><a data-provides="candidate-name" href="/people/77?application_id=88">Jane Doe</a>${row}</li></ul>`,
      'text/html',
    );

  it("reads an address in the cell after the name as it shows, not glued to the name's last word", () => {
    const { rows } = detectList(page('<span>jane.doe@example.com</span><span>Interview</span>'), listUrl, greenhouse);
    // textContent alone reads "Jane Doejane.doe@example.comInterview".
    expect(rows[0]?.subject.emails).toEqual(['jane.doe@example.com']);
  });

  it('reads a vendor id that ends where its cell ends', () => {
    const { rows } = detectList(page('<span>TalentScreen</span><span>cand_jane01</span><span>Updated today</span>'), listUrl, greenhouse);
    expect(rows[0]?.subject.ids).toEqual({ talentscreen: ['cand_jane01'] });
  });

  it("holds out the signed-in user's address when the menu's label runs into it", () => {
    const { rows, colleagues } = detectList(page('<span>alex.recruiter@acme-corp.com</span>'), listUrl, greenhouse);
    expect(colleagues).toEqual(['alex.recruiter@acme-corp.com']);
    expect(rows[0]?.subject.emails).toEqual([]);
  });
});

describe('Lever, a flyover over the list', () => {
  const url = urlOf('lever', 'flyover.html');

  it("takes the name from the title and nothing from the rows beneath or the flyover's next/previous links", () => {
    const subject = detectSubject(fixturePage('lever', 'flyover.html'), url, lever);
    expect(subject?.name).toBe('Omar Haddad');
    const all = everything(subject);
    for (const other of ['lucas.martin@example.com', 'diego.rossi@example.com', 'cand_lucas01']) expect(all).not.toContain(other);
  });

  it('wins over the list even when the title says nothing', () => {
    const doc = fixturePage('lever', 'flyover.html');
    doc.title = 'Lever';
    expect(detectSubject(doc, url, lever)?.name).toBe('Omar Haddad');
  });
});

describe('Workable, the candidate beside the list', () => {
  const url = urlOf('workable', 'browser.html');

  it("never takes a row's [data-ui=candidate-name] for the profile's name, nor a row's email", () => {
    const subject = detectSubject(fixturePage('workable', 'browser.html'), url, workable);
    expect(subject?.name).toBe('Diego Rossi');
    const all = everything(subject);
    for (const other of ['janet.doerr@example.com', 'emma.wilson@example.com', 'cand_emma09']) expect(all).not.toContain(other);
  });

  it('offers the Workable relay address, never sends it', () => {
    const subject = detectSubject(fixturePage('workable', 'browser.html'), url, workable);
    expect(subject?.offers).toContainEqual(
      expect.objectContaining({ value: 'diego-rossi-4f2a9c@outbound.workablemail.com', reason: 'relay_address' }),
    );
  });
});

describe('Greenhouse, a list found by links alone', () => {
  it('reads a row per /people/{pid}/applications/{aid} link and no header row', () => {
    const doc = fixturePage('greenhouse', 'job-list.html');
    const { rows } = detectList(doc, urlOf('greenhouse', 'job-list.html'), greenhouse);
    expect(rows.map((r) => r.element.localName)).toEqual(['tr', 'tr', 'tr']);
    // The recruiter's address in a row ("Moved by …") is not the candidate's.
    expect(rows[1]?.subject.emails).toEqual([]);
  });
});
