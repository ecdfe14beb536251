import { defineConfig } from 'wxt';
import { ATS_MATCHES } from './lib/ats';

// Vendor API hosts the background may call with their documented default base URLs.
// A custom base URL set in options asks for its own permission at that moment.
// test/unit/vendor-conventions.test.ts checks every vendor's default is covered.
export const VENDOR_HOSTS = [
  'https://api.hiringbranch.com/*',
  'https://talentscreens.org/*',
  'https://assess.praxicraft.com/*',
  'https://praxicraft.com/*',
  'https://api.hrflow.ai/*',
  'https://embed.nova.dweet.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    // Texts come from public/_locales/<locale>/messages.json; the browser replaces each __MSG_…__ with its message.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // scripting: the panel is injected only on pages with a candidate, and sites users add get
    // their content script registered at runtime.
    permissions: ['storage', 'scripting'],
    // The vendor APIs, and the built-in ATSs (to inject the panel there). Nothing else up front.
    host_permissions: [...VENDOR_HOSTS, ...ATS_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // Shows or hides the side panel on the page (users can rebind it in the browser's shortcut settings).
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandTogglePanel__' },
    },
    // Chrome validates administrator policy (storage.managed) against this schema; Firefox needs none.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scorelens@scorelens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
