/**
 * The side panel bundle (React and all). Not loaded with the content script: the background
 * injects it with scripting.executeScript once a page shows a candidate or a list, into the
 * content script's isolated world, where it reads what the content script found. It also
 * brings the list reader (rows and their chips), which only pages that show a list need.
 */
import { mountPanel } from '@/components/panel/mountPanel';
import { panelBridge } from '@/lib/content/bridge';
import { installListReader } from '@/lib/content/listReader';

export default defineUnlistedScript(() => {
  const bridge = panelBridge();
  if (bridge.panelMounted) return;
  bridge.panelMounted = true;
  mountPanel(bridge);
  installListReader(bridge);
});
