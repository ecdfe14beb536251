/**
 * "Copy page outline", in the page: the page's outline, with the names Scorelens found on it
 * marked and what it found summed up (counts and id shapes, never values). Not part of the
 * content script (it stays small): the background injects this (entrypoints/outline.ts) into
 * the content script's isolated world when the popup asks, where the bridge tells what was found.
 */
import { browser } from 'wxt/browser';
import { detectSubject } from '../ats/candidateDetection';
import { adapterForUrl } from '../ats/detect';
import type { Subject } from '../model';
import { buildOutline } from '../outline/build';
import type { Outline, OutlineFound } from '../outline/schema';
import { CHIP_TAG, isTabMessage, PANEL_TAG, type PanelBridge, panelBridge } from './bridge';

function foundOf({ view }: PanelBridge): OutlineFound {
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

export function pageOutline(bridge: PanelBridge, reason: Outline['reason']): Outline {
  const url = new URL(location.href);
  const { view } = bridge;
  // A built-in ATS; on a site the user added, the outline's URL says which.
  const adapter = adapterForUrl(url.href);
  const subjects: (Subject | undefined)[] = [
    bridge.opened,
    // A candidate shown too thinly for a lookup still has a name to hide.
    view.kind === 'candidate' ? view.subject : adapter && detectSubject(document, url, adapter),
    ...(view.kind === 'list' ? view.rows.map((row) => row.subject) : []),
  ];
  const names = subjects.map((s) => s?.name).filter((name): name is string => Boolean(name));
  return buildOutline(document, { url, names, skip: `${PANEL_TAG},${CHIP_TAG}`, ats: adapter?.id, reason, found: foundOf(bridge) });
}

const INSTALLED = Symbol.for('scorelens.pageOutline');

/** Answers the background's `scorelens:pageOutline` from now on; once per page, however often injected. */
export function installPageOutline(): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (!isTabMessage(message, 'scorelens:pageOutline')) return undefined;
    const reason = (message as { reason?: unknown }).reason === 'wrong' ? 'wrong' : 'none';
    sendResponse({ outline: pageOutline(panelBridge(), reason) });
    return true;
  });
}
