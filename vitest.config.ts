import { defineConfig } from 'vitest/config';

/**
 * Integration tests: they start medbitext's CLI, Redis or Chromium, or read
 * the run of the bundled report made once per test run (test/helpers/bundled.ts).
 * Every other test file is a unit test: the modules under test, in one
 * process. test/projects.test.ts checks that no unit test starts the CLI,
 * Redis or a browser. See docs/CONTRIBUTING.md ("Tests").
 */
export const INTEGRATION = [
  'test/acceptance.test.ts',
  'test/pipeline.test.ts',
  'test/entities/report.test.ts',
  'test/report/browser.test.ts',
  'test/batch/queue.test.ts',
  'test/batch/run.test.ts',
  'test/batch/run-report.test.ts',
  'test/batch/lock.test.ts',
  'test/faults/faults.test.ts',
  'test/faults/disk.test.ts',
  'test/faults/queue.test.ts',
  'test/faults/reading.test.ts',
  'test/faults/report-locale.test.ts',
  'test/faults/new-user.test.ts',
  'test/hostile/hostile.test.ts',
  'test/cli/errors.test.ts',
  'test/cli/guessed.test.ts',
  'test/cli/glossary.test.ts',
  'test/cli/xml-note.test.ts',
  'test/review/run.test.ts',
  'test/ingest/pdf-layout.test.ts',
  'test/ingest/pdf-limits.test.ts',
  'test/align/hostile.test.ts',
  'test/search/hostile.test.ts',
  'test/readme.test.ts',
];

export default defineConfig({
  test: {
    // Whole-pipeline and CLI tests start real processes (and Redis, Chromium):
    // give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: INTEGRATION, globalSetup: ['test/setup/temp.ts'], isolate: false } },
      // A concurrent suite (queue.test.ts) runs three tests at a time: their workers share two cores.
      { extends: true, test: { name: 'integration', include: INTEGRATION, globalSetup: ['test/setup/temp.ts'], maxConcurrency: 3 } },
    ],
  },
});
