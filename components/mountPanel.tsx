import css from './styles.css?inline';
import { createRoot } from 'react-dom/client';
import { PANEL_TAG, type PanelBridge } from '@/lib/content/bridge';
import { PanelApp } from './PanelApp';
import { QueryProvider } from './QueryProvider';

/** Puts the panel in a shadow root at the end of the page: the ATS's styles and ours never mix. */
export function mountPanel(bridge: PanelBridge): void {
  const host = document.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
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
