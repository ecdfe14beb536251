/**
 * Vitest setup (unit and integration): WXT's fakeBrowser has no `i18n.getMessage`, so give it
 * one over the English messages; components and lib code then read as they do in the browser.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from './messages';

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
