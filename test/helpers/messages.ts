/**
 * The English messages (public/_locales/en/messages.json) and Chrome's rules for filling them,
 * for tests that have no browser: the unit setup's fake `i18n.getMessage` and the i18n checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const MESSAGES_PATH = join(import.meta.dirname, '../../public/_locales/en/messages.json');
export const MESSAGES: Record<string, MessageEntry> = JSON.parse(readFileSync(MESSAGES_PATH, 'utf8'));

/** `$1`…`$9` take the substitutions (a missing one is empty); `$$` is a dollar sign. */
const fillNumbered = (text: string, substitutions: readonly string[]) =>
  text.replace(/\$\$|\$([1-9])/g, (whole, n?: string) => (n ? (substitutions[Number(n) - 1] ?? '') : '$'));

/**
 * A message as `i18n.getMessage` returns it: each `$name$` (any case) becomes its placeholder's
 * content, itself filled from the substitutions, and `$1`…`$9` in the message directly too.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (whole, name?: string, n?: string) => {
    if (name !== undefined) {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : fillNumbered(content, substitutions);
    }
    return n ? (substitutions[Number(n) - 1] ?? '') : '$';
  });
}

/** How many substitutions a message takes: the highest `$n` it refers to, directly or through a placeholder. */
export function substitutionCount(entry: MessageEntry): number {
  const texts = [entry.message, ...Object.values(entry.placeholders ?? {}).map((p) => p.content)];
  const indexes = texts.flatMap((text) => [...text.replaceAll('$$', '').matchAll(/\$([1-9])/g)].map((m) => Number(m[1])));
  return Math.max(0, ...indexes);
}

/** `i18n.getMessage` over the English messages: an unknown name gives "", as in the browsers. */
export function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[name];
  if (!entry) return '';
  return formatMessage(entry, substitutions === undefined ? [] : ([] as string[]).concat(substitutions));
}
