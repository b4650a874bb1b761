import { parentPort } from 'node:worker_threads';
import { OutputError } from '../io/errors.js';
import { storedResults } from './shards.js';
import type { ReducePart } from './reduce.js';

/**
 * A reduce thread: writes one part of the reduce (the corpus files, or the
 * glossary) from the stored results it is sent, and hands back what the rest
 * of the reduce needs. Each part's module is loaded only by the thread that runs it.
 */
parentPort!.once('message', async (task: ReducePart) => {
  try {
    const results = storedResults(task.dir, task.entries);
    const result =
      task.part === 'corpus'
        ? await (await import('./corpus-files.js')).writeCorpusFiles(task.out, results, task.settings)
        : await (await import('./glossary.js')).writeGlossary(task.out, results, task.settings);
    parentPort!.postMessage({ ok: true, result });
  } catch (error) {
    const e = error as Error;
    const output = e instanceof OutputError ? { key: e.key, path: e.path, code: e.code } : undefined;
    parentPort!.postMessage({ ok: false, message: e.message, stack: e.stack, output });
  }
});
