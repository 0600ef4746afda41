// Lint enforces the architecture of ../shared/DESIGN.md §2 and STYLE.md "Boundaries".
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const pureModules = [
  'lib/hcl/**',
  'lib/terraform/**',
  'lib/sysdig/**',
  'lib/falco/**',
  'lib/plan/**',
  'lib/validate/**',
  'lib/import/**',
  'lib/contracts/**',
  'lib/editor-intel/**',
];
const serverOnlyLib = [
  '@/lib/secure',
  '@/lib/secure/**',
  '@/lib/local-secure',
  '@/lib/local-secure/**',
  '@/lib/git',
  '@/lib/git/**',
  '@/lib/workspace',
  '@/lib/workspace/**',
  '@/lib/runs',
  '@/lib/runs/**',
  '@/lib/auth',
  '@/lib/auth/**',
  '@/lib/api',
  '@/lib/api/**',
  '@/lib/server',
  '@/lib/server/**',
  '@/lib/env',
  'server-only',
];

const config = [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.rampart-data/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'bench/corpus/**',
      'tests/fixtures/**',
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // STYLE.md: process.env is read in lib/env.ts only, so a bad value fails at boot.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through lib/env.ts.' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['lib/env.ts', 'tests/**', 'bench/**', '*.config.ts', '*.config.js', 'bin/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: pureModules,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Pure modules use no Node API (DESIGN §2).' },
            {
              group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*'],
              message: 'Pure modules use no framework.',
            },
            { group: serverOnlyLib, message: 'Pure modules never import server-only modules.' },
          ],
          paths: [
            'fs',
            'path',
            'os',
            'crypto',
            'child_process',
            'http',
            'https',
            'url',
            'util',
            'stream',
            'events',
            'buffer',
          ].map((name) => ({
            name,
            message: 'Pure modules use no Node API (DESIGN §2).',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Pure modules use no Node API.' },
        { name: 'Buffer', message: 'Pure modules use no Node API.' },
        { name: 'window', message: 'Pure modules use no browser API.' },
        { name: 'document', message: 'Pure modules use no browser API.' },
        { name: 'require', message: 'Pure modules use ES imports only.' },
      ],
    },
  },
  {
    files: ['components/**', 'lib/query/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: serverOnlyLib, message: 'Client code never imports server-only modules.' },
          ],
        },
      ],
    },
  },
];

export default config;
