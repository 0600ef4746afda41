import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) },
      // `server-only` throws outside the react-server condition; unit tests run server code in plain Node.
      {
        find: /^server-only$/,
        replacement: fileURLToPath(new URL('./tests/helpers/empty-module.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
