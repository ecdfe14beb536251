import css from '@/components/shared/styles.css?inline';
import { createRoot } from 'react-dom/client';
import { PANEL_TAG, type PanelBridge } from '@/lib/content/bridge';
import { PanelApp } from '@/components/panel/PanelApp';
import { QueryProvider } from '@/components/shared/QueryProvider';

/**
 * Puts the panel in a closed shadow root at the end of the page: the ATS's styles and ours never
 * mix, and no script of the page (its analytics, a session-replay recorder, an injected script)
 * can read the scores: `host.shadowRoot` is null to it, text search and DOM walks stop at the
 * host, and mutation observers on the page never see inside. Only our content script's world
 * holds the root (and tests reach it from there, through test/e2e/driver.ts).
 */
export function mountPanel(bridge: PanelBridge): void {
  const host = document.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  // The page's inherited styles stop at the panel: it looks the same on every ATS.
  style.textContent = `:host{all:initial}${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.append(host);
  createRoot(container).render(
    <QueryProvider>
      <PanelApp bridge={bridge} />
    </QueryProvider>,
  );
}
