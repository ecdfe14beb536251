import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionArea } from '@/lib/lookup/area';
import { LookupEngine } from '@/lib/lookup/engine';
import type { AssessmentResultInput, Subject, VendorId, VendorOutcome } from '@/lib/model';
import { VendorError } from '@/lib/vendors/errors';
import type { VendorClient, VendorConnection } from '@/lib/vendors/types';
import { memoryStore } from '../helpers/memoryStore';

const subject = (email: string): Subject => ({ emails: [email], ids: {} });
const result = (vendor: VendorId, id: string, extra: Partial<AssessmentResultInput> = {}): AssessmentResultInput => ({
  vendor,
  id,
  assessment: `Assessment ${id}`,
  status: 'completed',
  ...extra,
});

type Lookup = VendorClient['lookup'];
function fakeVendor(id: VendorId, lookup: Lookup, extra: Partial<VendorClient> = {}): VendorClient & { calls: Subject[] } {
  const calls: Subject[] = [];
  return {
    id,
    name: id,
    defaultBaseUrl: 'https://vendor.test',
    keyHint: 'keyHintTalentScreen',
    fields: [],
    canAnswer: (s) => s.emails.length > 0 || Object.keys(s.ids).length > 0,
    lookup: (s, c) => {
      calls.push(s);
      return lookup(s, c);
    },
    testConnection: async () => 'ok',
    calls,
    ...extra,
  };
}

const delay = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    });
  });

let now = 1_700_000_000_000;
const clock = () => now;

