/**
 * Page outlines: no one's data leaves with one, and a page rebuilt from an outline reads like the
 * original (the same ATS, the same kinds of identifiers in the same places), on every saved page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSubject } from '@/lib/ats/candidateDetection';
import { adapterForUrl } from '@/lib/ats/detect';
import { detectList } from '@/lib/ats/listDetection';
import { LABEL_VOCABULARY } from '@/lib/ats/traces';
import type { Subject } from '@/lib/model';
import { buildOutline, OUTLINE_LIMITS } from '@/lib/outline/build';
import { rebuildPage } from '@/lib/outline/rebuild';
import { type Outline, type OutlineElement, OutlineSchema } from '@/lib/outline/schema';
import { ATS_CASES } from './ats-cases';
import { fixtureHtml, fixturePage, parsePage } from './ats-fixture';

const PAGES = ATS_CASES.flatMap(({ adapter, pages }) => pages.map((page) => ({ ats: adapter.id, ...page })));

/** Names the content script hands the outline: the candidate's and the list rows'. */
const namesOf = (page: (typeof PAGES)[number]) =>
  [page.subject?.name, ...(page.rows ?? []).map((r) => r.name)].filter((n): n is string => !!n);

function outlineOf(page: (typeof PAGES)[number]): Outline {
  const outline = buildOutline(fixturePage(page.ats, page.file), { url: new URL(page.url), names: namesOf(page) });
  // As it travels: JSON, then checked.
  return OutlineSchema.parse(JSON.parse(JSON.stringify(outline)));
}

/** A page as a browser parses it, shadow roots included. */
const parse = parsePage;

/** An id's shape: what detection and vendors care about, not its value. */
const shapeOf = (id: string | undefined) =>
  id === undefined
    ? undefined
    : /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)
      ? 'uuid'
      : /^\d+$/.test(id)
        ? 'num'
        : /^[0-9a-f]+$/.test(id)
          ? `hex${id.length}`
          : 'id';

/**
 * Who a subject is, as kinds and counts: a name or not, how many emails, how many ids per vendor,
 * the context's id shapes; and each identifier's place: where it was found and, when it waits for
 * a click, why (a colleague's block, the candidate's own text, a note, a contact field).
 */
const kinds = (subject: Subject | undefined) =>
  subject && {
    name: Boolean(subject.name),
    places: [
      ...(subject.sources ?? []).map((i) => `${i.kind} ${i.source} sent`),
      ...(subject.offers ?? []).map((o) => `${o.kind} ${o.source} ${o.reason}`),
    ].sort(),
    emails: subject.emails.length,
    ids: Object.fromEntries(Object.entries(subject.ids).map(([vendor, ids]) => [vendor, ids?.length])),
    ats: subject.ats && {
      ats: subject.ats.ats,
      candidateId: shapeOf(subject.ats.candidateId),
      applicationId: shapeOf(subject.ats.applicationId),
      jobId: shapeOf(subject.ats.jobId),
    },
  };

/** Every text node's text and every email of a saved page. */
function dataOf(html: string) {
  const doc = parse(html);
  const texts: string[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent !== 'style' && parent !== 'script') texts.push((node.nodeValue ?? '').trim());
  }
  const emails = [...new Set(html.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])];
  return { texts: texts.filter((t) => t.length >= 4), emails };
}

/** The texts an outline keeps: its title and every text node, shadow roots and frames included. */
function outlineTexts(outline: Outline): string[] {
  const texts = [outline.title];
  const walk = (nodes: Outline['body']['children']) => {
    for (const node of nodes ?? []) {
      if (typeof node === 'string') texts.push(node);
      else {
        walk(node.children);
        walk(node.shadow);
        walk(node.frame?.children);
      }
    }
  };
  walk(outline.body.children);
  return texts;
}

