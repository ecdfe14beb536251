import { useSyncExternalStore } from 'react';
import type { PanelBridge } from '@/lib/content/bridge';
import { CandidateList } from './CandidateList';
import { Panel } from './Panel';

/** The panel follows what the content script finds: a candidate, a list of them, or nothing. */
export function PanelApp({ bridge }: { bridge: PanelBridge }) {
  const snapshot = useSyncExternalStore(
    (listener) => bridge.subscribe(listener),
    () => (bridge.opened ? `open:${JSON.stringify(bridge.opened)}` : JSON.stringify(bridge.view)),
  );
  const { view, opened } = bridge;
  if (opened) return <Panel key={snapshot} subject={opened} onBack={() => bridge.open(undefined)} />;
  if (view.kind === 'candidate') return <Panel key={snapshot} subject={view.subject} />;
  if (view.kind === 'list') return <CandidateList rows={view.rows} onOpen={(subject) => bridge.open(subject)} />;
  return null;
}
