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

/** The oldest browsers the extension runs in (public/PRIVACY.md and the README say the same). */
export const MIN_CHROME = '140';
export const MIN_FIREFOX = '140.0';
export const MIN_FIREFOX_ANDROID = '142.0';

/**
 * What Firefox users are told leaves their device (Mozilla's categories): the candidate's name,
 * emails and ATS ids go to the assessment vendors they set up, read from the ATS page's content.
 */
export const DATA_COLLECTED = ['personallyIdentifyingInfo', 'websiteContent'] as const;

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    // Texts come from public/_locales/<locale>/messages.json; the browser replaces each __MSG_…__ with its message.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // scripting: the panel is injected only on pages with a candidate, and sites users add get
    // their content script registered at runtime.
    // alarms + notifications: re-checks of pending results and their alert (lib/alerts).
    permissions: ['storage', 'scripting', 'alarms', 'notifications'],
    // The vendor APIs, and the built-in ATSs (to inject the panel there). Nothing else up front.
    host_permissions: [...VENDOR_HOSTS, ...ATS_MATCHES],
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    // Shows or hides the side panel on the page (users can rebind it in the browser's shortcut settings).
    commands: {
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandTogglePanel__' },
    },
    // Chrome validates administrator policy (storage.managed) against this schema; Firefox needs none.
    // Chrome 140 is the first where storage.local.setAccessLevel works (keys locked to trusted contexts).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' }, minimum_chrome_version: MIN_CHROME }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scorelens@scorelens.dev',
              // data_collection_permissions exists from Firefox 140 on desktop and 142 on Android.
              strict_min_version: MIN_FIREFOX,
              data_collection_permissions: { required: [...DATA_COLLECTED] },
            },
            gecko_android: { strict_min_version: MIN_FIREFOX_ANDROID },
          },
        }
      : {}),
  }),
});
