/** The alerts' own messages (declared in ../messaging/protocol.ts): options' switch, the popup's "New results". */
import { openNewResult } from '../alerts/notify';
import { stopAlarm } from '../alerts/schedule';
import { readNewResults, readWatchList, updateWatchList } from '../alerts/store';
import type { Handlers } from '../messaging/server';
import { alertsEnabledItem } from '../settings/storage';

export const alertHandlers = {
  async getAlerts() {
    return { enabled: await alertsEnabledItem.getValue(), watched: (await readWatchList()).length };
  },
  async setAlertsEnabled({ enabled }: { enabled: boolean }) {
    await alertsEnabledItem.setValue(enabled);
    if (!enabled) {
      await stopAlarm();
      await updateWatchList(() => []);
    }
    return { enabled, watched: (await readWatchList()).length };
  },
  async newResults() {
    return { results: (await readNewResults()).map(({ id, text, at }) => ({ id, text, at })).reverse() };
  },
  async openNewResult({ id }: { id: string }) {
    return { opened: await openNewResult(id) };
  },
} satisfies Partial<Handlers>;
