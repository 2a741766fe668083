import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.probe*', 'dist/**', 'web/dist/**', 'web/src/api/schema.d.ts', 'node_modules/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
);
