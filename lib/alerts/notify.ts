/**
 * What the recruiter sees when a result lands: a browser notification, the toolbar badge's count
 * and the popup's "New results". Opening one (from the popup or the notification) opens the ATS
 * page where the candidate was seen and clears it. Background only.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { badgeText, type NewResult, withNewResults } from './newResults';
import { readNewResults, updateNewResults } from './store';

/** The badge shows how many new results wait in the popup. */
export async function refreshBadge(count?: number): Promise<void> {
  const n = count ?? (await readNewResults()).length;
  await browser.action.setBadgeText({ text: badgeText(n) });
}

/** Lists the results, notifies each, counts them on the badge. */
export async function announce(results: readonly NewResult[], now: number): Promise<void> {
  const list = await updateNewResults((l) => withNewResults(l, results, now));
  for (const result of results) {
    await browser.notifications
      .create(result.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('alertsNotificationTitle'),
        message: result.text,
      })
      // No notification (the system's are off): the badge and the popup still say it.
      .catch(() => undefined);
  }
  await refreshBadge(list.length);
}

/** Opens the page of a new result and clears it; false when it is gone (opened elsewhere, forgotten). */
export async function openNewResult(id: string): Promise<boolean> {
  const result = (await readNewResults()).find((r) => r.id === id);
  if (!result) return false;
  // Stored only from an ATS page our content script served, and checked again here: never another scheme.
  if (!/^https?:$/.test(new URL(result.pageUrl).protocol)) return false;
  await browser.tabs.create({ url: result.pageUrl });
  const list = await updateNewResults((l) => l.filter((r) => r.id !== id));
  await browser.notifications.clear(id).catch(() => undefined);
  await refreshBadge(list.length);
  return true;
}
