import { defineConfig } from 'wxt';

// Vendor API hosts the background may call with their documented default base URLs.
// A custom base URL set in options asks for its own permission at that moment.
const VENDOR_HOSTS = ['https://talentscreens.org/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Scorelens',
    description: 'Assessment results from every vendor, beside the candidate in your ATS.',
    permissions: ['storage'],
    host_permissions: VENDOR_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
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
