/**
 * Every vendor's requests pass through its gate, and the gate follows what the vendor reports
 * is left: a key shared by a team is spent by others between our calls.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryArea } from '@/lib/lookup/area';
import { LookupEngine } from '@/lib/lookup/engine';
import type { Subject, VendorId } from '@/lib/model';
import { VENDORS } from '@/lib/vendors';
import type { VendorConnection } from '@/lib/vendors/types';
import { countingGate } from '../helpers/gates';
import { memoryStore } from '../helpers/memoryStore';
import { DEMO_EMAIL, DEMO_JOB_ID, personByEmail } from '../sandbox/fixtures';
import { novaSandboxKeys, resetNovaRateLimits, spendNovaReads } from '../sandbox/nova';
import { praxicraftSandbox, praxicraftSandboxKeys } from '../sandbox/praxicraft';
import { type Sandbox, startSandbox } from '../sandbox/server';
import { SANDBOX_SETUP } from '../sandbox/setup';
import { talentscreenSandbox, talentscreenSandboxKeys } from '../sandbox/talentscreen';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
afterEach(() => {
  sandbox.requests.length = 0;
  talentscreenSandbox.reset();
  praxicraftSandbox.reset();
});

const jane = personByEmail(DEMO_EMAIL);
/** Jane as her candidate page shows her: email, HiringBranch id, ATS job and application. */
const JANE: Subject = {
  emails: [DEMO_EMAIL],
  ids: { hiringbranch: jane?.hiringbranchId ? [jane.hiringbranchId] : [] },
  ats: { ats: 'greenhouse', ...jane?.ats },
};

const base = (vendor: VendorId, apiKey = SANDBOX_SETUP[vendor].apiKey, fields = SANDBOX_SETUP[vendor].fields) => ({
  baseUrl: sandbox.baseUrl(vendor),
  apiKey,
  fields,
  store: memoryStore(),
});

describe('no request around the gate', () => {
  for (const vendor of VENDORS) {
    it(`${vendor.name}: every request of a lookup and of Test connection went through the gate`, async () => {
      const gate = countingGate();
      const connection: VendorConnection = { ...base(vendor.id), gate };
      await vendor.lookup(JANE, connection);
      await vendor.testConnection(connection);
      const sent = sandbox.requests.filter((r) => r.vendor === vendor.id);
      expect(sent.length).toBeGreaterThan(0);
      expect(gate.admitted).toBe(sent.length);
      expect(gate.observed).toHaveLength(sent.length);
    });
  }
});

function engineFor(vendor: VendorId, connection: ReturnType<typeof base>) {
  const client = VENDORS.find((v) => v.id === vendor);
  if (!client) throw new Error(vendor);
  return new LookupEngine({ vendors: [client], connectionFor: async () => connection, area: memoryArea(), cacheTtlMs: async () => 0 });
}

