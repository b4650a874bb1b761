import { defineConfig } from 'vitest/config';

// Whole-pipeline and CLI tests start real processes (and Redis, Chromium):
// give them room on a 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ['test/**/*.test.ts'],
  },
});
