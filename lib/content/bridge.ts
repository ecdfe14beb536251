/**
 * What the content script has found on the page, shared with the panel bundle. The panel is
 * injected later (scripting.executeScript) into the same isolated world as the content
 * script, so both see this object; the page's own scripts never do.
 */
import type { AtsAdapter } from '../ats/types';
import type { TabMessageType } from '../messaging/protocol';
import type { Subject } from '../model';

export interface ListEntry {
  /** Stable per row (the candidate's ATS id, else its email). */
  key: string;
  label: string;
  subject: Subject;
}

/**
 * Reads a list page's rows and chips them. Only pages that show a list need it, so it ships in
 * the panel bundle, which installs it on the bridge (lib/content/listReader.ts); the content
 * script then calls it on each change it sees.
 */
export interface ListReader {
  /** The rows now on the page: the whole list read again when `whole`, else only the rows `added` touches. */
  read(adapter: AtsAdapter, whole: boolean, added: Node[]): ListEntry[];
  /** Stops watching rows and removes every chip. */
  dispose(): void;
}

export type PageView = { kind: 'none' } | { kind: 'candidate'; subject: Subject } | { kind: 'list'; rows: ListEntry[] };

export interface PanelBridge {
  view: PageView;
  /** A list row the recruiter opened in the panel (a chip click), shown over the list. */
  opened?: Subject;
  /** Set by the panel bundle once mounted, so a second injection never makes a second panel. */
  panelMounted: boolean;
  /** Installed by the panel bundle: the content script reads list rows through it. */
  listReader?: ListReader;
  /** Set by the content script's session: reads the page again (once a list reader is installed). */
  redetect?: () => void;
  publish(view: PageView): void;
  open(subject: Subject | undefined): void;
  subscribe(listener: () => void): () => void;
}

const KEY = Symbol.for('scorelens.bridge');

/**
 * Whether `message` is the background's `type` message (declared in `tabMessages`, protocol.ts):
 * checked without zod, so the content script stays small.
 */
export const isTabMessage = (message: unknown, type: TabMessageType) =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

/** The element the panel lives in (its shadow root holds the React tree). */
export const PANEL_TAG = 'scorelens-panel';

/** The element a list row's chip lives in (lib/content/chips.ts). */
export const CHIP_TAG = 'scorelens-chip';

export function panelBridge(): PanelBridge {
  const holder = globalThis as unknown as Record<symbol, PanelBridge | undefined>;
  let bridge = holder[KEY];
  if (!bridge) {
    const listeners = new Set<() => void>();
    const notify = () => {
      for (const listener of listeners) listener();
    };
    const created: PanelBridge = {
      view: { kind: 'none' },
      panelMounted: false,
      publish(view) {
        created.view = view;
        if (view.kind !== 'list') created.opened = undefined;
        notify();
      },
      open(subject) {
        created.opened = subject;
        notify();
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    bridge = created;
    holder[KEY] = bridge;
  }
  return bridge;
}
