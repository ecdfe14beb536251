/**
 * The fault matrix: every vendor × every way an API can fail, through the real lookup engine
 * against the sandbox over real HTTP. Each cell: the faulty vendor ends in its clear card
 * state within its time bound, the other vendors' results are intact, and nothing from the
 * failure is cached. Each cell has its own sandbox and engine, so cells run side by side.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryArea } from '@/lib/lookup/area';
import { LookupEngine } from '@/lib/lookup/engine';
import { VENDOR_IDS, type Subject, type VendorErrorCode, type VendorId, type VendorOutcome } from '@/lib/model';
import { VENDORS, vendorById } from '@/lib/vendors';
import { VendorError } from '@/lib/vendors/errors';
import { REQUEST_TIMEOUT_MS } from '@/lib/vendors/http';
import { MAX_BODY_BYTES } from '@/lib/vendors/responseBody';
import { countingGate } from '../helpers/gates';
import { memoryStore } from '../helpers/memoryStore';
import { DEMO_EMAIL, PEOPLE } from '../sandbox/fixtures';
import { type SandboxVendor, startSandbox, type VendorFault } from '../sandbox/server';
import { SANDBOX_SETUP } from '../sandbox/setup';

const jane = PEOPLE.find((p) => p.email === DEMO_EMAIL)!;
/** Jane is known to all five vendors: an email, her HiringBranch id, and the ATS job and application. */
const JANE: Subject = {
  name: jane.name,
  emails: [jane.email],
  ids: { hiringbranch: [jane.hiringbranchId!] },
  ats: { ats: 'greenhouse', ...jane.ats },
};

/** A second origin that a redirect points to: it must never see a request (and so never a key). */
let elsewhere: Server;
let elsewhereOrigin: string;
const elsewhereSaw: IncomingHttpHeaders[] = [];
/** A port nothing listens on: connection refused. */
let closedPort: number;

beforeAll(async () => {
  elsewhere = createServer((req, res) => {
    elsewhereSaw.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((r) => elsewhere.listen(0, '127.0.0.1', r));
  // localhost, not 127.0.0.1: another origin on the same machine.
  elsewhereOrigin = `http://localhost:${(elsewhere.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
});
afterAll(() => new Promise<void>((r) => elsewhere.close(() => r())));

const TIMEOUT_BOUND_MS = 3 * REQUEST_TIMEOUT_MS + 5_000;
const QUICK_BOUND_MS = 10_000;

interface Fault {
  name: string;
  /** The fault in the sandbox; `refused` points the vendor at a closed port instead. */
  fault?: () => VendorFault;
  refused?: boolean;
  code: VendorErrorCode;
  status?: number;
  boundMs: number;
}

const FAULTS: Fault[] = [
  { name: 'timeout before headers', fault: () => ({ stallBeforeHeaders: true }), code: 'unavailable', boundMs: TIMEOUT_BOUND_MS },
  { name: 'stalled body', fault: () => ({ stallBody: true }), code: 'unavailable', boundMs: TIMEOUT_BOUND_MS },
  { name: '500', fault: () => ({ status: 500 }), code: 'unavailable', status: 500, boundMs: QUICK_BOUND_MS },
  {
    name: '503 with Retry-After',
    fault: () => ({ status: 503, retryAfter: '1' }),
    code: 'unavailable',
    status: 503,
    boundMs: QUICK_BOUND_MS,
  },
  { name: '429 with Retry-After', fault: () => ({ status: 429, retryAfter: '120' }), code: 'rate_limited', boundMs: QUICK_BOUND_MS },
  { name: 'malformed JSON', fault: () => ({ status: 200, body: '{"data": [{"id": ' }), code: 'bad_response', boundMs: QUICK_BOUND_MS },
  { name: 'missing required field', fault: () => ({ transform: () => ({}) }), code: 'bad_response', boundMs: QUICK_BOUND_MS },
  { name: '401', fault: () => ({ status: 401 }), code: 'unauthorized', status: 401, boundMs: QUICK_BOUND_MS },
  { name: '403', fault: () => ({ status: 403 }), code: 'forbidden', status: 403, boundMs: QUICK_BOUND_MS },
  {
    name: 'oversized body',
    fault: () => ({ oversizedBytes: MAX_BODY_BYTES + 1024 * 1024 }),
    code: 'bad_response',
    boundMs: QUICK_BOUND_MS,
  },
  { name: 'redirect to another origin', fault: () => ({ redirectTo: elsewhereOrigin }), code: 'bad_request', boundMs: QUICK_BOUND_MS },
  { name: 'connection refused', refused: true, code: 'unavailable', boundMs: QUICK_BOUND_MS },
];

const CELLS = VENDOR_IDS.flatMap((vendor) => FAULTS.map((fault) => ({ vendor, ...fault })));

async function runCell(vendor: VendorId, cell: Fault) {
  const sandbox = await startSandbox();
  try {
    const area = memoryArea();
    const engine = new LookupEngine({
      vendors: VENDORS,
      area,
      cacheTtlMs: async () => 60_000,
      connectionFor: async (id) => ({
        baseUrl: id === vendor && cell.refused ? `http://127.0.0.1:${closedPort}/${id}/api` : sandbox.baseUrl(id as SandboxVendor),
        apiKey: SANDBOX_SETUP[id].apiKey,
        fields: SANDBOX_SETUP[id].fields,
        store: memoryStore(),
      }),
    });
    if (cell.fault) sandbox.setFault(vendor as SandboxVendor, cell.fault());
    const started = Date.now();
    let faultyAfterMs = Infinity;
    const outcomes = await engine.lookup(JANE, {
      onOutcome: (o) => {
        if (o.vendor === vendor) faultyAfterMs = Date.now() - started;
      },
    });
    // What the faulty vendor's cache holds, by outcome state.
    const cached: string[] = [];
    for (const key of await area.keys(`cache:${vendor}:`))
      cached.push((await area.get<{ outcome: VendorOutcome }>(key))?.outcome.state ?? '');
    return { outcomes, faultyAfterMs, cached };
  } finally {
    await sandbox.close();
  }
}

