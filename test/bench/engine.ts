/**
 * Benchmarks the lookup engine with the real vendor clients against the sandbox over HTTP
 * on 127.0.0.1 (no browser): the overhead over the vendors' own latency, requests for a warm
 * lookup, and what a list page of 100 candidates costs each vendor.
 */
import type { Subject, VendorId, VendorOutcome } from '@/lib/model';
import { memoryArea } from '@/lib/lookup/area';
import { LookupEngine } from '@/lib/lookup/engine';
import { VENDORS } from '@/lib/vendors';
import { memoryStore } from '../helpers/memoryStore';
import { DEMO_EMAIL, DEMO_JOB_ID, PEOPLE, personByEmail } from '../sandbox/fixtures';
import { type Sandbox, type SandboxVendor, SANDBOX_VENDORS } from '../sandbox/server';
import { SANDBOX_SETUP } from '../sandbox/setup';

/** Per-vendor latency injected on the first request of each lookup, in ms. */
export const INJECTED_LATENCY: Record<SandboxVendor, number> = {
  hiringbranch: 40,
  talentscreen: 80,
  praxicraft: 120,
  hrflow: 60,
  nova: 160,
};

/** The engine as the background builds it, each vendor on its sandbox key (or the one given). */
export function engineFor(sandbox: Sandbox, keys: Partial<Record<VendorId, string>> = {}): LookupEngine {
  const stores = new Map(VENDORS.map((v) => [v.id, memoryStore()]));
  return new LookupEngine({
    vendors: VENDORS,
    area: memoryArea(),
    cacheTtlMs: async () => 30 * 60_000,
    connectionFor: async (vendor: VendorId) => ({
      baseUrl: sandbox.baseUrl(vendor),
      apiKey: keys[vendor] ?? SANDBOX_SETUP[vendor].apiKey,
      fields: SANDBOX_SETUP[vendor].fields,
      store: stores.get(vendor) ?? memoryStore(),
    }),
  });
}

/** The demo candidate as the Greenhouse page shows her. */
export function demoSubject(): Subject {
  const jane = personByEmail(DEMO_EMAIL);
  if (!jane?.hiringbranchId) throw new Error('The sandbox cast has no demo candidate');
  return { name: 'Jane Doe', emails: [DEMO_EMAIL], ids: { hiringbranch: [jane.hiringbranchId] }, ats: { ats: 'greenhouse', ...jane.ats } };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function measureOverhead(sandbox: Sandbox, runs: number) {
  const engine = engineFor(sandbox);
  const latencies = Object.values(INJECTED_LATENCY);
  const fastest = Math.min(...latencies);
  const slowest = Math.max(...latencies);
  await engine.lookup(demoSubject(), { refresh: true }); // warm up: JIT, Praxicraft index, keep-alive sockets
  const first: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const vendor of SANDBOX_VENDORS) sandbox.setFault(vendor, { latencyMs: INJECTED_LATENCY[vendor], times: 1 });
    const start = performance.now();
    let firstAt: number | undefined;
    let lastAt = start;
    await engine.lookup(demoSubject(), {
      refresh: true,
      onOutcome: () => {
        lastAt = performance.now();
        firstAt ??= lastAt;
      },
    });
    first.push((firstAt ?? lastAt) - start - fastest);
    all.push(lastAt - start - slowest);
  }
  for (const vendor of SANDBOX_VENDORS) sandbox.setFault(vendor, undefined);
  return { firstResultOverheadMs: round(median(first)), allResultsOverheadMs: round(median(all)), runs };
}

export async function measureWarm(sandbox: Sandbox) {
  const engine = engineFor(sandbox);
  const outcomes: VendorOutcome[] = await engine.lookup(demoSubject());
  const before = sandbox.requests.length;
  await engine.lookup(demoSubject());
  return { warmRequests: sandbox.requests.length - before, vendorsAnswered: outcomes.filter((o) => o.state === 'results').length };
}

/**
 * A list page of 100 candidates as an ATS list row shows them (Greenhouse: the name, and the
 * candidate, application and job ids in its link; no email): the cast plus people no vendor knows.
 */
function listSubjects(): Subject[] {
  return Array.from({ length: 100 }, (_, i) => {
    const person = PEOPLE[i];
    if (person) return { name: person.name, emails: [], ids: {}, ats: { ats: 'greenhouse', ...person.ats } };
    const n = String(i).padStart(3, '0');
    return {
      name: `Applicant ${n}`,
      emails: [],
      ids: {},
      ats: { ats: 'greenhouse', candidateId: `77${n}`, applicationId: `88${n}`, jobId: DEMO_JOB_ID },
    };
  });
}

/** Rows a panel or page shows at once: what the list view and the chips look up first. */
export const ROWS_IN_VIEW = 12;

export async function measureList100(sandbox: Sandbox) {
  const engine = engineFor(sandbox);
  const rows = listSubjects();
  const before = sandbox.requests.length;
  const started = performance.now();
  // The list view looks up only the rows in view ...
  const outcomes = (await Promise.all(rows.slice(0, ROWS_IN_VIEW).map((s) => engine.lookup(s)))).flat();
  const inView = sandbox.requests.length;
  // ... and the rest screen by screen as the person scrolls.
  for (let i = ROWS_IN_VIEW; i < rows.length; i += ROWS_IN_VIEW) {
    outcomes.push(...(await Promise.all(rows.slice(i, i + ROWS_IN_VIEW).map((s) => engine.lookup(s)))).flat());
  }
  const ms = performance.now() - started;
  const made = sandbox.requests.slice(before);
  const count = (list: typeof made, v: SandboxVendor) => list.filter((r) => r.vendor === v).length;
  const list100Requests = Object.fromEntries(SANDBOX_VENDORS.map((v) => [v, count(sandbox.requests.slice(before, inView), v)]));
  const list100ScrolledRequests = Object.fromEntries(SANDBOX_VENDORS.map((v) => [v, count(made, v)]));
  return {
    list100Requests,
    list100ScrolledRequests,
    list100Status429: made.filter((r) => r.status === 429).length,
    /** Error outcomes by vendor and code, e.g. `{ "hrflow:unavailable": 1 }`. */
    list100Errors: outcomes.reduce<Record<string, number>>((acc, o) => {
      if (o.state === 'error') acc[`${o.vendor}:${o.error.code}`] = (acc[`${o.vendor}:${o.error.code}`] ?? 0) + 1;
      return acc;
    }, {}),
    list100Ms: round(ms),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
