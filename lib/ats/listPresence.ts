/**
 * Whether a page shows a list's rows, without reading them: the content script's cheap test
 * that asks for the panel, whose bundle reads the rows (listDetection.ts) and chips them.
 */
import { deepClosest, deepQueryAll, openShadowRoots } from './shadow';
import type { AtsList } from './types';

/** A row in the document or its open shadow roots (`whole`), else in or around the nodes just added. */
export function showsListRows(list: AtsList, whole: boolean, added: readonly Node[]): boolean {
  if (whole) return Boolean(document.querySelector(list.rows)) || openShadowRoots(document).some((s) => s.querySelector(list.rows));
  return added.some((node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return Boolean(el?.isConnected && (deepClosest(el, list.rows) || deepQueryAll(el, list.rows).length));
  });
}
