/**
 * A recruiter's day against the sandbox, on a simulated clock (8 hours in well under a minute):
 * 120 distinct candidates opened 300 times, 30 list pages of 50 rows scrolled through (rows
 * carrying what an ATS list row shows: name, candidate, application and job ids, no email),
 * 10 explicit refreshes. The extension's engine and clients run as they are, each vendor on
 * its lowest plan (TalentScreen Free, Praxicraft as Starter until its headers say more).
 * Figures: each vendor's busiest hour (rolling), Nova's busiest second, 429s, rate-limited
 * outcomes, and candidates with results shown as "no match" (checked afterwards against a
 * lookup with no budget concerns).
 */
import { setMaxListeners } from 'node:events';
import type { LookupEngine } from '@/lib/lookup/engine';
import type { Subject, VendorOutcome } from '@/lib/model';
import { DEMO_JOB_ID, PEOPLE } from '../sandbox/fixtures';
import { hrflowPoolMember } from '../sandbox/hrflow';
import { type Sandbox, SANDBOX_VENDORS, type SandboxVendor } from '../sandbox/server';
import { talentscreenSandbox, talentscreenSandboxKeys } from '../sandbox/talentscreen';
import { praxicraftSandbox } from '../sandbox/praxicraft';
import { resetNovaRateLimits } from '../sandbox/nova';
import { engineFor, ROWS_IN_VIEW } from './engine';

const HOUR = 3_600_000;
const DAY_MS = 8 * HOUR;
const OPENS = 300;
const DISTINCT = 120;
const LIST_PAGES = 30;
const ROWS_PER_PAGE = 50;
const REFRESHES = 10;

/** A small seeded generator: the same day every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The simulated clock: real time plus what the day has skipped ahead (so real waits still count). */
function simulatedClock() {
  const realNow = Date.now.bind(Date);
  let offset = 0;
  return {
    install: () => (Date.now = () => realNow() + offset),
    restore: () => (Date.now = realNow),
    advanceTo: (at: number) => (offset = Math.max(offset, at - realNow())),
    now: () => realNow() + offset,
  };
}

/** 120 candidates as their candidate pages show them: the cast, Praxicraft's and HrFlow's applicants. */
function candidates(): Subject[] {
  const cast = PEOPLE.map((p) => ({
    name: p.name,
    emails: [p.email],
    ids: p.hiringbranchId ? { hiringbranch: [p.hiringbranchId] } : {},
    ats: { ats: 'greenhouse', ...p.ats },
  }));
  const pad = (n: number) => String(n).padStart(3, '0');
  const praxicraft = Array.from({ length: 54 }, (_, i) => ({
    name: `Filler Candidate ${pad(i + 1)}`,
    emails: [`filler-${pad(i + 1)}@example.org`],
    ids: {},
    ats: { ats: 'greenhouse', candidateId: `66${pad(i)}`, applicationId: `67${pad(i)}`, jobId: '5512009' },
  }));
  const hrflow = Array.from({ length: DISTINCT - cast.length - praxicraft.length }, (_, i) => {
    const member = hrflowPoolMember(i * 3);
    return {
      name: member.name,
      emails: [member.email],
      ids: {},
      ats: { ats: 'greenhouse', candidateId: member.reference, applicationId: `68${pad(i)}`, jobId: DEMO_JOB_ID },
    };
  });
  return [...cast, ...praxicraft, ...hrflow].slice(0, DISTINCT);
}

/** A list row as Greenhouse shows it: the name and the ids in its link, on a job's list. */
function listRow(n: number): Subject {
  const member = hrflowPoolMember(n % 400);
  const person = PEOPLE[n % 40];
  if (n % 40 < PEOPLE.length && person) return { name: person.name, emails: [], ids: {}, ats: { ats: 'greenhouse', ...person.ats } };
  return {
    name: member.name,
    emails: [],
    ids: {},
    ats: { ats: 'greenhouse', candidateId: member.reference, applicationId: `69${n}`, jobId: DEMO_JOB_ID },
  };
}

type Event = { at: number; kind: 'open' | 'refresh'; subject: Subject } | { at: number; kind: 'list'; rows: Subject[] };

