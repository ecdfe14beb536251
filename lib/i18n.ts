/**
 * The extension's texts, from public/_locales/<locale>/messages.json through the browser's i18n
 * API. Only the key type is taken from the English file: the JSON itself is never bundled, so the
 * content script stays small. Call `t` inside functions, never at a module's top level: node
 * scripts (bench, e2e helpers) import some of these modules where no extension API exists.
 */
import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/**
 * The message for `key`, its placeholders filled from `substitutions` in order ($1, $2…).
 * An unknown key (or no i18n API at all) shows the key itself, so a gap is visible, never blank.
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser?.i18n?.getMessage(key, substitutions) || key;
}

/**
 * Marks a key whose text is shown later, e.g. a vendor's field label declared at module level,
 * where no i18n API may exist yet: the key travels, `tMarked` turns it into text where shown.
 */
export const messageKey = <K extends MessageKey>(key: K): K => key;

/** The text of a key marked with `messageKey` (test/unit/i18n.test.ts finds the marks). */
export const tMarked = (key: MessageKey): string => t(key);

const pluralRules = new Map<Intl.PluralRuleType, Intl.PluralRules>();

/**
 * Which plural (or ordinal) form `count` takes in the language of the messages shown: the rules
 * follow `messagesLocale`, not the browser's language, which may have no messages of its own.
 */
export function pluralForm(count: number, type: Intl.PluralRuleType = 'cardinal'): Intl.LDMLPluralRule {
  let rules = pluralRules.get(type);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(t('messagesLocale'), { type });
    } catch {
      // No i18n API: `t` gave back the key, which is no language tag. English is the default locale.
      rules = new Intl.PluralRules('en', { type });
    }
    pluralRules.set(type, rules);
  }
  return rules.select(count);
}

/** The message for a count: `one` where the messages' language says the singular, else `other`; the count fills $1. */
export function tPlural(count: number, one: MessageKey, other: MessageKey): string {
  return t(pluralForm(count) === 'one' ? one : other, String(count));
}
