/**
 * Benchmarks what the content script costs on every ATS page, in Debian's Chromium (no
 * browser download, no network): the size of the built content script, and how long candidate
 * detection takes on the saved fixtures and on a 5,000-row list. Numbers are reported, never
 * asserted; the budgets are printed beside them.
 *
 * Alone: `npx tsx test/bench/content.ts` prints its tables and, last, one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Subject } from '@/lib/model';
import { ATS_CASES } from '../unit/ats-cases';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROME_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'test/fixtures/ats');

/** What the owner must meet; printed beside the figures, not asserted. */
export const CONTENT_BUDGETS = { contentScriptKB: 30, detectCandidateMs: 5, detectList5000Ms: 50 };

const CANDIDATE_URL = 'https://app.greenhouse.io/people/4410023?application_id=8812001';
/** The candidates list, as in test/unit/ats-cases.ts: no candidate in the URL, so only the rows count. */
const LIST_URL = 'https://app.greenhouse.io/people?sort=last_activity';
/** SmartRecruiters' pages are web components: the candidate's details and the list's rows sit in open shadow roots. */
const SHADOW_CANDIDATE_URL = 'https://www.smartrecruiters.com/app/people/candidates/5a2c7e94-3b1d-4f86-a0c9-7e5d3b1a9f28';
const SHADOW_LIST_URL = 'https://www.smartrecruiters.com/app/jobs/details/9e8d7c6b-5a49-4382-9716-05f4e3d2c1b0/candidates';
const LIST_ROWS = 5000;
const CANDIDATE_WARMUP = 5;
const CANDIDATE_RUNS = 50;
const LIST_WARMUP = 2;
const LIST_RUNS = 20;
const PER_ATS_RUNS = 20;
/** Back-to-back calls timed as one, for a mean below performance.now()'s 0.1 ms granularity. */
const CANDIDATE_BATCH = 200;
/** A user-added site, as the generic adapter's test reads test/fixtures/ats/generic/candidate.html. */
const GENERIC = { origin: 'https://ats.acme-careers.example', url: 'https://ats.acme-careers.example/ats/candidates/c-981?job_id=5512007' };

const BUILD_TIMEOUT_MS = 300_000;
const BROWSER_TIMEOUT_MS = 30_000;
/** Any one evaluation in the page (the 5,000-row list's twelve passes included). */
const EVALUATE_TIMEOUT_MS = 60_000;

export interface Timing {
  medianMs: number;
  p95Ms: number;
  minMs: number;
  runs: number;
}

export interface ContentScriptFigures {
  /** Every JS file of the Chrome manifest's `content_scripts`, minified, in KB (1024 bytes). */
  contentScriptKB: number;
  /** The same files gzipped one by one (for information: Chrome reads them from disk). */
  contentScriptGzipKB: number;
  contentScriptFiles: string[];
  /** lib/ats's detection alone, bundled and minified with esbuild (for information). */
  detectBundleKB: number;
  /** detectSubject on the Greenhouse candidate fixture: median and p95 of 50 runs. */
  detectCandidateMs: number;
  detectCandidateP95Ms: number;
  /** Mean of 200 back-to-back calls timed as one (for information: finer than the page's timer). */
  detectCandidateMeanMs: number;
  /** detectList on the Greenhouse list grown to 5,000 rows: median and p95 of 10 runs. */
  detectList5000Ms: number;
  detectList5000P95Ms: number;
  detectList5000MinMs: number;
  detectList5000Rows: number;
  /** detectSubject on the SmartRecruiters candidate page of web components (open shadow roots, sr-link): median of 50 runs. */
  detectShadowCandidateMs: number;
  detectShadowCandidateP95Ms: number;
  /** detectList on SmartRecruiters' spl-table grown to 5,000 rows, rows inside a shadow root, sr-links with their own. */
  detectShadowList5000Ms: number;
  detectShadowList5000P95Ms: number;
  detectShadowList5000Rows: number;
  /** detectSubject's median on each ATS's candidate fixture (20 runs each). */
  detectByAtsMs: Record<string, number>;
  /** The page's performance.now() granularity: figures below a few of these are coarse. */
  timerResolutionMs: number;
}

