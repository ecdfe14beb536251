/**
 * "Copy page outline" in the page (lib/content/outline.ts). Not loaded with the content script:
 * the background injects it into the content script's isolated world when the popup asks.
 */
import { installPageOutline } from '@/lib/content/outline';

export default defineUnlistedScript(() => installPageOutline());
