import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * A new empty folder for a test's files. Under vitest it is made inside the
 * test run's own temporary folder (test/setup/temp.ts), which goes when the
 * run ends; elsewhere (a bench script using a test helper) in the system's.
 */
export function tempDir(prefix = 'mbt-'): string {
  return mkdtempSync(join(runFolder() ?? tmpdir(), prefix));
}

function runFolder(): string | undefined {
  try {
    return inject('tempRoot');
  } catch {
    // not under vitest
    return undefined;
  }
}
