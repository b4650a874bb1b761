import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * One temporary folder per test run, for every folder tests make
 * (`tempDir`, test/helpers/temp.ts); removed when the run ends, so a run
 * leaves nothing behind in the system's temporary folder.
 */
export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'medbitext-test-'));
  project.provide('tempRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    tempRoot: string;
  }
}