const SYSTEM_MAILBOX = /^(?:no-?reply|do-?not-?reply|notifications)@/;
/** What an outline's texts keep: the vendors' and ATSs' names, TalentScreen's id prefixes. */
const VENDOR_AND_ATS_NAMES =
  /\b(?:cand_|result_|Hiring\s?Branch|TalentScreen|Praxicraft|HrFlow|Greenhouse|Lever|Ashby|Workable|SmartRecruiters|Teamtailor|Recruitee|BambooHR|JazzHR)\b/gi;
/** And the words of the field labels detection reads ("HiringBranch ID:", "Email:"), whole words only. */
const LABEL_WORDS = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${LABEL_VOCABULARY.join('|')})(?![\\p{L}\\p{N}_'’-])`, 'giu');
/** A text without what an outline may keep of it. */
const withoutKept = (text: string) => text.replace(VENDOR_AND_ATS_NAMES, '').replace(LABEL_WORDS, '');

it("keeps a fixed vocabulary of label words, none of them anyone's data", () => {
  expect(LABEL_VOCABULARY.length).toBeLessThanOrEqual(20);
  for (const word of LABEL_VOCABULARY) expect(word).toMatch(/^[a-z]+(?:-[a-z]+)?$/);
  for (const name of PAGES.flatMap(namesOf))
    for (const part of name.toLowerCase().split(/[\s,.'’-]+/)) expect(LABEL_VOCABULARY).not.toContain(part);
});

describe.each(PAGES.map((p) => [`${p.ats}/${p.file}`, p] as const))('the outline of %s', (_label, page) => {
  it('holds none of its texts, emails or names', () => {
    const outline = outlineOf(page);
    const json = JSON.stringify(outline);
    const { texts, emails } = dataOf(fixtureHtml(page.ats, page.file));
    expect(emails.length).toBeGreaterThan(0);
    // A system mailbox at the ATS's own domain (notifications@greenhouse.io) is kept: it is no one's.
    for (const email of emails) if (!SYSTEM_MAILBOX.test(email)) expect(json).not.toContain(email);
    // Texts are looked for where texts go (a heading "Activity" may well be a class "ActivityFeed").
    const kept = outlineTexts(outline).join('\n');
    for (const text of texts)
      if (!SYSTEM_MAILBOX.test(text) && /[\p{L}\p{N}]{4}/u.test(withoutKept(text))) expect(kept).not.toContain(text);
    for (const name of namesOf(page)) {
      for (const part of name.split(' ')) if (part.length >= 3) expect(json.toLowerCase()).not.toContain(part.toLowerCase());
    }
    // What is left of a text is placeholders, punctuation, the vendors' and ATSs' names and label words.
    for (const text of outlineTexts(outline)) {
      expect(withoutKept(text.replace(/\{[^{}]*\}/g, ' ')), text).not.toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it('rebuilds into a page where detection finds the same kinds of identifiers in the same places', () => {
    const adapter = adapterForUrl(page.url)!;
    const original = fixturePage(page.ats, page.file);
    const rebuilt = rebuildPage(outlineOf(page));
    const url = new URL(rebuilt.url);
    expect(adapterForUrl(rebuilt.url)).toBe(adapter);
    const doc = parse(rebuilt.html);

    expect(kinds(detectSubject(doc, url, adapter))).toEqual(kinds(detectSubject(original, new URL(page.url), adapter)));
    const rows = detectList(doc, url, adapter).rows.map((r) => kinds(r.subject));
    expect(rows).toEqual(detectList(original, new URL(page.url), adapter).rows.map((r) => kinds(r.subject)));
    // The made-up values are new: none of the page's emails is back.
    for (const email of dataOf(fixtureHtml(page.ats, page.file)).emails) {
      if (!SYSTEM_MAILBOX.test(email)) expect(rebuilt.html).not.toContain(email);
    }
  });
});

describe('outlines', () => {
  const url = new URL('https://app.greenhouse.io/people?sort=last_activity');

  it('mark open shadow roots and frames, and the rebuilt page declares the shadow root again', () => {
    const doc = parse('<main><sr-candidate-header></sr-candidate-header><iframe data-src="https://forms.acme.example/x"></iframe></main>');
    const host = doc.querySelector('sr-candidate-header')!;
    // Another origin's frame: its document is out of reach, as a browser keeps it.
    Object.defineProperty(doc.querySelector('iframe'), 'contentDocument', { get: () => null });
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<sr-link href="/app/people/candidates/5a2c7e94-3b1d-4f86-a0c9-7e5d3b1a9f28">Sam Okafor</sr-link>';
    const outline = OutlineSchema.parse(buildOutline(doc, { url, names: ['Sam Okafor'] }));
    const main = outline.body.children?.[0];
    expect(main).toMatchObject({
      tag: 'main',
      children: [
        {
          tag: 'sr-candidate-header',
          shadow: [{ tag: 'sr-link', attrs: [['href', '/app/people/candidates/{uuid:1}']], children: ['{name:1}'] }],
        },
        { tag: 'iframe', frame: { readable: false }, attrs: [['data-src', 'https://x.{d1}/{seg}']] },
      ],
    });
    const html = rebuildPage(outline).html;
    expect(html).toMatch(
      /<sr-candidate-header>\s*<template shadowrootmode="open">\s*<sr-link href="\/app\/people\/candidates\/[0-9a-f-]{36}">Robin Example<\/sr-link>/,
    );
    expect(html).toContain('<iframe data-src="https://x.org1.example/seg1" data-outline-frame="unreadable"></iframe>');
    // Parsed as a browser does, the rebuilt page has the shadow root again, outlined as the original's.
    const rebuilt = parse(html);
    expect(rebuilt.querySelector('sr-candidate-header')?.shadowRoot?.querySelector('sr-link')?.textContent).toBe('Robin Example');
    const hostOf = (o: Outline) => (o.body.children?.[0] as OutlineElement).children?.[0];
    expect(hostOf(buildOutline(rebuilt, { url, names: ['Robin Example'] }))).toEqual(hostOf(outline));
  });

  it("outline a same-origin frame's page inside it, rebuilt as the frame's srcdoc", () => {
    const doc = parse('<main><iframe class="resume-viewer"></iframe></main>');
    doc.querySelector('iframe')!.contentDocument!.body.innerHTML = '<form><a href="mailto:sam.okafor@example.com">Sam Okafor</a></form>';
    const outline = OutlineSchema.parse(buildOutline(doc, { url, names: ['Sam Okafor'] }));
    expect(outline.body.children?.[0]).toMatchObject({
      children: [
        {
          tag: 'iframe',
          frame: {
            readable: true,
            children: [{ tag: 'form', children: [{ tag: 'a', attrs: [['href', 'mailto:{email:n1.e1@d1}']], children: ['{name:1}'] }] }],
          },
        },
      ],
    });
    expect(JSON.stringify(outline)).not.toMatch(/sam|okafor/i);
    const frame = parse(rebuildPage(outline).html).querySelector('iframe.resume-viewer');
    // The address spelled the name, and spells the made-up one: detection ranks it as it did the original.
    expect(frame?.getAttribute('srcdoc')).toBe('<form>\n  <a href="mailto:robin.example1@org1.example">Robin Example</a>\n</form>');
  });
  it(
    'stay within their bounds on a long list and a page 1,000 elements deep, and the rebuilt list has its rows back',
    { timeout: 60_000 },
    () => {
      const rows = Array.from(
        { length: 3_000 },
        (_, i) => `<li data-provides="candidate-row"><a href="/people/${i + 1}">P ${i}</a> p${i}@example.org</li>`,
      );
      const doc = parse(`<ul>${rows.join('')}</ul><div>${'<div>'.repeat(1_000)}deep${'</div>'.repeat(1_000)}</div>`);
      const outline = OutlineSchema.parse(JSON.parse(JSON.stringify(buildOutline(doc, { url }))));
      expect(outline.nodes).toBeLessThanOrEqual(OUTLINE_LIMITS.nodes);
      expect(outline.truncated).toBe(true);
      const list = outline.body.children?.[0];
      expect(typeof list !== 'string' && list?.more).toBe(3_000 - OUTLINE_LIMITS.children);
      expect(JSON.stringify(outline).length).toBeLessThan(1_000_000);
      const rebuilt = parse(rebuildPage(outline).html);
      expect(rebuilt.querySelectorAll('[data-provides="candidate-row"]').length).toBe(3_000);
    },
  );

  it('keep code-like values and shape the rest', () => {
    const doc = parse(`<html><head><title>Jane Doe – Lever Hire</title></head><body>
      <div id="ember1234" class="CandidateProfile__name jz-sidebar-block" data-person-id="4410023" data-name="Jane" aria-label="Email Jane Doe"
        data-ui="candidate-name" style="background:url(/jane.png)" onclick="alert(1)">
        <a href="https://janedoe.dev/cv.pdf?utm=li">site</a>
        <a href="https://www.linkedin.com/in/janedoe#about">profile</a>
        <a href="mailto:Jane.Doe@Example.com?cc=alex@acme-corp.com">mail</a>
        <a href="https://app.teamtailor.com/companies/Xk3pQ9vL2mA@eu/jobs/301245/stages/candidate/48213377?modal=candidate&q=jane">tt</a>
        <p>HiringBranch ID: 6806925756b1f3c37b52440b · result_jane_backend · reply+3kd9@greenhouse.io · +1 415 555 0134</p>
      </div></body></html>`);
    const outline = buildOutline(doc, {
      url: new URL('https://app.teamtailor.com/companies/Xk3pQ9vL2mA@eu/candidates/48213377'),
      names: ['Jane Doe'],
    });
    expect(outline.title).toBe('{name:1} – Lever {text}');
    expect(outline.url).toBe('https://app.teamtailor.com/companies/{id:1}@eu/candidates/{num:1}');
    const div = outline.body.children?.[0];
    expect(typeof div !== 'string' && div?.attrs).toEqual([
      ['id', '{id:2}'],
      ['class', 'CandidateProfile__name jz-sidebar-block'],
      ['data-person-id', '{num:2}'],
      ['data-name', '{text}'],
      ['aria-label', 'Email {name:1}'],
      ['data-ui', 'candidate-name'],
      ['style', null],
      ['onclick', null],
    ]);
    const texts = outlineTexts(outline);
    expect(texts).toContain('HiringBranch ID: {hex24:1} · result_{id:3} · {email:reply@greenhouse.io} · +{num:4} {num:5} {num:6} {num:7}');
    const links = JSON.stringify(div);
    // Another site's paths and values: shapes only.
    expect(links).toContain('"https://{d1}/{seg}?utm={text}"');
    expect(links).toContain('"https://x.{d2}/{seg}/{seg}#{seg}"');
    expect(links).toContain('"mailto:{email:n1.e1@d3}?cc={email:e2@d4}"');
    expect(links).toContain(
      '"https://app.teamtailor.com/companies/{id:1}@eu/jobs/{num:3}/stages/candidate/{num:1}?modal=candidate&q={text}"',
    );
  });
});

describe('npm run fixture', () => {
  const run = (...args: string[]) =>
    spawnSync(join(import.meta.dirname, '../../node_modules/.bin/tsx'), [join(import.meta.dirname, '../tools/fixture.ts'), ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('writes the page of an outline and says its URL; refuses what is no outline, saying why', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorelens-fixture-'));
    try {
      const page = PAGES.find((p) => p.ats === 'lever' && p.file === 'candidate.html')!;
      const outline = outlineOf(page);
      writeFileSync(join(dir, 'outline.json'), JSON.stringify(outline));
      const ok = run(join(dir, 'outline.json'));
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      const url = /Page URL: (\S+)/.exec(ok.stdout)?.[1];
      expect(url).toBe(rebuildPage(outline).url);
      expect(readFileSync(join(dir, 'outline.html'), 'utf8')).toBe(rebuildPage(outline).html);

      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...outline, body: { tag: '<script>' } }));
      const bad = run(join(dir, 'bad.json'), '--out', join(dir, 'bad.html'));
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('is not a Scorelens page outline');
      expect(bad.stderr).toContain('body.tag');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