describe('the vendor reports what is left, and that drives the gate', () => {
  it('TalentScreen: colleagues spend the shared Free hour between our calls; we stop at its last request, with no 429', async () => {
    const connection = base('talentscreen', talentscreenSandboxKeys.free, {});
    const engine = engineFor('talentscreen', connection);
    const [first] = await engine.lookup({ emails: [DEMO_EMAIL], ids: {} });
    expect(first?.state).toBe('results');
    const ours = sandbox.requests.length;
    // Another browser with the same key leaves exactly one request of the hour.
    talentscreenSandbox.spend(talentscreenSandboxKeys.free, 100 - ours - 1);
    const [second] = await engine.lookup({ emails: ['janet.doerr@example.com'], ids: {} }, { refresh: true });
    expect(second).toMatchObject({ state: 'error', error: { code: 'rate_limited' } });
    const retryAt = second?.state === 'error' ? (second.error.retryAt ?? 0) : 0;
    expect(retryAt).toBeGreaterThan(Date.now());
    expect(sandbox.requests.map((r) => r.status)).not.toContain(429);
    // Nothing more is sent until then.
    const sent = sandbox.requests.length;
    expect((await engine.lookup({ emails: [DEMO_EMAIL], ids: {} }, { refresh: true }))[0]?.state).toBe('error');
    expect(sandbox.requests).toHaveLength(sent);
  });

  it('TalentScreen: with no plan chosen, Free is assumed until X-RateLimit-Remaining shows Pro', async () => {
    const engine = engineFor('talentscreen', base('talentscreen', talentscreenSandboxKeys.valid, {}));
    const client = VENDORS.find((v) => v.id === 'talentscreen');
    if (!client) throw new Error('talentscreen');
    const gate = engine.gateFor(client, {});
    expect(await gate.perHour()).toBe(100);
    await engine.lookup({ emails: [DEMO_EMAIL], ids: {} });
    expect(await gate.perHour()).toBe(1_000);
    expect(await engine.gateFor(client, { plan: 'Free' }).perHour()).toBe(100);
  });

  it('TalentScreen: a 429 pauses the vendor until its Retry-After', async () => {
    const connection = base('talentscreen', talentscreenSandboxKeys.free, {});
    const engine = engineFor('talentscreen', connection);
    talentscreenSandbox.spend(talentscreenSandboxKeys.free, 100);
    const [outcome] = await engine.lookup({ emails: [DEMO_EMAIL], ids: {} });
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'rate_limited' } });
    expect(sandbox.requests.map((r) => r.status)).toEqual([429]);
    await engine.lookup({ emails: [DEMO_EMAIL], ids: {} }, { refresh: true });
    expect(sandbox.requests).toHaveLength(1);
  });

  it('Praxicraft: X-RateLimit-Limit sets the hour; Remaining 0 stops us until X-RateLimit-Reset', async () => {
    const connection = base('praxicraft', praxicraftSandboxKeys.valid, {});
    const engine = engineFor('praxicraft', connection);
    const client = VENDORS.find((v) => v.id === 'praxicraft');
    if (!client) throw new Error('praxicraft');
    await engine.lookup({ emails: [DEMO_EMAIL], ids: {} });
    expect(await engine.gateFor(client, {}).perHour()).toBe(2_000);
    const used = sandbox.requests.length;
    // Colleagues leave one read of the organisation's hour.
    praxicraftSandbox.spend(praxicraftSandboxKeys.valid, 2_000 - used - 1);
    // Janet's one invite read takes it (the answer says 0 left); Diego's would be refused by Praxicraft.
    expect((await engine.lookup({ emails: ['janet.doerr@example.com'], ids: {} }, { refresh: true }))[0]?.state).toBe('results');
    const [outcome] = await engine.lookup({ emails: ['diego.rossi@example.com'], ids: {} }, { refresh: true });
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'rate_limited' } });
    const retryAt = outcome?.state === 'error' ? (outcome.error.retryAt ?? 0) : 0;
    expect(retryAt).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(sandbox.requests.map((r) => r.status)).not.toContain(429);
  });

  it("Dweet Nova: the key's second spent elsewhere (X-RateLimit-Remaining 0) makes us wait for its reset, not get a 429", async () => {
    resetNovaRateLimits();
    const engine = engineFor('nova', base('nova'));
    const applications = ['8812001', '8812004', '8812005'];
    const subject = (applicationId: string): Subject => ({
      emails: [],
      ids: {},
      ats: { ats: 'greenhouse', jobId: DEMO_JOB_ID, applicationId },
    });
    // Start early in a second, so our read and the others' land in the same window.
    await new Promise((r) => setTimeout(r, 1_000 - (Date.now() % 1_000) + 5));
    spendNovaReads(novaSandboxKeys.valid, 19);
    for (const id of applications) await engine.lookup(subject(id));
    expect(sandbox.requests.filter((r) => r.vendor === 'nova').map((r) => r.status)).not.toContain(429);
    expect(sandbox.requests.filter((r) => r.vendor === 'nova')).toHaveLength(applications.length);
  });
});
