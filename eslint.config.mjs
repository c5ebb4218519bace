// ESLint 9 flat config: TypeScript of the app, the synergy plugin, the tests and the scripts, and the
// project's own JavaScript (CommonJS shims, scripts and Jest configs; this file as an ES module).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const TYPESCRIPT = [
  'src/**/*.{ts,tsx}',
  'plugins/synergy/**/*.{ts,tsx}',
  'tests/**/*.{ts,tsx}',
  'scripts/**/*.{ts,tsx}',
  'bench/**/*.ts',
];

// What a CommonJS module sees in Node. Declared here: `globals` is only a transitive dependency.
const NODE_COMMONJS_GLOBALS = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
};

const UNUSED_VARS = [
  'error',
  {
    argsIgnorePattern: '^_',
    varsIgnorePattern: '^_',
    caughtErrorsIgnorePattern: '^_',
    destructuredArrayIgnorePattern: '^_',
    ignoreRestSiblings: true,
  },
];

// The same habits in TypeScript and JavaScript.
const COMMON_RULES = { eqeqeq: ['error', 'smart'], 'prefer-const': 'error', 'no-var': 'error' };

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
    ],
  },
  {
    files: TYPESCRIPT,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      ...COMMON_RULES,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': UNUSED_VARS,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Strapi and Jest load these with require(): CommonJS in Node.
    files: ['**/*.{js,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: NODE_COMMONJS_GLOBALS },
    rules: { ...COMMON_RULES, 'no-unused-vars': UNUSED_VARS, strict: ['error', 'global'] },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: { ...COMMON_RULES, 'no-unused-vars': UNUSED_VARS },
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
  },
);