function dayPlan(start: number): Event[] {
  const rand = random(20251201);
  const people = candidates();
  const events: Event[] = [];
  const at = () => start + Math.floor(rand() * DAY_MS);
  // Each candidate opened at least once, the rest re-opens of people already seen.
  for (let i = 0; i < OPENS; i++) {
    events.push({ at: at(), kind: 'open', subject: people[i < DISTINCT ? i : Math.floor(rand() * DISTINCT)] as Subject });
  }
  for (let i = 0; i < REFRESHES; i++) events.push({ at: at(), kind: 'refresh', subject: people[Math.floor(rand() * DISTINCT)] as Subject });
  // List pages: a job's candidates, 50 a page; recruiters come back to the same lists.
  for (let i = 0; i < LIST_PAGES; i++) {
    const first = (i % 8) * ROWS_PER_PAGE;
    events.push({ at: at(), kind: 'list', rows: Array.from({ length: ROWS_PER_PAGE }, (_, r) => listRow(first + r)) });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** Most requests in any window of `windowMs` (rolling). */
function busiest(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while ((sorted[to] ?? 0) - (sorted[from] ?? 0) >= windowMs) from++;
    best = Math.max(best, to - from + 1);
  }
  return best;
}

/**
 * How long (real ms) a page waits for its lookups before the person moves on: then the page
 * goes and its lookups are cancelled, as the extension does (a pending AI score's polls stop).
 */
const VISIT_REAL_MS = 1_500;

/** Runs lookups for a page, collecting every outcome shown, and cancels them when the page goes. */
async function visit(engine: LookupEngine, subjects: Subject[], refresh = false): Promise<Map<Subject, VendorOutcome[]>> {
  const page = new AbortController();
  // One page signal is shared by every lookup on the page.
  setMaxListeners(1_000, page.signal);
  const shown = new Map<Subject, VendorOutcome[]>(subjects.map((s) => [s, []]));
  const done = Promise.allSettled(
    subjects.map((s) => engine.lookup(s, { refresh, signal: page.signal, onOutcome: (o) => shown.get(s)?.push(o) })),
  );
  await Promise.race([done, new Promise((r) => setTimeout(r, VISIT_REAL_MS))]);
  page.abort();
  await done;
  return shown;
}

/** The last outcome shown per vendor. */
const latest = (outcomes: VendorOutcome[]) => [...new Map(outcomes.map((o) => [o.vendor, o])).values()];

/** Scrolls a list through: the rows in view looked up together, then the next screen. */
async function scrollThrough(engine: LookupEngine, rows: Subject[], clock: ReturnType<typeof simulatedClock>) {
  const outcomes: VendorOutcome[] = [];
  for (let i = 0; i < rows.length; i += ROWS_IN_VIEW) {
    const screen = await visit(engine, rows.slice(i, i + ROWS_IN_VIEW));
    for (const shown of screen.values()) outcomes.push(...latest(shown));
    clock.advanceTo(clock.now() + 4_000); // a few seconds reading each screen
  }
  return outcomes;
}

export async function measureDay(sandbox: Sandbox) {
  const clock = simulatedClock();
  clock.install();
  talentscreenSandbox.reset();
  praxicraftSandbox.reset();
  resetNovaRateLimits();
  try {
    const start = clock.now();
    // Each vendor's lowest plan: TalentScreen's Free key (100 requests an hour).
    const engine = engineFor(sandbox, { talentscreen: talentscreenSandboxKeys.free });
    const before = sandbox.requests.length;
    const shown = new Map<string, VendorOutcome[]>();
    const keyOf = (s: Subject) => JSON.stringify([s.emails, s.ats?.candidateId]);
    const limited: Record<string, number> = {};
    let listOutcomes = 0;
    for (const event of dayPlan(start)) {
      clock.advanceTo(event.at);
      if (event.kind === 'list') {
        const outcomes = await scrollThrough(engine, event.rows, clock);
        listOutcomes += outcomes.length;
        for (const o of outcomes)
          if (o.state === 'error' && o.error.code === 'rate_limited') limited[o.vendor] = (limited[o.vendor] ?? 0) + 1;
        continue;
      }
      const outcomes = latest((await visit(engine, [event.subject], event.kind === 'refresh')).get(event.subject) ?? []);
      for (const o of outcomes)
        if (o.state === 'error' && o.error.code === 'rate_limited') limited[o.vendor] = (limited[o.vendor] ?? 0) + 1;
      shown.set(keyOf(event.subject), [...(shown.get(keyOf(event.subject)) ?? []), ...outcomes]);
    }
    const made = sandbox.requests.slice(before);
    const byVendor = (v: SandboxVendor) => made.filter((r) => r.vendor === v).map((r) => r.at);

    // Afterwards (two hours on, budgets fresh, Pro keys): what each candidate really has.
    clock.advanceTo(clock.now() + 2 * HOUR);
    const truth = engineFor(sandbox, {});
    let missed = 0;
    const missedWho: string[] = [];
    for (const subject of candidates()) {
      const real = await truth.lookup(subject);
      const seen = shown.get(keyOf(subject)) ?? [];
      for (const o of real) {
        if (o.state !== 'results') continue;
        if (seen.some((s) => s.vendor === o.vendor && s.state === 'no_match')) {
          missed++;
          missedWho.push(`${o.vendor}:${subject.emails[0] ?? ''}`);
        }
      }
    }
    return {
      dayBusiestHour: Object.fromEntries(SANDBOX_VENDORS.map((v) => [v, busiest(byVendor(v), HOUR)])),
      dayRequests: Object.fromEntries(SANDBOX_VENDORS.map((v) => [v, byVendor(v).length])),
      dayNovaBusiestSecond: busiest(byVendor('nova'), 1_000),
      dayStatus429: made.filter((r) => r.status === 429).length,
      dayRateLimitedOutcomes: limited,
      dayListOutcomes: listOutcomes,
      dayMissed: missed,
      dayMissedWho: missedWho.slice(0, 10),
    };
  } finally {
    clock.restore();
    talentscreenSandbox.reset();
    praxicraftSandbox.reset();
  }
}
