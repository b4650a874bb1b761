import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { runCorpus } from '../../src/batch/run.js';

/**
 * The bundled report (corpus/) through the whole pipeline, once per test run,
 * as `npm start` runs it: the golden fixture, the acceptance list, the
 * entities found in it and the browser's review session all read this one
 * run. The first test file to ask makes it in the run's temporary folder
 * (test/setup/temp.ts); the others, in any worker, wait for it and read it.
 */
const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

export interface BundledRun {
  /** The run's output folder: read it, never write to it (copy it first). */
  out: string;
  ok: number;
  /** The failures' messages. */
  failed: string[];
}

/** How long a test file waits for another to finish the run. */
const WAIT_MS = 110_000;

export async function bundledRun(): Promise<BundledRun> {
  const dir = join(inject('tempRoot'), 'bundled');
  const made = join(dir, 'run.json');
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return waitFor(made);
  }
  let run: BundledRun | { error: string };
  try {
    const out = join(dir, 'out');
    const summary = await runCorpus({ inputs: [CORPUS], out });
    run = { out, ok: summary.ok, failed: summary.failed.map((e) => e.message) };
  } catch (error) {
    run = { error: String((error as Error).stack ?? error) };
  }
  // Whole or not at all, for the files reading it meanwhile.
  writeFileSync(`${made}.tmp`, JSON.stringify(run));
  renameSync(`${made}.tmp`, made);
  return answer(run);
}

async function waitFor(made: string): Promise<BundledRun> {
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await new Promise((r) => setTimeout(r, 100))) {
    let text: string;
    try {
      text = readFileSync(made, 'utf8');
    } catch {
      continue;
    }
    return answer(JSON.parse(text) as BundledRun | { error: string });
  }
  throw new Error(`the bundled run was not made within ${WAIT_MS / 1000} s (${made})`);
}

function answer(run: BundledRun | { error: string }): BundledRun {
  if ('error' in run) throw new Error(`the bundled run failed: ${run.error}`);
  return run;
}
