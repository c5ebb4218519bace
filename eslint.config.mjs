// ESLint 9 flat config: TypeScript of the app, the synergy plugin, the tests and the scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const TYPESCRIPT = ['src/**/*.{ts,tsx}', 'plugins/synergy/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx}', 'bench/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/build/**',
      '**/node_modules/**',
      '**/.tmp/**',
      '**/.cache/**',
      '**/.strapi/**',
      'types/generated/**',
      'public/**',
      'coverage/**',
      'playwright-report/**',
      // Only TypeScript is linted; compiled output and CommonJS shims stay out.
      '**/*.{js,cjs,mjs}',
    ],
  },
  {
    files: TYPESCRIPT,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    // App and plugin code log through Strapi's logger; command-line scripts and tests may print.
    files: ['src/**/*.{ts,tsx}', 'plugins/synergy/**/*.{ts,tsx}'],
    ignores: ['**/__tests__/**'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    // Endpoint contracts are one type-only namespace per endpoint (Request, Params, Response), as in Strapi's own packages.
    files: ['plugins/synergy/shared/contracts/**/*.ts'],
    rules: { '@typescript-eslint/no-namespace': 'off' },
  },
  {
    // The admin panels' React (the plugin's and the app's src/admin): the Rules of Hooks and the
    // React Compiler's checks; a missing effect dependency is an error, not a warning.
    files: ['plugins/synergy/admin/**/*.{ts,tsx}', 'src/admin/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  }
);