/** What the bundle puts on `window.ScorelensDetect`, besides the re-exported detection. */
interface InPageSubjectRun {
  times: number[];
  subject: Subject | null;
  batchMean: number | null;
}
interface InPageListRun {
  times: number[];
  rows: number;
  distinctCandidates: number;
  distinctEmails: number;
  rowsWithVendorIds: number;
}

/**
 * The bundle's entry: detection re-exported, plus the timing loops, so they run in the page as
 * esbuild compiled them (a function serialised from tsx would carry `__name` helpers the page lacks).
 */
const ENTRY = `
export { adapterForUrl } from './lib/ats/detect';
export { detectSubject } from './lib/ats/candidateDetection';
export { detectList } from './lib/ats/listDetection';
import { deepQueryAll } from './lib/ats/shadow';
export { ATS_ADAPTERS, genericAdapter } from './lib/ats';
import { detectSubject } from './lib/ats/candidateDetection';
import { detectList } from './lib/ats/listDetection';
import { ATS_ADAPTERS, genericAdapter, type AtsAdapter } from './lib/ats';

function adapterFor(id: string, genericOrigin?: string): AtsAdapter {
  const adapter = genericOrigin ? genericAdapter({ origin: genericOrigin }) : ATS_ADAPTERS.find((a) => a.id === id);
  if (!adapter) throw new Error('No adapter ' + id);
  return adapter;
}

let sink: unknown;

function sample<T>(run: () => T, warmup: number, runs: number): { times: number[]; last: T } {
  for (let i = 0; i < warmup; i++) sink = run();
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    // Each run starts with a clean heap: garbage from the previous run is not this run's cost.
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    last = run();
    times.push(performance.now() - start);
  }
  sink = last;
  return { times, last: last as T };
}

/** The smallest step performance.now() takes in this page. */
export function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    let next = performance.now();
    while (next === start) next = performance.now();
    smallest = Math.min(smallest, next - start);
  }
  return smallest;
}

/** Each of \`runs\` timed alone; then, when \`batch\`, that many back to back in one interval, for a mean finer than the timer. */
export function timeSubject(href: string, adapterId: string, warmup: number, runs: number, batch = 0, genericOrigin?: string) {
  const url = new URL(href);
  const adapter = adapterFor(adapterId, genericOrigin);
  const run = () => detectSubject(document, url, adapter);
  const { times, last } = sample(run, warmup, runs);
  let batchMean: number | null = null;
  if (batch > 0) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink = run();
    batchMean = (performance.now() - start) / batch;
  }
  return { times, subject: last ?? null, batchMean };
}

/** Attaches declarative shadow roots the way the parser does, for a document written by setContent that kept them as templates. */
export function attachShadowRoots(root: ParentNode = document): number {
  let attached = 0;
  for (const template of root.querySelectorAll('template[shadowrootmode]')) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attached += 1 + attachShadowRoots(shadow);
  }
  return attached;
}

/** A row's deep copy: cloneNode leaves shadow roots behind, so each host's open root is copied too. */
function cloneRow(row: Element): Element {
  const copy = row.cloneNode(true) as Element;
  const from = [row, ...row.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    if (el.shadowRoot) to[i]!.attachShadow({ mode: 'open' }).innerHTML = el.shadowRoot.innerHTML;
  });
  return copy;
}

/** Every text node of a row, its open shadow roots' included. */
function textsOf(row: Element): Text[] {
  const texts: Text[] = [];
  const scopes: Node[] = [row, ...[row, ...row.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  for (const scope of scopes) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text as Text);
  }
  return texts;
}

const hexOf = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);

/**
 * Clones the list's rows until there are \`total\`, each clone a different candidate: its
 * person and application ids, emails and TalentScreen ids rewritten, so no row repeats another.
 */
export function growList(adapterId: string, total: number): number {
  const list = adapterFor(adapterId).list;
  if (!list) throw new Error(adapterId + ' has no list');
  const originals = deepQueryAll(document, list.rows);
  const parent = originals[0]?.parentElement;
  if (!parent) throw new Error('No rows match ' + list.rows);
  const fragment = document.createDocumentFragment();
  for (let n = originals.length; n < total; n++) {
    const row = cloneRow(originals[n % originals.length]!);
    const person = String(5_000_000 + n);
    const application = String(9_000_000 + n);
    if (list.idAttribute && row.hasAttribute(list.idAttribute)) row.setAttribute(list.idAttribute, person);
    // SmartRecruiters' ids are UUIDs: each row gets its own.
    const uuid = hexOf(n, 8) + '-0000-4000-8000-' + hexOf(n, 12);
    for (const a of deepQueryAll(row, '[href]')) {
      const href = a.getAttribute('href')!;
      a.setAttribute(
        'href',
        href
          .replace(/\\/people\\/\\d+/, '/people/' + person)
          .replace(/\\/applications\\/\\d+/, '/applications/' + application)
          .replace(/\\/(applications|candidates)\\/[0-9a-f-]{36}/, '/$1/' + uuid)
          .replace(/application_id=\\d+/, 'application_id=' + application)
          .replace(/^mailto:([^@]+)@/, 'mailto:$1.' + n + '@'),
      );
    }
    for (const text of textsOf(row)) {
      const value = text.nodeValue ?? '';
      if (value.includes('@') || value.includes('cand_'))
        text.nodeValue = value.replace(/([\\w.+-]+)@/g, '$1.' + n + '@').replace(/\\b(cand_\\w+)/g, '$1_' + n);
    }
    fragment.append(row);
  }
  parent.append(fragment);
  return deepQueryAll(document, list.rows).length;
}

export function timeList(href: string, adapterId: string, warmup: number, runs: number) {
  const url = new URL(href);
  const adapter = adapterFor(adapterId);
  const { times, last } = sample(() => detectList(document, url, adapter), warmup, runs);
  const subjects = last.rows.map((r) => r.subject);
  return {
    times,
    rows: last.rows.length,
    distinctCandidates: new Set(subjects.map((s) => s.ats?.candidateId)).size,
    distinctEmails: new Set(subjects.flatMap((s) => s.emails)).size,
    rowsWithVendorIds: subjects.filter((s) => Object.keys(s.ids).length > 0).length,
  };
}

export const keep = () => sink;
`;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / 1024, 1);

