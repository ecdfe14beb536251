/**
 * The alerts' wiring in the background (logic in ../alerts): the panel's streamed lookups on an
 * ATS page feed the watch list, the alarm runs the re-check, a notification's click opens its page, and
 * the alerts' own messages are in ./alertMessages.ts. Thin on purpose.
 */
import { browser, type Browser } from 'wxt/browser';
import { announce, openNewResult, refreshBadge } from '../alerts/notify';
import { ALERTS_ALARM } from '../alerts/policy';
import { recheckWatched } from '../alerts/recheck';
import { ensureAlarm, stopAlarm } from '../alerts/schedule';
import { readWatchList, updateWatchList } from '../alerts/store';
import { watchAfterLookup } from '../alerts/watchList';
import type { Handlers } from '../messaging/server';
import type { StreamHandlers } from '../messaging/stream-server';
import type { Subject, VendorId, VendorOutcome } from '../model';
import { alertsEnabledItem } from '../settings/storage';
import { vendorById } from '../vendors';
import { connectionFor } from './connections';
import { lookupEngine } from './engineInstance';
import { withoutRejected } from './handlers';

type Sender = Browser.runtime.MessageSender;

/** A lookup answered for our content script on an ATS page (the dispatcher checked the sender): watch it if pending. */
async function noteLookup(subject: Subject, outcomes: readonly VendorOutcome[], sender: Sender | undefined): Promise<void> {
  const pageUrl = sender?.tab ? sender.url : undefined;
  if (!pageUrl || !/^https?:/.test(pageUrl) || !(await alertsEnabledItem.getValue())) return;
  const list = await updateWatchList((l) => watchAfterLookup(l, { subject, pageUrl, outcomes }, Date.now()));
  if (list.length) await ensureAlarm();
}

const quietly = (work: Promise<unknown>) => void work.catch((error: unknown) => console.error('Scorelens alerts:', error));

/** The message handlers, with "Forget all" clearing the badge too. */
export function withAlerts(handlers: Handlers): Handlers {
  return {
    ...handlers,
    async forgetEverything(request, sender) {
      const answer = await handlers.forgetEverything(request, sender);
      await refreshBadge(0);
      return answer;
    },
  };
}

/** The stream handlers for one port: the panel's streamed lookup feeds the watch list once every vendor answered. */
export function streamsWithAlerts(streams: StreamHandlers, sender: Sender | undefined): StreamHandlers {
  return {
    ...streams,
    async lookup(request, emit, signal) {
      const last = new Map<VendorId, VendorOutcome>();
      await streams.lookup(
        request,
        (event) => {
          if (event.type === 'outcome') last.set(event.outcome.vendor, event.outcome);
          emit(event);
        },
        signal,
      );
      quietly(noteLookup(request.subject, [...last.values()], sender));
    },
  };
}

let running: Promise<void> | undefined;

/** One re-check run; a second alarm while one runs joins it. */
function runRecheck(): Promise<void> {
  running ??= (async () => {
    if (!(await alertsEnabledItem.getValue())) return stopAlarm();
    const report = await recheckWatched({
      now: Date.now,
      lookup: async (subject, vendors) =>
        lookupEngine().lookup(await withoutRejected(subject), { refresh: true, only: vendors, noPolls: true }),
      budget: async (vendor) => {
        const client = vendorById(vendor);
        const connection = await connectionFor(vendor);
        return client && connection ? lookupEngine().gateFor(client, connection.fields).budgetLeft() : undefined;
      },
      alert: (results) => announce(results, Date.now()),
    });
    // A one-off alarm (`when`) leaves no period behind: the periodic one takes over while anyone is watched.
    await (report.watched ? ensureAlarm() : stopAlarm());
  })().finally(() => (running = undefined));
  return running;
}

/** Listeners registered at once when the worker starts (an alarm or a click may be what woke it); work waits for startup. */
export function startAlerts(ready: Promise<string | undefined>): void {
  const whenReady = (work: () => Promise<unknown>) => quietly(ready.then((failure) => (failure ? undefined : work())));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALERTS_ALARM) whenReady(runRecheck);
  });
  browser.notifications.onClicked.addListener((id) => whenReady(() => openNewResult(id)));
  // The badge after a browser restart, and the schedule where the browser kept no alarm (Firefox).
  whenReady(async () => {
    await refreshBadge();
    if ((await alertsEnabledItem.getValue()) && (await readWatchList()).length) await ensureAlarm();
  });
}
