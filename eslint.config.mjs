import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The domain stays pure (conventions.md): no React, Next, database or document libraries.
const PURE_DOMAIN = {
  files: ['lib/domain/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['react', 'react-*', 'next', 'next/*', '@/components/*', '@/app/*'], message: 'lib/domain is pure: no UI imports.' },
        { group: ['@electric-sql/*', 'pg', '@/lib/db/*', '@/lib/server/*', '../db/*', '../server/*'], message: 'lib/domain is pure: no database imports.' },
        { group: ['docx', '@react-pdf/*', '@/lib/render/*', '../render/*'], message: 'lib/domain is pure: renderers import it, not the reverse.' },
      ],
    }],
  },
};

// Components show findings and collect input; data access goes through server actions and routes.
const THIN_COMPONENTS = {
  files: ['components/**/*.tsx', 'components/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [{ group: ['@/lib/db/*', '@/lib/db'], message: 'components never import the database.' }],
    }],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  // Dropping a field by destructuring it away (`const { a: _a, ...rest } = x`) is intended.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }] } },
  PURE_DOMAIN,
  THIN_COMPONENTS,
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;