function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p95 = sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)]!;
  return { medianMs: round(median, 2), p95Ms: round(p95, 2), minMs: round(sorted[0]!, 2), runs: times.length };
}

function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Newest modification time under `dir`, for warning about a build older than its sources. */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtChromeManifest(): { content_scripts?: { js?: string[] }[] } {
  const manifestPath = join(CHROME_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.log('No .output/chrome-mv3: running npx wxt build');
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
    if (built.status !== 0 || !existsSync(manifestPath)) {
      throw new Error(`npx wxt build failed (${built.error?.message ?? `status ${built.status}`}):\n${built.stdout}\n${built.stderr}`);
    }
  } else {
    const builtAt = statSync(manifestPath).mtimeMs;
    const sources = Math.max(...['entrypoints', 'components', 'lib'].map((d) => newestMtime(join(ROOT, d))));
    if (sources > builtAt) console.warn('Warning: .output/chrome-mv3 is older than the sources; run `npx wxt build` for current sizes.');
  }
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

function measureSize() {
  const manifest = builtChromeManifest();
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  if (!files.length) throw new Error('The Chrome manifest lists no content script JS');
  const contents = files.map((f) => readFileSync(join(CHROME_DIR, f)));
  return {
    contentScriptKB: kb(contents.reduce((sum, c) => sum + c.length, 0)),
    contentScriptGzipKB: kb(contents.reduce((sum, c) => sum + gzipSync(c).length, 0)),
    contentScriptFiles: files,
  };
}

async function detectionBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'bench-detect-entry.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'ScorelensDetect',
    minify: true,
    write: false,
    platform: 'browser',
    target: 'chrome120',
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (!js) throw new Error('esbuild wrote no bundle');
  return js;
}

const fixture = (ats: string, file: string) => readFileSync(join(FIXTURES, ats, file), 'utf8');