function engineWith(vendors: VendorClient[], opts: { ttlMs?: number; configured?: VendorId[]; apiKey?: () => string } = {}) {
  return new LookupEngine({
    vendors,
    area: sessionArea(),
    now: clock,
    cacheTtlMs: async () => opts.ttlMs ?? 60_000,
    connectionFor: async (id) =>
      !opts.configured || opts.configured.includes(id)
        ? { baseUrl: 'https://vendor.test', apiKey: opts.apiKey?.() ?? 'k', fields: {}, store: memoryStore() }
        : undefined,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  now = 1_700_000_000_000;
});
afterEach(() => vi.useRealTimers());

describe('lookup engine', () => {
  it('delivers each vendor as soon as it answers, fast before slow, and one failure hides nothing', async () => {
    const fast = fakeVendor('talentscreen', async () => [result('talentscreen', 'a')]);
    const slow = fakeVendor('praxicraft', async () => {
      await delay(50);
      return [result('praxicraft', 'b')];
    });
    const broken = fakeVendor('hrflow', async () => {
      throw new VendorError('unauthorized', 'HrFlow.ai answered 401', 401);
    });
    const seen: VendorOutcome[] = [];
    const final = await engineWith([slow, fast, broken]).lookup(subject('a@x.test'), { onOutcome: (o) => seen.push(o) });
    expect(seen.map((o) => `${o.vendor}:${o.state}`).sort()).toEqual(['hrflow:error', 'praxicraft:results', 'talentscreen:results']);
    expect(seen.at(-1)?.vendor).toBe('praxicraft');
    expect(final).toHaveLength(3);
  });

  it('says not_configured for a vendor without a key, without calling it', async () => {
    const vendor = fakeVendor('nova', async () => [result('nova', 'a')]);
    const [outcome] = await engineWith([vendor], { configured: [] }).lookup(subject('a@x.test'));
    expect(outcome).toEqual({ state: 'not_configured', vendor: 'nova' });
    expect(vendor.calls).toHaveLength(0);
  });

  it('shares one in-flight lookup between every requester of the same candidate', async () => {
    const vendor = fakeVendor('talentscreen', async () => {
      await delay(20);
      return [result('talentscreen', 'a')];
    });
    const engine = engineWith([vendor]);
    const [a, b] = await Promise.all([engine.lookup(subject('a@x.test')), engine.lookup({ ...subject('A@x.test'), name: 'Jane' })]);
    expect(vendor.calls).toHaveLength(1);
    expect(a).toEqual(b);
  });

  it('answers a repeated lookup from the cache, and an explicit refresh from the vendor', async () => {
    const vendor = fakeVendor('talentscreen', async () => [result('talentscreen', 'a')]);
    const engine = engineWith([vendor]);
    await engine.lookup(subject('a@x.test'));
    await engine.lookup(subject('a@x.test'));
    expect(vendor.calls).toHaveLength(1);
    await engine.lookup(subject('a@x.test'), { refresh: true });
    expect(vendor.calls).toHaveLength(2);
  });

  it('never answers from outcomes fetched with another key (a changed setting or policy)', async () => {
    let apiKey = 'old';
    const vendor = fakeVendor('talentscreen', async () => [result('talentscreen', `with ${apiKey}`)]);
    const engine = engineWith([vendor], { apiKey: () => apiKey });
    await engine.lookup(subject('a@x.test'));
    apiKey = 'new';
    const seen: string[] = [];
    await engine.lookup(subject('a@x.test'), { onOutcome: (o) => o.state === 'results' && seen.push(o.results[0]?.id ?? '') });
    expect(vendor.calls).toHaveLength(2);
    expect(seen).toEqual(['with new']);
    apiKey = 'old'; // and the old key's answer is still there for it
    await engine.lookup(subject('a@x.test'));
    expect(vendor.calls).toHaveLength(2);
  });

  it('keeps the cache in session storage, so a restarted worker still has it', async () => {
    const vendor = fakeVendor('talentscreen', async () => [result('talentscreen', 'a')]);
    await engineWith([vendor]).lookup(subject('a@x.test'));
    await engineWith([vendor]).lookup(subject('a@x.test'));
    expect(vendor.calls).toHaveLength(1);
  });

  it('serves a stale entry at once and revalidates it', async () => {
    let version = 1;
    const vendor = fakeVendor('talentscreen', async () => [result('talentscreen', `v${version}`)]);
    const engine = engineWith([vendor], { ttlMs: 1_000 });
    await engine.lookup(subject('a@x.test'));
    now += 5_000;
    version = 2;
    const seen: string[] = [];
    await engine.lookup(subject('a@x.test'), { onOutcome: (o) => o.state === 'results' && seen.push(o.results[0]?.id ?? '') });
    expect(seen).toEqual(['v1', 'v2']);
  });

  it('never caches errors', async () => {
    let fail = true;
    const vendor = fakeVendor('talentscreen', async () => {
      if (fail) throw new VendorError('unavailable', 'down');
      return [result('talentscreen', 'a')];
    });
    const engine = engineWith([vendor]);
    expect((await engine.lookup(subject('a@x.test')))[0]?.state).toBe('error');
    fail = false;
    expect((await engine.lookup(subject('a@x.test')))[0]?.state).toBe('results');
  });

  it('batches ids asked within a short window into calls of at most maxIds', async () => {
    const batches: string[][] = [];
    const vendor = fakeVendor('hiringbranch', async () => [], {
      batch: {
        // Full batches go at once; a long window only keeps a loaded machine from splitting them.
        windowMs: 5_000,
        maxIds: 50,
        idsFor: async (s) => s.ids.hiringbranch ?? [],
        fetch: async (_c: VendorConnection, ids: string[]) => {
          batches.push(ids);
          return new Map(ids.map((id) => [id, [result('hiringbranch', id)]]));
        },
      },
    });
    const engine = engineWith([vendor]);
    const ids = Array.from({ length: 100 }, (_, i) => i.toString(16).padStart(24, '0'));
    const outcomes = await Promise.all(ids.map((id) => engine.lookup({ emails: [], ids: { hiringbranch: [id] } })));
    expect(batches.map((b) => b.length)).toEqual([50, 50]);
    expect(outcomes.map((o) => (o[0]?.state === 'results' ? o[0].results[0]?.id : undefined))).toEqual(ids);
  });

  it('a batched vendor with no id to search (only an email, none linked) was not asked: no call, and not a no match', async () => {
    const batches: string[][] = [];
    const vendor = fakeVendor('hiringbranch', async () => [], {
      batch: {
        windowMs: 5,
        maxIds: 50,
        idsFor: async (s) => s.ids.hiringbranch ?? [],
        fetch: async (_c: VendorConnection, ids: string[]) => {
          batches.push(ids);
          return new Map(ids.map((id) => [id, []]));
        },
      },
    });
    const [emailOnly] = await engineWith([vendor]).lookup({ emails: ['a@x.test'], ids: {} });
    expect(emailOnly).toMatchObject({ state: 'no_match', unsearched: true });
    expect(batches).toEqual([]);
    const [unknownId] = await engineWith([vendor]).lookup({ emails: [], ids: { hiringbranch: ['0'.repeat(24)] } });
    expect(unknownId).toMatchObject({ state: 'no_match' });
    expect(unknownId).not.toHaveProperty('unsearched');
  });

  it('cancels the vendor request when the last requester goes away, not before', async () => {
    const signals: AbortSignal[] = [];
    const vendor = fakeVendor('talentscreen', async (_s, c) => {
      if (c.signal) signals.push(c.signal);
      // Longer than the test waits: only the cancellation ends it.
      await delay(10_000, c.signal);
      return [result('talentscreen', 'a')];
    });
    const engine = engineWith([vendor]);
    const first = new AbortController();
    const second = new AbortController();
    const a = engine.lookup(subject('a@x.test'), { signal: first.signal });
    const b = engine.lookup(subject('a@x.test'), { signal: second.signal });
    // Both requesters have joined the one request (not a fixed pause: a loaded machine is slow).
    const inFlight = (engine as unknown as { inFlight: Map<string, { waiters: number }> }).inFlight;
    await vi.waitFor(() => expect([...inFlight.values()].reduce((n, f) => n + f.waiters, 0)).toBe(2), { timeout: 5_000 });
    first.abort();
    await expect(a).rejects.toThrow(/cancelled/);
    expect(signals[0]?.aborted).toBe(false);
    second.abort();
    await expect(b).rejects.toThrow(/cancelled/);
    expect(signals[0]?.aborted).toBe(true);
  });

  it('polls a pending result while someone waits, boundedly', async () => {
    let calls = 0;
    const vendor = fakeVendor('nova', async () => {
      calls++;
      return [result('nova', 'a', calls < 3 ? { status: 'in_progress', outcome: 'pending' } : { status: 'completed' })];
    });
    vendor.poll = { intervalMs: 5, maxPolls: 10, isPending: (r) => r.outcome === 'pending' };
    const seen: string[] = [];
    await engineWith([vendor]).lookup(subject('a@x.test'), {
      onOutcome: (o) => o.state === 'results' && seen.push(o.results[0]?.status ?? ''),
    });
    expect(seen).toEqual(['in_progress', 'in_progress', 'completed']);

    const forever = fakeVendor('nova', async () => [result('nova', 'b', { status: 'in_progress', outcome: 'pending' })]);
    forever.poll = { intervalMs: 1, maxPolls: 4, isPending: (r) => r.outcome === 'pending' };
    await engineWith([forever]).lookup(subject('b@x.test'));
    expect(forever.calls).toHaveLength(5);
  });
});

describe('lookup engine, one identifier at a time', () => {
  const jane: Subject = {
    name: 'Jane Doe',
    emails: ['jane.doe@example.com'],
    ids: { talentscreen: ['result_jane'] },
    sources: [
      { kind: 'email', value: 'jane.doe@example.com', source: 'contact' },
      { kind: 'talentscreen', value: 'result_jane', source: 'vendor_link' },
    ],
  };

  it('asks once per identifier, says which found each result, and keeps a record found twice once', async () => {
    const vendor = fakeVendor('talentscreen', async (s) =>
      s.emails.length ? [result('talentscreen', 'r1'), result('talentscreen', 'r2')] : [result('talentscreen', 'r1')],
    );
    const [outcome] = await engineWith([vendor]).lookup(jane);
    expect(vendor.calls.map((s) => [s.emails, s.ids])).toEqual([
      [['jane.doe@example.com'], {}],
      [[], { talentscreen: ['result_jane'] }],
    ]);
    expect(outcome?.state === 'results' && outcome.results.map((r) => `${r.id} ${r.matchedBy?.kind}:${r.matchedBy?.source}`)).toEqual([
      'r1 email:contact',
      'r2 email:contact',
    ]);
  });

  it("never looks more complete for having several identifiers: one's failure and another's cut-short answer stay on the card", async () => {
    const failing = fakeVendor('talentscreen', async (s) => {
      if (s.emails.length) return [result('talentscreen', 'r1')];
      throw new VendorError('unavailable', 'TalentScreen is not answering', 503);
    });
    const [withFailure] = await engineWith([failing]).lookup(jane);
    expect(withFailure).toMatchObject({ state: 'results', alsoFailed: { code: 'unavailable', status: 503 } });

    const cutShort = fakeVendor('talentscreen', async (s) =>
      s.emails.length ? [] : { results: [result('talentscreen', 'r1')], partial: { shown: 100, total: 340 } },
    );
    const [partial] = await engineWith([cutShort]).lookup(jane);
    expect(partial).toMatchObject({ state: 'results', partial: { shown: 100, total: 340 } });
    expect(partial).not.toHaveProperty('alsoFailed');
  });

  it('says "not asked" only when no identifier could be searched: one real search makes it a no match', async () => {
    // As HiringBranch: an email alone cannot be searched; its own id can.
    const byOwnIdOnly = fakeVendor('talentscreen', async (s) => (s.emails.length ? { results: [], unsearched: true as const } : []));
    const [searched] = await engineWith([byOwnIdOnly]).lookup(jane);
    expect(searched).toMatchObject({ state: 'no_match' });
    expect(searched).not.toHaveProperty('unsearched');
    const [emailOnly] = await engineWith([byOwnIdOnly]).lookup({ ...jane, ids: {}, sources: undefined });
    expect(emailOnly).toMatchObject({ state: 'no_match', unsearched: true });
  });

  it('caches each identifier on its own: a new identifier costs one call, the known one none', async () => {
    const vendor = fakeVendor('talentscreen', async (s) => [result('talentscreen', s.emails[0] ?? s.ids.talentscreen?.[0] ?? '?')]);
    const engine = engineWith([vendor]);
    await engine.lookup(jane);
    expect(vendor.calls).toHaveLength(2);
    await engine.lookup({ ...jane, ids: {}, emails: ['jane.doe@example.com', 'jd@janedoe.dev'] });
    expect(vendor.calls.map((s) => s.emails[0] ?? s.ids.talentscreen?.[0])).toEqual([
      'jane.doe@example.com',
      'result_jane',
      'jd@janedoe.dev',
    ]);
  });

  it("gives vendors keyed by the ATS the page's context once, named as the ATS's id", async () => {
    const nova = fakeVendor('nova', async () => [result('nova', 'n1')], {
      subjectParts: ['ats'],
      canAnswer: (s) => Boolean(s.ats?.jobId && s.ats.applicationId),
    });
    const [outcome] = await engineWith([nova]).lookup({
      ...jane,
      ats: { ats: 'greenhouse', candidateId: '1', applicationId: '2', jobId: '3' },
    });
    expect(nova.calls).toHaveLength(1);
    expect(outcome?.state === 'results' && outcome.results[0]?.matchedBy).toEqual({ kind: 'ats', value: '2', source: 'url' });
  });
});
