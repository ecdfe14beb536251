/**
 * The content script's life on one ATS page: detect who is shown (a candidate, or a list of
 * them), follow navigation without reload, ask the background for the panel once there is
 * something to show, chip the visible list rows, and undo all of it when the extension's
 * context goes away (an update). Plain DOM: nothing here loads React.
 */
import { detectSubject } from '../ats/candidateDetection';
import { detectInRoots, detectList } from '../ats/listDetection';
import type { AtsAdapter } from '../ats/types';
import { t } from '../i18n';
import type { Subject } from '../model';
import { ask } from './ask';
import { browser } from 'wxt/browser';
import { CURRENT_SUBJECT, isTabMessage, type ListEntry, PANEL_TAG, type PageView, panelBridge } from './bridge';
import { CHIP_TAG, type Chip, createChip, rowKey } from './chips';
import { watchPage } from './watch';

interface ContextLike {
  onInvalidated(callback: () => void): void;
}

/** Enough to look someone up: an email, a vendor id, or the job + application an AI scorer keys by. */
function isLookupable(subject: Subject | undefined): subject is Subject {
  if (!subject) return false;
  const ids = Object.values(subject.ids).some((list) => (list?.length ?? 0) > 0);
  return subject.emails.length > 0 || ids || Boolean(subject.ats?.applicationId && subject.ats.jobId);
}

const isOwn = (node: Node) => {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(el?.closest(`${PANEL_TAG},${CHIP_TAG}`));
};

export function startPageSession(ctx: ContextLike, adapter: AtsAdapter): void {
  const bridge = panelBridge();
  const controller = new AbortController();
  const rows = new Map<Element, ListEntry>();
  const chips = new Map<Element, Chip>();
  let panelAsked = false;
  let published = '';

  const showPanel = () => {
    if (panelAsked) return;
    panelAsked = true;
    ask('showPanel', {}).catch(() => {
      panelAsked = false;
    });
  };

  // Chips only for rows that scroll into view: a 5,000-row list costs no 5,000 lookups.
  const visible = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      visible.unobserve(entry.target);
      const row = rows.get(entry.target);
      if (row && !chips.has(entry.target)) addChip(entry.target, row);
    }
  });

  function addChip(element: Element, row: ListEntry) {
    const chip = createChip(row.label, () => {
      showPanel();
      bridge.open(row.subject);
    });
    chips.set(element, chip);
    (element.tagName === 'TR' ? (element.lastElementChild ?? element) : element).append(chip.host);
    ask('summary', { subject: row.subject }).then(
      ({ summary }) => chip.fill(summary),
      (error: unknown) => chip.fail(error instanceof Error ? error.message : t('chipLookupFailed')),
    );
  }

  function trackRows(found: { element: Element; subject: Subject }[]) {
    for (const { element, subject } of found) {
      if (rows.has(element)) continue;
      const entry = { key: rowKey(subject), label: subject.name ?? subject.emails[0] ?? rowKey(subject), subject };
      rows.set(element, entry);
      visible.observe(element);
    }
  }

  function detect(urlChanged: boolean, added: Node[]) {
    const url = new URL(location.href);
    if (adapter.list) {
      if (urlChanged) {
        for (const [element, chip] of chips) if (!element.isConnected) chip.host.remove();
        rows.clear();
        chips.clear();
        visible.disconnect();
        trackRows(detectList(document, url, adapter).rows);
      } else if (added.length) {
        trackRows(detectInRoots(added, url, adapter).rows);
      }
      for (const element of rows.keys()) if (!element.isConnected) rows.delete(element);
    }
    const subject = detectSubject(document, url, adapter);
    const view: PageView = isLookupable(subject)
      ? { kind: 'candidate', subject }
      : rows.size > 0
        ? { kind: 'list', rows: [...rows.values()] }
        : { kind: 'none' };
    const key = JSON.stringify(view);
    if (key !== published) {
      published = key;
      bridge.publish(view);
    }
    if (view.kind !== 'none') showPanel();
  }

  // The popup's "candidate on this page", asked by the background.
  const answerCurrentSubject = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (!isTabMessage(message, CURRENT_SUBJECT)) return undefined;
    const subject = bridge.opened ?? (bridge.view.kind === 'candidate' ? bridge.view.subject : undefined);
    sendResponse(subject ? { subject } : {});
    return true;
  };
  browser.runtime.onMessage.addListener(answerCurrentSubject);

  detect(true, []);
  watchPage({ onChange: ({ urlChanged, added }) => detect(urlChanged, added), isOwn, signal: controller.signal });

  ctx.onInvalidated(() => {
    controller.abort();
    browser.runtime.onMessage.removeListener(answerCurrentSubject);
    visible.disconnect();
    for (const chip of chips.values()) chip.host.remove();
    document.querySelector(PANEL_TAG)?.remove();
    bridge.publish({ kind: 'none' });
    bridge.panelMounted = false;
  });
}