/** A fresh document with the fixture and the detection bundle in it. */
async function load(page: Page, html: string, bundle: string): Promise<void> {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  // A document written by setContent may keep declarative shadow roots as templates: attach them as the parser would.
  await bounded(page.evaluate('ScorelensDetect.attachShadowRoots()'), EVALUATE_TIMEOUT_MS, 'attachShadowRoots');
}

/** A new tab that reaches no network (fixture links and images point at real hosts); `previous` is closed. */
async function blankPage(browser: Browser, previous?: Page): Promise<Page> {
  await previous?.close();
  const page = await browser.newPage();
  page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  await page.route('**/*', (route) => route.abort());
  return page;
}

/** Calls a function of the bundle in the page; arguments travel as JSON, so nothing is serialised from tsx. */
function call<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  const expression = `ScorelensDetect.${fn}(${args.map((a) => JSON.stringify(a) ?? 'undefined').join(', ')})`;
  return bounded(page.evaluate(expression) as Promise<T>, EVALUATE_TIMEOUT_MS, fn);
}

/** What a subject looks up, as test/unit/ats-cases.ts states it: where each was found and what is only offered left out. */
function lookedUp(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const copy = { ...(value as Record<string, unknown>) };
  delete copy.sources;
  delete copy.offers;
  return copy;
}
const normalised = (value: unknown) => JSON.parse(JSON.stringify(lookedUp(value) ?? null)) as unknown;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(sortKeys(normalised(a))) === JSON.stringify(sortKeys(normalised(b)));
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

export interface AtsRow {
  ats: string;
  medianMs: number;
  p95Ms: number;
  /** Whether the detected subject is the one test/unit/ats-cases.ts expects ('n/a' where it has none). */
  subjectAsExpected: 'yes' | 'NO' | 'n/a';
}

/** The figures, and what the tables show besides. */
export type ContentScriptMeasurement = ContentScriptFigures & { candidate: Timing; list: Timing & InPageListRun; byAts: AtsRow[] };

