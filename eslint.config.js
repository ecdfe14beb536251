import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'demo-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Content scripts, pages and the background must not log: keys and candidate data stay out of consoles.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Scripts a developer runs (demo, sandbox CLI) talk through the console by design.
    files: ['test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
