/**
 * The re-check schedule: one `browser.alarms` alarm, so it survives the service worker stopping
 * (MV3 keeps no timer of ours alive). It runs only while alerts are on and someone is watched.
 */
import { browser } from 'wxt/browser';
import { ALERTS_ALARM, CHECK_PERIOD_MINUTES } from './policy';

/** Starts the periodic alarm unless it runs already (re-creating it would push its next run back). */
export async function ensureAlarm(): Promise<void> {
  const current = await browser.alarms.get(ALERTS_ALARM);
  if (current?.periodInMinutes === CHECK_PERIOD_MINUTES) return;
  await browser.alarms.create(ALERTS_ALARM, { delayInMinutes: CHECK_PERIOD_MINUTES, periodInMinutes: CHECK_PERIOD_MINUTES });
}

export async function stopAlarm(): Promise<void> {
  await browser.alarms.clear(ALERTS_ALARM);
}
