// ESLint flat config. Besides the usual TypeScript rules, it keeps the architecture honest:
// no `export *`, no deep imports into another package's src/ or dist/, and connector packages
// (core, integrators, examples) never import the daemon.
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const noDeepImports = {
  patterns: [
    {
      group: ['@egeria-ts/*/src', '@egeria-ts/*/src/**', '@egeria-ts/*/dist', '@egeria-ts/*/dist/**'],
      message: 'Import a package through its public entry point.',
    },
    {
      group: ['**/packages/*/src/**', '**/packages/*/dist/**', '../../*/src/**'],
      message: 'Import another package by its name, not by path.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'docs/api/**',
      'coverage/**',
      'bench/results/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'List every export by name (no export *).' },
      ],
      'no-restricted-imports': ['error', noDeepImports],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['packages/!(daemon|testing)/**/*.ts', 'examples/!(embedded-runtime|demo)/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noDeepImports,
          paths: [{ name: '@egeria-ts/daemon', message: 'Connector packages never import the daemon.' }],
        },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
