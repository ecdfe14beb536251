/**
 * The side panel bundle (React and all). Not loaded with the content script: the background
 * injects it with scripting.executeScript once a page shows a candidate or a list, into the
 * content script's isolated world, where it reads what the content script found.
 */
import { mountPanel } from '@/components/panel/mountPanel';
import { panelBridge } from '@/lib/content/bridge';

export default defineUnlistedScript(() => {
  const bridge = panelBridge();
  if (bridge.panelMounted) return;
  bridge.panelMounted = true;
  mountPanel(bridge);
});