export async function measureContentScript(): Promise<ContentScriptMeasurement> {
  const size = measureSize();
  const bundle = await detectionBundle();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      timeout: BROWSER_TIMEOUT_MS,
      args: [
        '--no-sandbox',
        // gc() between timed runs: each run is measured on a clean heap.
        '--js-flags=--expose-gc',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    let page = await blankPage(browser);

    // The candidate page: Greenhouse, the URL passed in (the page itself is about:blank).
    await load(page, fixture('greenhouse', 'candidate.html'), bundle);
    const timerResolutionMs = round(await call<number>(page, 'timerResolution'), 4);
    const greenhouseCase = ATS_CASES.find((c) => c.adapter.id === 'greenhouse')?.pages.find((p) => p.file === 'candidate.html');
    const candidateRun = await call<InPageSubjectRun>(
      page,
      'timeSubject',
      CANDIDATE_URL,
      'greenhouse',
      CANDIDATE_WARMUP,
      CANDIDATE_RUNS,
      CANDIDATE_BATCH,
    );
    if (!candidateRun.subject) throw new Error('detectSubject found no candidate on the Greenhouse fixture');
    if (greenhouseCase && !sameJson(candidateRun.subject, greenhouseCase.subject)) {
      console.warn('Warning: the Greenhouse candidate detected differs from test/unit/ats-cases.ts:', JSON.stringify(candidateRun.subject));
    }
    const candidate = timing(candidateRun.times);

    // The list: the Greenhouse candidates list grown to 5,000 distinct rows, in a page of its own.
    page = await blankPage(browser, page);
    await load(page, fixture('greenhouse', 'list.html'), bundle);
    const grown = await call<number>(page, 'growList', 'greenhouse', LIST_ROWS);
    if (grown !== LIST_ROWS) throw new Error(`The list has ${grown} rows, not ${LIST_ROWS}`);
    const listRun = await call<InPageListRun>(page, 'timeList', LIST_URL, 'greenhouse', LIST_WARMUP, LIST_RUNS);
    if (listRun.rows !== LIST_ROWS) console.warn(`Warning: detectList found ${listRun.rows} of the ${LIST_ROWS} rows`);
    const list = { ...timing(listRun.times), ...listRun };

    // Web components: SmartRecruiters' candidate page and its list grown to 5,000 rows inside spl-table's shadow root.
    await load(page, fixture('smartrecruiters', 'candidate.html'), bundle);
    const shadowCandidateRun = await call<InPageSubjectRun>(
      page,
      'timeSubject',
      SHADOW_CANDIDATE_URL,
      'smartrecruiters',
      CANDIDATE_WARMUP,
      CANDIDATE_RUNS,
    );
    if (!shadowCandidateRun.subject?.emails.length) throw new Error('detectSubject found no email in the SmartRecruiters shadow roots');
    const shadowCandidate = timing(shadowCandidateRun.times);
    // A page of its own: the Greenhouse list's 5,000 rows (and its page's session-replay copy of them) are not this list's heap.
    page = await blankPage(browser, page);
    await load(page, fixture('smartrecruiters', 'list.html'), bundle);
    const shadowGrown = await call<number>(page, 'growList', 'smartrecruiters', LIST_ROWS);
    if (shadowGrown !== LIST_ROWS) throw new Error(`The SmartRecruiters list has ${shadowGrown} rows, not ${LIST_ROWS}`);
    const shadowListRun = await call<InPageListRun>(page, 'timeList', SHADOW_LIST_URL, 'smartrecruiters', LIST_WARMUP, LIST_RUNS);
    if (shadowListRun.rows !== LIST_ROWS) console.warn(`Warning: detectList found ${shadowListRun.rows} of the ${LIST_ROWS} shadow rows`);
    const shadowList = { ...timing(shadowListRun.times), ...shadowListRun };

    // Every ATS's candidate fixture, for information.
    const byAts: AtsRow[] = [];
    for (const c of ATS_CASES) {
      const pageCase = c.pages.find((p) => p.file === 'candidate.html');
      if (!pageCase) continue;
      await load(page, fixture(c.adapter.id, pageCase.file), bundle);
      const run = await call<InPageSubjectRun>(page, 'timeSubject', pageCase.url, c.adapter.id, CANDIDATE_WARMUP, PER_ATS_RUNS);
      const t = timing(run.times);
      if (!sameJson(run.subject, pageCase.subject))
        console.warn(
          `Warning: the ${c.adapter.id} candidate detected differs from test/unit/ats-cases.ts:`,
          JSON.stringify(lookedUp(run.subject)),
        );
      byAts.push({
        ats: c.adapter.id,
        medianMs: t.medianMs,
        p95Ms: t.p95Ms,
        subjectAsExpected: sameJson(run.subject, pageCase.subject) ? 'yes' : 'NO',
      });
    }
    await load(page, fixture('generic', 'candidate.html'), bundle);
    const generic = await call<InPageSubjectRun>(
      page,
      'timeSubject',
      GENERIC.url,
      'custom',
      CANDIDATE_WARMUP,
      PER_ATS_RUNS,
      0,
      GENERIC.origin,
    );
    const g = timing(generic.times);
    byAts.push({ ats: 'generic', medianMs: g.medianMs, p95Ms: g.p95Ms, subjectAsExpected: 'n/a' });

    return {
      ...size,
      detectBundleKB: kb(Buffer.byteLength(bundle)),
      detectCandidateMs: candidate.medianMs,
      detectCandidateP95Ms: candidate.p95Ms,
      detectCandidateMeanMs: round(candidateRun.batchMean ?? NaN, 3),
      detectList5000Ms: list.medianMs,
      detectList5000P95Ms: list.p95Ms,
      detectList5000MinMs: list.minMs,
      detectList5000Rows: list.rows,
      detectShadowCandidateMs: shadowCandidate.medianMs,
      detectShadowCandidateP95Ms: shadowCandidate.p95Ms,
      detectShadowList5000Ms: shadowList.medianMs,
      detectShadowList5000P95Ms: shadowList.p95Ms,
      detectShadowList5000Rows: shadowList.rows,
      detectByAtsMs: Object.fromEntries(byAts.map((r) => [r.ats, r.medianMs])),
      timerResolutionMs,
      candidate,
      list,
      byAts,
    };
  } finally {
    await bounded(browser?.close() ?? Promise.resolve(), BROWSER_TIMEOUT_MS, 'closing Chromium').catch((e: unknown) =>
      console.warn('Warning:', e instanceof Error ? e.message : e),
    );
  }
}

