import { type CSSProperties, useSyncExternalStore } from 'react';
import type { PanelBridge } from '@/lib/content/bridge';
import { CandidateList } from '@/components/panel/CandidateList';
import { Panel } from '@/components/panel/Panel';
import { usePanelPrefs } from '@/components/panel/usePanelPrefs';

/** The panel follows what the content script finds: a candidate, a list of them, or nothing. */
export function PanelApp({ bridge }: { bridge: PanelBridge }) {
  const snapshot = useSyncExternalStore(
    (listener) => bridge.subscribe(listener),
    () => (bridge.opened ? `open:${JSON.stringify(bridge.opened)}` : JSON.stringify(bridge.view)),
  );
  const { prefs, update } = usePanelPrefs(location.host);
  const { view, opened } = bridge;
  // Wait for this site's layout (one quick message) so the panel never jumps from one side to the other.
  if (!prefs || (!opened && view.kind === 'none')) return null;
  const layout = { prefs, update };
  return (
    <div className={`sl-frame sl-dock-${prefs.dock}`} style={{ '--sl-panel-width': `${prefs.width}px` } as CSSProperties}>
      {opened ? (
        <Panel key={snapshot} subject={opened} layout={layout} onBack={() => bridge.open(undefined)} />
      ) : view.kind === 'candidate' ? (
        <Panel key={snapshot} subject={view.subject} layout={layout} />
      ) : view.kind === 'list' ? (
        <CandidateList rows={view.rows} layout={layout} onOpen={(subject) => bridge.open(subject)} />
      ) : null}
    </div>
  );
}
