/**
 * Alerts (lib/alerts): who is watched, the bounds (200 candidates, 14 days, every 30 minutes),
 * what counts as completed, a re-check that asks only the vendors still pending and leaves the
 * recruiter's reserve alone, and "Forget all" clearing the watch list and the new results.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/lib/background/handlers';
import { alertText, withNewResults } from '@/lib/alerts/newResults';
import { ALERTS_ALARM, CHECK_PERIOD_MINUTES, MAX_WATCH_MS, MAX_WATCHED, mayRecheck } from '@/lib/alerts/policy';
import { type RecheckDeps, recheckWatched } from '@/lib/alerts/recheck';
import { ensureAlarm, stopAlarm } from '@/lib/alerts/schedule';
import { readNewResults, readWatchList, updateNewResults, updateWatchList } from '@/lib/alerts/store';
import { bounded, findingFor, type Watched, watchAfterLookup } from '@/lib/alerts/watchList';
import { AssessmentResultSchema, type AssessmentResultInput, type Subject, type VendorId, type VendorOutcome } from '@/lib/model';
import { scoreboardLine } from '@/lib/scoreboard/headline';
import { areaOf, STORED_ITEMS } from '@/lib/settings/storage';
import { memoryArea } from '@/lib/lookup/area';
import { VendorGate } from '@/lib/lookup/gate';

const DAY = 24 * 60 * 60_000;
const PAGE = 'https://app.greenhouse.io/people/4410099?application_id=1';

const result = (input: Partial<AssessmentResultInput> & Pick<AssessmentResultInput, 'vendor'>) =>
  AssessmentResultSchema.parse({ id: 'r', assessment: 'Test', status: 'completed', ...input });
const outcome = (vendor: VendorId, ...list: (Partial<AssessmentResultInput> & Pick<AssessmentResultInput, 'vendor'>)[]): VendorOutcome => ({
  state: 'results',
  vendor,
  fetchedAt: 1,
  results: list.map(result),
});
const inProgress = (vendor: VendorId) => outcome(vendor, { vendor, status: 'in_progress' });
const passed = (vendor: VendorId) => outcome(vendor, { vendor, score: { percent: 72.5, raw: 72.5, max: 100 }, outcome: 'pass' });

const subject = (n: number, name = `Candidate ${n}`): Subject => ({
  name,
  emails: [`c${n}@example.com`],
  ids: {},
  ats: { ats: 'greenhouse', candidateId: String(4_410_000 + n) },
});
const seen = (n: number, outcomes: VendorOutcome[]) => ({ subject: subject(n), pageUrl: `${PAGE}&n=${n}`, outcomes });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the watch list', () => {
  it('watches a candidate only while some vendor is pending, keeping when it was first watched', () => {
    expect(watchAfterLookup([], seen(1, [passed('talentscreen')]), 1_000)).toEqual([]);
    const first = watchAfterLookup([], seen(1, [passed('talentscreen'), inProgress('praxicraft')]), 1_000);
    expect(first).toMatchObject([{ key: 'ats:greenhouse:4410001', name: 'Candidate 1', pending: ['praxicraft'], since: 1_000 }]);
    const again = watchAfterLookup(first, seen(1, [inProgress('nova'), inProgress('praxicraft')]), 5_000);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ since: 1_000, pending: ['praxicraft', 'nova'] });
  });

  it(`holds at most ${MAX_WATCHED} candidates: the one watched longest goes first`, () => {
    let list: Watched[] = [];
    for (let n = 1; n <= MAX_WATCHED + 1; n++) list = watchAfterLookup(list, seen(n, [inProgress('praxicraft')]), n);
    expect(list).toHaveLength(MAX_WATCHED);
    expect(list.map((w) => w.name)).not.toContain('Candidate 1');
    expect(list.map((w) => w.name)).toContain(`Candidate ${MAX_WATCHED + 1}`);
  });

  it('drops a candidate 14 days after it was first watched', () => {
    const list = watchAfterLookup([], seen(1, [inProgress('praxicraft')]), 0);
    expect(MAX_WATCH_MS).toBe(14 * DAY);
    expect(bounded(list, 14 * DAY - 1)).toHaveLength(1);
    expect(bounded(list, 14 * DAY)).toEqual([]);
  });

  it('keeps only identifiers that were looked up, never the held ones', () => {
    const withOffer: Subject = {
      ...subject(1),
      offers: [{ kind: 'email', value: 'colleague@example.com', source: 'contact', reason: 'colleague' }],
    };
    const [entry] = watchAfterLookup([], { subject: withOffer, pageUrl: PAGE, outcomes: [inProgress('nova')] }, 0);
    expect(JSON.stringify(entry)).not.toContain('colleague@example.com');
  });
});

describe('what counts as completed', () => {
  it('a line that was pending and is now complete; expired or no match settle silently; pending and errors wait', () => {
    expect(findingFor('praxicraft', passed('praxicraft'))).toMatchObject({ kind: 'completed', line: { headline: '72.5% · Pass' } });
    expect(findingFor('praxicraft', inProgress('praxicraft')).kind).toBe('waiting');
    const inReview = outcome('praxicraft', {
      vendor: 'praxicraft',
      score: { percent: 50, raw: 50, max: 100 },
      cases: [{ order: 1, title: 'Case', score: null, max: 100, status: 'pending_review', timeSeconds: null }],
    });
    expect(findingFor('praxicraft', inReview).kind).toBe('waiting');
    expect(findingFor('talentscreen', outcome('talentscreen', { vendor: 'talentscreen', status: 'expired' })).kind).toBe('settled');
    expect(findingFor('nova', { state: 'no_match', vendor: 'nova', fetchedAt: 1 }).kind).toBe('settled');
    expect(findingFor('nova', { state: 'not_configured', vendor: 'nova' }).kind).toBe('settled');
    const limited: VendorOutcome = { state: 'error', vendor: 'nova', error: { code: 'rate_limited', message: 'later' } };
    expect(findingFor('nova', limited).kind).toBe('waiting');
    expect(findingFor('nova', undefined).kind).toBe('waiting');
  });

  it('says the candidate name and the vendor line, never an email', () => {
    const line = scoreboardLine(passed('praxicraft'));
    expect(alertText('Priya Raman', line)).toBe('Priya Raman: Praxicraft 72.5% · Pass');
    expect(alertText(undefined, line)).toBe('A candidate: Praxicraft 72.5% · Pass');
  });
});

describe('the schedule', () => {
  it(`re-checks every ${CHECK_PERIOD_MINUTES} minutes, through one alarm that a second start does not push back`, async () => {
    expect(CHECK_PERIOD_MINUTES).toBe(30);
    await ensureAlarm();
    const first = await fakeBrowser.alarms.get(ALERTS_ALARM);
    expect(first).toMatchObject({ name: ALERTS_ALARM, periodInMinutes: 30 });
    await ensureAlarm();
    expect((await fakeBrowser.alarms.get(ALERTS_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
    await stopAlarm();
    expect(await fakeBrowser.alarms.get(ALERTS_ALARM)).toBeUndefined();
  });

  it("never takes the reserve of a vendor's hourly budget; a vendor without one is asked within its gate", () => {
    expect(mayRecheck(undefined)).toBe(true);
    expect(mayRecheck({ left: 400, perHour: 500 })).toBe(true);
    expect(mayRecheck({ left: 250, perHour: 500 })).toBe(false);
    expect(mayRecheck({ left: 0, perHour: 100 })).toBe(false);
  });
});

describe("a vendor's budget left, as the re-check reads it", () => {
  it('counts what was spent this hour and believes the vendor when it says less is left; none for a per-second vendor', async () => {
    const gate = new VendorGate('Praxicraft', { concurrency: 3, hourlyPlans: [10] }, memoryArea(), 'gate:praxicraft');
    for (let i = 0; i < 3; i++) (await gate.acquire())();
    expect(await gate.budgetLeft()).toEqual({ left: 7, perHour: 10 });
    gate.observe(new Response('{}', { headers: { 'X-RateLimit-Remaining': '2' } }));
    await new Promise((r) => setTimeout(r, 0));
    expect(await gate.budgetLeft()).toEqual({ left: 2, perHour: 10 });
    expect(mayRecheck(await gate.budgetLeft())).toBe(false);
    const nova = new VendorGate('Dweet Nova', { concurrency: 4, perSecond: 10 }, memoryArea(), 'gate:nova');
    expect(await nova.budgetLeft()).toBeUndefined();
  });
});

describe('a re-check run', () => {
  function deps(
    answers: Partial<Record<VendorId, VendorOutcome>>,
    budgets: Partial<Record<VendorId, { left: number; perHour: number }>> = {},
  ) {
    const asked: { name?: string; vendors: VendorId[] }[] = [];
    const alerted: string[] = [];
    const d: RecheckDeps = {
      now: () => 10_000,
      lookup: async (s, vendors) => {
        asked.push({ name: s.name, vendors });
        return vendors.flatMap((v) => (answers[v] ? [answers[v]] : []));
      },
      budget: async (v) => budgets[v],
      alert: async (results) => void alerted.push(...results.map((r) => r.text)),
    };
    return { d, asked, alerted };
  }

  it('asks only the vendors still pending, alerts what completed, and drops a candidate with nothing left pending', async () => {
    await updateWatchList(() => watchAfterLookup([], seen(1, [passed('talentscreen'), inProgress('praxicraft'), inProgress('nova')]), 0));
    const { d, asked, alerted } = deps({ praxicraft: passed('praxicraft'), nova: inProgress('nova') });
    const report = await recheckWatched(d);
    expect(asked).toEqual([{ name: 'Candidate 1', vendors: ['praxicraft', 'nova'] }]);
    expect(alerted).toEqual(['Candidate 1: Praxicraft 72.5% · Pass']);
    expect((await readWatchList())[0]).toMatchObject({ pending: ['nova'], checkedAt: 10_000 });
    expect(report).toMatchObject({ checked: 1, watched: 1 });

    const second = deps({ nova: { state: 'no_match', vendor: 'nova', fetchedAt: 1 } });
    expect(await recheckWatched(second.d)).toMatchObject({ checked: 1, watched: 0, landed: [] });
    expect(await readWatchList()).toEqual([]);
  });

  it('skips a vendor at its reserve and one that answers rate limited, for the rest of the run, and keeps waiting for it', async () => {
    await updateWatchList(() =>
      [1, 2, 3].reduce<Watched[]>((l, n) => watchAfterLookup(l, seen(n, [inProgress('talentscreen'), inProgress('nova')]), n), []),
    );
    const limited: VendorOutcome = { state: 'error', vendor: 'nova', error: { code: 'rate_limited', message: 'later' } };
    const { d, asked } = deps({ nova: limited, talentscreen: inProgress('talentscreen') }, { talentscreen: { left: 40, perHour: 100 } });
    const report = await recheckWatched(d);
    expect(asked).toEqual([{ name: 'Candidate 1', vendors: ['nova'] }]);
    expect(report.skipped.sort()).toEqual(['nova', 'talentscreen']);
    expect((await readWatchList()).map((w) => w.pending)).toEqual([
      ['talentscreen', 'nova'],
      ['talentscreen', 'nova'],
      ['talentscreen', 'nova'],
    ]);
  });

  it('asks the least recently checked candidates first', async () => {
    await updateWatchList(() => [
      { ...watchAfterLookup([], seen(1, [inProgress('nova')]), 0)[0]!, checkedAt: 9_000 },
      { ...watchAfterLookup([], seen(2, [inProgress('nova')]), 0)[0]!, checkedAt: 1_000 },
    ]);
    const { d, asked } = deps({ nova: inProgress('nova') });
    await recheckWatched(d);
    expect(asked.map((a) => a.name)).toEqual(['Candidate 2', 'Candidate 1']);
  });
});

describe('Forget all', () => {
  it('clears the watch list and the new results, from the private area', async () => {
    await updateWatchList(() => watchAfterLookup([], seen(1, [inProgress('praxicraft')]), 0));
    const line = scoreboardLine(passed('praxicraft'));
    await updateNewResults((l) =>
      withNewResults(l, [{ id: 'x', text: alertText('A', line), vendor: 'praxicraft', pageUrl: PAGE, at: 1 }], 1),
    );
    expect(await areaOf(STORED_ITEMS.alertsWatchList).get(STORED_ITEMS.alertsWatchList.key)).toBeDefined();
    expect(STORED_ITEMS.alertsWatchList).toMatchObject({ area: 'private', forget: true });
    expect(STORED_ITEMS.alertsNewResults).toMatchObject({ area: 'private', forget: true });

    await handlers.forgetEverything({}, {});
    expect(await readWatchList()).toEqual([]);
    expect(await readNewResults()).toEqual([]);
  });
});
