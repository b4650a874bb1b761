import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * A new empty folder for a test's files. It is made inside the test run's own
 * temporary folder (test/setup/temp.ts), which goes when the run ends.
 */
export function tempDir(prefix = 'mbt-'): string {
  return mkdtempSync(join(inject('tempRoot') ?? tmpdir(), prefix));
}