/** The figures for the final JSON line: the measurement's own details left out. */
export function contentFigures(measured: ContentScriptMeasurement): ContentScriptFigures {
  const figures: Partial<ContentScriptMeasurement> = { ...measured };
  delete figures.candidate;
  delete figures.list;
  delete figures.byAts;
  return figures as ContentScriptFigures;
}

export function printContentScript(measured: ContentScriptMeasurement): void {
  const { candidate, list, byAts } = measured;
  console.log(`Content script: ${measured.contentScriptFiles.join(', ')} from .output/chrome-mv3 (the Chrome manifest's content_scripts)`);
  console.log(
    `Detection in Chromium (headless, /usr/bin/chromium), lib/ats bundled by esbuild (${measured.detectBundleKB} KB minified); ` +
      `performance.now() resolution ${measured.timerResolutionMs} ms; load average ${loadavg()[0]?.toFixed(1)} (timings are wall-clock, shared CPU)`,
  );
  const kbCell = (n: number) => n.toFixed(1);
  const ms = (n: number) => n.toFixed(2);
  console.table({
    'content script, minified (KB)': {
      figure: kbCell(measured.contentScriptKB),
      p95: '',
      min: '',
      budget: `≤ ${CONTENT_BUDGETS.contentScriptKB}`,
    },
    'content script, gzipped (KB, information)': { figure: kbCell(measured.contentScriptGzipKB), p95: '', min: '', budget: '' },
    [`detectSubject, Greenhouse candidate (ms, median of ${candidate.runs})`]: {
      figure: ms(candidate.medianMs),
      p95: ms(candidate.p95Ms),
      min: ms(candidate.minMs),
      budget: `≤ ${CONTENT_BUDGETS.detectCandidateMs}`,
    },
    [`detectSubject, Greenhouse candidate (ms, mean of ${CANDIDATE_BATCH} back to back, information)`]: {
      figure: measured.detectCandidateMeanMs.toFixed(3),
      p95: '',
      min: '',
      budget: '',
    },
    [`detectList, ${list.rows} Greenhouse rows (ms, median of ${list.runs})`]: {
      figure: ms(list.medianMs),
      p95: ms(list.p95Ms),
      min: ms(list.minMs),
      budget: `≤ ${CONTENT_BUDGETS.detectList5000Ms}`,
    },
  });
  console.table({
    [`detectSubject, SmartRecruiters candidate in open shadow roots (ms, median of ${CANDIDATE_RUNS})`]: {
      figure: ms(measured.detectShadowCandidateMs),
      p95: ms(measured.detectShadowCandidateP95Ms),
      budget: `≤ ${CONTENT_BUDGETS.detectCandidateMs}`,
    },
    [`detectList, ${measured.detectShadowList5000Rows} SmartRecruiters rows in a shadow root, sr-links (ms, median of ${LIST_RUNS})`]: {
      figure: ms(measured.detectShadowList5000Ms),
      p95: ms(measured.detectShadowList5000P95Ms),
      budget: `≤ ${CONTENT_BUDGETS.detectList5000Ms}`,
    },
  });
  console.log(
    `5,000-row list: ${list.rows} rows detected, ${list.distinctCandidates} distinct candidate ids, ` +
      `${list.distinctEmails} distinct emails, ${list.rowsWithVendorIds} rows with vendor ids`,
  );
  console.log(`detectSubject on each ATS's candidate fixture (ms, ${PER_ATS_RUNS} runs each, information)`);
  console.table(
    Object.fromEntries(byAts.map((r) => [r.ats, { median: ms(r.medianMs), p95: ms(r.p95Ms), 'subject as expected': r.subjectAsExpected }])),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const measured = await measureContentScript();
  printContentScript(measured);
  console.log(JSON.stringify(contentFigures(measured)));
}
