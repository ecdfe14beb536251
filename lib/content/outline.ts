/**
 * The content script's side of "Copy page outline": the page's outline, with the names Scorelens
 * found on it marked and what it found summed up (counts and id shapes, never values).
 */
import { detectSubject } from '../ats/detect';
import type { AtsAdapter } from '../ats/types';
import type { Subject } from '../model';
import { buildOutline } from '../outline/build';
import type { Outline, OutlineFound } from '../outline/schema';
import { isTabMessage, PAGE_OUTLINE, PANEL_TAG, type PanelBridge } from './bridge';
import { CHIP_TAG } from './chips';

function foundOf(bridge: PanelBridge): OutlineFound {
  const { view } = bridge;
  if (view.kind === 'list') return { view: 'list', rows: view.rows.length };
  if (view.kind === 'none') return { view: 'none' };
  const { name, emails, ids, ats } = view.subject;
  return {
    view: 'candidate',
    name: Boolean(name),
    emails: emails.length,
    ids: Object.fromEntries(Object.entries(ids).map(([vendor, list]) => [vendor, list?.length ?? 0])),
    context: { candidateId: ats?.candidateId, applicationId: ats?.applicationId, jobId: ats?.jobId },
  };
}

export function pageOutline(adapter: AtsAdapter, bridge: PanelBridge, reason: Outline['reason']): Outline {
  const url = new URL(location.href);
  const { view } = bridge;
  const subjects: (Subject | undefined)[] = [
    bridge.opened,
    // A candidate too thinly shown for a lookup still has a name to hide.
    view.kind === 'candidate' ? view.subject : detectSubject(document, url, adapter),
    ...(view.kind === 'list' ? view.rows.map((row) => row.subject) : []),
  ];
  const names = subjects.map((s) => s?.name).filter((name): name is string => Boolean(name));
  return buildOutline(document, { url, names, skip: `${PANEL_TAG},${CHIP_TAG}`, ats: adapter.id, reason, found: foundOf(bridge) });
}

/** Answers the background's PAGE_OUTLINE with this page's outline. */
export function answerPageOutline(adapter: AtsAdapter, bridge: PanelBridge) {
  return (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (!isTabMessage(message, PAGE_OUTLINE)) return undefined;
    const reason = (message as { reason?: unknown }).reason === 'wrong' ? 'wrong' : 'none';
    sendResponse({ outline: pageOutline(adapter, bridge, reason) });
    return true;
  };
}
