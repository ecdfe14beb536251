/**
 * `npm run bench`: prints a table per measurement and, as its last line, one JSON object
 * with every figure. A script, not a test: numbers are reported, never asserted on timing.
 */
import { startSandbox } from '../sandbox/server';
import { measureCache1000 } from './cache';
import { contentFigures, measureContentScript, printContentScript } from './content';
import { measureAlerts, printAlerts } from './alerts';
import { measureDay } from './day';
import { INJECTED_LATENCY, measureList100, measureOverhead, measureWarm } from './engine';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const sandbox = await startSandbox();
const figures: Record<string, unknown> = {};
try {
  console.log(`Lookup engine, real vendor clients, sandbox over HTTP on 127.0.0.1 (median of ${RUNS} runs)`);
  console.log('Injected latency on the first request of each vendor (ms):', INJECTED_LATENCY);
  const overhead = await measureOverhead(sandbox, RUNS);
  const warm = await measureWarm(sandbox);
  const list = await measureList100(sandbox);
  Object.assign(figures, overhead, warm, list);
  console.table({
    'first result, over the fastest vendor (ms)': overhead.firstResultOverheadMs,
    'all results, over the slowest vendor (ms)': overhead.allResultsOverheadMs,
    'requests for a warm lookup': warm.warmRequests,
    'vendors with results for the demo candidate': warm.vendorsAnswered,
    '100-candidate list: 429 answers': list.list100Status429,
    '100-candidate list: error outcomes': Object.values(list.list100Errors).reduce((a, b) => a + b, 0),
    '100-candidate list: wall time (ms)': list.list100Ms,
  });
  console.log('100-candidate list: requests per vendor (rows in view, then scrolled through)');
  console.table({ inView: list.list100Requests, scrolled: list.list100ScrolledRequests });
  console.log("A recruiter's day (8 simulated hours): busiest hour per vendor, then the day's requests");
  const day = await measureDay(sandbox);
  Object.assign(figures, day);
  console.table({ busiestHour: day.dayBusiestHour, requests: day.dayRequests });
  console.table({
    "Nova's busiest second": day.dayNovaBusiestSecond,
    '429 answers': day.dayStatus429,
    'candidates with results shown as no match': day.dayMissed,
  });
  console.log('rate-limited outcomes by vendor:', day.dayRateLimitedOutcomes);
  const alerts = await measureAlerts(sandbox);
  Object.assign(figures, alerts);
  printAlerts(alerts);
  const cache = await measureCache1000(sandbox);
  Object.assign(figures, cache);
  console.log('Results cache after 1,000 candidates (bytes held, by budget)');
  console.table(cache);
} finally {
  await sandbox.close();
}

// After the sandbox is gone, so Chromium and the engine never share the CPU.
console.log('Content script: size of the build, and detection in Chromium (median of the runs; budgets beside)');
const content = await measureContentScript();
printContentScript(content);
Object.assign(figures, contentFigures(content));
console.log(JSON.stringify(figures));
