/**
 * Where the side panel sits on each site: docked left or right, its width, collapsed or not.
 * Not secret, but kept by the background in `storage.local` under `panelPrefs` (the panel
 * runs in a content script, which cannot read `storage.local` on Chromium).
 */
import { z } from '../zod';
import { panelPrefsItem } from './storage';

export const PANEL_MIN_WIDTH = 280;
export const PANEL_MAX_WIDTH = 640;
/** Enough for every ATS a recruiter uses; the least recently changed go first. */
const MAX_SITES = 100;

export const PanelPrefsSchema = z.object({
  dock: z.enum(['left', 'right']),
  width: z.number().int().min(PANEL_MIN_WIDTH).max(PANEL_MAX_WIDTH),
  collapsed: z.boolean(),
});
export type PanelPrefs = z.infer<typeof PanelPrefsSchema>;

export const DEFAULT_PANEL_PREFS: PanelPrefs = { dock: 'right', width: 360, collapsed: false };

/** A site is a page's host name (with a port when it has one). */
export const PanelSiteSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(260)
  .regex(/^[a-z0-9.-]+(:\d{1,5})?$/, 'A site is a host name such as app.greenhouse.io');

const StoredSchema = z.record(z.string(), z.unknown());

async function readAll(): Promise<Record<string, unknown>> {
  const parsed = StoredSchema.safeParse((await panelPrefsItem.getValue()) ?? {});
  return parsed.success ? parsed.data : {};
}

export async function getPanelPrefs(site: string): Promise<PanelPrefs> {
  // A damaged entry falls back to the defaults rather than breaking the panel.
  const parsed = PanelPrefsSchema.safeParse((await readAll())[site]);
  return parsed.success ? parsed.data : DEFAULT_PANEL_PREFS;
}

let writes: Promise<unknown> = Promise.resolve();

/** Saves one site's prefs; writes are queued so two quick changes never lose one. */
export function setPanelPrefs(site: string, prefs: PanelPrefs): Promise<PanelPrefs> {
  const write = writes.then(async () => {
    const all = await readAll();
    delete all[site];
    all[site] = prefs;
    const sites = Object.keys(all);
    for (const old of sites.slice(0, Math.max(0, sites.length - MAX_SITES))) delete all[old];
    await panelPrefsItem.setValue(all);
    return prefs;
  });
  writes = write.catch(() => undefined);
  return write;
}