describe('fault matrix: every vendor × every fault', () => {
  it('answers with every vendor’s results when nothing is wrong (the baseline each cell departs from)', async () => {
    const { outcomes } = await runCell('talentscreen', { name: 'none', code: 'unavailable', boundMs: 0 });
    expect(Object.fromEntries(outcomes.map((o) => [o.vendor, o.state]))).toEqual(Object.fromEntries(VENDOR_IDS.map((v) => [v, 'results'])));
  });

  it.concurrent.for(CELLS)('$vendor × $name', { timeout: TIMEOUT_BOUND_MS + 20_000 }, async (cell) => {
    const { outcomes, faultyAfterMs, cached } = await runCell(cell.vendor, cell);
    const faulty = outcomes.find((o) => o.vendor === cell.vendor);
    expect(faulty, 'the faulty vendor has its card').toBeDefined();
    expect(faulty).toMatchObject({ state: 'error', error: { code: cell.code, ...(cell.status ? { status: cell.status } : {}) } });
    const message = (faulty as Extract<VendorOutcome, { state: 'error' }>).error.message;
    expect(message.length).toBeGreaterThan(10);
    // The message is a person's words, never a key.
    expect(message).not.toContain(SANDBOX_SETUP[cell.vendor].apiKey);
    expect(faultyAfterMs).toBeLessThanOrEqual(cell.boundMs);
    for (const other of outcomes.filter((o) => o.vendor !== cell.vendor)) expect(other.state, `${other.vendor} intact`).toBe('results');
    // Nothing cached from the failure. An identifier the vendor is never asked about (Jane's email,
    // to which no HiringBranch id is linked) ends as no match without a request, and that may stay.
    expect(
      cached.filter((state) => state !== 'no_match'),
      'nothing cached from the failure',
    ).toEqual([]);
    if (cell.vendor !== 'hiringbranch') expect(cached, 'nothing cached at all').toEqual([]);
    expect(elsewhereSaw, 'no request (so no key) reached the other origin').toEqual([]);
  });
});

/** Test connection in options: the same protections hold on its path. */
describe('Test connection under the faults a response can carry', () => {
  const TEST_FAULTS = FAULTS.filter((f) => ['stalled body', 'oversized body', 'redirect to another origin'].includes(f.name));
  const TEST_CELLS = VENDOR_IDS.flatMap((vendor) => TEST_FAULTS.map((fault) => ({ vendor, ...fault })));

  it.concurrent.for(TEST_CELLS)('$vendor × $name', { timeout: TIMEOUT_BOUND_MS + 20_000 }, async (cell) => {
    const sandbox = await startSandbox();
    try {
      sandbox.setFault(cell.vendor as SandboxVendor, cell.fault!());
      const client = vendorById(cell.vendor)!;
      const started = Date.now();
      const error = await client
        .testConnection({
          baseUrl: sandbox.baseUrl(cell.vendor as SandboxVendor),
          apiKey: SANDBOX_SETUP[cell.vendor].apiKey,
          fields: SANDBOX_SETUP[cell.vendor].fields,
          store: memoryStore(),
          gate: countingGate(),
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(VendorError);
      expect((error as VendorError).code).toBe(cell.code);
      expect(Date.now() - started).toBeLessThanOrEqual(cell.boundMs);
      expect(elsewhereSaw).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
});
