import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The direction of imports (conventions.md, issue 12): domain ← render/import ← server ← app; components
// show and collect, and never reach the database or the server's verbs, not even for a type.
const restrict = (files, patterns, ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/test-support.ts', '**/*.test-support.ts'];

// The domain is pure (conventions.md): zod, the templates and its own files, and two pure computing libraries
// with no I/O of their own: node-diff3 (the paragraph merge of concurrent saves) and chinese-days (the
// official calendar of working days, issue 16).
const domainOnly = (parent) => ({
  regex: `^(?!zod(?:/|$)|node-diff3$|chinese-days$|@/templates/|@/lib/domain/|\\./${parent})`,
  message: 'lib/domain imports nothing but zod, the templates, lib/domain itself and the pure libraries node-diff3 and chinese-days.',
});
const PURE_DOMAIN = restrict(['lib/domain/*.ts'], [domainOnly('')], TESTS);
// lib/domain/rules and other sub-folders: their parent folder is still the domain, its parent is not.
const PURE_DOMAIN_FOLDERS = restrict(['lib/domain/*/*.ts'], [domainOnly('|\\.\\./(?!\\.\\./)')], TESTS);

const THIN_COMPONENTS = restrict(['components/**/*.tsx', 'components/**/*.ts'], [
  { group: ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*'], message: 'components never import the database.' },
  { group: ['@/lib/server', '@/lib/server/*', '@/lib/server/**', '**/lib/server', '**/lib/server/*', '**/lib/server/**'], message: 'components never import lib/server (types included): pass data as props, act through server actions.' },
]);

const RENDER_WITHOUT_UI = restrict(['lib/render/**/*.ts', 'lib/render/**/*.tsx'], [
  { group: ['@/components/*', '@/components/**', '**/components/*', '**/components/**'], message: 'lib/render draws documents itself: it imports no component.' },
]);

const IMPORT_WITHOUT_RENDER = restrict(['lib/import/**/*.ts'], [
  { group: ['@/lib/render/*', '@/lib/render/**', '../render/*', '**/lib/render/*', '**/lib/render/**'], message: 'lib/import does not import lib/render: embedded data is in lib/embedded.' },
], TESTS);

const config = [
  ...nextVitals,
  ...nextTs,
  // Dropping a field by destructuring it away (`const { a: _a, ...rest } = x`) is intended.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }] } },
  PURE_DOMAIN,
  PURE_DOMAIN_FOLDERS,
  THIN_COMPONENTS,
  RENDER_WITHOUT_UI,
  IMPORT_WITHOUT_RENDER,
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
export default config;
