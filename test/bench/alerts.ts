/**
 * What alerts cost: requests a day for 200 watched candidates, per vendor, and the share of each
 * vendor's daily budget. One re-check's cost per vendor is read from the sandbox's request log
 * (the real clients and engine, asked as the alarm asks: fresh, only that vendor, no polling) for
 * Omar Haddad, whose results are pending at HiringBranch, TalentScreen, Praxicraft and Nova (HrFlow's
 * job match is never pending, so it is never re-asked). The rest is the schedule's own policy
 * (lib/alerts/policy.ts): a run every 30 minutes, at most 200 candidates, never below the reserve.
 * Assumptions: nothing completes all day (the most it can cost), each vendor on its lowest plan.
 */
import { pathToFileURL } from 'node:url';
import { CHECK_PERIOD_MINUTES, MAX_WATCHED, reserveOf } from '@/lib/alerts/policy';
import { limitsFor } from '@/lib/lookup/gate';
import type { Subject, VendorId } from '@/lib/model';
import { vendorById } from '@/lib/vendors';
import { personByEmail } from '../sandbox/fixtures';
import { type Sandbox, startSandbox } from '../sandbox/server';
import { engineFor } from './engine';

const RECHECKED: VendorId[] = ['hiringbranch', 'talentscreen', 'praxicraft', 'nova'];
const RUNS_PER_DAY = (24 * 60) / CHECK_PERIOD_MINUTES;

function omar(): Subject {
  const person = personByEmail('omar.haddad@example.com');
  if (!person?.hiringbranchId) throw new Error('The sandbox cast has no Omar Haddad');
  return {
    name: person.name,
    emails: [person.email],
    ids: { hiringbranch: [person.hiringbranchId] },
    ats: { ats: 'lever', ...person.ats },
  };
}

/** Requests one re-check sends each vendor, after a first lookup (the one that put Omar on the list). */
async function recheckCost(sandbox: Sandbox): Promise<Record<VendorId, number>> {
  const engine = engineFor(sandbox);
  const subject = omar();
  await engine.lookup(subject, { noPolls: true });
  const cost = {} as Record<VendorId, number>;
  for (const vendor of RECHECKED) {
    const before = sandbox.requests.length;
    const [outcome] = await engine.lookup(subject, { refresh: true, only: [vendor], noPolls: true });
    if (outcome?.state !== 'results') throw new Error(`${vendor}: no results for Omar (${outcome?.state})`);
    cost[vendor] = sandbox.requests.slice(before).filter((r) => r.vendor === vendor).length;
  }
  return cost;
}

/**
 * The vendor's budget an hour on its lowest plan (Nova's per-second limit over an hour), and whether
 * the gate counts it hourly, which is what the alerts' reserve applies to (VendorGate.budgetLeft).
 */
function budgetOf(vendor: VendorId): { perHour?: number; hourly: boolean } {
  const client = vendorById(vendor);
  const limits = client ? limitsFor(client) : undefined;
  const hourly = limits?.perHour ?? limits?.hourlyPlans?.[0];
  if (hourly !== undefined) return { perHour: hourly, hourly: true };
  return { perHour: limits?.perSecond ? limits.perSecond * 3_600 : undefined, hourly: false };
}

export interface AlertsRow {
  'requests per re-check': number;
  'pending candidates': number;
  'requests/day asked': number;
  'requests/day spent': number;
  'daily budget': number | string;
  'share of budget': string;
}

/** Per vendor: requests/day when `pendingPerVendor` of the watched are pending there, capped by the reserve. */
export function alertsDay(cost: Record<VendorId, number>, pendingPerVendor: number): Record<string, AlertsRow> {
  const rows: Record<string, AlertsRow> = {};
  for (const vendor of RECHECKED) {
    const asked = cost[vendor] * pendingPerVendor * RUNS_PER_DAY;
    const { perHour, hourly } = budgetOf(vendor);
    // Under an hourly budget a run stops asking at the reserve: at most (budget − reserve) an hour.
    const cap = perHour !== undefined && hourly ? 24 * (perHour - reserveOf(perHour)) : Infinity;
    const spent = Math.min(asked, cap);
    const daily = perHour === undefined ? undefined : perHour * 24;
    rows[vendor] = {
      'requests per re-check': cost[vendor],
      'pending candidates': pendingPerVendor,
      'requests/day asked': asked,
      'requests/day spent': spent,
      'daily budget': daily ?? 'none published',
      'share of budget': daily ? `${((spent / daily) * 100).toFixed(1)}%` : 'n/a',
    };
  }
  return rows;
}

export async function measureAlerts(sandbox: Sandbox) {
  const cost = await recheckCost(sandbox);
  return {
    alertsRecheckCost: cost,
    // Worst case: every one of the 200 pending at every vendor that has pending states.
    alertsWorstCase: alertsDay(cost, MAX_WATCHED),
    // Each candidate pending at one vendor, spread evenly over the four.
    alertsSpread: alertsDay(cost, MAX_WATCHED / RECHECKED.length),
  };
}

export function printAlerts(figures: Awaited<ReturnType<typeof measureAlerts>>): void {
  console.log(
    `Alerts: ${MAX_WATCHED} watched candidates over a day (${RUNS_PER_DAY} runs, every ${CHECK_PERIOD_MINUTES} min; nothing completes; lowest plans)`,
  );
  console.log('Every candidate pending at every vendor with pending states:');
  console.table(figures.alertsWorstCase);
  console.log(`Each candidate pending at one vendor (${MAX_WATCHED / RECHECKED.length} per vendor):`);
  console.table(figures.alertsSpread);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sandbox = await startSandbox();
  try {
    const figures = await measureAlerts(sandbox);
    printAlerts(figures);
    console.log(JSON.stringify(figures));
  } finally {
    await sandbox.close();
  }
}
