/**
 * The chips of a list page: every candidate row found is tracked, and gets its chip (filled
 * by the background's summary) only once it scrolls into view, so a 5,000-row list costs no
 * 5,000 lookups. The panel's list view reads the tracked rows.
 */
import { t } from '../i18n';
import type { Subject } from '../model';
import { ask } from './ask';
import type { ListEntry } from './bridge';
import { type Chip, createChip, rowKey } from './chips';

export interface ListChips {
  /** Rows found on the page; each new one is chipped when it comes into view. */
  track(found: { element: Element; subject: Subject }[]): void;
  /** A new page (the URL changed): every row forgotten, chips of rows gone from the page removed. */
  reset(): void;
  /** Rows that left the page are forgotten. */
  prune(): void;
  /** The tracked rows, in the order found. */
  entries(): ListEntry[];
  /** Stops watching rows and removes every chip. */
  dispose(): void;
}

/** `onOpen`: a chip was clicked, the recruiter wants that row's candidate in the panel. */
export function listChips(onOpen: (subject: Subject) => void): ListChips {
  const rows = new Map<Element, ListEntry>();
  const chips = new Map<Element, Chip>();

  const visible = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      visible.unobserve(entry.target);
      const row = rows.get(entry.target);
      if (row && !chips.has(entry.target)) addChip(entry.target, row);
    }
  });

  function addChip(element: Element, row: ListEntry) {
    const chip = createChip(row.label, () => onOpen(row.subject));
    chips.set(element, chip);
    (element.tagName === 'TR' ? (element.lastElementChild ?? element) : element).append(chip.host);
    ask('summary', { subject: row.subject }).then(
      ({ summary }) => chip.fill(summary),
      (error: unknown) => chip.fail(error instanceof Error ? error.message : t('chipLookupFailed')),
    );
  }

  return {
    track(found) {
      for (const { element, subject } of found) {
        if (rows.has(element)) continue;
        const entry = { key: rowKey(subject), label: subject.name ?? subject.emails[0] ?? rowKey(subject), subject };
        rows.set(element, entry);
        visible.observe(element);
      }
    },
    reset() {
      for (const [element, chip] of chips) if (!element.isConnected) chip.host.remove();
      rows.clear();
      chips.clear();
      visible.disconnect();
    },
    prune() {
      for (const element of rows.keys()) if (!element.isConnected) rows.delete(element);
    },
    entries: () => [...rows.values()],
    dispose() {
      visible.disconnect();
      for (const chip of chips.values()) chip.host.remove();
    },
  };
}
