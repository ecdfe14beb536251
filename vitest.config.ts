import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// fakeBrowser lacks i18n.getMessage: this gives it one over public/_locales/en/messages.json.
const I18N_SETUP = './test/helpers/i18nSetup.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'happy-dom', setupFiles: [I18N_SETUP] },
      },
      {
        // Vendor clients over real HTTP against the sandbox on 127.0.0.1.
        plugins: [WxtVitest()],
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 30_000, setupFiles: [I18N_SETUP] },
      },
      {
        // The built extension in real Chromium and Firefox; one browser at a time.
        resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
