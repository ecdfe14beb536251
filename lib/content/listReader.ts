/**
 * The list reader the panel bundle installs on the bridge: list pages load the panel anyway, so
 * reading every row (listDetection.ts) and chipping them (listChips.ts) ship there, not in the
 * content script every ATS page loads. The content script calls it on each page change.
 */
import { detectInRoots, detectList } from '../ats/listDetection';
import type { PanelBridge } from './bridge';
import { listChips } from './listChips';

/** Installs the reader (once) and has the content script read the page again, its whole list included. */
export function installListReader(bridge: PanelBridge): void {
  if (bridge.listReader) return;
  // A chip click opens that row's candidate in the panel, which is already on the page.
  const chips = listChips((subject) => bridge.open(subject));
  // The signed-in user's and colleagues' addresses the whole page showed: changed rows never take them either.
  let colleagues: string[] = [];
  bridge.listReader = {
    read(adapter, whole, added) {
      if (!adapter.list) return [];
      const url = new URL(location.href);
      if (whole) {
        chips.reset();
        const list = detectList(document, url, adapter);
        colleagues = list.colleagues;
        chips.track(list.rows);
      } else if (added.length) {
        const list = detectInRoots(added, url, adapter, colleagues);
        colleagues = list.colleagues;
        chips.track(list.rows);
      }
      chips.prune();
      return chips.entries();
    },
    dispose: () => chips.dispose(),
  };
  bridge.redetect?.();
}
