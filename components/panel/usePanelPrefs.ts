import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { isTabMessage } from '@/lib/content/bridge';
import { sendMessage } from '@/lib/messaging/client';
import { DEFAULT_PANEL_PREFS, PANEL_MAX_WIDTH, PANEL_MIN_WIDTH, type PanelPrefs } from '@/lib/settings/panelPrefs';

export const clampWidth = (width: number) => Math.min(PANEL_MAX_WIDTH, Math.max(PANEL_MIN_WIDTH, Math.round(width)));

/**
 * Dock, width and collapsed state of the panel on this site, loaded from and saved to the
 * background (a content script cannot read `storage.local` on Chromium). Undefined until loaded.
 */
export function usePanelPrefs(site: string) {
  const [prefs, setPrefs] = useState<PanelPrefs>();
  const latest = useRef<PanelPrefs | undefined>(undefined);

  useEffect(() => {
    let live = true;
    sendMessage('getPanelPrefs', { site })
      .then(({ prefs: loaded }) => loaded)
      // Unreadable prefs must not cost the panel: fall back to the defaults.
      .catch(() => DEFAULT_PANEL_PREFS)
      .then((loaded) => {
        if (!live || latest.current) return;
        latest.current = loaded;
        setPrefs(loaded);
      });
    return () => {
      live = false;
    };
  }, [site]);

  const update = useCallback(
    (patch: Partial<PanelPrefs>) => {
      const base = latest.current ?? DEFAULT_PANEL_PREFS;
      const next = { ...base, ...patch, width: clampWidth(patch.width ?? base.width) };
      latest.current = next;
      setPrefs(next);
      sendMessage('setPanelPrefs', { site, ...next }).catch((error: unknown) => {
        console.warn('Scorelens: could not save the panel layout', error);
      });
    },
    [site],
  );

  // The keyboard shortcut (Alt+Shift+L by default) arrives from the background.
  useEffect(() => {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isTabMessage(message, 'scorelens:togglePanel')) return;
      update({ collapsed: !(latest.current ?? DEFAULT_PANEL_PREFS).collapsed });
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [update]);

  return { prefs, update };
}
