import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { readDecisions } from './decisions.js';

/** Where an output folder keeps the decisions its runs apply. */
export const DECISIONS_FILE = 'decisions.json';

/**
 * The decisions file a run into `out` applies: `given` (`--decisions`), else
 * the one the folder keeps; checked whole before anything runs, so a file
 * with mistakes stops the run with every one of them.
 */
export function decisionsToApply(out: string, given?: string): string | undefined {
  const path = given ? resolve(given) : join(out, DECISIONS_FILE);
  if (!given && !existsSync(path)) return undefined;
  readDecisions(path);
  return path;
}

/** Keep the applied file in the output folder (after a run succeeded), so later runs apply it without `--decisions`. */
export function keepDecisions(out: string, applied: string): void {
  const kept = join(out, DECISIONS_FILE);
  if (resolve(applied) !== resolve(kept)) writeFileAtomic(kept, readFileSync(applied, 'utf8'));
}
